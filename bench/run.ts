/**
 * `npm run bench [-- --only small,large] [--quick] [--runs N] [--concurrency 1,2,4]`: the
 * The speed measurements (docs/design.md, "Speed").
 * Starts the development server in its own process, generates the data in a scratch
 * directory, runs the bundled action and the baselines (each the median of N runs, default
 * 3), prints one line per metric and a Markdown table, exits 1 when a goal is missed
 * (`--quick`: smaller sizes for a smoke run; goals are shown but only errors fail).
 */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ACTION_BUNDLE } from './action.ts'
import { type BenchContext, FULL, QUICK } from './context.ts'
import {
  BenchError,
  cleanup,
  installSignalHandlers,
  scratchDir,
  wasInterrupted
} from './harness.ts'
import { cold } from './metrics/cold.ts'
import { excludes } from './metrics/excludes.ts'
import { large } from './metrics/large.ts'
import { latency } from './metrics/latency.ts'
import { scale } from './metrics/scale.ts'
import { small } from './metrics/small.ts'
import { tree } from './metrics/tree.ts'
import { Report } from './report.ts'
import { startServer } from './server.ts'

const GROUPS: Record<string, (ctx: BenchContext) => Promise<void>> = {
  cold,
  tree,
  excludes,
  small,
  latency,
  large,
  scale
}
const ALIASES: Record<string, string> = {
  memory: 'large',
  'cold-start': 'cold',
  collection: 'tree'
}

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    concurrency: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
  },
  strict: true
})
if (values.help) {
  console.log(
    `usage: npm run bench -- [--only ${Object.keys(GROUPS).join(',')}] [--quick] [--runs N]` +
      ' [--concurrency 1,2,4 (the latency table)]'
  )
  process.exit(0)
}
const selected = (values.only?.split(',') ?? Object.keys(GROUPS)).map((g) => {
  const name = ALIASES[g.trim()] ?? g.trim()
  if (!(name in GROUPS)) {
    console.error(`unknown metric group ${g}; known: ${Object.keys(GROUPS).join(', ')}`)
    process.exit(2)
  }
  return name
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs: a positive integer')
  process.exit(2)
}
if (!existsSync(ACTION_BUNDLE)) {
  console.error(`${ACTION_BUNDLE} is missing: run \`npm run bundle\` first`)
  process.exit(2)
}

installSignalHandlers()
const started = performance.now()
const report = new Report()
const sizes = { ...(values.quick ? QUICK : FULL) }
if (values.concurrency !== undefined) {
  sizes.latencyConcurrency = values.concurrency.split(',').map(Number)
  if (!sizes.latencyConcurrency.every((c) => Number.isInteger(c) && c >= 1 && c <= 64)) {
    console.error('--concurrency: a comma-separated list of integers 1 to 64')
    process.exit(2)
  }
}
let failure: unknown
try {
  const server = await startServer()
  const ctx: BenchContext = { server, root: scratchDir(), runs, sizes, report }
  console.log(
    `Simvue Upload Artifact bench: ${values.quick ? 'quick' : 'full'} sizes, median of ${runs} ` +
      `run${runs === 1 ? '' : 's'}, Node ${process.version} harness, server ${server.url}`
  )
  for (const group of Object.keys(GROUPS).filter((g) => selected.includes(g))) {
    const t0 = performance.now()
    console.log(`\n== ${group}`)
    await (GROUPS[group] as (ctx: BenchContext) => Promise<void>)(ctx)
    console.log(`   (${group}: ${((performance.now() - t0) / 1000).toFixed(0)} s)`)
  }
} catch (error) {
  failure = error
} finally {
  await cleanup()
}
if (wasInterrupted()) await new Promise(() => undefined) // the signal handler exits

const elapsed = ((performance.now() - started) / 1000).toFixed(0)
console.log(
  '\n' +
    report.markdown(
      `## Bench results (${values.quick ? 'quick' : 'full'} sizes, median of ${runs}, ${elapsed} s)`
    )
)
if (failure !== undefined) {
  console.error(
    `\nbench aborted: ${failure instanceof BenchError ? failure.message : String(failure)}`
  )
  if (!(failure instanceof BenchError) && failure instanceof Error) console.error(failure.stack)
  process.exitCode = 2
} else if (report.failed.length > 0) {
  const names = report.failed.map((r) => r.metric).join(', ')
  console.log(`\n${report.failed.length} goal(s) missed: ${names}`)
  if (!values.quick) process.exitCode = 1
}
