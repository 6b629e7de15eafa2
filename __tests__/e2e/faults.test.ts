/**
 * Fault matrix (docs/design.md, reliability): each fault on each of the four upload
 * requests. Every file ends attached exactly once and intact; orphan records (a create whose
 * answer was lost) are counted and never reported as uploaded. The matrix runs concurrently,
 * each case against a dev server of its own (faults are switches on one server).
 */
import { describe } from 'vitest'
import type { Endpoint, FaultSpec } from '../../dev-server/control.ts'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { serverTest as it, sha256 } from '../helpers/simvue.ts'

const FAST = { SIMVUE_UPLOAD_RETRY_BASE_MS: '5', SIMVUE_UPLOAD_API_TIMEOUT_MS: '1500' }
const TARGET = 'victim.bin'
const FILES: Record<string, Buffer> = {
  'a.txt': Buffer.from('first file\n'),
  [TARGET]: Buffer.alloc(256 * 1024, 7),
  'c.json': Buffer.from('{"third": true}')
}

type Fault = Omit<FaultSpec, 'endpoint' | 'name'>
const FAULTS: Record<string, Fault> = {
  '503 with Retry-After': { kind: 'status', status: 503, retryAfter: '0', times: 2 },
  '429 with Retry-After': { kind: 'status', status: 429, retryAfter: '0', times: 1 },
  '500': { kind: 'status', status: 500, times: 1 },
  '502': { kind: 'status', status: 502, times: 1 },
  'connection reset mid-body': { kind: 'reset', afterBytes: 1000, times: 1 },
  stall: { kind: 'stall', delayMs: 10_000, times: 1 },
  latency: { kind: 'latency', delayMs: 300, times: 0 },
  'lost response': { kind: 'lost', times: 1 }
}
const ENDPOINTS: Endpoint[] = [
  'artifacts.create',
  'storage.upload',
  'artifacts.mark',
  'runs.artifacts.attach'
]

interface Listed {
  data: { id: string; name: string; uploaded: boolean }[]
  count: number
}

describe.concurrent('fault matrix: every file attached exactly once, intact', () => {
  let index = 0
  for (const endpoint of ENDPOINTS) {
    for (const [title, fault] of Object.entries(FAULTS)) {
      it(`${title} on ${endpoint}`, async ({ t, expect }) => {
        const runId = await t.createRun(`faults-${index++}`)
        const before = await t.api<Listed>('GET', '/artifacts?count=1')
        await t.control.addFault({ ...fault, endpoint, name: TARGET })
        const result = await runAction({
          workspace: makeWorkspace(FILES),
          inputs: { run: runId, path: '*', 'stall-timeout': '1' },
          env: { ...t.env, ...FAST }
        })
        expect(result.code, result.stdout).toBe(0)
        const reported = JSON.parse(result.outputs.artifacts ?? '[]') as {
          name: string
          status: string
          id: string
        }[]
        expect(reported.map((r) => r.status)).toEqual(['uploaded', 'uploaded', 'uploaded'])

        const attached = await t.runArtifacts(runId, 'output')
        expect(attached.map((a) => a.name).sort()).toEqual(Object.keys(FILES).sort())
        for (const artifact of attached) {
          const local = FILES[artifact.name] as Buffer
          expect(artifact.uploaded).toBe(true)
          expect(artifact.checksum).toBe(sha256(local))
          // Compared as digests: toEqual walks a Buffer byte by byte (seconds for 256 KiB).
          expect(sha256(await t.download(artifact))).toBe(sha256(local))
        }
        // What the outputs call uploaded is what the run holds.
        expect(reported.map((r) => r.id).sort()).toEqual(attached.map((a) => a.id).sort())

        const after = await t.api<Listed>('GET', '/artifacts?count=1')
        const orphans = after.count - before.count - attached.length
        const lostCreate = endpoint === 'artifacts.create' && fault.kind === 'lost'
        expect(orphans).toBe(lostCreate ? 1 : 0)
      })
    }
  }
})

