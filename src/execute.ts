/**
 * What the step does, in order, for both entry layers (the action and the command line):
 * read files into a plan; unless a dry run, check the server, find or create the run,
 * upload, set the run status. Never throws: the outcome says what happened to every file
 * and which step failed (docs/design.md, "Order of work").
 */
import { apiTimeoutMs } from './config.js'
import { errorMessage, SetupError } from './errors.js'
import type { Inputs } from './inputs.js'
import { text, trusted, type Logger, type Message } from './log.js'
import { newOutcome, type Outcome, type Step } from './outcome.js'
import { count } from './format.js'
import { outcomeLine } from './report/summary.js'
import type { PlanEntry } from './plan/types.js'
import { SimvueClient } from './simvue/client.js'
import { resolveRun } from './simvue/resolve-run.js'
import type { ServerUrls } from './simvue/url.js'
import { logDryRun, makePlan } from './steps/collect.js'
import { finishRun, terminateRun } from './steps/finish.js'
import { uploadAll } from './upload/upload-all.js'
import { entryResult, type UploadProgress } from './upload/types.js'

export interface ExecuteOptions {
  log: Logger
  /** Aborted on SIGINT/SIGTERM: no new file starts, what was done is reported. */
  signal?: AbortSignal
  /** `{ github: … }` for the action, `{ ci: … }` for the command line. */
  provenance: Record<string, unknown>
  /** Tag of a run this step creates. */
  runTag: string
  /** The User-Agent of every request (the action's by default). */
  userAgent?: string
  /** Called as bytes are sent and files finish (the command line's progress bar). */
  onProgress?: (state: UploadProgress) => void
}

export async function execute(inputs: Inputs, options: ExecuteOptions): Promise<Outcome> {
  const started = Date.now()
  const outcome = newOutcome(inputs.dryRun, inputs.category)
  const log = recordingWarnings(options.log, outcome.warnings)
  const progress: Progress = { step: 'collecting files', client: null }
  try {
    const plan = await log.group('Collecting files', () => makePlan(inputs, log))
    outcome.plan = plan
    if (inputs.dryRun) {
      outcome.results = plan.map((entry) => entryResult(entry, inputs.category, 'planned', null))
      logDryRun(plan, inputs.category, log)
    } else if (plan.length > 0 || inputs.createRun || inputs.runStatus) {
      await send(inputs, plan, outcome, progress, { ...options, log })
    }
  } catch (error) {
    // A request aborted by the cancellation is the cancellation, not a failure of its own.
    if (options.signal?.aborted) outcome.cancelled = true
    else outcome.failure = { step: progress.step, error }
    if (!outcome.cancelled && progress.step === 'setting the run status' && inputs.runStatus) {
      const reason = errorMessage(error)
      outcome.runStatus = { requested: inputs.runStatus, state: 'failed', reason }
    }
  }
  const { client } = progress
  // terminateRun never throws: what it could not do is a warning.
  if (outcome.cancelled && outcome.run?.created && client) {
    await terminateRun(client, outcome.run, log)
  }
  client?.dispose()
  const { failure, plan } = outcome
  const reason = failure
    ? `not attempted: ${failure.step} failed: ${errorMessage(failure.error)}`
    : 'not attempted: the step was cancelled'
  // Every plan entry without a result gets one: `failed` with why it was not attempted.
  plan?.forEach((entry, i) => {
    outcome.results[i] ??= entryResult(entry, outcome.category, 'failed', reason)
  })
  outcome.durationMs = Date.now() - started
  log.info(outcomeLine(outcome))
  return outcome
}

interface Progress {
  step: Step
  client: SimvueClient | null
}

/** Steps 3 to 6 for a plan that is sent. */
async function send(
  inputs: Inputs,
  plan: PlanEntry[],
  outcome: Outcome,
  progress: Progress,
  options: ExecuteOptions
): Promise<void> {
  const { log } = options
  const server = inputs.server as ServerUrls
  progress.step = 'connecting to Simvue'
  const client = await log.group('Connecting to Simvue', async () => {
    const client = await SimvueClient.connect({
      apiUrl: server.apiUrl,
      token: inputs.token,
      maxAttempts: inputs.maxAttempts,
      concurrency: inputs.concurrency,
      stallTimeoutMs: inputs.stallTimeoutMs,
      apiTimeoutMs: apiTimeoutMs(),
      allowInsecureHttp: inputs.allowInsecureHttp,
      logger: log,
      userAgent: options.userAgent
    })
    log.info(text`Server ${server.webUrl} (API version ${client.serverVersion}).`)
    return client
  })
  progress.client = client

  progress.step = 'finding the run'
  const run = await log.group('Finding the run', async () => {
    const found = await resolveRun(client, {
      run: inputs.run,
      folder: inputs.folder,
      folderFilter: inputs.folderFilter,
      createRun: inputs.createRun,
      metadata: options.provenance,
      tag: options.runTag,
      names: inputs.names
    })
    const { id, name, status } = found
    log.info(
      text`${trusted(found.created ? 'Created' : 'Found')} run "${name}" (${id}), status ${status}.`
    )
    if (status === 'created' && inputs.category === 'output' && plan.length > 0) {
      throw new SetupError(
        text`Run "${name}" is in status "created", and Simvue refuses output artifacts for runs that have not started. Start the run first, or use ${trusted(inputs.names.suggest('category', 'input'))} or \`code\`.`
      )
    }
    return { ...found, url: `${server.webUrl}/dashboard/runs/run/${encodeURIComponent(id)}` }
  })
  outcome.run = run

  progress.step = 'uploading'
  await log.group(text`Uploading ${count(plan.length, 'artifact')}`, async () => {
    if (plan.length === 0) return
    const done = await uploadAll(plan, {
      client,
      runId: run.id,
      category: inputs.category,
      metadata: { ...(inputs.metadata ?? {}), ...options.provenance },
      deduplicate: inputs.deduplicate,
      skipExisting: inputs.skipExisting,
      concurrency: inputs.concurrency,
      logger: log,
      signal: options.signal,
      onProgress: options.onProgress
    })
    // One result per plan entry, whatever happened.
    outcome.results = done.results
    outcome.bytesSent = done.bytesSent
    // An error that stopped every file (the token was refused) fails the step.
    if (done.fatal) throw done.fatal
  })
  outcome.cancelled = options.signal?.aborted ?? false
  if (outcome.cancelled) return

  progress.step = 'setting the run status'
  outcome.runStatus = await finishRun(client, inputs, run, outcome.results, log)
}

/** The same logger, with every warning also kept for the summary. */
function recordingWarnings(log: Logger, warnings: Message[]): Logger {
  return {
    debugEnabled: log.debugEnabled,
    debug: (message) => log.debug(message),
    info: (message) => log.info(message),
    error: (message, properties) => log.error(message, properties),
    warning: (message, properties) => {
      warnings.push(message)
      log.warning(message, properties)
    },
    group: (title, work) => log.group(title, work)
  }
}
