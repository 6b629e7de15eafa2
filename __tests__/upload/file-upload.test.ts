/** The per-file pipeline against an in-test Simvue (real HTTP on loopback). */
import { MemoryLogger } from '../../src/log.js'
import { createHash } from 'node:crypto'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PlanEntry } from '../../src/plan/types.js'
import { SimvueClient } from '../../src/simvue/client.js'
import { TokenRefusedError } from '../../src/simvue/errors.js'
import type { ArtifactRecord } from '../../src/simvue/types.js'
import { SMALL_FILE_BYTES } from '../../src/config.js'
import { describeFailure, StepError } from '../../src/upload/failure.js'
import { createEntryUploader } from '../../src/upload/file-upload.js'
import type { UploadContext } from '../../src/upload/types.js'
import { sendJson } from '../simvue/local-server.js'
import { startFakeSimvue, type FakeSimvue } from './fake-simvue.js'

const RUN = 'R'.repeat(22)
let fake: FakeSimvue
let client: SimvueClient
let dir: string

beforeAll(() => {
  vi.stubEnv('SIMVUE_UPLOAD_RETRY_BASE_MS', '5')
})

beforeEach(async () => {
  fake = await startFakeSimvue()
  client = await SimvueClient.connect({
    apiUrl: fake.apiUrl,
    token: 'tok',
    maxAttempts: 3,
    log: new MemoryLogger(),
    concurrency: 2,
    stallTimeoutMs: 5_000
  })
  dir = mkdtempSync(path.join(os.tmpdir(), 'simvue-upload-'))
})

afterEach(async () => {
  client.dispose()
  await fake.close()
})

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')

function fileEntry(name: string, content: Buffer | string): PlanEntry {
  const localPath = path.join(dir, name)
  writeFileSync(localPath, content)
  return { kind: 'file', name, localPath, size: Buffer.byteLength(content), mimeType: 'text/plain' }
}

function objectEntry(name: string, value: unknown): PlanEntry {
  const content = Buffer.from(JSON.stringify(value))
  return {
    kind: 'object',
    name,
    localPath: '',
    size: content.length,
    mimeType: 'application/json',
    content
  }
}

function context(overrides: Partial<UploadContext> = {}) {
  const warnings: string[] = []
  let bytes = 0
  const ctx: UploadContext = {
    runId: RUN,
    category: 'output',
    metadata: { github: { sha: 'abc' } },
    deduplicate: false,
    existing: null,
    onBytes: (n) => (bytes += n),
    log: warningsTo(warnings),
    ...overrides
  }
  return { ctx, warnings, bytes: () => bytes }
}

const upload = (entry: PlanEntry, ctx: UploadContext) => createEntryUploader(client)(entry, ctx)

describe('file and object uploads', () => {
  it('uploads a file: create, storage, mark uploaded, attach', async () => {
    const entry = fileEntry('results.json', '{"a":1}\n')
    const { ctx, bytes } = context()
    const result = await upload(entry, ctx)
    expect(result).toMatchObject({
      name: 'results.json',
      path: entry.localPath,
      size: 8,
      sha256: sha256('{"a":1}\n'),
      mimeType: 'text/plain',
      category: 'output',
      status: 'uploaded',
      error: null
    })
    const stored = fake.artifacts.get(result.id as string)
    expect(Object.keys(stored?.body ?? {}).sort()).toEqual(
      ['checksum', 'metadata', 'mime_type', 'name', 'original_path', 'size'].sort()
    )
    expect(stored?.body).toMatchObject({ original_path: entry.localPath, size: 8 })
    expect(stored?.body.metadata).toEqual({ github: { sha: 'abc' } })
    expect(stored?.content?.toString()).toBe('{"a":1}\n')
    expect(stored?.uploaded).toBe(true)
    expect(stored?.runs.get(RUN)).toBe('output')
    expect(bytes()).toBe(8)
  })

  it('uploads an object with original_path "" and part filename "file"', async () => {
    const entry = objectEntry('params', { lr: 0.1 })
    const result = await upload(entry, context({ category: 'input' }).ctx)
    expect(result.status).toBe('uploaded')
    expect(result.path).toBe('')
    const stored = fake.artifacts.get(result.id as string)
    expect(stored?.body.original_path).toBe('')
    expect(stored?.content?.toString()).toBe('{"lr":0.1}')
    expect(fake.storage.requests[0]?.body.toString()).toContain('filename="file"')
  })

  it('uploads an empty file', async () => {
    const result = await upload(fileEntry('empty.log', ''), context().ctx)
    expect(result).toMatchObject({ status: 'uploaded', size: 0, sha256: sha256('') })
  })
})

