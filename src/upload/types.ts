import type { Category, PlanEntry } from '../plan/types.js'
import type { Logger } from '../log.js'
import type { ArtifactRecord } from '../simvue/types.js'

/** `planned` appears only in a dry run, where nothing is sent. */
export type ArtifactStatus =
  'uploaded' | 'skipped' | 'stored' | 'deduplicated' | 'failed' | 'planned'

/** One line of the `artifacts` output (DESIGN §2). */
export interface ArtifactResult {
  name: string
  /** Absolute local path; '' for objects. */
  path: string
  id: string | null
  size: number
  sha256: string | null
  mimeType: string
  category: Category
  status: ArtifactStatus
  error: string | null
}

/** What the per-file pipeline needs besides the entry itself. */
export interface UploadContext {
  runId: string
  category: Category
  /** Metadata sent with every artifact (user's plus `github`). */
  metadata: Record<string, unknown> | null
  deduplicate: boolean
  /** Uploaded artifacts of this run and category by name, when `skip-existing`; else null. */
  existing: Map<string, ArtifactRecord[]> | null
  /** Called with byte counts as they are sent to storage (progress reporting). */
  onBytes?: (bytes: number) => void
  log: Logger
}

/** What the upload phase needs: the per-file context plus the pool's settings. */
export interface UploadAllContext extends UploadContext {
  concurrency: number
  signal?: AbortSignal
  /** Called with each result as soon as it is known (index in the plan). */
  record?: (index: number, result: ArtifactResult) => void
}

export type UploadEntry = (entry: PlanEntry, context: UploadContext) => Promise<ArtifactResult>
