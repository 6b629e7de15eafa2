/**
 * The client against the development server (real HTTP on loopback, faults through its
 * control endpoint): retries, refusals, timeouts, the token's reach, storage bodies, bounded
 * run paging, ids from the server, cancellation.
 */
import { randomBytes } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { startDevServer } from '../../dev-server/index.ts'
import { InputError, SetupError } from '../../src/errors.js'
import { forLog } from '../../src/log.js'
import { resolveRun } from '../../src/simvue/resolve-run.js'
import { bufferSource, SimvueClient, type SimvueClientOptions } from '../../src/simvue/client.js'
import {
  CancelledError,
  HttpStatusError,
  StorageError,
  TokenRefusedError
} from '../../src/simvue/errors.js'
import { MemoryLogger } from '../helpers/memory-logger.js'
import { sha256, useTestServer } from '../helpers/simvue.js'
import { requestsTo } from '../upload/helpers.js'

const t = useTestServer()
const clients: SimvueClient[] = []

beforeAll(() => {
  vi.stubEnv('SIMVUE_UPLOAD_RETRY_BASE_MS', '5')
})
afterEach(async () => {
  for (const client of clients.splice(0)) client.dispose()
  await t.control.clearFaults()
  await t.control.clearRequests()
})

async function connect(options: Partial<SimvueClientOptions> = {}): Promise<SimvueClient> {
  const client = await SimvueClient.connect({
    apiUrl: t.server.apiUrl,
    token: t.server.token,
    maxAttempts: 5,
    concurrency: 4,
    stallTimeoutMs: 5_000,
    ...options
  })
  clients.push(client)
  return client
}

async function created(client: SimvueClient, content: Buffer, name = 'a.bin') {
  const body = {
    name,
    original_path: `/x/${name}`,
    size: content.length,
    mime_type: 'application/octet-stream',
    checksum: sha256(content),
    metadata: null
  }
  return client.createArtifact(body, { deduplicate: false })
}

describe('API retries', () => {
  it('retries a 503 after its Retry-After, then succeeds', async () => {
    const client = await connect()
    await t.control.addFault({
      endpoint: 'folders.create',
      kind: 'status',
      status: 503,
      retryAfter: '1'
    })
    const started = Date.now()
    expect(await client.createFolder('/retry')).toMatch(/^\w+$/)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(await requestsTo(t, 'folders.create')).toHaveLength(2)
  })

  it.each([
    ['429', { kind: 'status', status: 429, retryAfter: '0' }],
    ['a reset', { kind: 'reset' }],
    ['a stall beyond the API timeout', { kind: 'stall', delayMs: 10_000 }]
  ] as const)('retries %s', async (_title, fault) => {
    const client = await connect({ apiTimeoutMs: 300 })
    await t.control.addFault({ endpoint: 'folders.create', ...fault })
    expect(await client.createFolder('/again')).toMatch(/^\w+$/)
    expect(await requestsTo(t, 'folders.create')).toHaveLength(2)
  })

  it('gives up after max-attempts', async () => {
    const client = await connect({ maxAttempts: 3 })
    await t.control.addFault({ endpoint: 'folders.create', kind: 'status', status: 502, times: 0 })
    await expect(client.createFolder('/x')).rejects.toThrow(/answered 502/)
    expect(await requestsTo(t, 'folders.create')).toHaveLength(3)
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
    const client = await connect()
    await t.control.addFault({ endpoint: 'folders.create', kind: 'status', status, body })
    const failure = client.createFolder('/x')
    await expect(failure).rejects.toThrow(message)
    await expect(failure).rejects.toBeInstanceOf(HttpStatusError)
    expect(await requestsTo(t, 'folders.create')).toHaveLength(1)
  })

  it('maps 404 on a run to null, once', async () => {
    const client = await connect()
    expect(await client.getRun('NoSuchRun0000000000000')).toBeNull()
    expect(await requestsTo(t, 'runs.get')).toHaveLength(1)
  })
})

