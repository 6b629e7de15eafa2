/**
 * Request B: the multipart POST to the presigned storage URL (reference/simvue-api.md §2.3).
 * No Authorization, no redirects, exact Content-Length, the file streamed from disk and
 * re-checked against its hash as it goes, the stream reopened on every attempt.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { Readable } from 'node:stream'
import { READ_CHUNK_BYTES } from '../config.js'
import { FileChangedError } from '../errors.js'
import { parseS3Error } from './detail.js'
import { StorageError } from './errors.js'
import { multipartFrame, multipartLength, type MultipartFrame } from './multipart.js'
import { parseRetryAfter, withRetry } from './retry.js'
import type { Transport } from './transport.js'
import { redactUrl } from './url.js'

/** A file as hashed (only these `size` bytes are sent), or an in-memory object. */
export type UploadSource = { path: string; size: number; sha256: string } | { buffer: Buffer }

export interface StorageOptions {
  transport: Transport
  maxAttempts: number
  stallTimeoutMs: number
}

const MAX_STORAGE_RESPONSE_BYTES = 1 * 2 ** 20

export async function uploadToStorage(
  options: StorageOptions,
  url: string,
  fields: Record<string, string>,
  source: UploadSource,
  onBytes?: (bytes: number) => void
): Promise<void> {
  const target = parseStorageUrl(url)
  const safe = redactUrl(target)
  const isFile = 'path' in source
  const size = isFile ? source.size : source.buffer.length
  const frame = multipartFrame(fields, isFile ? basename(source.path) : 'file')
  // Progress counts each byte once, however many attempts re-send it.
  let reported = 0
  const progress = (sentThisAttempt: number): void => {
    if (sentThisAttempt > reported) {
      onBytes?.(sentThisAttempt - reported)
      reported = sentThisAttempt
    }
  }

  await withRetry(
    async () => {
      let sent = 0
      const count = (n: number): void => progress((sent += n))
      const response = await options.transport.send({
        method: 'POST',
        url: target,
        headers: { 'Content-Type': frame.contentType },
        body: () => Readable.from(bodyChunks(frame, source, count), { objectMode: false }),
        contentLength: multipartLength(frame, size),
        idleTimeoutMs: options.stallTimeoutMs,
        idleCode: 'ESTALL',
        maxResponseBytes: MAX_STORAGE_RESPONSE_BYTES
      })
      if (response.status === 200 || response.status === 204) return
      const { code, message } = parseS3Error(response.body)
      const location = response.headers.location
      const why = location ? `redirect to ${redactUrl(location, target)} not followed` : message
      const retryAfter = parseRetryAfter(firstHeader(response.headers['retry-after']))
      throw new StorageError(safe, response.status, code, why, retryAfter)
    },
    { maxAttempts: options.maxAttempts, describe: `POST ${safe}` }
  )
}

async function* bodyChunks(
  frame: MultipartFrame,
  source: UploadSource,
  count: (n: number) => void
): AsyncGenerator<Buffer> {
  yield frame.head
  if ('buffer' in source) {
    yield source.buffer
    count(source.buffer.length)
  } else {
    yield* verifiedFile(source, count)
  }
  yield frame.tail
}

/**
 * Exactly `size` bytes of the file, hashed as they stream. The last chunk is held back until
 * size and hash are confirmed, so a changed file never reaches storage complete.
 */
async function* verifiedFile(
  source: { path: string; size: number; sha256: string },
  count: (n: number) => void
): AsyncGenerator<Buffer> {
  if (source.size === 0) return
  const hash = createHash('sha256')
  const stream = createReadStream(source.path, {
    start: 0,
    end: source.size - 1,
    highWaterMark: READ_CHUNK_BYTES
  })
  let received = 0
  let held: Buffer | null = null
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk)
    received += chunk.length
    if (held) {
      yield held
      count(held.length)
    }
    held = chunk
  }
  if (received !== source.size || hash.digest('hex') !== source.sha256) {
    throw new FileChangedError(source.path)
  }
  if (held) {
    yield held
    count(held.length)
  }
}

function parseStorageUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error('the server returned an invalid storage URL')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`the server returned a storage URL with scheme ${parsed.protocol}`)
  }
  return parsed
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
