/**
 * POST /bucket: an S3 presigned-POST upload. Fields first, then the part named `file` (parts
 * after it are ignored). The file is streamed to a temporary file while hashed, then checked
 * against the signed policy's SHA-256 and size range and moved in place: 204, or S3 XML errors.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { ServerContext } from './context.ts'
import { faultDelayMs, hold } from './context.ts'
import { EntityTooLarge, FileSink } from './file-sink.ts'
import { s3CodeFor, sendS3Error } from './http-util.ts'
import { boundaryOf } from './multipart.ts'
import type { RequestLogEntry } from './types.ts'
import { uploadForm } from './upload-form.ts'

const KEY = /^artifacts\/([A-Za-z0-9]{22})$/
const MALFORMED = 'The body of your POST request is not well-formed multipart/form-data.'

interface Expected {
  artifactId: string
  checksum: string | undefined
  minBytes: number
}

export function handleUpload(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  entry: RequestLogEntry
): void {
  let finished = false
  let sink: FileSink | undefined
  let expected: Expected | undefined
  let lost = false
  let bodyBytes = 0
  let resetAt = Infinity
  let trickleMs: number | undefined
  const blockers = new Set<string>()
  const block = (why: string): void => {
    blockers.add(why)
    req.pause()
  }
  const unblock = (why: string): void => {
    blockers.delete(why)
    if (blockers.size === 0) req.resume()
  }
  const fail = (status: number, code: string, message: string, headers = {}): void => {
    if (finished) return
    finished = true
    sink?.discard()
    entry.status = status
    blockers.clear()
    req.resume() // read and discard the rest of the body, so the connection stays usable
    sendS3Error(res, status, code, message, headers)
  }
  const reset = (): void => {
    finished = true
    sink?.discard()
    req.socket.destroy()
  }

  const chunked = req.headers['transfer-encoding'] !== undefined
  if (chunked || req.headers['content-length'] === undefined) {
    return fail(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.')
  }
  const boundary = boundaryOf(req.headers['content-type'])
  if (boundary === undefined) return fail(400, 'MalformedPOSTRequest', MALFORMED)

  const startFile = (form: Map<string, string>): void => {
    const verified = ctx.signer.verifyPost(form)
    if ('code' in verified) return fail(verified.status, verified.code, verified.message)
    const match = KEY.exec(verified.key)
    const artifact = match ? ctx.store.artifacts.get(match[1] as string) : undefined
    if (!artifact) return fail(400, 'InvalidArgument', `Unknown key ${verified.key}`)
    entry.artifactName = artifact.name
    const fault = ctx.faults.take('storage.upload', artifact.name)
    if (fault) entry.fault = fault.kind
    if (fault?.kind === 'status') {
      const headers = fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }
      const status = fault.status ?? 500
      return fail(status, s3CodeFor(status), `Injected fault: status ${status}`, headers)
    }
    if (fault?.kind === 'early') {
      // Answered before the file part, which is never read: nothing is stored.
      finished = true
      entry.status = fault.status ?? 204
      req.pause()
      res.writeHead(entry.status, { connection: 'close' })
      return void res.end()
    }
    if (fault?.kind === 'trickle') trickleMs = fault.delayMs ?? 1000
    const temp = join(ctx.dataDir, 'tmp', `${artifact.id}-${randomBytes(6).toString('hex')}`)
    const active = new FileSink(
      temp,
      verified.maxBytes,
      () => block('disk'),
      () => unblock('disk')
    )
    sink = active
    expected = { artifactId: artifact.id, checksum: verified.checksum, minBytes: verified.minBytes }
    if (fault?.kind === 'lost') lost = true
    if (fault?.kind === 'reset') {
      resetAt = fault.afterBytes ?? 0
      if (bodyBytes >= resetAt) reset()
    }
    if (fault?.kind === 'latency' || fault?.kind === 'stall') {
      active.hold()
      block('fault')
      void hold(req, faultDelayMs(fault), ctx.closing).then((goOn) => {
        if (!goOn || finished) return
        active.release()
        unblock('fault')
      })
    }
  }
  const { parser, hasFile } = uploadForm(boundary, {
    start: startFile,
    write: (data) => {
      if (!finished) sink?.write(data)
    }
  })

  const finalize = async (active: FileSink, want: Expected): Promise<void> => {
    const result = await active.finish()
    if (finished) return
    if (result.size < want.minBytes) {
      const message = 'Your proposed upload is smaller than the minimum allowed size'
      return fail(400, 'EntityTooSmall', message)
    }
    if (want.checksum !== undefined && want.checksum !== result.sha256) {
      const message = 'The SHA256 you specified did not match the calculated checksum.'
      return fail(400, 'BadDigest', message)
    }
    await active.moveTo(join(ctx.dataDir, 'artifacts', want.artifactId))
    const artifact = ctx.store.artifacts.get(want.artifactId)
    if (artifact) artifact.stored = true
    finished = true
    entry.status = 204
    if (lost) return void req.socket.destroy()
    if (trickleMs !== undefined) {
      entry.status = 200
      return trickle(res, trickleMs)
    }
    res.writeHead(204)
    res.end()
  }

  req.on('data', (chunk: Buffer) => {
    if (finished) return
    bodyBytes += chunk.length
    // A reset fault reads exactly afterBytes of the body, then drops the connection.
    const data =
      bodyBytes > resetAt ? chunk.subarray(0, chunk.length - (bodyBytes - resetAt)) : chunk
    try {
      parser.write(data)
    } catch (error) {
      if (error instanceof EntityTooLarge) {
        return fail(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size')
      }
      return fail(400, 'MalformedPOSTRequest', `${MALFORMED} ${(error as Error).message}`)
    }
    if (bodyBytes >= resetAt && !finished) reset()
  })
  req.on('end', () => {
    if (finished) return
    if (resetAt !== Infinity) return reset() // the body was shorter than afterBytes
    if (!parser.done) return fail(400, 'MalformedPOSTRequest', MALFORMED)
    if (!hasFile() || !sink || !expected) {
      return fail(400, 'InvalidArgument', 'POST requires exactly one file upload per request.')
    }
    finalize(sink, expected).catch((error: unknown) => fail(500, 'InternalError', String(error)))
  })
  req.on('close', () => {
    // 'close' also follows a normal 'end'; only an incomplete body means the client left.
    if (!finished && !req.complete) {
      finished = true
      sink?.discard()
    }
  })
}

/** An answer that never ends: one byte per `ms`, until the client goes away. */
function trickle(res: ServerResponse, ms: number): void {
  res.writeHead(200, { 'content-type': 'application/xml', 'content-length': '1000000' })
  const timer = setInterval(() => res.write(' '), ms)
  res.once('close', () => clearInterval(timer))
}
