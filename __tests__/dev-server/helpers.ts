/** Plain HTTP helpers for the dev-server conformance suite (no client code from src/). */
import { randomBytes } from 'node:crypto'
import { request } from 'node:http'
import type { Readable } from 'node:stream'
import type { DevServer } from '../../dev-server/index.ts'
import { sha256 } from '../helpers/sha256.ts'

export interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: unknown
}

export type Obj = Record<string, unknown>

/** The reply's JSON as an object (for field access in tests). */
export function obj(reply: Reply): Obj {
  return reply.json as Obj
}

/** The reply's JSON as an array of objects. */
export function list(reply: Reply): Obj[] {
  return reply.json as Obj[]
}

export interface ApiOptions {
  /** null: no Authorization header; default: the server's token. */
  token?: string | null
  headers?: Record<string, string>
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string
}

/** An API call with fetch; `path` is relative to /api (e.g. '/runs'). */
export async function api(
  server: Pick<DevServer, 'apiUrl' | 'token'>,
  method: string,
  path: string,
  body?: unknown,
  options: ApiOptions = {}
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers }
  const token = options.token === undefined ? server.token : options.token
  if (token !== null) headers.authorization = `Bearer ${token}`
  let payload: string | undefined = options.raw
  if (payload === undefined && body !== undefined) payload = JSON.stringify(body)
  if (payload !== undefined) headers['content-type'] ??= 'application/json'
  const init: RequestInit = { method, headers }
  if (payload !== undefined) init.body = payload
  const response = await fetch(`${server.apiUrl}${path}`, init)
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), text, json }
}

export interface RawOptions {
  method?: string
  headers?: Record<string, string>
  body?: Buffer | Readable
  /** Send with Transfer-Encoding: chunked instead of Content-Length. */
  chunked?: boolean
  timeoutMs?: number
}

/** A request with node:http, so that headers and framing are fully under control. */
export function rawRequest(url: string, options: RawOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...options.headers }
    const body = options.body
    if (Buffer.isBuffer(body) && !options.chunked) headers['content-length'] ??= body.length
    if (options.chunked) headers['transfer-encoding'] = 'chunked'
    const req = request(url, { method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = JSON.parse(text)
        } catch {
          json = undefined
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () => req.destroy(new Error('client timeout')))
    }
    if (body === undefined) req.end()
    else if (Buffer.isBuffer(body)) req.end(body)
    else body.pipe(req)
  })
}

/** A multipart/form-data body: fields in order, then (unless null) the file part. */
export function multipart(
  fields: Record<string, string>,
  file: Buffer | null,
  after: Record<string, string> = {},
  filename = 'f.bin'
): { body: Buffer; contentType: string } {
  const boundary = `----devserver${randomBytes(8).toString('hex')}`
  const parts: Buffer[] = []
  const field = (name: string, value: string): void => {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
      )
    )
  }
  for (const [name, value] of Object.entries(fields)) field(name, value)
  if (file !== null) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n\r\n`
      ),
      file,
      Buffer.from('\r\n')
    )
  }
  for (const [name, value] of Object.entries(after)) field(name, value)
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

export interface Created {
  id: string
  url: string | null
  fields: Record<string, string>
}

/** The six fields of an artifact create for `content` (overrides merged in). */
export function artifactBody(
  name: string,
  content: Buffer | string,
  overrides: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    name,
    original_path: `/tmp/${name}`,
    size: Buffer.byteLength(content),
    mime_type: 'application/octet-stream',
    checksum: sha256(content),
    metadata: null,
    ...overrides
  }
}

export async function createArtifact(
  server: DevServer,
  name: string,
  content: Buffer | string,
  query = ''
): Promise<Created> {
  const reply = await api(server, 'POST', `/artifacts${query}`, artifactBody(name, content))
  if (reply.status !== 200) throw new Error(`create failed: ${reply.status} ${reply.text}`)
  return reply.json as Created
}

/** Storage POST of `content` to a created artifact's presigned target. */
export function upload(
  created: Created,
  content: Buffer,
  headers: Record<string, string> = {}
): Promise<Reply> {
  const form = multipart(created.fields, content)
  return rawRequest(created.url ?? '', {
    method: 'POST',
    headers: { 'content-type': form.contentType, ...headers },
    body: form.body
  })
}

/** Create, upload, mark uploaded and attach: the whole client sequence. */
export async function uploadArtifact(
  server: DevServer,
  runId: string,
  name: string,
  content: Buffer | string,
  category = 'output'
): Promise<string> {
  const created = await createArtifact(server, name, content)
  const stored = await upload(created, Buffer.from(content))
  if (stored.status !== 204) throw new Error(`upload failed: ${stored.status} ${stored.text}`)
  const marked = await api(server, 'PUT', `/artifacts/${created.id}`, { uploaded: true })
  if (marked.status !== 200) throw new Error(`mark failed: ${marked.status}`)
  const attached = await api(server, 'PUT', `/runs/${runId}/artifacts/${created.id}`, { category })
  if (attached.status !== 200) throw new Error(`attach failed: ${attached.status}`)
  return created.id
}

export async function createRun(
  server: Pick<DevServer, 'apiUrl' | 'token'>,
  fields: Record<string, unknown> = {}
): Promise<string> {
  const reply = await api(server, 'POST', '/runs', { folder: '/', ...fields })
  if (reply.status !== 200) throw new Error(`run create failed: ${reply.status} ${reply.text}`)
  return (reply.json as { id: string }).id
}
