/**
 * Runs the bundled action as the GitHub runner would (Node 24, INPUT_<NAME> with every
 * action.yml default, the runner's files), timing only the action's own process.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { BUNDLE, NODE24, inputEnv, parseOutputs } from '../dev-server/runner.ts'
import { BenchError, type Timed, scratchDir, tail, timed } from './harness.ts'

export interface ActionRunOptions {
  inputs: Record<string, string>
  /** GITHUB_WORKSPACE (and the default working-directory). */
  workspace: string
  server?: { url: string; token: string; cpuMs?: () => number }
  rss?: boolean
  timeoutMs?: number
}

export interface ActionTimed extends Timed {
  outputs: Record<string, string>
  log: string
  /** CPU time the dev server used during the run. */
  serverCpuMs?: number
}

/** The bundle to time: dist/index.js, or BENCH_BUNDLE (e.g. to compare another build). */
export const ACTION_BUNDLE = process.env.BENCH_BUNDLE ?? BUNDLE

let counter = 0

export async function runBundle(options: ActionRunOptions): Promise<ActionTimed> {
  const runnerDir = mkdtempSync(path.join(scratchDir(), `runner-${++counter}-`))
  const outputFile = path.join(runnerDir, 'output')
  const summaryFile = path.join(runnerDir, 'summary')
  const log = path.join(runnerDir, 'log')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'bench',
    GITHUB_JOB: 'bench',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerDir,
    ...inputEnv(options.inputs, options.workspace)
  }
  if (options.server) {
    env.SIMVUE_URL = options.server.url
    env.SIMVUE_TOKEN = options.server.token
  }
  const serverCpu = options.server?.cpuMs?.()
  const result = await timed(NODE24, [ACTION_BUNDLE], {
    env,
    cwd: options.workspace,
    log,
    rss: options.rss,
    timeoutMs: options.timeoutMs
  })
  const serverCpuMs =
    serverCpu === undefined ? undefined : (options.server?.cpuMs?.() ?? NaN) - serverCpu
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
  if (result.code !== 0) {
    throw new BenchError(`the action exited with ${result.code}:\n${tail(log)}`)
  }
  return { ...result, outputs, log, serverCpuMs }
}

/** Runs the action and checks that it uploaded exactly `expected` artifacts. */
export async function uploadWithAction(
  options: ActionRunOptions & { expected: number }
): Promise<ActionTimed> {
  const result = await runBundle({ rss: true, ...options })
  const uploaded = Number(result.outputs['uploaded-count'])
  if (uploaded !== options.expected) {
    throw new BenchError(
      `the action uploaded ${result.outputs['uploaded-count']} of ${options.expected} files ` +
        `(failed ${result.outputs['failed-count']}):\n${tail(result.log)}`
    )
  }
  return result
}
