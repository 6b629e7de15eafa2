/** 20,000 vs 2,000 small files (1,000 per directory): time must grow linearly. */
import path from 'node:path'
import { uploadWithAction } from '../action.ts'
import { type BenchContext, describe, expectArtifacts, medians, rounds } from '../context.ts'
import { generate, writeFiles } from '../data.ts'
import { fmtMs } from '../harness.ts'

export async function scale(ctx: BenchContext): Promise<void> {
  const [few, many] = ctx.sizes.scaleFiles
  const dirs = {
    few: path.join(ctx.root, `scale-${few}`),
    many: path.join(ctx.root, `scale-${many}`)
  }
  generate(`${few} + ${many} files`, () => {
    writeFiles(dirs.few, few, 4096, 1000)
    writeFiles(dirs.many, many, 4096, 1000)
  })
  const samples = await rounds(ctx, ['few', 'many'] as const, async (label) => {
    const files = label === 'few' ? few : many
    const run = await ctx.server.createRun(`bench-scale-${files}`)
    const result = await uploadWithAction({
      inputs: { run, path: path.relative(ctx.root, dirs[label]) },
      workspace: ctx.root,
      server: ctx.server,
      expected: files,
      timeoutMs: 600_000
    })
    await expectArtifacts(ctx, run, files, 'the action')
    return result
  })
  const m = medians(samples)
  const ratio = m.many / m.few
  const limit = (many / few) * 1.1
  ctx.report.add({
    metric: `scale (${many} vs ${few} files)`,
    measured: `${ratio.toFixed(2)}× the time`,
    goal: `≤ ${limit.toFixed(0)}×`,
    pass: ratio <= limit,
    raw:
      `${few}: ${fmtMs(m.few)} ${describe(samples.few)}, ` +
      `${many}: ${fmtMs(m.many)} ${describe(samples.many)} (in run order: the server fills up)`
  })
}
