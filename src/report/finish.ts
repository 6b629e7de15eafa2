/** The last step: outputs, job summary and the verdict (DESIGN §3 step 6, §7). */
import * as core from '@actions/core'
import { errorMessage } from '../errors.js'
import type { Category, PlanEntry } from '../plan/types.js'
import type { ArtifactResult, ArtifactStatus } from '../upload/types.js'
import { formatBytes } from './format.js'
import { setOutputs } from './outputs.js'
import { renderSummary } from './summary.js'

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
  setOutputs(results, run)
  const summaryRun = run ? { name: run.name, id: run.runId, url: run.runUrl } : null
  await writeSummary(renderSummary(results, summaryRun, { dryRun: false }))
  const failed = results.filter((r) => r.status === 'failed')
  if (failed.length === 0) return
  const list = failed.map((r) => `  - ${r.name} (${r.path || 'object'}): ${r.error}`).join('\n')
  const message = `${failed.length} of ${results.length} artifacts failed:\n${list}`
  if (failOnError) core.setFailed(message)
  else core.warning(`${message}\n(fail-on-error: false, so the step succeeds)`)
}

export async function reportDryRun(plan: PlanEntry[], category: Category): Promise<void> {
  core.info(`Dry run: nothing is sent. ${plan.length} artifacts would be uploaded as ${category}:`)
  for (const entry of plan) {
    const source = entry.kind === 'object' ? '(object)' : entry.localPath
    core.info(`  ${source} -> ${entry.name} (${formatBytes(entry.size)}, ${entry.mimeType})`)
  }
  const results = plan.map((entry) => planResult(entry, category, 'planned', null))
  setOutputs(results, null)
  await writeSummary(renderSummary(results, null, { dryRun: true }))
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
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
}
