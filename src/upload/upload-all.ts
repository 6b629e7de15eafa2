/** The upload phase: every plan entry through the per-file pipeline, in a bounded pool. */
import { text } from '../log.js'
import type { PlanEntry } from '../plan/types.js'
import { runPool } from './pool.js'
import { Progress } from './progress.js'
import type { ArtifactResult, UploadAllContext, UploadEntry } from './types.js'

export async function uploadAll(
  plan: PlanEntry[],
  upload: UploadEntry,
  context: UploadAllContext
): Promise<ArtifactResult[]> {
  const { log } = context
  const totalBytes = plan.reduce((sum, entry) => sum + entry.size, 0)
  const progress = new Progress(plan.length, totalBytes, (line) => log.info(line))
  const onBytes = (n: number): void => {
    progress.addBytes(n)
    context.onBytes?.(n)
  }
  try {
    return await runPool(plan, context.concurrency, async (entry, index) => {
      if (context.signal?.aborted) throw new Error('cancelled')
      const result = await upload(entry, { ...context, onBytes })
      progress.fileDone()
      context.record?.(index, result)
      log.debug(
        text`${result.status}: ${result.path || '(object)'} -> ${result.name} (${result.size} B, ${result.id ?? ''})${result.error ? ` ${result.error}` : ''}`
      )
      return result
    }).catch((error: unknown) => {
      if (context.signal?.aborted) return []
      throw error
    })
  } finally {
    progress.stop()
  }
}
