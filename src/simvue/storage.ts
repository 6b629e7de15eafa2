/**
 * Request B: the multipart POST to the presigned storage URL (docs/design.md, "The Simvue contract used").
 * No Authorization, no redirects, exact Content-Length, the content reopened on every
 * attempt. Success is a 200/204 that came after the whole body was handed to the socket;
 * each attempt has a deadline of stall-timeout plus its size at a floor rate.
 */
import { Readable } from 'node:stream'
import { STORAGE_FLOOR_BYTES_PER_S } from '../config.js'
import { NetworkError } from '../errors.js'
import type { CallOptions } from './api.js'
import { parseS3Error } from './detail.js'
import { StorageError } from './errors.js'
import { multipartFrame, type MultipartFrame } from './multipart.js'
import { parseRetryAfter, withRetry } from './retry.js'
import type { Transport } from './transport.js'
import { isLoopbackHost, redactUrl } from './url.js'

/** What is sent as the `file` part: bytes in memory, or a fresh stream of exactly `size` bytes per attempt. */
export type UploadSource = { size: number; filename: string } & (
  { buffer: Buffer } | { open(): Promise<Readable> }
)

/** Bytes in memory (objects, small files read once): sent as one buffer, no stream. */
export function bufferSource(buffer: Buffer, filename: string): UploadSource {
  return { size: buffer.length, filename, buffer }
}

const MAX_STORAGE_RESPONSE_BYTES = 1 * 2 ** 20

export async function uploadToStorage(
  transport: Transport,
  options: { maxAttempts: number; stallTimeoutMs: number; allowInsecureHttp?: boolean },
  url: string,
  fields: Record<string, string>,
  source: UploadSource,
  call: CallOptions & { onBytes?: (bytes: number) => void } = {}
): Promise<void> {
  const target = parseStorageUrl(url, options.allowInsecureHttp ?? false)
  const safe = redactUrl(target)
  const frame = multipartFrame(fields, source.filename, source.size)
  // stall-timeout plus the body at STORAGE_FLOOR_BYTES_PER_S.
  const deadlineMs =
    options.stallTimeoutMs + Math.ceil((frame.length / STORAGE_FLOOR_BYTES_PER_S) * 1000)
  // Progress counts each byte once, however many attempts re-send it.
  let reported = 0
  const progress = (sentThisAttempt: number): void => {
    if (sentThisAttempt > reported) {
      call.onBytes?.(sentThisAttempt - reported)
      reported = sentThisAttempt
    }
  }

  await withRetry(
    async () => {
      const content = 'open' in source ? await source.open() : source.buffer
      try {
        const response = await transport.send({
          method: 'POST',
          url: target,
          headers: { 'content-type': frame.contentType, 'content-length': String(frame.length) },
          body: Buffer.isBuffer(content)
            ? Buffer.concat([frame.head, content, frame.tail])
            : Readable.from(framed(frame, content, progress)),
          idleTimeoutMs: options.stallTimeoutMs,
          idleCode: 'ESTALL',
          deadlineMs,
          signal: call.signal,
          maxResponseBytes: MAX_STORAGE_RESPONSE_BYTES
        })
        if (Buffer.isBuffer(content)) progress(source.size)
        if (response.status === 200 || response.status === 204) {
          if (response.bodySent) return
          throw new NetworkError(
            `POST ${safe}: storage answered ${response.status} before the whole body was sent`,
            'EEARLY'
          )
        }
        const { code, message } = parseS3Error(response.body)
        const location = response.headers.location
        const why = location ? `redirect to ${redactUrl(location, target)} not followed` : message
        const detail = [code, why].filter(Boolean).join(': ')
        const retryAfter = parseRetryAfter(response.headers['retry-after'])
        throw new StorageError(safe, response.status, detail, retryAfter)
      } finally {
        if (!Buffer.isBuffer(content)) content.destroy()
      }
    },
    {
      maxAttempts: options.maxAttempts,
      signal: call.signal,
      onRetry: call.onRetry && ((notice) => call.onRetry?.(notice, `POST ${safe}`))
    }
  )
}

async function* framed(
  frame: MultipartFrame,
  content: Readable,
  progress: (sent: number) => void
): AsyncGenerator<Buffer> {
  yield frame.head
  let sent = 0
  for await (const chunk of content) {
    yield chunk as Buffer
    progress((sent += (chunk as Buffer).length))
  }
  yield frame.tail
}

/**
 * The server hands out the storage URL: plain http to a host that is not loopback would
 * send the file unencrypted, so it is refused unless allow-insecure-http.
 */
function parseStorageUrl(url: string, allowInsecureHttp: boolean): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error('the server returned an invalid storage URL')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`the server returned a storage URL with scheme ${parsed.protocol}`)
  }
  if (parsed.protocol === 'http:' && !allowInsecureHttp && !isLoopbackHost(parsed.hostname)) {
    throw new Error(
      `the server returned a storage URL with http:// to ${parsed.host}, which would send ` +
        'the file unencrypted: use https storage, or set allow-insecure-http: true'
    )
  }
  return parsed
}
