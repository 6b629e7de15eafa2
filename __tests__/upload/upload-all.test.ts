/**
 * uploadAll and the per-file pipeline against the development server (real HTTP on
 * loopback), checked through the contract's own endpoints: the run's listing and downloads.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { SMALL_FILE_BYTES } from '../../src/config.js'
import { sha256, useTestServer } from '../helpers/simvue.js'
import { fileEntry, objectEntry, plannedFile, requestsTo, tempDir, upload } from './helpers.js'

const t = useTestServer()
const dir = tempDir()
/** Larger than SMALL_FILE_BYTES: streamed from disk (and re-checked) on every attempt. */
const big = (text: string): string => text + 'x'.repeat(SMALL_FILE_BYTES)

beforeAll(() => {
  vi.stubEnv('SIMVUE_UPLOAD_RETRY_BASE_MS', '1')
})
afterEach(async () => {
  await t.control.clearFaults()
  await t.control.clearRequests()
})

describe('files and objects', () => {
  it('uploads a file and an object (A→B→C→D), verified by listing and downloading', async () => {
    const runId = await t.createRun('flow')
    const file = fileEntry(dir, 'reports/result.txt', 'hello from CI\n')
    const object = objectEntry('summary', { loss: 0.25 })
    const empty = fileEntry(dir, 'empty.log', '')
    const outcome = await upload(t, [file, object, empty], runId)
    expect(outcome.results.map((r) => [r.name, r.status, r.error])).toEqual([
      ['reports/result.txt', 'uploaded', null],
      ['summary', 'uploaded', null],
      ['empty.log', 'uploaded', null]
    ])
    expect(outcome.fatal).toBeNull()
    expect(outcome.bytesSent).toBe(14 + object.size)
    const stored = await t.runArtifacts(runId, 'output')
    for (const artifact of stored) {
      expect(artifact.uploaded).toBe(true)
      expect(sha256(await t.download(artifact))).toBe(artifact.checksum)
    }
    const byName = new Map(stored.map((a) => [a.name, a]))
    expect(byName.get('reports/result.txt')?.original_path).toBe(file.localPath)
    expect(byName.get('summary')?.original_path).toBe('')
    expect(byName.get('reports/result.txt')?.metadata).toEqual({ github: { sha: 'abc' } })
    const storage = (await t.control.requests()).filter((r) => r.origin === 'storage')
    expect(storage.every((r) => !('authorization' in r.headers))).toBe(true)
    // No result line: the entry layer prints the outcome.
    expect(outcome.logger.of('info').join('\n')).not.toMatch(/Processed/)
  })

  it('skips what the run holds, warns about same name with other content, deduplicates', async () => {
    const runId = await t.createRun('skips')
    const same = fileEntry(dir, 'same.txt', 'same')
    await upload(t, [same, fileEntry(dir, 'other.txt', 'old')], runId)
    await t.control.clearRequests()
    const again = await upload(t, [same, fileEntry(dir, 'other.txt', 'new')], runId, {
      skipExisting: true
    })
    expect(again.results.map((r) => r.status)).toEqual(['skipped', 'uploaded'])
    expect(again.logger.of('warning').join('\n')).toMatch(/other\.txt.*different content/)
    expect(await requestsTo(t, 'artifacts.create', 'same.txt')).toHaveLength(0)
    const dedup = await upload(t, [fileEntry(dir, 'copy.txt', 'same')], runId, {
      deduplicate: true
    })
    expect(dedup.results[0]?.status).toBe('deduplicated')
  })

  it('looks existing artifacts up by name when the listing is too large to read', async () => {
    const runId = await t.createRun('huge-listing')
    const entry = fileEntry(dir, 'kept.txt', 'kept')
    await upload(t, [entry], runId)
    // An answer over the listing's 16 MiB cap, as for a run with 100,000 artifacts.
    await t.control.addFault({
      endpoint: 'runs.artifacts.list',
      kind: 'status',
      status: 200,
      body: [],
      padBytes: 16 * 2 ** 20 + 1
    })
    const again = await upload(t, [entry], runId, { skipExisting: true })
    expect(again.results[0]?.status).toBe('skipped')
    expect(again.logger.of('info').join('\n')).toMatch(/looking them up by name/)
    const lookups = await requestsTo(t, 'runs.artifacts.list')
    expect(lookups.map((r) => r.path)).toContainEqual(expect.stringMatching(/name=kept\.txt/))
  })

  it('warns and uploads without skipping when no look-up can be read', async () => {
    const runId = await t.createRun('unreadable-listing')
    const entry = fileEntry(dir, 'again.txt', 'again')
    await upload(t, [entry], runId)
    await t.control.addFault({
      endpoint: 'runs.artifacts.list',
      kind: 'status',
      status: 200,
      body: { not: 'a list' },
      times: 0
    })
    const again = await upload(t, [entry], runId, { skipExisting: true })
    expect(again.results[0]?.status).toBe('uploaded')
    expect(again.logger.of('warning').join('\n')).toMatch(/without skip-existing/)
  })
})

