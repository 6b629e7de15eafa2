/** The last step: outputs, job summary and the verdict (DESIGN §3 step 6, §7). */
import * as workflow from '../workflow/commands.js'
import { appendSummary } from '../workflow/files.js'
import { errorMessage } from '../errors.js'
import type { Category, PlanEntry } from '../plan/types.js'
import type { ArtifactResult, ArtifactStatus } from '../upload/types.js'
import { formatBytes } from './format.js'
import { setOutputs, setPlanOutputs } from './outputs.js'
import { renderPlanSummary, renderSummary } from './summary.js'

export interface RunLink {
  runId: string
  runUrl: string
  name: string
}

export async function reportResults(
  results: ArtifactResult[],
  run: RunLink | null,
  failOnError: boolean
): Promise<void> {
  const outputs = setOutputs(results, run)
  outputs.catch(() => undefined) // awaited below, after the summary (written meanwhile)
  const summaryRun = run ? { name: run.name, id: run.runId, url: run.runUrl } : null
  await writeSummary(renderSummary(results, summaryRun, { dryRun: false }))
  await outputs
  const failed = results.filter((r) => r.status === 'failed')
  if (failed.length === 0) return
  const list = failed.map((r) => `  - ${r.name} (${r.path || 'object'}): ${r.error}`).join('\n')
  const message = `${failed.length} of ${results.length} artifacts failed:\n${list}`
  if (failOnError) workflow.setFailed(message)
  else workflow.warning(`${message}\n(fail-on-error: false, so the step succeeds)`)
}

/** Plan lines printed by a dry run before the rest is left to the outputs. */
const DRY_RUN_LINES = 1000

function planLine(entry: PlanEntry): string {
  const source = entry.kind === 'object' ? '(object)' : entry.localPath
  return `  ${source} -> ${entry.name} (${formatBytes(entry.size)}, ${entry.mimeType})`
}

export async function reportDryRun(plan: PlanEntry[], category: Category): Promise<void> {
  workflow.info(
    `Dry run: nothing is sent. ${plan.length} artifacts would be uploaded as ${category}:`
  )
  // One write per block: 100,000 separate log calls cost more than the walk itself.
  const shown = workflow.isDebug() ? plan : plan.slice(0, DRY_RUN_LINES)
  if (shown.length) workflow.info(shown.map(planLine).join('\n'))
  if (shown.length < plan.length) {
    workflow.info(
      `... and ${plan.length - shown.length} more: the \`artifacts\` output (or \`artifacts-file\`) ` +
        'lists every entry; step debug logging prints them all here.'
    )
  }
  // The summary is written while the outputs are made, and the artifacts file of a large
  // plan while its entries are added.
  const summary = writeSummary(renderPlanSummary(plan, category))
  await setPlanOutputs(plan, category)
  await summary
}

/** Entries that never reached the pipeline, e.g. when the server check failed. */
export function planResult(
  entry: PlanEntry,
  category: Category,
  status: ArtifactStatus,
  error: string | null
): ArtifactResult {
  return {
    name: entry.name,
    path: entry.localPath,
    id: null,
    size: entry.size,
    sha256: null,
    mimeType: entry.mimeType,
    category,
    status,
    error
  }
}

async function writeSummary(markdown: string): Promise<void> {
  try {
    await appendSummary(markdown)
  } catch (error) {
    workflow.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
}
