/**
 * Steps 3, 4 and 6 on the server: check it and find (or create) the run; after the uploads,
 * the run's status, and `terminated` for a run this step created when it is cancelled.
 */
import { apiTimeoutMs } from '../config.js'
import { SetupError } from '../errors.js'
import { count } from '../format.js'
import type { Inputs } from '../inputs.js'
import { text, trusted, type Logger } from '../log.js'
import type { RunInfo, RunStatusOutcome } from '../outcome.js'
import type { PlanEntry } from '../plan/types.js'
import { SimvueClient } from '../simvue/client.js'
import { resolveRun } from '../simvue/resolve-run.js'
import type { ServerUrls } from '../simvue/url.js'
import type { ArtifactResult } from '../upload/types.js'

export async function connect(
  inputs: Inputs,
  server: ServerUrls,
  log: Logger,
  userAgent?: string
): Promise<SimvueClient> {
  const client = await SimvueClient.connect({
    apiUrl: server.apiUrl,
    token: inputs.token,
    maxAttempts: inputs.maxAttempts,
    concurrency: inputs.concurrency,
    stallTimeoutMs: inputs.stallTimeoutMs,
    apiTimeoutMs: apiTimeoutMs(),
    allowInsecureHttp: inputs.allowInsecureHttp,
    logger: log,
    userAgent
  })
  log.info(text`Server ${server.webUrl} (API version ${client.serverVersion}).`)
  return client
}

interface RunSettings {
  provenance: Record<string, unknown>
  runTag: string
}

export async function findRun(
  client: SimvueClient,
  inputs: Inputs,
  server: ServerUrls,
  plan: PlanEntry[],
  settings: RunSettings,
  log: Logger
): Promise<RunInfo> {
  const target = await resolveRun(client, {
    run: inputs.run,
    folder: inputs.folder,
    folderFilter: inputs.folderFilter,
    createRun: inputs.createRun,
    metadata: settings.provenance,
    tag: settings.runTag,
    names: inputs.names
  })
  const run: RunInfo = {
    id: target.id,
    name: target.name,
    url: `${server.webUrl}/dashboard/runs/run/${encodeURIComponent(target.id)}`,
    status: target.status,
    created: target.created
  }
  const verb = trusted(target.created ? 'Created' : 'Found')
  log.info(text`${verb} run "${run.name}" (${run.id}), status ${run.status}.`)
  if (run.status === 'created' && inputs.category === 'output' && plan.length > 0) {
    throw new SetupError(
      text`Run "${run.name}" is in status "created", and Simvue refuses output artifacts for runs that have not started. Start the run first, or use ${trusted(inputs.names.suggest('category', 'input'))} or \`code\`.`
    )
  }
  return run
}

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
      text`Could not set the cancelled run "${run.name}" to "terminated": ${String(error)}`
    )
  }
}

/** Simvue's DATETIME_FORMAT, %Y-%m-%dT%H:%M:%S.%f in UTC. */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '000')
}
