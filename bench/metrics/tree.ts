/** Collection: the plan of a large tree (a dry run, whole process) vs `find -printf`. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runBundle } from '../action.ts'
import { type BenchContext, describe, medians, rounds } from '../context.ts'
import { generate, writeTree } from '../data.ts'
import { BenchError, fmtMs, tail, timed } from '../harness.ts'

export async function tree(ctx: BenchContext): Promise<void> {
  const { treeDirs, treePerDir } = ctx.sizes
  const files = treeDirs * treePerDir
  const dir = path.join(ctx.root, 'tree')
  generate(`${files} files`, () => writeTree(dir, treeDirs, treePerDir))
  const log = path.join(ctx.root, 'find.log')
  const find = async () => {
    const result = await timed('find', [dir, '-type', 'f', '-printf', '%s %p\\n'], { log })
    if (result.code !== 0) throw new BenchError(`find failed:\n${tail(log)}`)
    return result
  }
  const plan = async () => {
    const result = await runBundle({
      inputs: { run: 'tree', path: 'tree', 'dry-run': 'true', 'preserve-path': 'true' },
      workspace: ctx.root,
      server: ctx.server,
      timeoutMs: 600_000
    })
    const planned = /Plan: ([\d,]+) artifacts?/.exec(readFileSync(result.log, 'utf8'))?.[1]
    if (Number(planned?.replace(/,/g, '')) !== files) {
      throw new BenchError(`the dry run planned ${planned ?? 'no'} files, expected ${files}`)
    }
    return result
  }
  await find() // warm the dentry cache for both
  const samples = await rounds(ctx, ['find', 'action'] as const, (label) =>
    label === 'find' ? find() : plan()
  )
  const m = medians(samples)
  const ratio = m.action / m.find
  ctx.report.add({
    metric: `tree (plan of ${files} files)`,
    measured: `${ratio.toFixed(2)}× find's time`,
    goal: '≤ 10× (a guard)',
    pass: ratio <= 10,
    raw: `action dry run ${fmtMs(m.action)} ${describe(samples.action)}, find -printf ${fmtMs(m.find)} ${describe(samples.find)}`
  })
}
