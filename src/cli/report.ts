/** What the command line says around the shared steps: the server it uses, and the verdict. */
import { statSync } from 'node:fs'
import path from 'node:path'
import { errorText } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { text, trusted, type Logger } from '../log.js'
import type { Outcome } from '../outcome.js'
import { finalReport } from '../report/annotations.js'
import { count } from '../format.js'
import { describeOrigin, type Credentials, type Origin } from './credentials.js'

/**
 * Which server and configuration file are used, always before anything is sent: a
 * simvue.toml in a parent folder must not redirect uploads (and the token) unnoticed.
 */
export function reportServer(
  log: Logger,
  credentials: Credentials,
  inputs: Inputs,
  cwd: string
): void {
  for (const note of credentials.notes) log.warning(note)
  if (!inputs.server) {
    log.info('No server configured: fine for a dry run, which sends nothing.')
    return
  }
  const { urlFrom, tokenFrom } = credentials
  const url = describeOrigin(urlFrom)
  const from =
    !inputs.token || sameOrigin(urlFrom, tokenFrom)
      ? text`URL${inputs.token ? ' and token' : ''} from ${url}`
      : text`URL from ${url}, token from ${describeOrigin(tokenFrom, 'SIMVUE_TOKEN')}`
  log.info(text`Using ${inputs.server.webUrl}: ${from}.`)
  const file = credentials.file
  if (file && urlFrom.kind === 'file') {
    const dir = path.dirname(file.path)
    if (dir !== path.resolve(cwd) && path.relative(dir, cwd).split(path.sep)[0] !== '..') {
      log.info(text`Note: ${file.path} was found in a parent of the current directory.`)
    }
    // On a shared file system, a file someone else planted above the working directory
    // would send the files (and a token from the environment) to their server.
    const owner = ownerOf(file.path)
    if (owner !== null && process.getuid && owner !== process.getuid()) {
      log.warning(
        text`The server URL comes from ${file.path}, which belongs to another user (uid ${owner}); check that ${inputs.server.webUrl} is the server you mean.`
      )
    }
  }
}

function ownerOf(file: string): number | null {
  try {
    return statSync(file).uid
  } catch {
    return null
  }
}

/** The verdict after the outcome line: a setup failure, or failed files grouped by cause. */
export function reportOutcome(
  outcome: Outcome,
  log: Logger,
  options: { failOnError: boolean }
): void {
  if (outcome.failure) {
    log.error(
      text`${trusted(capitalise(outcome.failure.step))} failed: ${errorText(outcome.failure.error)}`
    )
    return
  }
  const failed = outcome.results.filter((result) => result.status === 'failed')
  if (failed.length === 0) return
  const report = finalReport(outcome, {
    failOnError: options.failOnError,
    budget: failed.length + 1
  })
  const say = options.failOnError ? log.error.bind(log) : log.warning.bind(log)
  const suffix = options.failOnError ? '' : ' (--no-fail-on-error, so the exit code is 0)'
  say(
    text`${failed.length} of ${count(outcome.results.length, 'artifact')} failed; --json or --summary FILE lists every file.${suffix}`
  )
  for (const cause of report.annotations.slice(1)) say(text`  ${cause.message}`)
}

function sameOrigin(a: Origin, b: Origin): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}
