/**
 * Emulates the GitHub runner for the bundled action (tests, demo and bench share it): runs
 * it exactly as the runner does: a child process of the
 * declared runtime (Node 24), inputs as INPUT_<NAME> (upper-cased, hyphens kept) with every
 * action.yml default applied and `${{ github.workspace }}` evaluated, and the runner's files
 * for outputs and the step summary.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const BUNDLE = path.join(ROOT, 'dist', 'index.js')
/** The Node 24 binary of the `node` npm package (the runtime action.yml declares). */
export const NODE24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node')

interface ActionYaml {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export const ACTION_YML = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYaml

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  /** stdout lines of the form ::error::…, ::warning::… */
  errors: string[]
  warnings: string[]
}

export interface RunOptions {
  /** Input values by action.yml name; missing ones get the action.yml default. */
  inputs?: Record<string, string>
  /** Extra environment (e.g. SIMVUE_URL, SIMVUE_TOKEN, RUNNER_DEBUG). */
  env?: Record<string, string | undefined>
  /** The GITHUB_WORKSPACE; a fresh temp dir when omitted. */
  workspace?: string
  timeoutMs?: number
  /** Also copy the action's stdout and stderr to this process's (the demo). */
  echo?: boolean
  /** Sends `signal` once stdout matches `when` (how the runner cancels a step). */
  cancel?: { when: RegExp; signal: NodeJS.Signals }
}

export function makeWorkspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sua-ws-'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return dir
}

export function inputEnv(
  inputs: Record<string, string>,
  workspace: string
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(ACTION_YML.inputs)) {
    const value = inputs[name] ?? spec.default ?? ''
    env[`INPUT_${name.toUpperCase()}`] = value.replace(
      /\$\{\{\s*github\.workspace\s*\}\}/g,
      workspace
    )
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in ACTION_YML.inputs)) throw new Error(`test uses unknown input ${name}`)
  }
  return env
}

/** The runner's per-step files: GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, in RUNNER_TEMP. */
export interface RunnerFiles {
  dir: string
  output: string
  summary: string
}

export function makeRunnerFiles(parent: string = os.tmpdir()): RunnerFiles {
  const dir = mkdtempSync(path.join(parent, 'sua-runner-'))
  const files = { dir, output: path.join(dir, 'output'), summary: path.join(dir, 'summary') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  return files
}

/** What the runner puts in a step's environment: GitHub's variables and the inputs. */
export function runnerEnv(
  workspace: string,
  files: RunnerFiles,
  inputs: Record<string, string>
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'test',
    GITHUB_RUN_ID: '987654321',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: files.dir,
    ...inputEnv(inputs, workspace)
  }
}

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const workspace = options.workspace ?? makeWorkspace()
  const files = makeRunnerFiles()
  const base: Record<string, string | undefined> = {
    ...runnerEnv(workspace, files, options.inputs ?? {}),
    ...options.env
  }
  const env = Object.fromEntries(
    Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
  const child = spawn(NODE24, [BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  const showDebug = env.RUNNER_DEBUG === '1'
  let pending = ''
  const echo = (chunk: string, flush = false): void => {
    pending += chunk
    const cut = flush ? pending.length : pending.lastIndexOf('\n') + 1
    const lines = pending.slice(0, cut)
    pending = pending.slice(cut)
    // The runner swallows ::add-mask:: and hides ::debug:: unless step debug is on.
    const hidden = showDebug ? /^::add-mask::.*(\n|$)/gm : /^::(add-mask|debug)::.*(\n|$)/gm
    const shown = lines.replace(hidden, '')
    if (shown) process.stdout.write(shown)
  }
  let cancelled = false
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    if (options.echo) echo(chunk)
    if (options.cancel && !cancelled && options.cancel.when.test(stdout)) {
      cancelled = true
      child.kill(options.cancel.signal)
    }
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    if (options.echo) process.stderr.write(chunk)
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (options.echo) echo('', true)
  clearTimeout(timer)
  const lines = stdout.split(/\r?\n/)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    workspace,
    errors: lines.filter((l) => l.startsWith('::error')),
    warnings: lines.filter((l) => l.startsWith('::warning'))
  }
}

/** Parses the runner's GITHUB_OUTPUT file (`name<<DELIMITER` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  // Entries end in os.EOL: CRLF on Windows.
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match as unknown as [string, string, string]
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}
