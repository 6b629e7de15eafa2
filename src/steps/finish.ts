/** Step 6 (server side): the run's status after the uploads, and `terminated` on cancel. */
import { errorMessage } from '../errors.js'
import { count } from '../format.js'
import type { Inputs } from '../inputs.js'
import { text, type Logger } from '../log.js'
import type { RunInfo, RunStatusOutcome } from '../outcome.js'
import type { SimvueClient } from '../simvue/client.js'
import type { ArtifactResult } from '../upload/types.js'

/** Sets `run-status` when no file failed; throws when the update itself fails. */
export async function finishRun(
  client: SimvueClient,
  inputs: Inputs,
  run: RunInfo,
  results: ArtifactResult[],
  log: Logger
): Promise<RunStatusOutcome | null> {
  const requested = inputs.runStatus
  if (!requested) return null
  const failed = results.filter((r) => r.status === 'failed').length
  if (failed > 0) {
    const reason = text`${count(failed, 'artifact')} failed`
    const warning = text`Run status left as "${run.status}", not set to "${requested}": ${reason}.`
    log.warning(warning)
    return { requested, state: 'left', reason, warning }
  }
  await client.updateRun(run.id, { status: requested, endtime: utcTimestamp(new Date()) })
  run.status = requested
  log.info(text`Run status set to "${requested}".`)
  return { requested, state: 'set', reason: null }
}

/** A run this step created and did not get to finish: `terminated`, not left `running`. */
export async function terminateRun(client: SimvueClient, run: RunInfo, log: Logger) {
  try {
    await client.updateRun(run.id, { status: 'terminated', endtime: utcTimestamp(new Date()) })
    run.status = 'terminated'
    log.info(text`Run "${run.name}" set to "terminated": the step was cancelled.`)
  } catch (error) {
    log.warning(
      text`Could not set the cancelled run "${run.name}" to "terminated": ${errorMessage(error)}`
    )
  }
}

/** Simvue's DATETIME_FORMAT, %Y-%m-%dT%H:%M:%S.%f in UTC. */
function utcTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '000')
}
