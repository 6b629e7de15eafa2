/**
 * A small in-test Simvue (API + S3-like storage on two loopback origins) for the per-file
 * pipeline tests, with hooks to misbehave. The full dev server lives in dev-server/.
 */
import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import {
  apiHandler,
  parseMultipart,
  sendJson,
  startServer,
  type LocalServer
} from '../simvue/local-server.js'

export interface StoredArtifact {
  id: string
  body: Record<string, unknown>
  uploaded: boolean
  content: Buffer | null
  runs: Map<string, string>
}

export interface FakeSimvue {
  api: LocalServer
  storage: LocalServer
  apiUrl: string
  artifacts: Map<string, StoredArtifact>
  /** Hooks; each returns true when it answered the request itself. */
  hooks: {
    create?: (body: Record<string, unknown>, res: ServerResponse, n: number) => boolean | void
    storage?: (id: string, res: ServerResponse, n: number) => boolean | void
    attach?: (id: string, res: ServerResponse, n: number) => boolean | void
  }
  close(): Promise<void>
}

const s3Error = (res: ServerResponse, status: number, code: string, message: string) => {
  res.writeHead(status, { 'Content-Type': 'application/xml' })
  res.end(`<Error><Code>${code}</Code><Message>${message}</Message></Error>`)
}

export async function startFakeSimvue(): Promise<FakeSimvue> {
  const artifacts = new Map<string, StoredArtifact>()
  const counts = { create: 0, storage: 0, attach: 0 }
  let next = 0
  const fake = {} as FakeSimvue
  fake.hooks = {}
  fake.artifacts = artifacts

  fake.storage = await startServer((req, res, body) => {
    const id = (req.url ?? '').slice(1)
    const artifact = artifacts.get(id)
    if (fake.hooks.storage?.(id, res, counts.storage++)) return
    if (req.headers.authorization) return s3Error(res, 400, 'InvalidArgument', 'Authorization')
    if (!artifact) return s3Error(res, 404, 'NoSuchKey', id)
    const parts = parseMultipart(body, req.headers['content-type'] ?? '')
    const file = parts.at(-1)?.data ?? Buffer.alloc(0)
    const digest = createHash('sha256').update(file).digest('hex')
    if (digest !== artifact.body.checksum) {
      return s3Error(
        res,
        400,
        'BadDigest',
        'The SHA256 you specified did not match the calculated checksum.'
      )
    }
    artifact.content = file
    res.writeHead(204).end()
  })

  fake.api = await startServer(
    apiHandler((req, res, raw) => {
      const url = new URL(req.url ?? '', 'http://x')
      const body = raw.length ? (JSON.parse(raw.toString()) as Record<string, unknown>) : {}
      const parts = url.pathname.split('/').filter(Boolean) // ['api', ...]
      if (req.method === 'POST' && url.pathname === '/api/artifacts') {
        if (fake.hooks.create?.(body, res, counts.create++)) return
        const id = `A${String(++next).padStart(21, '0')}`
        artifacts.set(id, { id, body, uploaded: false, content: null, runs: new Map() })
        return sendJson(res, 200, { id, url: `${fake.storage.url}/${id}`, fields: { key: id } })
      }
      if (req.method === 'PUT' && parts[1] === 'artifacts' && parts[2]) {
        const artifact = artifacts.get(parts[2])
        if (!artifact) return sendJson(res, 404, { detail: 'no artifact' })
        artifact.uploaded = body.uploaded === true
        return sendJson(res, 200, {})
      }
      if (req.method === 'PUT' && parts[1] === 'runs' && parts[3] === 'artifacts' && parts[4]) {
        const artifact = artifacts.get(parts[4])
        if (fake.hooks.attach?.(parts[4], res, counts.attach++)) return
        if (!artifact) return sendJson(res, 404, { detail: 'no artifact' })
        if (artifact.runs.has(parts[2] as string)) return sendJson(res, 409, { detail: 'attached' })
        artifact.runs.set(parts[2] as string, String(body.category))
        return sendJson(res, 200, {})
      }
      if (req.method === 'GET' && parts[1] === 'runs' && parts[3] === 'artifacts') {
        const category = url.searchParams.get('category')
        const listed = [...artifacts.values()]
          .filter((a) => a.runs.has(parts[2] as string))
          .filter((a) => !category || a.runs.get(parts[2] as string) === category)
          .map((a) => ({ id: a.id, ...a.body, uploaded: a.uploaded }))
        return sendJson(res, 200, listed)
      }
      sendJson(res, 404, { detail: `no route ${req.method} ${url.pathname}` })
    })
  )
  fake.apiUrl = `${fake.api.url}/api`
  fake.close = async () => {
    await Promise.all([fake.api.close(), fake.storage.close()])
  }
  return fake
}
