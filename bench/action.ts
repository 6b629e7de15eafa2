/**
 * Runs the bundled action as the GitHub runner would (Node 24, INPUT_<NAME> with every
 * action.yml default, the runner's files), timing only the action's own process.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { BUNDLE, NODE24, makeRunnerFiles, parseOutputs, runnerEnv } from '../dev-server/runner.ts'
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
  const files = makeRunnerFiles(scratchDir())
  const log = path.join(files.dir, `log-${++counter}`)
  const env: Record<string, string> = {
    ...runnerEnv(options.workspace, files, options.inputs),
    GITHUB_WORKFLOW: 'bench',
    GITHUB_JOB: 'bench'
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
  const outputs = parseOutputs(readFileSync(files.output, 'utf8'))
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
