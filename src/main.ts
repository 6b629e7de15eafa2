/** Orchestration only; reads like DESIGN §3. */
import { USER_AGENT } from './config.js'
import { errorMessage } from './errors.js'
import { readInputs, type Inputs } from './inputs.js'
import { buildPlan } from './plan/build-plan.js'
import { collectFiles } from './plan/collect.js'
import type { PlanEntry } from './plan/types.js'
import { reportCollection } from './report/collection.js'
import { planResult, reportDryRun } from './report/finish.js'
import { formatBytes } from './report/format.js'
import { setOutputs } from './report/outputs.js'
import type { SendProgress } from './send.js'
import * as workflow from './workflow/commands.js'

export async function run(): Promise<void> {
  let plan: PlanEntry[] | null = null
  let inputs: Inputs | null = null
  const progress: SendProgress = { results: null }
  workflow.debug(`${USER_AGENT} on Node ${process.version}.`)
  try {
    inputs = readInputs()
    const settings = inputs
    const entries = await workflow.group('Collecting files', () => makePlan(settings))
    plan = entries
    if (settings.dryRun) return await reportDryRun(entries, settings.category)
    if (entries.length === 0 && !settings.createRun && !settings.runStatus) {
      return await setOutputs([], null)
    }
    const server = settings.server as NonNullable<Inputs['server']>
    // Loaded only now: the HTTP stack is half of the start-up time of a dry run.
    const { sendPlan } = await import('./send.js')
    await sendPlan(settings, server, entries, progress)
  } catch (error) {
    // Outputs exist once the plan does (DESIGN §2): the results so far, or every entry
    // failed with the setup error.
    workflow.setFailed(errorMessage(error))
    if (plan && inputs && !inputs.dryRun) {
      const category = inputs.category
      const failed = plan.map((e) => planResult(e, category, 'failed', errorMessage(error)))
      await setOutputs(progress.results ?? failed, null).catch((cause: unknown) =>
        workflow.warning(`Could not set the outputs: ${errorMessage(cause)}`)
      )
    }
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
    mimeType: inputs.mimeType,
    objectType: inputs.objectType
  })
  const bytes = plan.reduce((sum, entry) => sum + entry.size, 0)
  workflow.info(
    `Plan: ${plan.length} artifact${plan.length === 1 ? '' : 's'}, ${formatBytes(bytes)}.`
  )
  return plan
}
