/** What the command line says around the shared steps: the server it uses, and the verdict. */
import { statSync } from 'node:fs'
import path from 'node:path'
import type { Inputs } from '../inputs.js'
import { text, type Logger } from '../log.js'
import type { Outcome } from '../outcome.js'
import { finalReport } from '../report/annotations.js'
import { count } from '../format.js'
import type { Credentials } from './credentials.js'

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
  const from =
    !inputs.token || urlFrom.name === tokenFrom.name
      ? text`URL${inputs.token ? ' and token' : ''} from ${urlFrom.name}`
      : text`URL from ${urlFrom.name}, token from ${tokenFrom.name}`
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
  const failed = outcome.results.filter((result) => result.status === 'failed')
  const report = finalReport(outcome, {
    failOnError: options.failOnError,
    budget: failed.length + 1
  })
  const [aggregate, ...causes] = report.annotations
  if (outcome.failure) return log.error(aggregate.message)
  if (failed.length === 0) return
  const say = options.failOnError ? log.error.bind(log) : log.warning.bind(log)
  const suffix = options.failOnError ? '' : ' (--no-fail-on-error, so the exit code is 0)'
  say(
    text`${failed.length} of ${count(outcome.results.length, 'artifact')} failed; --json or --summary FILE lists every file.${suffix}`
  )
  for (const cause of causes) say(text`  ${cause.message}`)
}
