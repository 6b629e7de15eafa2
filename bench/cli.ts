/**
 * Runs the command line bundle (dist/cli/index.js) under Node 24, beside the action, with
 * the server and token in SIMVUE_URL / SIMVUE_TOKEN and a scratch HOME (no simvue.toml).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { NODE24, ROOT } from '../dev-server/runner.ts'
import { BenchError, type Timed, scratchDir, tail, timed } from './harness.ts'

export const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli', 'index.js')

let counter = 0

/** `simvue-upload --run RUN PATH...` in `cwd`; checks that it uploaded `expected` files. */
export async function uploadWithCli(options: {
  run: string
  paths: string[]
  cwd: string
  server: { url: string; token: string }
  expected: number
  timeoutMs?: number
}): Promise<Timed> {
  const log = path.join(scratchDir(), `cli-${++counter}.log`)
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratchDir(),
    SIMVUE_URL: options.server.url,
    SIMVUE_TOKEN: options.server.token
  }
  const args = [CLI_BUNDLE, '--run', options.run, '--', ...options.paths]
  const result = await timed(NODE24, args, {
    env,
    cwd: options.cwd,
    log,
    rss: true,
    timeoutMs: options.timeoutMs
  })
  const done = /^Done: (\d+) uploaded/m.exec(readFileSync(log, 'utf8'))
  if (result.code !== 0 || Number(done?.[1]) !== options.expected) {
    throw new BenchError(
      `the command line exited with ${result.code}, expected ${options.expected} uploads:\n${tail(log)}`
    )
  }
  return result
}