describe('skip-existing and deduplication', () => {
  const record = (checksum: string, uploaded = true): ArtifactRecord => ({
    id: 'E'.repeat(22),
    name: 'a.txt',
    checksum,
    size: 1,
    mime_type: 'text/plain',
    original_path: '',
    uploaded
  })

  it('skips an uploaded artifact with the same name and checksum, sending nothing', async () => {
    const entry = fileEntry('a.txt', 'same')
    const before = fake.api.requests.length
    const { ctx, warnings } = context({ existing: new Map([['a.txt', [record(sha256('same'))]]]) })
    const result = await upload(entry, ctx)
    expect(result).toMatchObject({ status: 'skipped', id: 'E'.repeat(22), sha256: sha256('same') })
    expect(fake.api.requests.length).toBe(before)
    expect(warnings).toEqual([])
  })

  it('warns about the same name with other content, and uploads it', async () => {
    const entry = fileEntry('a.txt', 'new content')
    const { ctx, warnings } = context({ existing: new Map([['a.txt', [record(sha256('old'))]]]) })
    const result = await upload(entry, ctx)
    expect(result.status).toBe('uploaded')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/a\.txt.*different content/)
  })

  it.each([
    [false, 'stored'],
    [true, 'deduplicated']
  ])('a null url (deduplicate=%s) is attached without upload: %s', async (deduplicate, status) => {
    fake.hooks.create = (_body, res) => {
      sendJson(res, 200, { id: 'D'.repeat(22), url: null })
      fake.artifacts.set('D'.repeat(22), {
        id: 'D'.repeat(22),
        body: {},
        uploaded: true,
        content: null,
        runs: new Map()
      })
      return true
    }
    const result = await upload(fileEntry('a.txt', 'x'), context({ deduplicate }).ctx)
    expect(result).toMatchObject({ status, id: 'D'.repeat(22) })
    expect(fake.storage.requests).toHaveLength(0)
    expect(fake.api.requests.some((r) => r.url === `/api/artifacts/${'D'.repeat(22)}`)).toBe(false)
    expect(fake.artifacts.get('D'.repeat(22))?.runs.get(RUN)).toBe('output')
    const create = fake.api.requests.find((r) => r.method === 'POST')
    expect(create?.url).toBe(deduplicate ? '/api/artifacts?deduplicate=true' : '/api/artifacts')
  })
})