describe('what is read is what was planned', () => {
  it('sends exactly the planned size of a file that grew, as its first bytes', async () => {
    const runId = await t.createRun('grew')
    const entry = fileEntry(dir, 'grow.log', big('line 1\n'))
    writeFileSync(entry.localPath, big('line 1\n') + 'line 2 appended later\n'.repeat(1e5))
    const outcome = await upload(t, [entry], runId)
    expect(outcome.results[0]).toMatchObject({
      status: 'uploaded',
      size: entry.size,
      sha256: sha256(big('line 1\n'))
    })
    const [stored] = await t.runArtifacts(runId)
    expect((await t.download(stored as never)).toString()).toBe(big('line 1\n'))
  })

  it('fails a file that shrank as "changed during upload"', async () => {
    const runId = await t.createRun('shrank')
    const entry = fileEntry(dir, 'shrink.log', big('abc'))
    truncateSync(entry.localPath, 10)
    const outcome = await upload(t, [entry], runId)
    expect(outcome.results[0]?.error).toMatch(/^changed during upload/)
  })

  it('re-hashes once a file that changed between hash and upload, then fails if it goes on', async () => {
    const runId = await t.createRun('changing')
    const entry = fileEntry(dir, 'live.log', big('v0'))
    let n = 0
    // Rewritten (same size) while each create is held by a latency fault.
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'latency',
      delayMs: 150,
      times: 0
    })
    const rewrite = setInterval(() => writeFileSync(entry.localPath, big(`v${++n % 10}`)), 30)
    const outcome = await upload(t, [entry], runId).finally(() => clearInterval(rewrite))
    expect(outcome.results[0]?.error).toMatch(/^changed during upload/)
    expect(outcome.logger.of('info').join('\n')).toMatch(/live\.log: changed while uploading/)
    expect(await t.runArtifacts(runId)).toEqual([])
  })

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO swapped in for a planned file, without hanging',
    async () => {
      const runId = await t.createRun('fifo')
      const entry = fileEntry(dir, 'swapped.txt', 'x')
      rmSync(entry.localPath)
      execFileSync('mkfifo', [entry.localPath])
      const outcome = await upload(t, [entry], runId)
      expect(outcome.results[0]?.error).toMatch(/is a FIFO now since it was planned/)
      expect(await requestsTo(t, 'artifacts.create')).toHaveLength(0)
    }
  )

  it.skipIf(process.platform === 'win32')(
    'does not follow a link swapped in after planning',
    async () => {
      const runId = await t.createRun('link')
      const outside = path.join(tempDir(), 'secret.txt')
      writeFileSync(outside, 'x')
      const entry = fileEntry(dir, 'linked.txt', 'x')
      rmSync(entry.localPath)
      symlinkSync(outside, entry.localPath)
      const outcome = await upload(t, [entry], runId)
      expect(outcome.results[0]?.error).toMatch(/replaced by a symbolic link.*not followed/)
      // A link that was one at planning time (a literal path) is followed.
      const planned = await upload(t, [plannedFile(entry.localPath)], runId)
      expect(planned.results[0]?.status).toBe('uploaded')
    }
  )

  it('refuses another file moved in at the planned path (device and inode differ)', async () => {
    const runId = await t.createRun('replaced')
    const entry = fileEntry(dir, 'moved.txt', 'original')
    rmSync(entry.localPath)
    writeFileSync(path.join(dir, 'filler.txt'), 'keeps the inode from being reused')
    writeFileSync(entry.localPath, 'original')
    const outcome = await upload(t, [entry], runId)
    expect(outcome.results[0]?.error).toMatch(/was replaced by another file/)
  })

  it.skipIf(process.getuid?.() === 0)('fails an unreadable file as permission denied', async () => {
    const runId = await t.createRun('denied')
    const entry = fileEntry(dir, 'secret.txt', 'x')
    chmodSync(entry.localPath, 0o000)
    const outcome = await upload(t, [entry], runId)
    expect(outcome.results[0]?.error).toBe(`permission denied: cannot read ${entry.localPath}`)
  })

  it('fails a file that disappeared, by name', async () => {
    const runId = await t.createRun('gone')
    const entry = fileEntry(dir, 'gone.txt', 'x')
    rmSync(entry.localPath)
    const outcome = await upload(t, [entry], runId)
    expect(outcome.results[0]).toMatchObject({ status: 'failed', sha256: null })
    expect(outcome.results[0]?.error).toBe(
      `file not found: ${entry.localPath} (deleted after it was collected?)`
    )
  })
})
