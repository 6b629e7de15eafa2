/** Orchestration only; reads like DESIGN §3. */
import * as core from '@actions/core'
import { apiTimeoutMs, USER_AGENT } from './config.js'
import { errorMessage, SetupError } from './errors.js'
import { artifactMetadata, githubProvenance } from './github-context.js'
import { readInputs, type Inputs } from './inputs.js'
import { buildPlan } from './plan/build-plan.js'
import { collectFiles } from './plan/collect.js'
import type { PlanEntry } from './plan/types.js'
import { reportCollection } from './report/collection.js'
import { planResult, reportDryRun, reportResults } from './report/finish.js'
import { formatBytes } from './report/format.js'
import { setOutputs } from './report/outputs.js'
import { SimvueClient } from './simvue/client.js'
import { resolveRun, type ResolvedRun } from './simvue/resolve-run.js'
import type { ArtifactRecord } from './simvue/types.js'
import { createEntryUploader } from './upload/file-upload.js'
import type { ArtifactResult } from './upload/types.js'
import { uploadAll } from './upload/upload-all.js'

export async function run(): Promise<void> {
  let client: SimvueClient | null = null
  let plan: PlanEntry[] | null = null
  let inputs: Inputs | null = null
  let results: ArtifactResult[] | null = null
  core.debug(`${USER_AGENT} on Node ${process.version}.`)
  try {
    inputs = readInputs()
    const settings = inputs
    const entries = await core.group('Collecting files', () => makePlan(settings))
    plan = entries
    if (settings.dryRun) return await reportDryRun(entries, settings.category)
    if (entries.length === 0 && !settings.createRun && !settings.runStatus) {
      return await setOutputs([], null)
    }
    const server = settings.server as NonNullable<Inputs['server']>
    const simvue = await core.group('Connecting to Simvue', () => connect(settings, server))
    client = simvue
    const target = await core.group('Finding the run', () => findRun(simvue, settings, entries))
    results = await core.group(`Uploading ${entries.length} artifacts`, () =>
      upload(simvue, settings, entries, target)
    )
    await finishRun(simvue, settings, target, results)
    const runUrl = `${server.webUrl}/dashboard/runs/run/${target.id}`
    await reportResults(
      results,
      { runId: target.id, runUrl, name: target.name },
      settings.failOnError
    )
  } catch (error) {
    // Outputs exist once the plan does (DESIGN §2): the results so far, or every entry
    // failed with the setup error.
    core.setFailed(errorMessage(error))
    if (plan && inputs && !inputs.dryRun) {
      const category = inputs.category
      const failed = plan.map((e) => planResult(e, category, 'failed', errorMessage(error)))
      await setOutputs(results ?? failed, null).catch((cause: unknown) =>
        core.warning(`Could not set the outputs: ${errorMessage(cause)}`)
      )
    }
  } finally {
    client?.dispose()
  }
}

async function makePlan(inputs: Inputs): Promise<PlanEntry[]> {
  const hasPaths = inputs.pathLines.some((line) => line.trim() && !line.trim().startsWith('#'))
  const collected = hasPaths
    ? await collectFiles({
        lines: inputs.pathLines,
        workingDirectory: inputs.workingDirectory,
        workspace: inputs.workspace,
        includeHiddenFiles: inputs.includeHiddenFiles,
        followSymbolicLinks: inputs.followSymbolicLinks
      })
    : null
  if (collected) reportCollection(collected, inputs.ifNoFilesFound)
  const plan = buildPlan({
    files: collected?.files ?? [],
    objects: inputs.objects,
    preservePath: inputs.preservePath,
    workingDirectory: inputs.workingDirectory,
    namePrefix: inputs.namePrefix,
    explicitName: inputs.name,
    mimeType: inputs.mimeType
  })
  const bytes = plan.reduce((sum, entry) => sum + entry.size, 0)
  core.info(`Plan: ${plan.length} artifact${plan.length === 1 ? '' : 's'}, ${formatBytes(bytes)}.`)
  return plan
}

async function connect(
  inputs: Inputs,
  server: NonNullable<Inputs['server']>
): Promise<SimvueClient> {
  const client = await SimvueClient.connect({
    apiUrl: server.apiUrl,
    token: inputs.token,
    maxAttempts: inputs.maxAttempts,
    concurrency: inputs.concurrency,
    stallTimeoutMs: inputs.stallTimeoutMs,
    apiTimeoutMs: apiTimeoutMs()
  })
  core.info(`Server ${server.webUrl} (API version ${client.serverVersion}).`)
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
  core.info(`${verb} run "${target.name}" (${target.id}), status ${target.status}.`)
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
): Promise<ArtifactResult[]> {
  if (plan.length === 0) return []
  const existing = inputs.skipExisting
    ? byName(await client.listRunArtifacts(target.id, inputs.category))
    : null
  const context = {
    runId: target.id,
    category: inputs.category,
    metadata: artifactMetadata(inputs.metadata),
    deduplicate: inputs.deduplicate,
    existing,
    warn: (message: string) => core.warning(message),
    debug: (message: string) => core.debug(message)
  }
  return uploadAll(plan, createEntryUploader(client), context, inputs.concurrency)
}

/** Uploaded artifacts by name; only these count for `skip-existing`. */
function byName(records: ArtifactRecord[]): Map<string, ArtifactRecord[]> {
  const map = new Map<string, ArtifactRecord[]>()
  for (const record of records.filter((r) => r.uploaded === true)) {
    map.set(record.name, [...(map.get(record.name) ?? []), record])
  }
  return map
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
    core.warning(
      `Run status left as "${target.status}", not set to "${inputs.runStatus}": ` +
        `${failed} artifact${failed === 1 ? '' : 's'} failed.`
    )
    return
  }
  await client.updateRun(target.id, { status: inputs.runStatus, endtime: utcTimestamp(new Date()) })
  core.info(`Run status set to "${inputs.runStatus}".`)
}

/** Simvue's DATETIME_FORMAT, %Y-%m-%dT%H:%M:%S.%f in UTC. */
export function utcTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '000')
}
