/**
 * Request B: the multipart POST to the presigned storage URL (reference/simvue-api.md §2.3).
 * No Authorization, no redirects, exact Content-Length, the file streamed from disk and
 * re-checked against its hash as it goes, the stream reopened on every attempt.
 */
import { basename } from 'node:path'
import type { Writable } from 'node:stream'
import { parseS3Error } from './detail.js'
import { StorageError } from './errors.js'
import { writeChunk, writeFile, type FileSlice } from './file-body.js'
import { multipartFrame, multipartLength, type MultipartFrame } from './multipart.js'
import { parseRetryAfter, withRetry } from './retry.js'
import type { Transport } from './transport.js'
import { redactUrl } from './url.js'
import type { Logger } from '../log.js'

/**
 * A file as hashed (only these `size` bytes are sent), or bytes in memory: an object, or a
 * small file read once (`filename` is the multipart file name; objects use `file`).
 */
export type UploadSource = FileSlice | { buffer: Buffer; filename?: string }

export interface StorageOptions {
  transport: Transport
  maxAttempts: number
  stallTimeoutMs: number
  log: Logger
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
  const filename = isFile ? basename(source.path) : (source.filename ?? 'file')
  const frame = multipartFrame(fields, filename)
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
        // Bytes in memory go out in one write; files stream through reused buffers.
        body: isFile
          ? (sink) => writeBody(sink, frame, source, count)
          : Buffer.concat([frame.head, source.buffer, frame.tail]),
        contentLength: multipartLength(frame, size),
        idleTimeoutMs: options.stallTimeoutMs,
        idleCode: 'ESTALL',
        maxResponseBytes: MAX_STORAGE_RESPONSE_BYTES
      })
      if (response.status === 200 || response.status === 204) {
        if (!isFile) count(size)
        return
      }
      const { code, message } = parseS3Error(response.body)
      const location = response.headers.location
      const why = location ? `redirect to ${redactUrl(location, target)} not followed` : message
      const retryAfter = parseRetryAfter(firstHeader(response.headers['retry-after']))
      throw new StorageError(safe, response.status, code, why, retryAfter)
    },
    {
      maxAttempts: options.maxAttempts,
      describe: `POST ${safe}`,
      debug: (line) => options.log.debug(line)
    }
  )
}

async function writeBody(
  sink: Writable,
  frame: MultipartFrame,
  file: FileSlice,
  count: (n: number) => void
): Promise<void> {
  await writeChunk(sink, frame.head)
  await writeFile(sink, file, count)
  await writeChunk(sink, frame.tail)
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
