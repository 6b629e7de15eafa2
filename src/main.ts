/**
 * The action's entry layer: inputs from the runner, the shared steps (execute.ts), and the
 * outcome published as outputs, job summary and annotations. Only this layer (src/action/
 * and this file) imports @actions/core.
 */
import * as core from '@actions/core'
import { USER_AGENT } from './config.js'
import { errorText } from './errors.js'
import { execute } from './execute.js'
import { githubProvenance } from './github-context.js'
import { readInputs } from './inputs.js'
import { text } from './log.js'
import { ActionLogger } from './action/logger.js'
import { publish } from './action/publish.js'
import { actionInputSource } from './action/source.js'

export const RUN_TAG = 'github-actions'

export async function run(): Promise<void> {
  const log = new ActionLogger()
  log.debug(text`${USER_AGENT} on Node ${process.version}.`)
  let inputs
  try {
    inputs = readInputs(actionInputSource, {
      env: process.env,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      mask: (secret) => core.setSecret(secret)
    })
  } catch (error) {
    return log.fail(errorText(error))
  }
  const cancel = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => {
    log.info(text`Received ${signal}: starting no new file, finishing what is in flight.`)
    cancel.abort()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const outcome = await execute(inputs, {
    log,
    signal: cancel.signal,
    provenance: { github: githubProvenance() },
    runTag: RUN_TAG
  })
  await publish(outcome, log, { failOnError: inputs.failOnError })
  if (outcome.cancelled && !process.exitCode) process.exitCode = core.ExitCode.Failure
}
