/**
 * The per-file pipeline: read (hash) → create → storage → mark uploaded → attach. Every
 * failure becomes a `failed` result naming the step, with its cause class for the
 * systemic-failure stop; only a refused token is thrown (it stops everything).
 */
import { errorMessage, FileChangedError, NetworkError } from '../errors.js'
import { text } from '../log.js'
import { entryResult } from './types.js'
import { withArticle } from '../format.js'
import type { PlanEntry } from '../plan/types.js'
import type { CallOptions } from '../simvue/client.js'
import {
  CancelledError,
  HttpStatusError,
  StorageError,
  TokenRefusedError
} from '../simvue/errors.js'
import type { ArtifactCreated } from '../simvue/types.js'
import type { ExistingLookup } from './existing.js'
import { readEntry, uploadSource, type EntryBytes } from './file-source.js'
import type { RetryNotices } from './progress.js'
import type { ArtifactResult, ArtifactStatus, UploadContext } from './types.js'

export interface EntryContext extends Pick<
  UploadContext,
  'client' | 'runId' | 'category' | 'metadata' | 'deduplicate' | 'logger'
> {
  existing: ExistingLookup | null
  notices: RetryNotices
  signal: AbortSignal
  onBytes: (bytes: number) => void
}

export interface EntryOutcome {
  result: ArtifactResult
  /** Set for failures the server caused (5xx, network, 401/403), null otherwise. */
  cause: CauseClass | null
}

export async function uploadEntry(entry: PlanEntry, ctx: EntryContext): Promise<EntryOutcome> {
  const result = entryResult(entry, ctx.category, 'failed', null)
  try {
    result.status = await pipeline(entry, ctx, result)
    ctx.logger.debug(
      text`${result.status}: ${result.path || '(object)'} -> ${result.name} (${result.size} B, ${result.id ?? ''})`
    )
    return { result, cause: null }
  } catch (error) {
    if (error instanceof TokenRefusedError) throw error
    result.status = 'failed'
    result.error = describeFailure(error, entry)
    ctx.logger.debug(text`${entry.name}: failed: ${result.error}`)
    return { result, cause: causeClass(error) }
  }
}

/** Fills `result` as it goes (id, size, sha256) so a failure still reports what is known. */
async function pipeline(
  entry: PlanEntry,
  ctx: EntryContext,
  result: ArtifactResult
): Promise<ArtifactStatus> {
  const { client, notices } = ctx
  const call = (step: string): CallOptions => ({
    signal: ctx.signal,
    onRetry: (notice) => notices.retry(entry.name, step, notice)
  })
  let bytes: EntryBytes = await step('reading', () => readEntry(entry))
  Object.assign(result, { size: bytes.digest.size, sha256: bytes.digest.sha256 })
  if (await isUploaded(entry, bytes, ctx, result)) return 'skipped'

  let changeRetries = 1
  let forbiddenRetries = 1
  let created: ArtifactCreated
  for (;;) {
    const body = {
      name: entry.name,
      original_path: entry.originalPath ?? (entry.kind === 'file' ? entry.localPath : ''),
      size: bytes.digest.size,
      mime_type: entry.mimeType,
      checksum: bytes.digest.sha256,
      metadata: entry.metadata ? { ...ctx.metadata, ...entry.metadata } : ctx.metadata
    }
    created = await step('create artifact', () =>
      client.createArtifact(body, { deduplicate: ctx.deduplicate, ...call('create artifact') })
    )
    result.id = created.id
    if (created.url === null) break
    try {
      const source = uploadSource(entry, bytes)
      await client.uploadToStorage(created.url, created.fields, source, {
        ...call('storage'),
        onBytes: ctx.onBytes
      })
      break
    } catch (error) {
      if (error instanceof FileChangedError && changeRetries-- > 0) {
        notices.note(text`${entry.name}: changed while uploading; hashing it again`)
        bytes = await step('reading', () => readEntry(entry))
        Object.assign(result, { size: bytes.digest.size, sha256: bytes.digest.sha256 })
        continue
      }
      // Usually an expired presigned policy: a fresh URL may fix it.
      if (error instanceof StorageError && error.status === 403 && forbiddenRetries-- > 0) {
        notices.note(
          text`${entry.name}: storage answered 403 (expired upload policy?); creating the artifact again for a fresh upload URL`
        )
        continue
      }
      throw new StepError('storage upload', error)
    }
  }

  const id = created.id
  if (created.url !== null)
    await step('mark uploaded', () => client.markUploaded(id, call('mark uploaded')))
  // A reused (deduplicated) artifact keeps its first name, so it is looked up by id only.
  const name = created.url !== null ? entry.name : undefined
  await step('attach', () =>
    client.attach(ctx.runId, id, ctx.category, { ...call('attach'), name })
  )
  if (created.url !== null) return 'uploaded'
  return ctx.deduplicate ? 'deduplicated' : 'stored'
}

/** skip-existing: same name and content already uploaded; same name, other content warns. */
async function isUploaded(
  entry: PlanEntry,
  bytes: EntryBytes,
  ctx: EntryContext,
  result: ArtifactResult
): Promise<boolean> {
  const records = ctx.existing ? await ctx.existing.find(entry.name, ctx.signal) : []
  if (!records.length) return false
  const match = records.find((r) => r.uploaded && r.checksum === bytes.digest.sha256)
  if (match) {
    result.id = match.id
    return true
  }
  ctx.logger.warning(
    text`${entry.name}: the run already has ${withArticle(ctx.category)} artifact of this name with different content; uploading this one too (Simvue keeps both).`
  )
  return false
}

async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof TokenRefusedError) throw error
    throw new StepError(name, error)
  }
}

/** Wraps an error with the pipeline step it came from. */
class StepError extends Error {
  readonly step: string
  constructor(step: string, cause: unknown) {
    super(`${step} failed: ${errorMessage(cause)}`, { cause })
    this.name = 'StepError'
    this.step = step
  }
}

/** One line naming the step, for the result's `error`. */
function describeFailure(error: unknown, entry: PlanEntry): string {
  const step = error instanceof StepError ? error.step : null
  const cause = error instanceof StepError ? error.cause : error
  return explain(cause, step, entry).replace(/\s*\n\s*/g, '; ')
}

function explain(cause: unknown, step: string | null, entry: PlanEntry): string {
  if (cause instanceof CancelledError) return step ? `cancelled during ${step}` : 'cancelled'
  if (cause instanceof FileChangedError) {
    return `changed during upload: ${entry.localPath} was modified after it was hashed (is something still writing it?)`
  }
  const code = (cause as { code?: unknown } | null)?.code
  if (code === 'EACCES' || code === 'EPERM')
    return `permission denied: cannot read ${entry.localPath}`
  if (code === 'ENOENT')
    return `file not found: ${entry.localPath} (deleted after it was collected?)`
  if (code === 'ELOOP' || code === 'EMLINK') {
    return `${entry.localPath} was replaced by a symbolic link since it was planned; not followed`
  }
  const reason =
    cause instanceof StorageError ? `${cause.status} ${cause.detail}`.trim() : errorMessage(cause)
  return step ? `${step} failed: ${reason}` : reason
}

/** Failures that say the server, not this file, is the problem. */
export type CauseClass = 'unavailable' | 'refused'

function causeClass(error: unknown): CauseClass | null {
  const cause = error instanceof StepError ? error.cause : error
  if (cause instanceof NetworkError) return 'unavailable'
  if (cause instanceof HttpStatusError) {
    if (cause.status >= 500) return 'unavailable'
    if (cause.status === 401 || cause.status === 403) return 'refused'
  }
  return null
}
