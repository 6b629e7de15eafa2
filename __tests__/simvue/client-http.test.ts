/**
 * Transport behaviour against real HTTP servers on 127.0.0.1 (no mocks): retries, refusals,
 * redirects, the token's reach, stalls, streamed bodies, changed files, and clean shutdown.
 */
import { MemoryLogger } from '../../src/log.js'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { FileChangedError, SetupError, SimvueHttpError } from '../../src/errors.js'
import { SimvueClient, type SimvueClientOptions } from '../../src/simvue/client.js'
import { isStorageForbidden, StorageError, TokenRefusedError } from '../../src/simvue/errors.js'
import {
  apiHandler,
  parseMultipart,
  sendJson,
  startServer,
  type Handler,
  type LocalServer
} from './local-server.js'

const TOKEN = 'tok-123-secret'
const servers: LocalServer[] = []
const clients: SimvueClient[] = []

beforeAll(() => {
  vi.stubEnv('SIMVUE_UPLOAD_RETRY_BASE_MS', '5')
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.dispose()
  await Promise.all(servers.splice(0).map((s) => s.close()))
})

async function server(handler: Handler, options?: { readBody?: boolean }): Promise<LocalServer> {
  const started = await startServer(handler, options)
  servers.push(started)
  return started
}

async function connect(
  api: LocalServer,
  options: Partial<SimvueClientOptions> = {}
): Promise<SimvueClient> {
  const client = await SimvueClient.connect({
    apiUrl: `${api.url}/api`,
    token: TOKEN,
    maxAttempts: 5,
    concurrency: 4,
    stallTimeoutMs: 5_000,
    log: new MemoryLogger(),
    ...options
  })
  clients.push(client)
  return client
}

/** API server whose non-version requests are answered by `rest`, counting only those. */
async function apiServer(rest: Handler): Promise<LocalServer> {
  let count = 0
  return server(apiHandler((req, res, body) => rest(req, res, body, count++)))
}

const calls = (s: LocalServer) => s.requests.filter((r) => r.url !== '/api/version')

function tempFile(content: Buffer, name = 'data.bin'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'simvue-test-'))
  const file = path.join(dir, name)
  writeFileSync(file, content)
  return file
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('API retries', () => {
  it('retries a 503 after its Retry-After, then succeeds', async () => {
    const api = await apiServer((_req, res, _body, i) =>
      i === 0
        ? sendJson(res, 503, { detail: 'busy' }, { 'Retry-After': '1' })
        : sendJson(res, 200, { id: 'F1' })
    )
    const client = await connect(api)
    const started = Date.now()
    expect(await client.createFolder('/x')).toBe('F1')
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(calls(api)).toHaveLength(2)
  })

  it('retries a 429', async () => {
    const api = await apiServer((_req, res, _body, i) =>
      i < 2
        ? sendJson(res, 429, { detail: 'slow down' }, { 'Retry-After': '0' })
        : sendJson(res, 200, { id: 'R1', name: 'r', status: 'running' })
    )
    const client = await connect(api)
    expect((await client.getRun('R1'))?.id).toBe('R1')
    expect(calls(api)).toHaveLength(3)
  })

  it('retries a connection reset by the server', async () => {
    const api = await apiServer((req, res, _body, i) => {
      if (i === 0) return void req.socket.destroy()
      sendJson(res, 200, { id: 'F2' })
    })
    const client = await connect(api)
    expect(await client.createFolder('/x')).toBe('F2')
    expect(calls(api)).toHaveLength(2)
  })

  it('gives up after max-attempts', async () => {
    const api = await apiServer((_req, res) => sendJson(res, 502, { detail: 'bad gateway' }))
    const client = await connect(api, { maxAttempts: 3 })
    await expect(client.createFolder('/x')).rejects.toThrow(/answered 502: bad gateway/)
    expect(calls(api)).toHaveLength(3)
  })

  it.each([
    [400, { detail: 'bad folder' }, /answered 400: bad folder/],
    [403, { detail: 'not yours' }, /answered 403: not yours/],
    [413, { detail: 'too big' }, /answered 413/],
    [
      422,
      { detail: [{ loc: ['body', 'path'], msg: 'string does not match regex', type: 'x' }] },
      /answered 422: body\.path: string does not match regex/
    ]
  ])('does not retry %i', async (status, body, message) => {
    const api = await apiServer((_req, res) => sendJson(res, status, body))
    const client = await connect(api)
    const failure = client.createFolder('/x')
    await expect(failure).rejects.toThrow(message)
    await expect(failure).rejects.toBeInstanceOf(SimvueHttpError)
    expect(calls(api)).toHaveLength(1)
  })

  it('maps 404 on a run to null, once', async () => {
    const api = await apiServer((_req, res) => sendJson(res, 404, { detail: 'no such run' }))
    const client = await connect(api)
    expect(await client.getRun('R404')).toBeNull()
    expect(calls(api)).toHaveLength(1)
  })

  it('refuses a 200 without a JSON body', async () => {
    const api = await apiServer((_req, res) => res.end(''))
    const client = await connect(api)
    await expect(client.createFolder('/x')).rejects.toThrow(
      /expected a JSON answer, got an empty body/
    )
  })

  it('times out an API request that never answers, and retries it', async () => {
    const api = await apiServer((_req, res, _body, i) => {
      if (i > 0) sendJson(res, 200, { id: 'F3' })
    })
    const client = await connect(api, { apiTimeoutMs: 300 })
    expect(await client.createFolder('/x')).toBe('F3')
    expect(calls(api)).toHaveLength(2)
  })
})

