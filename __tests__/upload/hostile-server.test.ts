/**
 * uploadAll bounded and truthful whatever the server does (dev-server faults): storms stop,
 * trickles hit the deadline, early answers are not success, a refused token stops at once
 * with honest results, cancellation, ids and URLs from the server, the token in its text.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { useTestServer } from '../helpers/simvue.js'
import { fileEntry, objectEntry, requestsTo, tempDir, upload } from './helpers.js'

const t = useTestServer()
const dir = tempDir()

beforeAll(() => {
  vi.stubEnv('SIMVUE_UPLOAD_RETRY_BASE_MS', '1')
})
afterEach(async () => {
  await t.control.clearFaults()
  await t.control.clearRequests()
})

function files(count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => fileEntry(dir, `${prefix}-${i}.txt`, `${i}`))
}

describe('systemic failures', () => {
  it('300 and 3,000 files with 503 on every create send about the same number of creates', async () => {
    const counts: number[] = []
    for (const n of [300, 3000]) {
      const runId = await t.createRun(`storm-${n}`)
      await t.control.clearRequests()
      await t.control.addFault({
        endpoint: 'artifacts.create',
        kind: 'status',
        status: 503,
        times: 0
      })
      const outcome = await upload(t, files(n, `storm${n}`), runId, { concurrency: 8 })
      counts.push((await requestsTo(t, 'artifacts.create')).length)
      const statuses = outcome.results.map((r) => r.error ?? '')
      expect(
        statuses.filter((e) => e.startsWith('not attempted: 10 files in a row failed')).length
      ).toBeGreaterThan(n - 30)
      expect(outcome.logger.of('warning').join('\n')).toMatch(/Stopping: 10 files in a row/)
      await t.control.clearFaults()
    }
    // At most (files in flight + the 10 that trip the stop) × max-attempts, whatever n is.
    expect(counts[0]).toBeLessThanOrEqual((8 + 10) * 3)
    expect(Math.abs((counts[1] as number) - (counts[0] as number))).toBeLessThanOrEqual(8 * 3)
  })

  it('a success between failures resets the count', async () => {
    const runId = await t.createRun('interleaved')
    const plan = files(30, 'mixed')
    // Every other file fails for good, the others succeed: never 10 in a row.
    for (let i = 0; i < 30; i += 2) {
      await t.control.addFault({
        endpoint: 'artifacts.create',
        kind: 'status',
        status: 503,
        name: `mixed-${i}.txt`,
        times: 0
      })
    }
    const outcome = await upload(t, plan, runId, { concurrency: 1 })
    expect(outcome.results.filter((r) => r.status === 'uploaded')).toHaveLength(15)
    expect(outcome.results.some((r) => r.error?.startsWith('not attempted'))).toBe(false)
  })

  it('a token refused mid-run stops at once; the results keep what was attached', async () => {
    const runId = await t.createRun('expiring')
    const plan = files(6, 'expire')
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 401,
      name: 'expire-3.txt'
    })
    const outcome = await upload(t, plan, runId, { concurrency: 1 })
    expect(outcome.fatal?.message).toMatch(/token was refused/)
    expect(outcome.results.map((r) => r.status)).toEqual([
      'uploaded',
      'uploaded',
      'uploaded',
      'failed',
      'failed',
      'failed'
    ])
    expect(outcome.results[4]?.error).toMatch(/^not attempted: token refused/)
    expect(await requestsTo(t, 'artifacts.create', 'expire-4.txt')).toHaveLength(0)
  })
})

describe('cancellation', () => {
  it('starts no new file once aborted, aborts what is in flight, says what was not attempted', async () => {
    const runId = await t.createRun('cancelled')
    const plan = files(5, 'cancel')
    // Both lanes hang in storage; the other three files are still waiting.
    await t.control.addFault({ endpoint: 'storage.upload', kind: 'stall', times: 0 })
    const controller = new AbortController()
    const pending = upload(t, plan, runId, { concurrency: 2, signal: controller.signal })
    await vi.waitFor(async () => {
      expect(await requestsTo(t, 'storage.upload')).toHaveLength(2)
    })
    const started = Date.now()
    controller.abort()
    const outcome = await pending
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(outcome.results.map((r) => r.error)).toEqual([
      'cancelled during storage upload',
      'cancelled during storage upload',
      'not attempted: cancelled',
      'not attempted: cancelled',
      'not attempted: cancelled'
    ])
    expect(outcome.fatal).toBeNull()
  })
})

describe('storage that misbehaves', () => {
  it('an answer before the whole body was sent is not success: retried', async () => {
    const runId = await t.createRun('early')
    const entry = fileEntry(dir, 'early.bin', Buffer.alloc(8 * 2 ** 20, 1))
    await t.control.addFault({ endpoint: 'storage.upload', kind: 'early', name: 'early.bin' })
    const outcome = await upload(t, [entry], runId)
    expect(outcome.results[0]?.status).toBe('uploaded')
    expect(await requestsTo(t, 'storage.upload', 'early.bin')).toHaveLength(2)
    expect(outcome.logger.of('info').join('\n')).toMatch(
      /early\.bin: answered before the whole body was sent from storage; attempt 2\/3 in/
    )
    const [stored] = await t.runArtifacts(runId)
    expect((await t.download(stored as never)).length).toBe(8 * 2 ** 20)
  })

  it('a trickled answer meets the attempt deadline (stall-timeout + size at 64 KiB/s)', async () => {
    const runId = await t.createRun('trickle')
    const entry = fileEntry(dir, 'trickle.txt', 'slow')
    await t.control.addFault({
      endpoint: 'storage.upload',
      kind: 'trickle',
      delayMs: 100,
      name: 'trickle.txt',
      times: 0
    })
    const started = Date.now()
    const outcome = await upload(t, [entry], runId, {
      clientOptions: { stallTimeoutMs: 500, maxAttempts: 2 }
    })
    expect(outcome.results[0]?.error).toMatch(/storage upload failed: .*no complete answer within/)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refuses an http:// storage URL to a host that is not loopback, naming it', async () => {
    const runId = await t.createRun('insecure')
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 200,
      body: { id: 'InsecureArtifact000001', url: 'http://storage.example.com/bucket', fields: {} }
    })
    const outcome = await upload(t, [fileEntry(dir, 'plain.txt', 'x')], runId)
    expect(outcome.results[0]?.error).toMatch(
      /http:\/\/ to storage\.example\.com.*allow-insecure-http/
    )
  })

  it('asks once for a fresh URL after a 403, logged at info', async () => {
    const runId = await t.createRun('fresh-url')
    await t.control.addFault({ endpoint: 'storage.upload', kind: 'status', status: 403 })
    const outcome = await upload(t, [fileEntry(dir, 'renew.txt', 'x')], runId)
    expect(outcome.results[0]?.status).toBe('uploaded')
    expect(outcome.logger.of('info').join('\n')).toMatch(/renew\.txt: storage answered 403/)
    expect(await requestsTo(t, 'artifacts.create', 'renew.txt')).toHaveLength(2)
  })
})

describe('ids and text from the server', () => {
  it('refuses an artifact id that is not a Simvue id before it goes into a path', async () => {
    const runId = await t.createRun('dotdot')
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 200,
      body: { id: '..', url: null }
    })
    const outcome = await upload(t, [fileEntry(dir, 'dots.txt', 'x')], runId)
    expect(outcome.results[0]?.error).toMatch(/artifact id "\.\." is not a Simvue id/)
    const sent = (await t.control.requests()).map((r) => r.endpoint)
    expect(sent).not.toContain('runs.update')
    expect(sent).not.toContain('runs.artifacts.attach')
  })

  it('scrubs the token from a detail that echoes the Authorization header', async () => {
    const runId = await t.createRun('echo')
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 400,
      echoAuthorization: true
    })
    const outcome = await upload(t, [objectEntry('echoed', { a: 1 })], runId)
    const error = outcome.results[0]?.error ?? ''
    expect(error).toMatch(/Authorization: \*\*\*/)
    expect(JSON.stringify(outcome)).not.toContain(t.server.token)
  })

  it('logs retries at info, one line each, a storm as a count', async () => {
    const runId = await t.createRun('retry-lines')
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 503,
      times: 40
    })
    const outcome = await upload(t, files(20, 'noisy'), runId, {
      clientOptions: { maxAttempts: 5 }
    })
    const info = outcome.logger.of('info')
    const retries = info.filter((line) => / from the API \(create artifact\); attempt /.test(line))
    expect(retries).toHaveLength(10)
    expect(retries[0]).toMatch(
      /^noisy-\d+\.txt: 503 Service Unavailable from the API \(create artifact\); attempt 2\/5 in \d+\.\d s$/
    )
    expect(info.join('\n')).toMatch(/… and \d+ more retries/)
  })
})
