/** What people read during an upload: rate-limited retry lines and the progress line. */
import { describe, expect, it } from 'vitest'
import { MemoryLogger } from '../helpers/memory-logger.js'
import { formatEta, Progress, RetryNotices } from '../../src/upload/progress.js'

const notice = { reason: '503 Service Unavailable', attempt: 2, maxAttempts: 5, waitMs: 1600 }

describe('retry lines', () => {
  it('one line per retry with file, reason, origin and attempt; values encoded', () => {
    const logger = new MemoryLogger()
    const notices = new RetryNotices(logger, () => 0)
    notices.retry('results.xml', 'storage', notice)
    notices.retry('a\n::warning::x', 'create artifact', { ...notice, reason: 'ESTALL' })
    expect(logger.of('info')).toEqual([
      'results.xml: 503 Service Unavailable from storage; attempt 2/5 in 1.6 s',
      'a\\n:\u200b:warning:\u200b:x: no progress for stall-timeout from the API (create artifact); attempt 2/5 in 1.6 s'
    ])
  })

  it('at most 10 lines per 10 s, then a count when the window ends', () => {
    const logger = new MemoryLogger()
    let now = 0
    const notices = new RetryNotices(logger, () => now)
    for (let i = 0; i < 250; i++) notices.retry(`f${i}`, 'storage', notice)
    expect(logger.of('info')).toHaveLength(10)
    now = 10_000
    notices.retry('next', 'storage', notice)
    const lines = logger.of('info')
    expect(lines[10]).toBe('… and 240 more retries in the last 10 s')
    expect(lines[11]).toMatch(/^next: /)
    notices.flush()
    expect(logger.of('info')).toHaveLength(12)
  })
})

describe('progress line', () => {
  it('files and bytes of the total, percentage, the last interval rate and an ETA', () => {
    const logger = new MemoryLogger()
    const start = Date.now()
    const progress = new Progress(4, 4 * 2 ** 20, logger, 60_000, start)
    progress.addBytes(2 ** 20)
    progress.fileDone(0)
    progress.fileDone(2 ** 20) // skipped: its bytes count as done
    expect(String(progress.line(start + 1000))).toMatch(
      /^Progress: 2\/4 files, 2\.0 MiB of 4\.0 MiB \(50%\), 2\.0 MiB\/s, about 1 s left$/
    )
    // The rate is the last interval's: nothing moved since.
    expect(String(progress.line(start + 2000))).toBe(
      'Progress: 2/4 files, 2.0 MiB of 4.0 MiB (50%), 0 B/s'
    )
    progress.stop()
  })

  it.each([
    [0.2, 'almost done'],
    [42, 'about 42 s left'],
    [600, 'about 10 min left'],
    [7200, 'about 2.0 h left']
  ])('ETA of %s s reads "%s"', (seconds, words) => {
    expect(formatEta(seconds)).toBe(words)
  })
})
