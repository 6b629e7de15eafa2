/**
 * The client and the per-file pipeline against the development server (dev-server/), checked
 * through the contract's own endpoints: listing the run's artifacts and downloading the bytes.
 */
import { MemoryLogger } from '../../src/log.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PlanEntry } from '../../src/plan/types.js'
import { SimvueClient } from '../../src/simvue/client.js'
import { TokenRefusedError } from '../../src/simvue/errors.js'
import { createEntryUploader } from '../../src/upload/file-upload.js'
import type { UploadContext } from '../../src/upload/types.js'
import { sha256, startTestServer, type TestServer } from '../helpers/simvue.js'

let test: TestServer
let client: SimvueClient
const dir = mkdtempSync(path.join(os.tmpdir(), 'simvue-dev-'))

beforeAll(async () => {
  vi.stubEnv('SIMVUE_UPLOAD_RETRY_BASE_MS', '5')
  test = await startTestServer()
  client = await SimvueClient.connect({
    apiUrl: test.server.apiUrl,
    token: test.server.token,
    maxAttempts: 5,
    concurrency: 4,
    stallTimeoutMs: 1_000,
    log: new MemoryLogger()
  })
})

afterAll(async () => {
  client?.dispose()
  await test?.close()
})

afterEach(async () => {
  await test.control.clearFaults()
})

function fileEntry(name: string, content: string | Buffer): PlanEntry {
  const localPath = path.join(dir, name.replace(/\//g, '_'))
  writeFileSync(localPath, content)
  return { kind: 'file', name, localPath, size: Buffer.byteLength(content), mimeType: 'text/plain' }
}

function context(runId: string, overrides: Partial<UploadContext> = {}): UploadContext {
  return {
    runId,
    category: 'output',
    metadata: { github: { sha: 'abc' } },
    deduplicate: false,
    existing: null,
    log: new MemoryLogger(),
    ...overrides
  }
}

describe('against the development server', () => {
  it('connects and reads the version', () => {
    expect(client.serverVersion).toMatch(/^1\.\d+\.\d+$/)
  })

  it('refuses a wrong token with TokenRefusedError', async () => {
    const connecting = SimvueClient.connect({
      apiUrl: test.server.apiUrl,
      token: 'wrong',
      maxAttempts: 5,
      concurrency: 1,
      stallTimeoutMs: 1_000,
      log: new MemoryLogger()
    })
    await expect(connecting).rejects.toBeInstanceOf(TokenRefusedError)
  })

  it('uploads a file and an object (A→B→C→D), verified by listing and downloading', async () => {
    const runId = await test.createRun(`flow-${Date.now()}`)
    const upload = createEntryUploader(client)
    const file = fileEntry('reports/result.txt', 'hello from CI\n')
    const content = Buffer.from(JSON.stringify({ loss: 0.25, ok: true }))
    const object: PlanEntry = {
      kind: 'object',
      name: 'summary',
      localPath: '',
      size: content.length,
      mimeType: 'application/json',
      content
    }
    const results = await Promise.all([
      upload(file, context(runId)),
      upload(object, context(runId))
    ])
    expect(results.map((r) => [r.status, r.error])).toEqual([
      ['uploaded', null],
      ['uploaded', null]
    ])

    const listed = await client.listRunArtifacts(runId, 'output')
    expect(listed.map((a) => a.name).sort()).toEqual(['reports/result.txt', 'summary'])
    const stored = await test.runArtifacts(runId, 'output')
    for (const artifact of stored) {
      expect(artifact.uploaded).toBe(true)
      const bytes = await test.download(artifact)
      expect(sha256(bytes)).toBe(artifact.checksum)
    }
    const byName = new Map(stored.map((a) => [a.name, a]))
    expect((await test.download(byName.get('summary') as never)).equals(content)).toBe(true)
    expect(byName.get('reports/result.txt')?.original_path).toBe(file.localPath)
    expect(byName.get('summary')?.original_path).toBe('')

    const log = await test.control.requests()
    const storageRequests = log.filter((r) => r.origin === 'storage')
    expect(storageRequests.length).toBeGreaterThanOrEqual(2)
    expect(storageRequests.every((r) => !('authorization' in r.headers))).toBe(true)
  })

  it('survives a 503 with Retry-After, a reset mid-body and a lost attach answer', async () => {
    const runId = await test.createRun(`faults-${Date.now()}`)
    const name = 'faulty.txt'
    await test.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 503,
      retryAfter: '0',
      name
    })
    await test.control.addFault({ endpoint: 'storage.upload', kind: 'reset', afterBytes: 10, name })
    await test.control.addFault({ endpoint: 'runs.artifacts.attach', kind: 'lost', name })
    const result = await createEntryUploader(client)(
      fileEntry(name, 'x'.repeat(50_000)),
      context(runId)
    )
    expect([result.status, result.error]).toEqual(['uploaded', null])
    const faults = (await test.control.requests()).map((r) => r.fault).filter(Boolean)
    expect(faults).toEqual(expect.arrayContaining(['status', 'reset', 'lost']))
    const listed = await client.listRunArtifacts(runId, 'output')
    expect(listed.filter((a) => a.id === result.id)).toHaveLength(1)
  })

  it('finds a run by exact name and creates folders and runs idempotently', async () => {
    const name = `lookup-${Date.now()}`
    const folderId = await client.createFolder('/ci/lookups')
    expect(await client.createFolder('/ci/lookups')).toBe(folderId)
    const created = await client.createRun({
      name,
      folder: '/ci/lookups',
      status: 'running',
      tags: ['github-actions'],
      metadata: {},
      heartbeat_timeout: null,
      system: null
    })
    expect((await client.findRunsByName(name, '/ci/lookups')).map((r) => r.id)).toEqual([
      created.id
    ])
    expect(await client.findRunsByName(name.toUpperCase(), null)).toEqual([])
    expect((await client.getRun(created.id))?.name).toBe(name)
    await client.updateRun(created.id, {
      status: 'completed',
      endtime: '2026-01-01T00:00:00.000000'
    })
    expect((await client.getRun(created.id))?.status).toBe('completed')
  })

  it('asks once for a fresh URL when the policy expired, then fails naming the 403', async () => {
    const runId = await test.createRun(`expired-${Date.now()}`)
    await test.control.setPolicyTtl(-60)
    try {
      await test.control.clearRequests()
      const result = await createEntryUploader(client)(fileEntry('late.txt', 'x'), context(runId))
      expect(result.status).toBe('failed')
      expect(result.error).toMatch(/^storage upload failed: 403 AccessDenied: .*expired/)
      const creates = (await test.control.requests()).filter(
        (r) => r.endpoint === 'artifacts.create'
      )
      expect(creates).toHaveLength(2)
    } finally {
      await test.control.setPolicyTtl(3600)
    }
  })

  it('skips on deduplicate when the content is already stored', async () => {
    const runId = await test.createRun(`dedup-${Date.now()}`)
    const upload = createEntryUploader(client)
    const first = await upload(fileEntry('one.txt', 'same bytes'), context(runId))
    const second = await upload(
      fileEntry('two.txt', 'same bytes'),
      context(runId, { deduplicate: true })
    )
    expect(first.status).toBe('uploaded')
    expect(second.status).toBe('deduplicated')
  })
})