describe('401, redirects and the token', () => {
  it('fails at once on 401 with one clear message', async () => {
    const api = await apiServer((_req, res) => sendJson(res, 401, { detail: 'Unauthorised' }))
    const client = await connect(api)
    const failure = client.createFolder('/x')
    await expect(failure).rejects.toBeInstanceOf(TokenRefusedError)
    await expect(failure).rejects.toThrow(`The token was refused by ${api.url}/api`)
    await expect(failure).rejects.toThrow(/SIMVUE_TOKEN or input `token`/)
    expect(calls(api)).toHaveLength(1)
  })

  it('refuses the token at connect', async () => {
    const api = await server((_req, res) => sendJson(res, 401, { detail: 'Unauthorised' }))
    const failure = connect(api)
    await expect(failure).rejects.toBeInstanceOf(TokenRefusedError)
    await expect(failure).rejects.toMatchObject({ status: 401 })
  })

  it('explains a server that cannot be reached', async () => {
    const api = await server(() => {})
    await api.close()
    servers.pop()
    await expect(connect(api, { maxAttempts: 2 })).rejects.toThrow(SetupError)
    await expect(connect(api, { maxAttempts: 1 })).rejects.toThrow(/Could not reach/)
  })

  it('refuses a server that is too old', async () => {
    const api = await server(apiHandler(() => {}, '1.0.5'))
    await expect(connect(api)).rejects.toThrow(/reports API version 1.0.5/)
  })

  it('does not follow a redirect and shows its Location without the query', async () => {
    const elsewhere = await server((_req, res) => sendJson(res, 200, { id: 'X' }))
    const api = await apiServer((_req, res) => {
      res.writeHead(302, { Location: `${elsewhere.url}/api/folders?sig=abc` })
      res.end()
    })
    const client = await connect(api)
    const failure = client.createFolder('/x')
    await expect(failure).rejects.toThrow(`redirect to ${elsewhere.url}/api/folders not followed`)
    await expect(failure).rejects.not.toThrow(/sig=abc/)
    expect(elsewhere.requests).toHaveLength(0)
  })

  it('sends the token to the API origin only, never to storage', async () => {
    const storage = await server((_req, res) => {
      res.writeHead(204)
      res.end()
    })
    const api = await apiServer((req, res) => {
      if (req.url?.startsWith('/api/artifacts')) {
        return sendJson(res, 200, { id: 'A1', url: `${storage.url}/bucket`, fields: { key: 'k' } })
      }
      sendJson(res, 200, {})
    })
    const client = await connect(api)
    const content = Buffer.from('hello')
    const created = await client.createArtifact(
      {
        name: 'a.txt',
        original_path: '/x/a.txt',
        size: 5,
        mime_type: 'text/plain',
        checksum: sha256(content),
        metadata: null
      },
      { deduplicate: true }
    )
    await client.uploadToStorage(created.url as string, created.fields, { buffer: content })
    await client.markUploaded('A1')
    expect(api.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true)
    expect(api.requests.find((r) => r.method === 'POST')?.url).toBe(
      '/api/artifacts?deduplicate=true'
    )
    expect(storage.requests).toHaveLength(1)
    expect(storage.requests[0]?.headers.authorization).toBeUndefined()
    expect(JSON.stringify(storage.requests[0]?.headers)).not.toContain(TOKEN)
  })
})

