/**
 * The per-file pipeline (DESIGN §3 step 5): hash → create → storage → mark uploaded → attach.
 * Every failure becomes a `failed` result naming the step; only a refused token (a setup
 * failure that stops everything) is thrown.
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { SMALL_FILE_BYTES } from '../config.js'
import { FileChangedError } from '../errors.js'
import type { PlanEntry } from '../plan/types.js'
import type { SimvueClient, UploadSource } from '../simvue/client.js'
import { isStorageForbidden, isTokenRefused } from '../simvue/errors.js'
import type { ArtifactCreated, ArtifactRecord } from '../simvue/types.js'
import { describeFailure, StepError } from './failure.js'
import { sha256Buffer, sha256File, type FileDigest } from './hash.js'
import type { ArtifactResult, ArtifactStatus, UploadContext, UploadEntry } from './types.js'

export function createEntryUploader(client: SimvueClient): UploadEntry {
  return async (entry, context) => {
    const result: ArtifactResult = {
      name: entry.name,
      path: entry.localPath,
      id: null,
      size: entry.size,
      sha256: null,
      mimeType: entry.mimeType,
      category: context.category,
      status: 'failed',
      error: null
    }
    try {
      result.status = await uploadEntry(client, entry, context, result)
    } catch (error) {
      if (isTokenRefused(error)) throw error
      result.status = 'failed'
      result.error = describeFailure(error, entry)
      context.log.debug(`${entry.name}: failed: ${result.error}`)
    }
    return result
  }
}

/** Fills `result` as it goes (id, size, sha256) so a failure still reports what is known. */
async function uploadEntry(
  client: SimvueClient,
  entry: PlanEntry,
  context: UploadContext,
  result: ArtifactResult
): Promise<ArtifactStatus> {
  let { digest, content } = await step('hashing', () => readEntry(entry))
  Object.assign(result, { size: digest.size, sha256: digest.sha256 })
  const uploaded = findUploaded(entry, digest, context)
  if (uploaded) {
    result.id = uploaded.id
    return 'skipped'
  }

  let changeRetries = 1
  let forbiddenRetries = 1
  let created: ArtifactCreated
  for (;;) {
    const body = {
      name: entry.name,
      original_path: entry.originalPath ?? (entry.kind === 'file' ? entry.localPath : ''),
      size: digest.size,
      mime_type: entry.mimeType,
      checksum: digest.sha256,
      metadata: entry.metadata ? { ...context.metadata, ...entry.metadata } : context.metadata
    }
    created = await step('create artifact', () =>
      client.createArtifact(body, { deduplicate: context.deduplicate })
    )
    result.id = created.id
    context.log.debug(
      `${entry.name}: artifact ${created.id}${created.url ? '' : ' (no upload needed)'}`
    )
    if (created.url === null) break
    try {
      await client.uploadToStorage(
        created.url,
        created.fields,
        source(entry, digest, content),
        context.onBytes
      )
      break
    } catch (error) {
      if (error instanceof FileChangedError && changeRetries-- > 0) {
        context.log.debug(`${entry.name}: changed while uploading; hashing it again`)
        ;({ digest, content } = await step('hashing', () => readEntry(entry)))
        Object.assign(result, { size: digest.size, sha256: digest.sha256 })
        continue
      }
      if (isStorageForbidden(error) && forbiddenRetries-- > 0) {
        context.log.debug(`${entry.name}: storage answered 403; asking for a fresh upload URL`)
        continue
      }
      throw new StepError('storage upload', error)
    }
  }

  if (created.url !== null) await step('mark uploaded', () => client.markUploaded(created.id))
  await step('attach', () => client.attach(context.runId, created.id, context.category))
  if (created.url !== null) return 'uploaded'
  return context.deduplicate ? 'deduplicated' : 'stored'
}

interface EntryBytes {
  digest: FileDigest
  /** The bytes themselves for objects and small files, which are sent from memory. */
  content: Buffer | null
}

/**
 * Small files are read once: hashed and sent from the same bytes, so they cannot change
 * in between. Larger files are hashed here and streamed (and re-checked) on upload.
 */
async function readEntry(entry: PlanEntry): Promise<EntryBytes> {
  if (entry.kind === 'object') {
    const content = entry.content ?? Buffer.alloc(0)
    return { digest: sha256Buffer(content), content }
  }
  if (entry.size <= SMALL_FILE_BYTES) {
    // Synchronous on purpose: for a few KiB, four thread-pool round trips cost more than
    // the read itself, and thousands of small files are the common slow case.
    const content = readFileSync(entry.localPath)
    if (content.length <= SMALL_FILE_BYTES) return { digest: sha256Buffer(content), content }
  }
  return { digest: await sha256File(entry.localPath), content: null }
}

function source(entry: PlanEntry, digest: FileDigest, content: Buffer | null): UploadSource {
  if (content) {
    return { buffer: content, filename: entry.kind === 'file' ? basename(entry.localPath) : 'file' }
  }
  return { path: entry.localPath, size: digest.size, sha256: digest.sha256 }
}

/** skip-existing: same name and content already uploaded; same name, other content warns. */
function findUploaded(
  entry: PlanEntry,
  digest: FileDigest,
  context: UploadContext
): ArtifactRecord | null {
  const records = context.existing?.get(entry.name)
  if (!records?.length) return null
  const match = records.find((r) => r.uploaded && r.checksum === digest.sha256)
  if (match) {
    context.log.debug(`${entry.name}: already uploaded as ${match.id}; skipped`)
    return match
  }
  context.log.warning(
    `${entry.name}: the run already has a ${context.category} artifact of this name with ` +
      'different content; uploading this one too (Simvue keeps both).'
  )
  return null
}

async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (isTokenRefused(error)) throw error
    throw new StepError(name, error)
  }
}
