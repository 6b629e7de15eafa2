/** Step 5: every plan entry through the per-file pipeline; results recorded as they come. */
import type { Inputs } from '../inputs.js'
import type { Logger } from '../log.js'
import type { RunInfo } from '../outcome.js'
import type { PlanEntry } from '../plan/types.js'
import type { SimvueClient } from '../simvue/client.js'
import type { ArtifactRecord } from '../simvue/types.js'
import { createEntryUploader } from '../upload/file-upload.js'
import type { ArtifactResult } from '../upload/types.js'
import { uploadAll } from '../upload/upload-all.js'

export interface UploadStep {
  client: SimvueClient
  inputs: Inputs
  plan: PlanEntry[]
  run: RunInfo
  metadata: Record<string, unknown>
  log: Logger
  signal?: AbortSignal
  /** Called with each result as it is known (index in the plan). */
  record: (index: number, result: ArtifactResult) => void
  /** Bytes sent to storage, as they go. */
  onBytes: (bytes: number) => void
}

export async function uploadPlan(step: UploadStep): Promise<void> {
  const { client, inputs, plan, run, log } = step
  if (plan.length === 0) return
  const existing = inputs.skipExisting
    ? byName(await client.listRunArtifacts(run.id, inputs.category))
    : null
  await uploadAll(plan, createEntryUploader(client), {
    runId: run.id,
    category: inputs.category,
    metadata: step.metadata,
    deduplicate: inputs.deduplicate,
    existing,
    concurrency: inputs.concurrency,
    log,
    signal: step.signal,
    record: step.record,
    onBytes: step.onBytes
  })
}

/** Uploaded artifacts by name; only these count for `skip-existing`. */
function byName(records: ArtifactRecord[]): Map<string, ArtifactRecord[]> {
  const map = new Map<string, ArtifactRecord[]>()
  for (const record of records.filter((r) => r.uploaded === true)) {
    map.set(record.name, [...(map.get(record.name) ?? []), record])
  }
  return map
}
