/**
 * 1,000 × 4 KiB files: the action vs baseline-curl.sh and vs the minimal driver, each run
 * uploading to a fresh run. The shell loop is strictly sequential at a constant cost per
 * file, so (to fit the bench in its time budget) it runs on the first `curlSampleFiles` of
 * the files and its time is scaled to all of them.
 */
import { linkSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { uploadWithAction } from '../action.ts'
import { uploadWithCli } from '../cli.ts'
import {
  type BenchContext,
  DEFAULT_CONCURRENCY,
  describe,
  expectArtifacts,
  medians,
  rounds,
  runCurlBaseline,
  runDriver
} from '../context.ts'
import { generate, writeFiles } from '../data.ts'
import { fmtMs } from '../harness.ts'

export async function small(ctx: BenchContext): Promise<void> {
  const n = ctx.sizes.smallFiles
  const dir = path.join(ctx.root, 'small')
  const sample = Math.min(n, ctx.sizes.curlSampleFiles)
  const curlDir = path.join(ctx.root, 'small-curl')
  generate(`${n} files`, () => {
    writeFiles(dir, n, 4096)
    mkdirSync(curlDir)
    for (const name of readdirSync(dir).sort().slice(0, sample)) {
      linkSync(path.join(dir, name), path.join(curlDir, name))
    }
  })
  const c = DEFAULT_CONCURRENCY
  const labels = ['action', 'cli', 'driver', 'curl'] as const
  const samples = await rounds(ctx, labels, async (label) => {
    if (label === 'driver') return runDriver(ctx, dir, c, n, 'small')
    if (label === 'cli') {
      const run = await ctx.server.createRun('bench-small-cli')
      const result = await uploadWithCli({
        run,
        paths: ['small'],
        cwd: ctx.root,
        server: ctx.server,
        expected: n
      })
      await expectArtifacts(ctx, run, n, 'the command line')
      return result
    }
    if (label === 'curl') {
      const result = await runCurlBaseline(ctx, curlDir, sample)
      return {
        ...result,
        ms: (result.ms * n) / sample,
        cpuMs: ((result.cpuMs ?? NaN) * n) / sample
      }
    }
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
  const m = medians(samples)
  const speedup = m.curl / m.action
  const scaled =
    sample < n ? ` (measured on ${sample} files, scaled ×${(n / sample).toFixed(1)})` : ''
  ctx.report.add({
    metric: `small-vs-curl (${n} × 4 KiB)`,
    measured: `${speedup.toFixed(1)}× faster`,
    goal: '≥ 20× faster',
    pass: speedup >= 20,
    raw:
      `action ${fmtMs(m.action)} ${describe(samples.action)}; ` +
      `baseline-curl.sh ${fmtMs(m.curl)}${scaled} ${describe(samples.curl)}`
  })
  const cliSpeedup = m.curl / m.cli
  ctx.report.add({
    metric: `small-cli-vs-curl (${n} × 4 KiB, simvue-upload)`,
    measured: `${cliSpeedup.toFixed(1)}× faster (${(m.cli / m.action).toFixed(2)}× the action's time)`,
    goal: '≥ 20× faster',
    pass: cliSpeedup >= 20,
    raw: `simvue-upload ${fmtMs(m.cli)} ${describe(samples.cli)}`
  })
  const share = m.driver / m.action
  ctx.report.add({
    metric: `small-vs-driver (${n} × 4 KiB, concurrency ${c})`,
    measured: `${(share * 100).toFixed(0)}% of the driver's throughput`,
    goal: '≥ 70%',
    pass: share >= 0.7,
    raw:
      `action ${(n / (m.action / 1000)).toFixed(0)} files/s, ` +
      `driver ${fmtMs(m.driver)} = ${(n / (m.driver / 1000)).toFixed(0)} files/s ${describe(samples.driver)}`
  })
}
