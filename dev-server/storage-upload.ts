/**
 * POST /bucket: an S3 presigned-POST upload. Fields first, then the part named `file` (parts
 * after it are ignored). The file is streamed to a temporary file while hashed, then checked
 * against the signed policy's SHA-256 and size range and moved in place: 204, or S3 XML errors.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { ServerContext } from './context.ts'
import { hold } from './context.ts'
import { EntityTooLarge, FileSink } from './file-sink.ts'
import { s3CodeFor, sendS3Error } from './http-util.ts'
import { MultipartError, MultipartParser, boundaryOf } from './multipart.ts'
import type { RequestLogEntry } from './types.ts'

const MAX_FIELD_BYTES = 20 * 1024
const KEY = /^artifacts\/([A-Za-z0-9]{22})$/

export function handleUpload(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  entry: RequestLogEntry
): void {
  let finished = false
  let sink: FileSink | undefined
  let lost = false
  let bodyBytes = 0
  let resetAt = Infinity
  let artifactId = ''
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

  if (req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] === undefined) {
    return fail(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.')
  }
  const boundary = boundaryOf(req.headers['content-type'])
  if (boundary === undefined) {
    const message = 'The body of your POST request is not well-formed multipart/form-data.'
    return fail(400, 'MalformedPOSTRequest', message)
  }

  const form = new Map<string, string>()
  let phase: 'fields' | 'file' | 'after' = 'fields'
  let field: { name: string; chunks: Buffer[]; size: number } | undefined
  let complete: (() => Promise<void>) | undefined

  const startFile = (): void => {
    const verified = ctx.signer.verifyPost(form)
    if ('code' in verified) return fail(verified.status, verified.code, verified.message)
    const match = KEY.exec(verified.key)
    const artifact = match ? ctx.store.artifacts.get(match[1] as string) : undefined
    if (!match || !artifact) return fail(400, 'InvalidArgument', `Unknown key ${verified.key}`)
    artifactId = artifact.id
    entry.artifactName = artifact.name
    const temp = join(ctx.dataDir, 'tmp', `${artifact.id}-${randomBytes(6).toString('hex')}`)
    const active = new FileSink(temp, verified.maxBytes, () => block('disk'), () => unblock('disk'))
    sink = active
    const expected = { checksum: verified.checksum, minBytes: verified.minBytes }
    complete = () => finalize(active, expected)
    const fault = ctx.faults.take('storage.upload', artifact.name)
    if (fault) entry.fault = fault.kind
    switch (fault?.kind) {
      case 'status': {
        const headers = fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter }
        const status = fault.status ?? 500
        return fail(status, s3CodeFor(status), `Injected fault: status ${status}`, headers)
      }
      case 'reset':
        resetAt = fault.afterBytes ?? 0
        if (bodyBytes >= resetAt) reset()
        return
      case 'lost':
        lost = true
        return
      case 'latency':
      case 'stall': {
        active.hold()
        block('fault')
        const ms = fault.kind === 'latency' ? (fault.delayMs ?? 0) : fault.delayMs
        void hold(req, ms, ctx.closing).then((goOn) => {
          if (!goOn || finished) return
          active.release()
          unblock('fault')
        })
      }
    }
  }

  const parser = new MultipartParser(boundary, {
    onPartBegin(part) {
      if (phase !== 'fields') return
      if (part.name === 'file') {
        phase = 'file'
        startFile()
      } else {
        field = { name: part.name.toLowerCase(), chunks: [], size: 0 }
      }
    },
    onPartData(data) {
      if (finished) return
      if (phase === 'file') return sink?.write(data)
      if (phase !== 'fields' || !field) return
      field.size += data.length
      if (field.size > MAX_FIELD_BYTES) throw new MultipartError(`field ${field.name} too large`)
      field.chunks.push(data)
    },
    onPartEnd() {
      if (phase === 'file') phase = 'after'
      if (phase !== 'fields' || !field) return
      if (!form.has(field.name)) form.set(field.name, Buffer.concat(field.chunks).toString('utf8'))
      field = undefined
    }
  })

  const finalize = async (
    active: FileSink,
    expected: { checksum: string | undefined; minBytes: number }
  ): Promise<void> => {
    const result = await active.finish()
    if (finished) return
    if (result.size < expected.minBytes) {
      return fail(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size')
    }
    if (expected.checksum !== undefined && expected.checksum !== result.sha256) {
      const message = 'The SHA256 you specified did not match the calculated checksum.'
      return fail(400, 'BadDigest', message)
    }
    await active.moveTo(join(ctx.dataDir, 'artifacts', artifactId))
    const artifact = ctx.store.artifacts.get(artifactId)
    if (artifact) artifact.stored = true
    finished = true
    entry.status = 204
    if (lost) return void req.socket.destroy()
    res.writeHead(204)
    res.end()
  }

  req.on('data', (chunk: Buffer) => {
    if (finished) return
    bodyBytes += chunk.length
    if (bodyBytes >= resetAt) {
      // Read exactly afterBytes of the body before dropping the connection.
      try {
        parser.write(chunk.subarray(0, chunk.length - (bodyBytes - resetAt)))
      } catch {
        // the connection is dropped anyway
      }
      return reset()
    }
    try {
      parser.write(chunk)
    } catch (error) {
      if (error instanceof EntityTooLarge) {
        return fail(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size')
      }
      const message = `The body of your POST request is not well-formed multipart/form-data. ${
        (error as Error).message
      }`
      fail(400, 'MalformedPOSTRequest', message)
    }
  })
  req.on('end', () => {
    if (finished) return
    if (!parser.done) {
      const message = 'The body of your POST request is not well-formed multipart/form-data.'
      return fail(400, 'MalformedPOSTRequest', message)
    }
    if (!complete) {
      return fail(400, 'InvalidArgument', 'POST requires exactly one file upload per request.')
    }
    complete().catch((error: unknown) => fail(500, 'InternalError', String(error)))
  })
  req.on('close', () => {
    // 'close' also follows a normal 'end'; only an incomplete body means the client left.
    if (!finished && !req.complete) {
      finished = true
      sink?.discard()
    }
  })
}
