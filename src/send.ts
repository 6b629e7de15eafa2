/**
 * DESIGN §3 steps 3–6 for a plan that is sent: connect, find the run, upload, finish and
 * report. Loaded by main.ts only when something is sent, so that a dry run or an input
 * error never loads the HTTP stack (about half of the bundle's start-up time).
 */
import { apiTimeoutMs } from './config.js'
import { SetupError } from './errors.js'
import { artifactMetadata, githubProvenance } from './github-context.js'
import type { Inputs } from './inputs.js'
import type { PlanEntry } from './plan/types.js'
import { reportResults } from './report/finish.js'
import { SimvueClient } from './simvue/client.js'
import { resolveRun, type ResolvedRun } from './simvue/resolve-run.js'
import type { ServerUrls } from './simvue/url.js'
import type { ArtifactResult, UploadOutcome } from './upload/types.js'
import { uploadAll } from './upload/upload-all.js'
import { asText, forLog, type Logger, type Message } from './log.js'
import * as workflow from './workflow/commands.js'

/** Until the entry layer moves to @actions/core: the core's Logger over workflow commands. */
const render = (message: Message): string => asText(message).render(forLog)
const logger: Logger = {
  debugEnabled: workflow.isDebug(),
  debug: (message) => workflow.debug(render(message)),
  info: (message) => workflow.info(render(message)),
  warning: (message) => workflow.warning(render(message)),
  error: (message) => workflow.error(render(message)),
  group: (title, work) => workflow.group(render(title), work)
}

/** Filled as the steps go, so that a later failure still reports what was done. */
export interface SendProgress {
  results: ArtifactResult[] | null
}

export async function sendPlan(
  inputs: Inputs,
  server: ServerUrls,
  plan: PlanEntry[],
  progress: SendProgress
): Promise<void> {
  let client: SimvueClient | null = null
  try {
    const simvue = await workflow.group('Connecting to Simvue', () => connect(inputs, server))
    client = simvue
    const target = await workflow.group('Finding the run', () => findRun(simvue, inputs, plan))
    const outcome = await workflow.group(`Uploading ${plan.length} artifacts`, () =>
      upload(simvue, inputs, plan, target)
    )
    // What happened to each file stays known when the token was refused mid-run.
    progress.results = outcome.results
    if (outcome.fatal) throw outcome.fatal
    const results = outcome.results
    await finishRun(simvue, inputs, target, results)
    const runUrl = `${server.webUrl}/dashboard/runs/run/${target.id}`
    await reportResults(
      results,
      { runId: target.id, runUrl, name: target.name },
      inputs.failOnError
    )
  } finally {
    client?.dispose()
  }
}

async function connect(inputs: Inputs, server: ServerUrls): Promise<SimvueClient> {
  const client = await SimvueClient.connect({
    apiUrl: server.apiUrl,
    token: inputs.token,
    maxAttempts: inputs.maxAttempts,
    concurrency: inputs.concurrency,
    stallTimeoutMs: inputs.stallTimeoutMs,
    allowInsecureHttp: inputs.allowInsecureHttp,
    apiTimeoutMs: apiTimeoutMs(),
    logger
  })
  workflow.info(`Server ${server.webUrl} (API version ${client.serverVersion}).`)
  return client
}

async function findRun(
  client: SimvueClient,
  inputs: Inputs,
  plan: PlanEntry[]
): Promise<ResolvedRun> {
  const target = await resolveRun(client, {
    run: inputs.run,
    folder: inputs.folder,
    folderFilter: inputs.folderFilter,
    createRun: inputs.createRun,
    metadata: { github: githubProvenance() }
  })
  const verb = target.created ? 'Created' : 'Found'
  workflow.info(`${verb} run "${target.name}" (${target.id}), status ${target.status}.`)
  if (target.status === 'created' && inputs.category === 'output' && plan.length > 0) {
    throw new SetupError(
      `Run "${target.name}" is in status "created", and Simvue refuses output artifacts for ` +
        'runs that have not started. Start the run first, or use `category: input` or `code`.'
    )
  }
  return target
}

async function upload(
  client: SimvueClient,
  inputs: Inputs,
  plan: PlanEntry[],
  target: ResolvedRun
): Promise<UploadOutcome> {
  if (plan.length === 0) return { results: [], bytesSent: 0, durationMs: 0, fatal: null }
  return uploadAll(plan, {
    client,
    runId: target.id,
    category: inputs.category,
    metadata: artifactMetadata(inputs.metadata),
    deduplicate: inputs.deduplicate,
    skipExisting: inputs.skipExisting,
    concurrency: inputs.concurrency,
    logger
  })
}

async function finishRun(
  client: SimvueClient,
  inputs: Inputs,
  target: ResolvedRun,
  results: ArtifactResult[]
): Promise<void> {
  if (!inputs.runStatus) return
  const failed = results.filter((r) => r.status === 'failed').length
  if (failed > 0) {
    workflow.warning(
      `Run status left as "${target.status}", not set to "${inputs.runStatus}": ` +
        `${failed} artifact${failed === 1 ? '' : 's'} failed.`
    )
    return
  }
  await client.updateRun(target.id, { status: inputs.runStatus, endtime: utcTimestamp(new Date()) })
  workflow.info(`Run status set to "${inputs.runStatus}".`)
}

/** Simvue's DATETIME_FORMAT, %Y-%m-%dT%H:%M:%S.%f in UTC. */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '000')
}
