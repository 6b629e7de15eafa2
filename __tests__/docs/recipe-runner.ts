/**
 * Runs the README's recipes as GitHub would, as far as this action is concerned: each
 * fenced `yaml` block that uses the action is a recipe (a list of steps or a workflow with
 * `jobs:`); jobs run in `needs` order, matrix jobs once per combination, each job in a fresh
 * workspace; every step of this action runs the bundle against the dev server. `if:`
 * conditions are not evaluated (every step runs), `run:` steps are not executed (their
 * effect on the workspace comes from the test's table) but their expressions are resolved,
 * so a typo in an output name still fails.
 */
import { parse } from 'yaml'
import { ACTION_YML, runAction, type ActionRun } from '../helpers/action.ts'

export const ACTION_USES = '<owner>/simvue-upload-artifact@v1'

export interface Recipe {
  /** The README heading above the block, with `#2`, `#3` for later blocks under it. */
  key: string
  yaml: string
}

/** Every fenced `yaml` block of the README that uses this action, keyed by its heading. */
export function extractRecipes(readme: string): Recipe[] {
  const recipes: Recipe[] = []
  const perHeading = new Map<string, number>()
  let heading = ''
  let block: string[] | undefined
  for (const line of readme.split(/\r?\n/)) {
    if (block) {
      if (line.startsWith('```')) {
        const yaml = block.join('\n')
        block = undefined
        if (!yaml.includes(ACTION_USES)) continue
        const n = (perHeading.get(heading) ?? 0) + 1
        perHeading.set(heading, n)
        recipes.push({ key: n === 1 ? heading : `${heading} #${n}`, yaml })
      } else block.push(line)
    } else if (/^#{2,4} /.test(line)) heading = line.replace(/^#+ /, '').trim()
    else if (/^```ya?ml\s*$/.test(line)) block = []
  }
  return recipes
}

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  steps: Step[]
  env?: Record<string, unknown>
  outputs?: Record<string, string>
  strategy?: { matrix?: Record<string, unknown> }
}

/** What an expression can see; `table` holds every value a recipe cannot produce itself. */
export interface Context {
  table: Record<string, string>
  server: { url: string; token: string }
  steps: Record<string, Record<string, string>>
  needs: Record<string, Record<string, string>>
  matrix: Record<string, string>
}

/** Resolves one `${{ }}` expression, or throws naming it. */
export function resolve(expression: string, ctx: Context): string {
  const e = expression.replace(/\s+/g, ' ').trim()
  let m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e)
  if (m && ctx.steps[m[1] as string]) {
    const [, id, name] = m as unknown as [string, string, string]
    if (!(name in ACTION_YML.outputs)) throw new Error(`step ${id} has no output "${name}"`)
    return ctx.steps[id]?.[name] ?? ''
  }
  m = /^needs\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e)
  if (m) {
    const value = ctx.needs[m[1] as string]?.[m[2] as string]
    if (value === undefined) throw new Error(`\${{ ${e} }}: no such job output`)
    return value
  }
  m = /^matrix\.([\w-]+)$/.exec(e)
  if (m) {
    const value = ctx.matrix[m[1] as string]
    if (value === undefined) throw new Error(`\${{ ${e} }}: no such matrix value`)
    return value
  }
  if (e === 'vars.SIMVUE_URL') return ctx.server.url
  if (e === 'secrets.SIMVUE_TOKEN') return ctx.server.token
  const value = ctx.table[e]
  if (value === undefined) {
    throw new Error(`unknown expression \${{ ${e} }}: add an example value to the table`)
  }
  return value
}

export function evaluate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, inner: string) => resolve(inner, ctx))
}

function evaluateAll(values: Record<string, unknown> | undefined, ctx: Context) {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([k, v]) => [k, evaluate(String(v), ctx)])
  )
}

function jobsOf(yaml: string): Record<string, Job> {
  const doc = parse(yaml) as Step[] | { jobs: Record<string, Job> }
  return Array.isArray(doc) ? { job: { steps: doc } } : doc.jobs
}

/** `needs` order; throws on a cycle or a missing job. */
function jobOrder(jobs: Record<string, Job>): string[] {
  const done: string[] = []
  const visit = (id: string, path: string[]): void => {
    if (done.includes(id)) return
    if (path.includes(id) || !jobs[id]) throw new Error(`needs: bad job ${id}`)
    const needs = jobs[id].needs ?? []
    for (const need of Array.isArray(needs) ? needs : [needs]) visit(need, [...path, id])
    done.push(id)
  }
  for (const id of Object.keys(jobs)) visit(id, [])
  return done
}

function matrixLegs(job: Job): Record<string, string>[] {
  let legs: Record<string, string>[] = [{}]
  for (const [key, values] of Object.entries(job.strategy?.matrix ?? {})) {
    if (!Array.isArray(values)) throw new Error(`matrix.${key}: only plain lists are supported`)
    legs = legs.flatMap((leg) => values.map((v) => ({ ...leg, [key]: String(v) })))
  }
  return legs
}

export interface StepRun {
  job: string
  matrix: Record<string, string>
  inputs: Record<string, string>
  result: ActionRun
}

/** Runs every step of this action in the recipe; `workspace()` gives each job a fresh one. */
export async function runRecipe(
  recipe: Recipe,
  base: Omit<Context, 'steps' | 'needs' | 'matrix'>,
  workspace: () => string
): Promise<StepRun[]> {
  const jobs = jobsOf(recipe.yaml)
  const needs: Context['needs'] = {}
  const runs: StepRun[] = []
  for (const jobId of jobOrder(jobs)) {
    const job = jobs[jobId] as Job
    for (const matrix of matrixLegs(job)) {
      const ctx: Context = { ...base, steps: {}, needs, matrix }
      const dir = workspace()
      for (const step of job.steps) {
        const env = { ...evaluateAll(job.env, ctx), ...evaluateAll(step.env, ctx) }
        if (step.run !== undefined) evaluate(step.run, ctx)
        if (step.uses !== ACTION_USES) continue
        const inputs = evaluateAll(step.with, ctx)
        const result = await runAction({ workspace: dir, env, inputs })
        runs.push({ job: jobId, matrix, inputs, result })
        if (step.id) ctx.steps[step.id] = result.outputs
      }
      needs[jobId] = evaluateAll(job.outputs, ctx)
    }
  }
  return runs
}
