/** What every metric gets: the server, the scratch workspace, the sizes and the report. */
import path from 'node:path'
import { ACTION_YML, NODE24, ROOT } from '../dev-server/runner.ts'
import { BenchError, fmtMs, fmtRuns, median, tail, timed } from './harness.ts'
import type { Report } from './report.ts'
import type { BenchServer } from './server.ts'

export interface Sizes {
  smallFiles: number
  /** baseline-curl.sh runs on this many of the small files; its time is scaled (linear). */
  curlSampleFiles: number
  latencyMs: number
  latencyConcurrency: number[]
  /** Files per latency cell: max(latencyMinFiles, latencyWaves × concurrency). */
  latencyWaves: number
  latencyMinFiles: number
  largeBytes: number
  /** A sparse file this large: memory must stay flat whatever the size. */
  sparseBytes: number
  scaleFiles: [number, number]
  treeDirs: number
  treePerDir: number
}

export const FULL: Sizes = {
  smallFiles: 1000,
  curlSampleFiles: 200,
  latencyMs: 50,
  latencyConcurrency: [1, 2, 4, 8, 16, 32],
  latencyWaves: 8,
  latencyMinFiles: 32,
  largeBytes: 2 ** 30,
  sparseBytes: 4 * 2 ** 30,
  scaleFiles: [2000, 20000],
  treeDirs: 100,
  treePerDir: 1000
}

export const QUICK: Sizes = {
  smallFiles: 100,
  curlSampleFiles: 100,
  latencyMs: 50,
  latencyConcurrency: [1, 4, 16],
  latencyWaves: 2,
  latencyMinFiles: 8,
  largeBytes: 64 * 2 ** 20,
  sparseBytes: 4 * 64 * 2 ** 20,
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

/** One measured run: wall time, and CPU times when they were measured. */
export interface Sample {
  ms: number
  /** CPU time of the measured process. */
  cpuMs?: number
  /** CPU time the dev server used meanwhile. */
  serverCpuMs?: number
}

/** Runs the minimal driver on `dir`; its time excludes its in-memory preparation. */
export async function runDriver(
  ctx: BenchContext,
  dir: string,
  concurrency: number,
  expected: number,
  label: string
): Promise<Sample> {
  const runId = await ctx.server.createRun(`bench-driver-${label}`)
  const log = path.join(ctx.root, `driver-${label}.log`)
  const serverCpu = ctx.server.cpuMs()
  const result = await timed(
    NODE24,
    [DRIVER, ctx.server.apiUrl, ctx.server.token, runId, dir, String(concurrency)],
    { log, rss: true }
  )
  const serverCpuMs = ctx.server.cpuMs() - serverCpu
  if (result.code !== 0) throw new BenchError(`the driver failed:\n${tail(log)}`)
  const report = JSON.parse(tail(log, 1)) as { files: number; prepareMs: number }
  await expectArtifacts(ctx, runId, expected, 'driver')
  return { ms: result.ms - report.prepareMs, cpuMs: result.cpuMs, serverCpuMs }
}

/** Runs bench/baseline-curl.sh on `dir`. */
export async function runCurlBaseline(
  ctx: BenchContext,
  dir: string,
  expected: number
): Promise<Sample> {
  const runId = await ctx.server.createRun('bench-curl')
  const log = path.join(ctx.root, 'curl.log')
  const serverCpu = ctx.server.cpuMs()
  const result = await timed(
    'bash',
    [CURL_BASELINE, ctx.server.apiUrl, ctx.server.token, runId, dir],
    { log, rss: true, timeoutMs: 900_000 }
  )
  const serverCpuMs = ctx.server.cpuMs() - serverCpu
  if (result.code !== 0) throw new BenchError(`baseline-curl.sh failed:\n${tail(log)}`)
  await expectArtifacts(ctx, runId, expected, 'baseline-curl.sh')
  return { ms: result.ms, cpuMs: result.cpuMs, serverCpuMs }
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

/** Runs `measure` `ctx.runs` times per label, interleaved, and returns every sample per label. */
export async function rounds<L extends string>(
  ctx: BenchContext,
  labels: readonly L[],
  measure: (label: L, round: number) => Promise<Sample>
): Promise<Record<L, Sample[]>> {
  const samples = Object.fromEntries(labels.map((l) => [l, [] as Sample[]])) as Record<L, Sample[]>
  for (let round = 0; round < ctx.runs; round++) {
    for (const label of labels) samples[label].push(await measure(label, round))
  }
  return samples
}

/** The median wall time per label. */
export function medians<L extends string>(samples: Record<L, Sample[]>): Record<L, number> {
  return Object.fromEntries(
    Object.entries(samples).map(([label, list]) => [label, median(times(list as Sample[]))])
  ) as Record<L, number>
}

export function times(samples: readonly Sample[]): number[] {
  return samples.map((s) => s.ms)
}

/** "[1.2 s, 1.3 s, 1.1 s]", plus the median CPU times when known. */
export function describe(samples: readonly Sample[]): string {
  let text = `[${fmtRuns(times(samples))}]`
  const cpu = samples.map((s) => s.cpuMs).filter((v): v is number => v !== undefined && !isNaN(v))
  const server = samples
    .map((s) => s.serverCpuMs)
    .filter((v): v is number => v !== undefined && !isNaN(v))
  if (cpu.length > 0) text += ` cpu ${fmtMs(median(cpu))}`
  if (server.length > 0 && median(server) > 0) text += ` (server cpu ${fmtMs(median(server))})`
  return text
}
