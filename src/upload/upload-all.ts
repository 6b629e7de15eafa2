/** The upload phase: every plan entry through the per-file pipeline, in a bounded pool. */
import * as workflow from '../workflow/commands.js'
import type { PlanEntry } from '../plan/types.js'
import { formatBytes } from '../report/format.js'
import { runPool } from './pool.js'
import { Progress } from './progress.js'
import type { ArtifactResult, UploadContext, UploadEntry } from './types.js'

export async function uploadAll(
  plan: PlanEntry[],
  upload: UploadEntry,
  context: Omit<UploadContext, 'onBytes'>,
  concurrency: number
): Promise<ArtifactResult[]> {
  const totalBytes = plan.reduce((sum, entry) => sum + entry.size, 0)
  const progress = new Progress(plan.length, totalBytes, (line) => workflow.info(line))
  const started = Date.now()
  try {
    const results = await runPool(plan, concurrency, async (entry) => {
      const result = await upload(entry, { ...context, onBytes: (n) => progress.addBytes(n) })
      progress.fileDone()
      logResult(result)
      return result
    })
    const seconds = (Date.now() - started) / 1000
    workflow.info(
      `Processed ${plan.length} artifacts (${formatBytes(totalBytes)}) in ${seconds.toFixed(1)} s ` +
        `with up to ${Math.min(concurrency, plan.length)} in flight.`
    )
    return results
  } finally {
    progress.stop()
  }
}

function logResult(result: ArtifactResult): void {
  if (result.status === 'failed') {
    workflow.error(`${result.name}: ${result.error ?? 'failed'}`, {
      title: `Upload failed: ${result.name}`
    })
    return
  }
  workflow.debug(
    `${result.status}: ${result.path || '(object)'} -> ${result.name} (${result.size} B, ${result.id ?? ''})`
  )
}