describe('connect, 401 and the token', () => {
  it('refuses a wrong token at connect, and a 401 later at once, with one message', async () => {
    const wrong = SimvueClient.connect({
      apiUrl: t.server.apiUrl,
      token: 'wrong',
      maxAttempts: 5,
      concurrency: 1,
      stallTimeoutMs: 1_000
    })
    await expect(wrong).rejects.toBeInstanceOf(TokenRefusedError)
    const client = await connect()
    await t.control.addFault({ endpoint: 'folders.create', kind: 'status', status: 401 })
    const failure = client.createFolder('/x')
    await expect(failure).rejects.toThrow(/SIMVUE_TOKEN or input `token`/)
    expect(await requestsTo(t, 'folders.create')).toHaveLength(1)
  })

  it.each(['two words', 'line\nbreak', 'ünïcode'])(
    'refuses a token %j that cannot go in a header, before any request',
    async (token) => {
      const connecting = SimvueClient.connect({
        apiUrl: t.server.apiUrl,
        token,
        maxAttempts: 1,
        concurrency: 1,
        stallTimeoutMs: 1_000
      })
      await expect(connecting).rejects.toBeInstanceOf(InputError)
      await expect(connecting).rejects.toThrow(/SIMVUE_TOKEN or input `token`/)
      expect(await t.control.requests()).toEqual([])
    }
  )

  it('explains a server that cannot be reached, and one that is too old', async () => {
    const old = await startDevServer({ version: '1.0.5' })
    await old.close()
    const options = { token: 'x', maxAttempts: 1, concurrency: 1, stallTimeoutMs: 1_000 }
    const gone = SimvueClient.connect({ ...options, apiUrl: old.apiUrl })
    await expect(gone).rejects.toThrow(SetupError)
    await expect(gone).rejects.toThrow(/Could not reach/)
    const tooOld = await startDevServer({ version: '1.0.5' })
    try {
      const connecting = SimvueClient.connect({
        ...options,
        apiUrl: tooOld.apiUrl,
        token: tooOld.token
      })
      await expect(connecting).rejects.toThrow(/reports API version 1.0.5/)
    } finally {
      await tooOld.close()
    }
  })

  it('sends the token to the API origin only, never to storage', async () => {
    const client = await connect()
    const content = Buffer.from('hello')
    const artifact = await created(client, content)
    await client.uploadToStorage(
      artifact.url as string,
      artifact.fields,
      bufferSource(content, 'a')
    )
    await client.markUploaded(artifact.id)
    const log = await t.control.requests()
    const api = log.filter((r) => r.origin === 'api')
    expect(api.every((r) => r.headers.authorization === `Bearer ${t.server.token}`)).toBe(true)
    const storage = log.filter((r) => r.origin === 'storage')
    expect(storage).toHaveLength(1)
    expect(JSON.stringify(storage[0]?.headers)).not.toContain(t.server.token)
  })

  it('scrubs the token from server text before it becomes an error message', async () => {
    const client = await connect()
    await t.control.addFault({
      endpoint: 'folders.create',
      kind: 'status',
      status: 400,
      echoAuthorization: true
    })
    const error = (await client.createFolder('/x').catch((e: unknown) => e)) as Error
    expect(error.message).toMatch(/Authorization: \*\*\*/)
    expect(error.message).not.toContain(t.server.token)
  })
})

