#!/usr/bin/env node
/**
 * `simvue-upload`: the command line's process entry. SIGINT or SIGTERM once starts no new
 * file and reports what was done; a second one stops at once.
 */
import { EXIT, runCli } from './main.js'

const cancel = new AbortController()
const onSignal = (signal: NodeJS.Signals): void => {
  if (cancel.signal.aborted) process.exit(EXIT.interrupted)
  process.stderr.write(
    `\nReceived ${signal}: starting no new file, finishing what is in flight (again to stop at once).\n`
  )
  cancel.abort()
}
process.on('SIGINT', onSignal)
process.on('SIGTERM', onSignal)

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  signal: cancel.signal
})
