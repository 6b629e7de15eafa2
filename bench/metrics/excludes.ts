/**
 * Many excludes: 5,000 literal `path` lines planned with 2,000 `!` excludes (1,000 naming
 * planned files, 1,000 globs that match nothing) vs the same lines without them (a dry run,
 * whole process). The excludes are compiled once per plan, so they must stay cheap.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { runBundle } from '../action.ts'
import { type BenchContext, describe, medians, rounds } from '../context.ts'
import { generate, writeTree } from '../data.ts'
import { BenchError, fmtMs } from '../harness.ts'

const DIRS = 50
const PER_DIR = 100
/** Files `f0`…`f19` of every directory are excluded by name; `x0*`…`x19*` match nothing. */
const EXCLUDED_PER_DIR = 20

export async function excludes(ctx: BenchContext): Promise<void> {
  const dir = path.join(ctx.root, 'excludes')
  generate(`${DIRS * PER_DIR} files`, () => writeTree(dir, DIRS, PER_DIR))
  // Short relative lines: the whole input must fit one environment string (128 KiB).
  const names = (d: number) => `d${String(d).padStart(3, '0')}`
  const lines: string[] = []
  const excludeLines: string[] = []
  for (let d = 0; d < DIRS; d++) {
    for (let f = 0; f < PER_DIR; f++) lines.push(`${names(d)}/f${f}.txt`)
    for (let f = 0; f < EXCLUDED_PER_DIR; f++) {
      excludeLines.push(`!${names(d)}/f${f}.txt`, `!${names(d)}/x${f}*`)
    }
  }
  const plan = async (withExcludes: boolean) => {
    const expected = withExcludes ? DIRS * (PER_DIR - EXCLUDED_PER_DIR) : DIRS * PER_DIR
    const pathInput = (withExcludes ? [...lines, ...excludeLines] : lines).join('\n')
    const result = await runBundle({
      inputs: {
        run: 'excludes',
        path: pathInput,
        'working-directory': dir,
        'dry-run': 'true',
        'preserve-path': 'true',
        'if-no-files-found': 'ignore'
      },
      workspace: ctx.root,
      server: ctx.server,
      timeoutMs: 600_000
    })
    const planned = /Plan: ([\d,]+) artifacts?/.exec(readFileSync(result.log, 'utf8'))?.[1]
    if (Number(planned?.replace(/,/g, '')) !== expected) {
      throw new BenchError(`the dry run planned ${planned ?? 'no'} files, expected ${expected}`)
    }
    return result
  }
  const samples = await rounds(ctx, ['plain', 'excludes'] as const, (label) =>
    plan(label === 'excludes')
  )
  const m = medians(samples)
  const ratio = m.excludes / m.plain
  ctx.report.add({
    metric: `excludes (${lines.length} lines, ${excludeLines.length} excludes)`,
    measured: `${ratio.toFixed(2)}× the time without the excludes`,
    goal: '≤ 3×',
    pass: ratio <= 3,
    raw: `with excludes ${fmtMs(m.excludes)} ${describe(samples.excludes)}, without ${fmtMs(m.plain)} ${describe(samples.plain)}`
  })
}
