/** 1,000 × 4 KiB files: the action vs baseline-curl.sh and vs the minimal driver. */
import path from 'node:path'
import { uploadWithAction } from '../action.ts'
import {
  type BenchContext,
  DEFAULT_CONCURRENCY,
  expectArtifacts,
  medians,
  rounds,
  runCurlBaseline,
  runDriver
} from '../context.ts'
import { writeFiles } from '../data.ts'
import { fmtMs, fmtRuns } from '../harness.ts'

export async function small(ctx: BenchContext): Promise<void> {
  const n = ctx.sizes.smallFiles
  const dir = path.join(ctx.root, 'small')
  writeFiles(dir, n, 4096)
  const c = DEFAULT_CONCURRENCY
  const times = await rounds(ctx, ['action', 'driver', 'curl'] as const, async (label) => {
    if (label === 'driver') return runDriver(ctx, dir, c, n, 'small')
    if (label === 'curl') return runCurlBaseline(ctx, dir, n)
    const run = await ctx.server.createRun('bench-small')
    const result = await uploadWithAction({
      inputs: { run, path: 'small' },
      workspace: ctx.root,
      server: ctx.server,
      expected: n
    })
    await expectArtifacts(ctx, run, n, 'the action')
    return result
  })
  const m = medians(times)
  const speedup = m.curl / m.action
  ctx.report.add({
    metric: `small-vs-curl (${n} × 4 KiB)`,
    measured: `${speedup.toFixed(1)}× faster`,
    goal: '≥ 20× faster',
    pass: speedup >= 20,
    raw: `action ${fmtMs(m.action)} [${fmtRuns(times.action)}], baseline-curl.sh ${fmtMs(m.curl)} [${fmtRuns(times.curl)}]`
  })
  const share = m.driver / m.action
  ctx.report.add({
    metric: `small-vs-driver (${n} × 4 KiB, concurrency ${c})`,
    measured: `${(share * 100).toFixed(0)}% of the driver's throughput`,
    goal: '≥ 70%',
    pass: share >= 0.7,
    raw: `action ${fmtMs(m.action)} (${(n / (m.action / 1000)).toFixed(0)} files/s), driver ${fmtMs(m.driver)} (${(n / (m.driver / 1000)).toFixed(0)} files/s) [${fmtRuns(times.driver)}]`
  })
}
