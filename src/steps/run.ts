/** Steps 3 and 4: check the server and find (or create) the run. */
import { apiTimeoutMs } from '../config.js'
import { SetupError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { text, trusted, type Logger } from '../log.js'
import type { RunInfo } from '../outcome.js'
import type { PlanEntry } from '../plan/types.js'
import { SimvueClient } from '../simvue/client.js'
import { resolveRun } from '../simvue/resolve-run.js'
import type { ServerUrls } from '../simvue/url.js'

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

export interface RunSettings {
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