// One at a time: the changing-file case races a rewriting timer against the upload.
describe('faults that must end in a clear failure', () => {
  it('gives up after max-attempts, names the file and why, and uploads the others', async ({
    t,
    expect
  }) => {
    const runId = await t.createRun('gives-up')
    await t.control.clearRequests()
    await t.control.addFault({
      endpoint: 'storage.upload',
      kind: 'status',
      status: 503,
      name: TARGET,
      times: 0
    })
    const result = await runAction({
      workspace: makeWorkspace(FILES),
      inputs: { run: runId, path: '*', 'max-attempts': '3' },
      env: { ...t.env, ...FAST }
    })
    expect(result.code).toBe(1)
    expect(result.errors.join('\n')).toMatch(new RegExp(`${TARGET.replace('.', '\\.')}.*503`))
    const uploads = (await t.control.requests()).filter(
      (r) => r.endpoint === 'storage.upload' && r.artifactName === TARGET
    )
    expect(uploads).toHaveLength(3)
    expect(result.outputs['failed-count']).toBe('1')
    expect(result.outputs['uploaded-count']).toBe('2')
    const attached = (await t.runArtifacts(runId)).map((a) => a.name).sort()
    expect(attached).toEqual(['a.txt', 'c.json'])
  })

  it('does not retry a 422 and reports the server detail', async ({ t, expect }) => {
    const runId = await t.createRun('no-retry-422')
    await t.control.clearRequests()
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 422,
      name: TARGET,
      times: 0,
      body: { detail: [{ loc: ['body', 'name'], msg: 'name too long', type: 'value_error' }] }
    })
    const result = await runAction({
      workspace: makeWorkspace(FILES),
      inputs: { run: runId, path: '*', 'fail-on-error': 'false' },
      env: { ...t.env, ...FAST }
    })
    expect(result.code).toBe(0)
    expect(result.warnings.join('\n')).toMatch(/name too long/)
    const creates = (await t.control.requests()).filter(
      (r) => r.endpoint === 'artifacts.create' && r.artifactName === TARGET
    )
    expect(creates).toHaveLength(1)
  })

  it('recreates the artifact once when the presigned policy has expired', async ({ t, expect }) => {
    const runId = await t.createRun('expired-policy')
    await t.control.clearRequests()
    await t.control.setPolicyTtl(-1)
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'latency',
      delayMs: 0,
      times: 1
    })
    try {
      const result = await runAction({
        workspace: makeWorkspace({ 'only.txt': 'x' }),
        inputs: { run: runId, path: 'only.txt' },
        env: { ...t.env, ...FAST }
      })
      expect(result.code).toBe(1)
      expect(result.errors.join('\n')).toMatch(/only\.txt.*403/)
      const creates = (await t.control.requests()).filter(
        (r) => r.endpoint === 'artifacts.create' && r.artifactName === 'only.txt'
      )
      expect(creates).toHaveLength(2)
    } finally {
      await t.control.setPolicyTtl(3600)
    }
  })

  it('detects a file that shrank after it was planned', async ({ t, expect }) => {
    const runId = await t.createRun('changing')
    // Larger than SMALL_FILE_BYTES, so it is streamed; slow creates leave time to rewrite it.
    const workspace = makeWorkspace({ 'growing.log': 'a'.repeat(400_000) })
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'latency',
      delayMs: 400,
      name: 'growing.log',
      times: 0
    })
    const pending = runAction({
      workspace,
      inputs: { run: runId, path: 'growing.log' },
      env: { ...t.env, ...FAST }
    })
    // Once the file was planned (its create request arrived), it shrinks: what was
    // planned can no longer be read.
    const { writeFileSync } = await import('node:fs')
    for (let i = 0; i < 500; i++) {
      const requests = await t.control.requests()
      if (requests.some((r) => r.endpoint === 'artifacts.create')) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    writeFileSync(`${workspace}/growing.log`, 'b'.repeat(300_000))
    const result = await pending
    expect(result.code).toBe(1)
    expect(result.errors.join('\n')).toMatch(/growing\.log.*changed during upload/)
    expect(await t.runArtifacts(runId)).toEqual([])
  })
})
