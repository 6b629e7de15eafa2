/** Step 5: every plan entry through the per-file pipeline; results kept whatever happens. */
import { progressIntervalMs } from '../config.js'
import type { Inputs } from '../inputs.js'
import type { Logger } from '../log.js'
import type { Outcome, RunInfo } from '../outcome.js'
import type { PlanEntry } from '../plan/types.js'
import type { SimvueClient } from '../simvue/client.js'
import type { UploadContext } from '../upload/types.js'
import { uploadAll } from '../upload/upload-all.js'

export interface UploadStep {
  client: SimvueClient
  inputs: Inputs
  plan: PlanEntry[]
  run: RunInfo
  metadata: Record<string, unknown>
  log: Logger
  signal?: AbortSignal
  onProgress?: UploadContext['onProgress']
}

/** Fills `outcome` with every file's result; throws the error that stopped all of them. */
export async function uploadPlan(step: UploadStep, outcome: Outcome): Promise<void> {
  const { inputs, plan } = step
  if (plan.length === 0) return
  const done = await uploadAll(plan, {
    client: step.client,
    runId: step.run.id,
    category: inputs.category,
    metadata: step.metadata,
    deduplicate: inputs.deduplicate,
    skipExisting: inputs.skipExisting,
    concurrency: inputs.concurrency,
    logger: step.log,
    signal: step.signal,
    onProgress: step.onProgress,
    progressIntervalMs: progressIntervalMs()
  })
  outcome.results = done.results
  outcome.bytesSent = done.bytesSent
  if (done.fatal) throw done.fatal
}