describe('storage upload', () => {
  const fields = { key: 'runs/r/a', policy: 'cG9saWN5', 'x-amz-signature': 'sig' }

  it('streams the file with an exact Content-Length, fields first, no chunking', async () => {
    const content = randomBytes(3 * 256 * 1024 + 123)
    const file = tempFile(content, 'report.json')
    const storage = await server((_req, res) => {
      res.writeHead(204)
      res.end()
    })
    const client = await connect(await apiServer(() => {}))
    let progressed = 0
    await client.uploadToStorage(
      `${storage.url}/bucket`,
      fields,
      { path: file, size: content.length, sha256: sha256(content) },
      (n) => (progressed += n)
    )
    const [request] = storage.requests
    expect(request?.headers['transfer-encoding']).toBeUndefined()
    expect(Number(request?.headers['content-length'])).toBe(request?.body.length)
    const parts = parseMultipart(
      request?.body as Buffer,
      request?.headers['content-type'] as string
    )
    expect(parts.map((p) => p.name)).toEqual(['key', 'policy', 'x-amz-signature', 'file'])
    expect(parts[3]?.filename).toBe('report.json')
    expect(parts[3]?.data.equals(content)).toBe(true)
    expect(progressed).toBe(content.length)
  })

  it('sends only the hashed bytes of a file that grew', async () => {
    const content = Buffer.from('first line\n')
    const file = tempFile(Buffer.concat([content, Buffer.from('appended later\n')]))
    const storage = await server((_req, res) => res.writeHead(204).end())
    const client = await connect(await apiServer(() => {}))
    await client.uploadToStorage(
      `${storage.url}/b`,
      {},
      {
        path: file,
        size: content.length,
        sha256: sha256(content)
      }
    )
    const body = storage.requests[0]?.body as Buffer
    const parts = parseMultipart(body, storage.requests[0]?.headers['content-type'] as string)
    expect(parts[0]?.data.toString()).toBe('first line\n')
  })

  it('retries a 500 and reopens the stream, counting progress once', async () => {
    const content = randomBytes(100_000)
    const file = tempFile(content)
    const storage = await server((_req, res, _body, i) => {
      res.writeHead(i === 0 ? 500 : 204)
      res.end(i === 0 ? '<Error><Code>InternalError</Code></Error>' : undefined)
    })
    const client = await connect(await apiServer(() => {}))
    let progressed = 0
    await client.uploadToStorage(
      `${storage.url}/b`,
      {},
      { path: file, size: content.length, sha256: sha256(content) },
      (n) => (progressed += n)
    )
    expect(storage.requests).toHaveLength(2)
    expect(storage.requests[1]?.body.length).toBe(storage.requests[0]?.body.length)
    expect(progressed).toBe(content.length)
  })

  it('reports S3 error codes and does not retry a 400', async () => {
    const storage = await server((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/xml' })
      res.end(
        '<Error><Code>BadDigest</Code><Message>The SHA256 you specified did not match ' +
          'the calculated checksum.</Message></Error>'
      )
    })
    const client = await connect(await apiServer(() => {}))
    const failure = client.uploadToStorage(
      `${storage.url}/b?X-Amz-Signature=zzz`,
      {},
      {
        buffer: Buffer.from('x')
      }
    )
    await expect(failure).rejects.toBeInstanceOf(StorageError)
    await expect(failure).rejects.toThrow(/400: BadDigest: The SHA256 you specified/)
    await expect(failure).rejects.not.toThrow(/zzz/)
    expect(storage.requests).toHaveLength(1)
  })

  it('recognises a 403 (expired policy)', async () => {
    const storage = await server((_req, res) => {
      res.writeHead(403)
      res.end('<Error><Code>AccessDenied</Code><Message>Policy expired.</Message></Error>')
    })
    const client = await connect(await apiServer(() => {}))
    const error = await client
      .uploadToStorage(`${storage.url}/b`, {}, { buffer: Buffer.from('x') })
      .catch((e: unknown) => e)
    expect(isStorageForbidden(error)).toBe(true)
    expect(storage.requests).toHaveLength(1)
  })

  it('aborts a stalled upload after stall-timeout and retries it', async () => {
    const storage = await server((_req, res, _body, i) => {
      if (i > 0) res.writeHead(204).end()
    })
    const client = await connect(await apiServer(() => {}), { stallTimeoutMs: 300 })
    const started = Date.now()
    await client.uploadToStorage(`${storage.url}/b`, {}, { buffer: Buffer.from('abc') })
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
    expect(storage.requests).toHaveLength(2)
  })

  it('detects a file changed (same size) before its upload, without retrying', async () => {
    const content = randomBytes(600_000)
    const file = tempFile(content)
    const digest = sha256(content)
    const changed = Buffer.from(content)
    changed[changed.length - 1] ^= 0xff
    writeFileSync(file, changed)
    const storage = await server((_req, res) => res.writeHead(204).end())
    const client = await connect(await apiServer(() => {}))
    await expect(
      client.uploadToStorage(
        `${storage.url}/b`,
        {},
        { path: file, size: content.length, sha256: digest }
      )
    ).rejects.toBeInstanceOf(FileChangedError)
    // The held-back last chunk never left: storage saw at most an incomplete body.
    expect(storage.requests.length).toBeLessThanOrEqual(1)
    expect(storage.requests[0]?.body.length ?? 0).toBe(0)
  })

  it('detects a file truncated before its upload', async () => {
    const content = randomBytes(10_000)
    const file = tempFile(content)
    truncateSync(file, 5_000)
    const storage = await server((_req, res) => res.writeHead(204).end())
    const client = await connect(await apiServer(() => {}))
    await expect(
      client.uploadToStorage(
        `${storage.url}/b`,
        {},
        {
          path: file,
          size: content.length,
          sha256: sha256(content)
        }
      )
    ).rejects.toBeInstanceOf(FileChangedError)
  })

  it('detects a file changed while it is being sent', async () => {
    const content = randomBytes(32 * 2 ** 20)
    const file = tempFile(content)
    let changedIt = false
    const storage = await server(
      (req) => {
        req.pause()
        // Change the tail while the client is blocked on backpressure, then read on.
        const fd = openSync(file, 'r+')
        writeSync(fd, Buffer.from('CHANGED'), 0, 7, content.length - 7)
        closeSync(fd)
        changedIt = true
        req.resume()
        req.on('data', () => {})
      },
      { readBody: false }
    )
    const client = await connect(await apiServer(() => {}))
    await expect(
      client.uploadToStorage(
        `${storage.url}/b`,
        {},
        {
          path: file,
          size: content.length,
          sha256: sha256(content)
        }
      )
    ).rejects.toBeInstanceOf(FileChangedError)
    expect(changedIt).toBe(true)
  })
})

describe('dispose', () => {
  it('closes every keep-alive socket, API and storage', async () => {
    const storage = await server((_req, res) => res.writeHead(204).end())
    const api = await apiServer((_req, res) => sendJson(res, 200, { id: 'F' }))
    const client = await connect(api)
    await Promise.all([
      client.createFolder('/a'),
      client.createFolder('/b'),
      client.uploadToStorage(`${storage.url}/b`, {}, { buffer: Buffer.from('x') })
    ])
    expect(await api.connections()).toBeGreaterThan(0)
    expect(await storage.connections()).toBe(1)
    client.dispose()
    await vi.waitFor(
      async () => {
        expect(await api.connections()).toBe(0)
        expect(await storage.connections()).toBe(0)
      },
      { timeout: 2_000, interval: 20 }
    )
    await expect(client.createFolder('/c')).rejects.toThrow(/after dispose/)
  })
})
