/** The storage origin: S3-like presigned POST uploads and presigned GET downloads. No auth. */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { ServerContext } from './context.ts'
import { applyEarlyFault } from './context.ts'
import { s3CodeFor, sendS3Error } from './http-util.ts'
import { BUCKET } from './signer.ts'
import { handleUpload } from './storage-upload.ts'
import type { Endpoint, RequestLogEntry } from './types.ts'

const DOWNLOAD = new RegExp(`^/${BUCKET}/artifacts/([A-Za-z0-9]{1,64})$`)

export function handleStorage(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const method = req.method ?? 'GET'
  const download = DOWNLOAD.exec(url.pathname)
  let endpoint: Endpoint | 'unknown' = 'unknown'
  if (method === 'POST' && url.pathname === `/${BUCKET}`) endpoint = 'storage.upload'
  else if ((method === 'GET' || method === 'HEAD') && download) endpoint = 'storage.download'
  const entry = ctx.log.start('storage', req, endpoint)
  if (req.headers.authorization !== undefined) {
    req.resume()
    entry.status = 400
    const message = 'Presigned requests must not carry an Authorization header.'
    return sendS3Error(res, 400, 'InvalidRequest', message)
  }
  if (endpoint === 'storage.upload') return handleUpload(ctx, req, res, entry)
  if (endpoint === 'storage.download') {
    void handleDownload(ctx, req, res, entry, url, download?.[1] ?? '').catch(() =>
      req.socket.destroy()
    )
    return
  }
  req.resume()
  const inBucket = url.pathname === `/${BUCKET}` || url.pathname.startsWith(`/${BUCKET}/`)
  entry.status = inBucket ? 405 : 404
  if (inBucket) {
    return sendS3Error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed.')
  }
  sendS3Error(res, 404, 'NoSuchBucket', 'The specified bucket does not exist')
}

async function handleDownload(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  entry: RequestLogEntry,
  url: URL,
  id: string
): Promise<void> {
  req.resume()
  const artifact = ctx.store.artifacts.get(id)
  if (artifact) entry.artifactName = artifact.name
  const fault = ctx.faults.take('storage.download', artifact?.name)
  if (fault) entry.fault = fault.kind
  const send = (status: number, code: string, message: string, headers = {}): void => {
    entry.status = status
    if (fault?.kind === 'lost') return void req.socket.destroy()
    sendS3Error(res, status, code, message, headers)
  }
  const finished = await applyEarlyFault(req, fault, ctx.closing, (status, headers) =>
    send(status, s3CodeFor(status), `Injected fault: status ${status}`, headers)
  )
  if (finished) return
  const denied = ctx.signer.verifyGet(url.pathname, url.searchParams)
  if (denied) return send(denied.status, denied.code, denied.message)
  const path = join(ctx.dataDir, 'artifacts', id)
  const size = artifact?.stored ? (await stat(path).catch(() => undefined))?.size : undefined
  if (size === undefined) return send(404, 'NoSuchKey', 'The specified key does not exist.')
  entry.status = 200
  if (fault?.kind === 'lost') return void req.socket.destroy()
  res.writeHead(200, { 'content-type': 'binary/octet-stream', 'content-length': size })
  if (req.method === 'HEAD') return void res.end()
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 })
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