describe('storage upload', () => {
  it('streams with an exact Content-Length and counts progress once, across a retried 500', async () => {
    const client = await connect()
    const content = randomBytes(3 * 256 * 1024 + 123)
    const artifact = await created(client, content)
    await t.control.addFault({ endpoint: 'storage.upload', kind: 'status', status: 500 })
    let progressed = 0
    await client.uploadToStorage(
      artifact.url as string,
      artifact.fields,
      bufferSource(content, 'f'),
      {
        onBytes: (n) => (progressed += n)
      }
    )
    const uploads = await requestsTo(t, 'storage.upload')
    expect(uploads).toHaveLength(2)
    expect(uploads.every((r) => r.headers['transfer-encoding'] === undefined)).toBe(true)
    expect(progressed).toBe(content.length)
    await client.markUploaded(artifact.id)
    const [record] = await t
      .api<{ url: string }[]>('GET', `/artifacts/${artifact.id}`)
      .then((a) => [a])
    expect(sha256(await t.download(record as never))).toBe(sha256(content))
  })

  it('reports S3 error codes and does not retry a 400', async () => {
    const client = await connect()
    const artifact = await created(client, Buffer.from('hashed'))
    const failure = client.uploadToStorage(
      artifact.url as string,
      artifact.fields,
      bufferSource(Buffer.from('other!'), 'f')
    )
    await expect(failure).rejects.toBeInstanceOf(StorageError)
    await expect(failure).rejects.toThrow(/400: BadDigest: The SHA256 you specified/)
    expect(await requestsTo(t, 'storage.upload')).toHaveLength(1)
  })

  it('recognises a 403 (expired policy)', async () => {
    const client = await connect()
    await t.control.setPolicyTtl(-60)
    try {
      const artifact = await created(client, Buffer.from('x'))
      const error = await client
        .uploadToStorage(
          artifact.url as string,
          artifact.fields,
          bufferSource(Buffer.from('x'), 'f')
        )
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(StorageError)
      expect((error as StorageError).status).toBe(403)
    } finally {
      await t.control.setPolicyTtl(3600)
    }
  })

  it('aborts a stalled upload after stall-timeout and retries it', async () => {
    const client = await connect({ stallTimeoutMs: 300 })
    const content = Buffer.alloc(256 * 1024, 1)
    const artifact = await created(client, content)
    await t.control.addFault({ endpoint: 'storage.upload', kind: 'stall', delayMs: 10_000 })
    const started = Date.now()
    await client.uploadToStorage(
      artifact.url as string,
      artifact.fields,
      bufferSource(content, 'f')
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
    expect(await requestsTo(t, 'storage.upload')).toHaveLength(2)
  })

  it('is cancelled at once by its signal, without retrying', async () => {
    const client = await connect()
    const artifact = await created(client, Buffer.from('x'))
    await t.control.addFault({ endpoint: 'storage.upload', kind: 'stall', times: 0 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const failure = client.uploadToStorage(
      artifact.url as string,
      artifact.fields,
      bufferSource(Buffer.from('x'), 'f'),
      { signal: controller.signal }
    )
    await expect(failure).rejects.toBeInstanceOf(CancelledError)
    expect(await requestsTo(t, 'storage.upload')).toHaveLength(1)
  })
})

describe('runs and ids from the server', () => {
  const endless = (data: unknown[]) => ({
    endpoint: 'runs.list' as const,
    kind: 'status' as const,
    status: 200,
    body: { data, count: 1_000_000_000 },
    times: 0
  })

  it('stops paging when a page adds no new run (a server that ignores start)', async () => {
    const client = await connect()
    await t.control.addFault(endless([{ id: 'LoopingRun000000000001', name: 'loop' }]))
    const runs = await client.findRunsByName('loop', null)
    expect(runs.map((r) => r.id)).toEqual(['LoopingRun000000000001'])
    expect(await requestsTo(t, 'runs.list')).toHaveLength(2)
  })

  it.each([
    ['not a string', 12345, /id 12345 is not a Simvue id/],
    ['a path', '..', /id "\.\." is not a Simvue id/]
  ])('reports a listed run whose id is %s', async (_title, id, message) => {
    const client = await connect()
    await t.control.addFault(endless([{ id, name: 'odd' }]))
    await expect(client.findRunsByName('odd', null)).rejects.toThrow(message)
  })

  it('tells the retry listener when creating a run is retried, like every other call', async () => {
    const logger = new MemoryLogger()
    const client = await connect({ logger })
    await t.control.addFault({ endpoint: 'runs.create', kind: 'status', status: 503 })
    const run = { name: 'retried', folder: '/', status: 'running' as const, tags: [], metadata: {} }
    const created = await client.createRun({ ...run, heartbeat_timeout: null, system: null })
    expect(created.id).toMatch(/^\w+$/)
    expect(await requestsTo(t, 'runs.create')).toHaveLength(2)
    expect(logger.of('info')).toContainEqual(
      expect.stringMatching(
        /^POST http:\/\/.+\/api\/runs: 503 Service Unavailable; attempt 2\/5 in /
      )
    )
  })

  it('refuses a created run whose id is not a Simvue id', async () => {
    const client = await connect()
    await t.control.addFault({
      endpoint: 'runs.create',
      kind: 'status',
      status: 200,
      body: { id: 'a/b', name: 'x' }
    })
    const run = { name: 'x', folder: '/', status: 'running' as const, tags: [], metadata: {} }
    await expect(
      client.createRun({ ...run, heartbeat_timeout: null, system: null })
    ).rejects.toThrow(/run id "a\/b" is not a Simvue id/)
  })

  it('finds runs by a hostile name exactly, and reports them with every value encoded', async () => {
    const client = await connect()
    const name = 'evil\r\n::warning::forged'
    const first = await t.createRun(name)
    expect((await client.findRunsByName(name, null)).map((r) => r.id)).toEqual([first])
    await t.createRun(name)
    const request = {
      run: name,
      folder: '/',
      folderFilter: false,
      createRun: false,
      metadata: {},
      tag: 't'
    }
    const error = (await resolveRun(client, request).catch((e: unknown) => e)) as SetupError
    expect(error).toBeInstanceOf(SetupError)
    const shown = error.text.render(forLog)
    expect(shown).toMatch(/^2 runs are named "evil\\r\\n:\u200b:warning:\u200b:forged"/)
    expect(shown).not.toMatch(/[\r\n]/)
  })

  it('refuses a client used after dispose', async () => {
    const client = await connect()
    client.dispose()
    await expect(client.createFolder('/c')).rejects.toThrow(/after dispose/)
  })
})
