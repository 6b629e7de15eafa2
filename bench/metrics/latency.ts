/**
 * A remote server: the dev server's latency fault on every API and storage request, the
 * action and the driver over a range of concurrency values. Each cell uploads
 * max(minFiles, waves × concurrency) files, so every cell is the same number of "waves"
 * and files/s compare across rows. Picks the default: the smallest concurrency whose
 * action throughput is within 10% of the best.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { uploadWithAction } from '../action.ts'
import { type BenchContext, DEFAULT_CONCURRENCY, runDriver } from '../context.ts'
import { generate, writeFiles } from '../data.ts'
import { median } from '../harness.ts'
import { type LatencyRow, latencyTable, throughput } from '../report.ts'

export async function latency(ctx: BenchContext): Promise<void> {
  const { latencyMs, latencyConcurrency, latencyWaves, latencyMinFiles } = ctx.sizes
  const cells = latencyConcurrency.map((c) => {
    const files = Math.max(latencyMinFiles, latencyWaves * c)
    const dir = path.join(ctx.root, 'latency', String(files))
    return { c, files, dir, action: [] as number[], driver: [] as number[] }
  })
  generate('the latency data', () => {
    for (const cell of cells) if (!existsSync(cell.dir)) writeFiles(cell.dir, cell.files, 4096)
  })
  await ctx.server.setLatency(latencyMs)
  try {
    for (let round = 0; round < ctx.runs; round++) {
      for (const cell of cells) {
        const run = await ctx.server.createRun(`bench-latency-${cell.c}`)
        const result = await uploadWithAction({
          inputs: { run, path: path.relative(ctx.root, cell.dir), concurrency: String(cell.c) },
          workspace: ctx.root,
          server: ctx.server,
          expected: cell.files
        })
        cell.action.push(result.ms)
        const driver = await runDriver(ctx, cell.dir, cell.c, cell.files, `latency-${cell.c}`)
        cell.driver.push(driver.ms)
      }
    }
  } finally {
    await ctx.server.setLatency(0)
  }
  const rows: LatencyRow[] = cells.map((cell) => ({
    concurrency: cell.c,
    files: cell.files,
    actionMs: median(cell.action),
    driverMs: median(cell.driver)
  }))
  const rates = rows.map((r) => throughput(r.files, r.actionMs))
  const best = Math.max(...rates)
  const recommended = rows.find((_, i) => (rates[i] as number) >= 0.9 * best)?.concurrency ?? 0
  ctx.report.latency = { latencyMs, rows, recommended }
  console.log(latencyTable(latencyMs, rows))
  const current = rows.find((r) => r.concurrency === DEFAULT_CONCURRENCY)
  const currentRate = current ? throughput(current.files, current.actionMs) : undefined
  ctx.report.add({
    metric: `latency-default (${latencyMs} ms per request)`,
    measured:
      `smallest concurrency within 10% of the best: ${recommended}` +
      (currentRate === undefined
        ? ''
        : `; the default ${DEFAULT_CONCURRENCY} reaches ${((currentRate / best) * 100).toFixed(0)}% of the best`),
    goal: 'informational: choose the default',
    pass: undefined,
    raw: rows
      .map((r, i) => `c=${r.concurrency}: ${(rates[i] as number).toFixed(1)} files/s`)
      .join(', ')
  })
}
