/** Cold start: a one-file dry run vs `node -e ''` on the same Node 24 binary. */
import { writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { NODE24 } from '../../dev-server/runner.ts'
import { runBundle } from '../action.ts'
import { type BenchContext, describe, medians, rounds } from '../context.ts'
import { BenchError, fmtMs, timed } from '../harness.ts'

export async function cold(ctx: BenchContext): Promise<void> {
  mkdirSync(path.join(ctx.root, 'cold'), { recursive: true })
  writeFileSync(path.join(ctx.root, 'cold', 'one.txt'), 'one file\n')
  const dryRun = () =>
    runBundle({
      inputs: { run: 'cold-start', path: 'cold/one.txt', 'dry-run': 'true' },
      workspace: ctx.root,
      server: ctx.server
    })
  const bare = async () => {
    const result = await timed(NODE24, ['-e', ''])
    if (result.code !== 0) throw new BenchError(`node -e '' exited with ${result.code}`)
    return result
  }
  await bare() // warm-up: binary and bundle in the page cache
  await dryRun()
  const samples = await rounds(ctx, ['node', 'action'] as const, (label) =>
    label === 'node' ? bare() : dryRun()
  )
  const m = medians(samples)
  const limit = 2 * m.node + 200
  ctx.report.add({
    metric: 'cold-start (one-file dry run)',
    measured: `${fmtMs(m.action)} = ${(m.action / limit).toFixed(2)} of the limit ${fmtMs(limit)}`,
    goal: "≤ 2 × node -e '' + 200 ms",
    pass: m.action <= limit,
    raw: `action ${fmtMs(m.action)} ${describe(samples.action)}, node -e '' ${fmtMs(m.node)} ${describe(samples.node)}`
  })
}
