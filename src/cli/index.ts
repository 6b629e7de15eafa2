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
// A reader that quits early (`| head`) must not stop the uploads: its lines are dropped.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}

process.exitCode = await runCli(cancel.signal)
