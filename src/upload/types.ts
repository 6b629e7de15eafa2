import type { Category } from '../category.js'
import type { Logger } from '../log.js'
import type { PlanEntry } from '../plan/types.js'
import type { SimvueClient } from '../simvue/client.js'

/** `planned` appears only in a dry run, where nothing is sent. */
export type ArtifactStatus =
  'uploaded' | 'skipped' | 'stored' | 'deduplicated' | 'failed' | 'planned'

/** One line of the `artifacts` output (docs/design.md, "Outputs"). */
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

/** What the caller gives `uploadAll`. */
export interface UploadContext {
  client: SimvueClient
  runId: string
  category: Category
  /** Metadata sent with every artifact (user's plus provenance). */
  metadata: Record<string, unknown> | null
  deduplicate: boolean
  /** Skip entries whose name and content the run already holds in this category. */
  skipExisting: boolean
  /** Files in flight at once. */
  concurrency: number
  logger: Logger
  /** Once aborted no new file starts and requests in flight are aborted. */
  signal?: AbortSignal
  /** Called as bytes are sent and files finish (the command line's progress bar). */
  onProgress?: (state: UploadProgress) => void
}

/** Files and bytes done of the plan's totals; bytes a file did not send count as done. */
export interface UploadProgress {
  filesDone: number
  totalFiles: number
  bytesSent: number
  totalBytes: number
}

export interface UploadOutcome {
  /** One per plan entry, in plan order. */
  results: ArtifactResult[]
  /** Bytes actually sent to storage (each byte once, retries not counted again). */
  bytesSent: number
  /**
   * An error that stopped the upload for every file (the token was refused): the step fails
   * with it. The results still say what happened to each file.
   */
  fatal: Error | null
}

/** A plan entry's result before anything was sent (planned, failing, or never attempted). */
export function entryResult(
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