describe('files that change', () => {
  it('uploads the hashed prefix of a file that only grew', async () => {
    const entry = fileEntry('grow.log', 'line 1\n')
    fake.hooks.create = () => {
      writeFileSync(entry.localPath, 'line 1\nline 2\n')
    }
    const result = await upload(entry, context().ctx)
    expect(result).toMatchObject({ status: 'uploaded', size: 7, sha256: sha256('line 1\n') })
    expect(fake.artifacts.get(result.id as string)?.content?.toString()).toBe('line 1\n')
  })

  // Larger than SMALL_FILE_BYTES, so they are streamed from disk (and re-checked) on upload.
  const big = (text: string): string => text + 'x'.repeat(SMALL_FILE_BYTES)

  it('re-hashes once and uploads the new content', async () => {
    const entry = fileEntry('live.log', big('line 1\n'))
    fake.hooks.create = (_body, _res, n) => {
      if (n === 0) writeFileSync(entry.localPath, big('LINE 1\nline 2\n'))
    }
    const result = await upload(entry, context().ctx)
    expect(result).toMatchObject({
      status: 'uploaded',
      size: big('LINE 1\nline 2\n').length,
      sha256: sha256(big('LINE 1\nline 2\n'))
    })
    const stored = fake.artifacts.get(result.id as string)?.content?.toString()
    expect(stored).toBe(big('LINE 1\nline 2\n'))
    expect(fake.api.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
  })

  it('fails as "changed during upload" when it keeps changing', async () => {
    const entry = fileEntry('live.log', big('v0'))
    fake.hooks.create = (_body, _res, n) => {
      writeFileSync(entry.localPath, big(`v${n + 1}`))
    }
    const result = await upload(entry, context().ctx)
    expect(result.status).toBe('failed')
    expect(result.error).toMatch(/^changed during upload/)
  })

  it('sends a small file from the bytes it hashed, even if it changes afterwards', async () => {
    const entry = fileEntry('small.log', 'v0')
    fake.hooks.create = () => {
      writeFileSync(entry.localPath, 'rewritten')
    }
    const result = await upload(entry, context().ctx)
    expect(result).toMatchObject({ status: 'uploaded', size: 2, sha256: sha256('v0') })
    expect(fake.artifacts.get(result.id as string)?.content?.toString()).toBe('v0')
  })
})

describe('storage failures', () => {
  it('asks for a fresh URL once after a 403', async () => {
    fake.hooks.storage = (_id, res, n) => {
      if (n > 0) return false
      res.writeHead(403).end('<Error><Code>AccessDenied</Code><Message>expired</Message></Error>')
      return true
    }
    const result = await upload(fileEntry('a.txt', 'x'), context().ctx)
    expect(result.status).toBe('uploaded')
    expect(fake.api.requests.filter((r) => r.method === 'POST')).toHaveLength(2)
  })

  it('fails after a second 403', async () => {
    fake.hooks.storage = (_id, res) => {
      res.writeHead(403).end('<Error><Code>AccessDenied</Code><Message>expired</Message></Error>')
      return true
    }
    const result = await upload(fileEntry('a.txt', 'x'), context().ctx)
    expect(result).toMatchObject({ status: 'failed' })
    expect(result.error).toBe('storage upload failed: 403 AccessDenied: expired')
  })

  it('reports BadDigest in one line', async () => {
    fake.hooks.storage = (_id, res) => {
      res
        .writeHead(400)
        .end(
          '<Error><Code>BadDigest</Code><Message>The SHA256 you specified did not match.</Message></Error>'
        )
      return true
    }
    const result = await upload(fileEntry('a.txt', 'x'), context().ctx)
    expect(result.error).toBe(
      'storage upload failed: 400 BadDigest: The SHA256 you specified did not match.'
    )
    expect(fake.storage.requests).toHaveLength(1)
  })
})

describe('attach', () => {
  it('treats a 409 after a lost answer as success when the run lists the id', async () => {
    fake.hooks.attach = (id, res, n) => {
      if (n > 0) return false
      fake.artifacts.get(id)?.runs.set(RUN, 'output') // applied, then the answer is lost
      res.socket?.destroy()
      return true
    }
    const result = await upload(fileEntry('a.txt', 'x'), context().ctx)
    expect(result.status).toBe('uploaded')
    expect(
      fake.api.requests.filter((r) => r.url?.startsWith(`/api/runs/${RUN}/artifacts?`))
    ).toHaveLength(1)
  })

  it('fails on a 409 when the run does not list the id', async () => {
    fake.hooks.attach = (_id, res) => {
      sendJson(res, 409, { detail: 'conflict' })
      return true
    }
    const result = await upload(fileEntry('a.txt', 'x'), context().ctx)
    expect(result.status).toBe('failed')
    expect(result.error).toMatch(
      /^attach failed: PUT .* answered 409: conflict \(and artifact \w+ is not/
    )
  })
})

describe('errors', () => {
  it('throws a refused token instead of failing the file', async () => {
    fake.hooks.create = (_body, res) => {
      sendJson(res, 401, { detail: 'Unauthorised' })
      return true
    }
    await expect(upload(fileEntry('a.txt', 'x'), context().ctx)).rejects.toBeInstanceOf(
      TokenRefusedError
    )
  })

  it('fails a create refused with 422, in one line naming the step', async () => {
    fake.hooks.create = (_body, res) => {
      sendJson(res, 422, {
        detail: [
          { loc: ['body', 'name'], msg: 'bad name', type: 'x' },
          { loc: ['body', 'size'], msg: 'bad size', type: 'x' }
        ]
      })
      return true
    }
    const result = await upload(fileEntry('a.txt', 'x'), context().ctx)
    expect(result.error).toMatch(
      /^create artifact failed: POST .* answered 422: body\.name: bad name; body\.size: bad size$/
    )
  })

  it('fails a file that disappeared, by name', async () => {
    const entry = { ...fileEntry('gone.txt', 'x'), localPath: path.join(dir, 'nope.txt') }
    const result = await upload(entry, context().ctx)
    expect(result).toMatchObject({ status: 'failed', size: 1, sha256: null })
    expect(result.error).toBe(
      `file not found: ${entry.localPath} (deleted after it was collected?)`
    )
  })

  it.skipIf(process.getuid?.() === 0)('fails an unreadable file as permission denied', async () => {
    const entry = fileEntry('secret.txt', 'x')
    chmodSync(entry.localPath, 0o000)
    const result = await upload(entry, context().ctx)
    expect(result.error).toBe(`permission denied: cannot read ${entry.localPath}`)
  })

  it('explains EACCES from any step as permission denied', () => {
    const entry = {
      kind: 'file',
      name: 'a',
      localPath: '/x/a',
      size: 1,
      mimeType: 'text/plain'
    } as const
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    expect(describeFailure(new StepError('storage upload', denied), entry)).toBe(
      'permission denied: cannot read /x/a'
    )
  })
})

/** A logger whose warnings land in `warnings`. */
function warningsTo(warnings: string[]): MemoryLogger {
  const log = new MemoryLogger()
  log.warning = (message) => void warnings.push(String(message))
  return log
}
