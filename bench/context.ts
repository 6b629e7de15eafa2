/** What every metric gets: the server, the scratch workspace, the sizes and the report. */
import path from 'node:path'
import { ACTION_YML, NODE24, ROOT } from '../dev-server/runner.ts'
import { BenchError, type Timed, median, tail, timed } from './harness.ts'
import type { Report } from './report.ts'
import type { BenchServer } from './server.ts'

export interface Sizes {
  smallFiles: number
  latencyMs: number
  latencyConcurrency: number[]
  /** Files per latency cell: max(latencyMinFiles, latencyWaves × concurrency). */
  latencyWaves: number
  latencyMinFiles: number
  largeBytes: number
  mediumBytes: number
  scaleFiles: [number, number]
  treeDirs: number
  treePerDir: number
}

export const FULL: Sizes = {
  smallFiles: 1000,
  latencyMs: 50,
  latencyConcurrency: [1, 2, 4, 8, 16, 32],
  latencyWaves: 8,
  latencyMinFiles: 32,
  largeBytes: 2 ** 30,
  mediumBytes: 10 * 2 ** 20,
  scaleFiles: [2000, 20000],
  treeDirs: 100,
  treePerDir: 1000
}

export const QUICK: Sizes = {
  smallFiles: 100,
  latencyMs: 50,
  latencyConcurrency: [1, 4, 16],
  latencyWaves: 2,
  latencyMinFiles: 8,
  largeBytes: 64 * 2 ** 20,
  mediumBytes: 10 * 2 ** 20,
  scaleFiles: [100, 1000],
  treeDirs: 10,
  treePerDir: 1000
}

export interface BenchContext {
  server: BenchServer
  /** The scratch directory: GITHUB_WORKSPACE of every action run, data below it. */
  root: string
  runs: number
  sizes: Sizes
  report: Report
}

/** The action's default concurrency, as action.yml declares it (the driver uses the same). */
export const DEFAULT_CONCURRENCY = Number(ACTION_YML.inputs.concurrency?.default ?? '16')

export const DRIVER = path.join(ROOT, 'bench', 'minimal-driver.ts')
export const CURL_BASELINE = path.join(ROOT, 'bench', 'baseline-curl.sh')

/** Runs the minimal driver on `dir`; its time excludes its in-memory preparation. */
export async function runDriver(
  ctx: BenchContext,
  dir: string,
  concurrency: number,
  expected: number,
  label: string
): Promise<number> {
  const runId = await ctx.server.createRun(`bench-driver-${label}`)
  const log = path.join(ctx.root, `driver-${label}.log`)
  const result = await timed(
    NODE24,
    [DRIVER, ctx.server.apiUrl, ctx.server.token, runId, dir, String(concurrency)],
    { log }
  )
  if (result.code !== 0) throw new BenchError(`the driver failed:\n${tail(log)}`)
  const report = JSON.parse(tail(log, 1)) as { files: number; prepareMs: number }
  await expectArtifacts(ctx, runId, expected, 'driver')
  return result.ms - report.prepareMs
}

/** Runs bench/baseline-curl.sh on `dir`. */
export async function runCurlBaseline(
  ctx: BenchContext,
  dir: string,
  expected: number
): Promise<number> {
  const runId = await ctx.server.createRun('bench-curl')
  const log = path.join(ctx.root, 'curl.log')
  const result = await timed(
    'bash',
    [CURL_BASELINE, ctx.server.apiUrl, ctx.server.token, runId, dir],
    { log, timeoutMs: 900_000 }
  )
  if (result.code !== 0) throw new BenchError(`baseline-curl.sh failed:\n${tail(log)}`)
  await expectArtifacts(ctx, runId, expected, 'baseline-curl.sh')
  return result.ms
}

export async function expectArtifacts(
  ctx: BenchContext,
  runId: string,
  expected: number,
  who: string
): Promise<void> {
  const count = await ctx.server.countArtifacts(runId)
  if (count !== expected) {
    throw new BenchError(`${who}: the run has ${count} artifacts, expected ${expected}`)
  }
}

/** Runs `measure` `ctx.runs` times per label, interleaved, and returns every time per label. */
export async function rounds<L extends string>(
  ctx: BenchContext,
  labels: readonly L[],
  measure: (label: L, round: number) => Promise<number | Timed>
): Promise<Record<L, number[]>> {
  const times = Object.fromEntries(labels.map((l) => [l, [] as number[]])) as Record<L, number[]>
  for (let round = 0; round < ctx.runs; round++) {
    for (const label of labels) {
      const value = await measure(label, round)
      times[label].push(typeof value === 'number' ? value : value.ms)
    }
  }
  return times
}

export function medians<L extends string>(times: Record<L, number[]>): Record<L, number> {
  return Object.fromEntries(
    Object.entries(times).map(([label, values]) => [label, median(values as number[])])
  ) as Record<L, number>
}
