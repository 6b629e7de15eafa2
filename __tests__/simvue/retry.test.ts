import { describe, expect, it } from 'vitest'
import { RETRY_MAX_DELAY_MS, retryBaseMs } from '../../src/config.js'
import { NetworkError } from '../../src/errors.js'
import { CancelledError, HttpStatusError, TokenRefusedError } from '../../src/simvue/errors.js'
import { backoffDelay, classifyError, parseRetryAfter, withRetry } from '../../src/simvue/retry.js'

describe('retry classification', () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [413, false],
    [422, false],
    [501, false],
    [301, false]
  ])('status %i → %s', (status, expected) => {
    expect(classifyError(new HttpStatusError('GET', 'u', status, '')).retry).toBe(expected)
  })

  it.each([
    ['ECONNRESET', true],
    ['ECONNREFUSED', true],
    ['ETIMEDOUT', true],
    ['ESTALL', true],
    ['EPIPE', true],
    ['ECONNABORTED', true],
    ['EAI_AGAIN', true],
    ['ENOTFOUND', false],
    ['CERT_HAS_EXPIRED', false],
    ['EBIG', false]
  ])('network code %s → %s', (code, expected) => {
    expect(classifyError(new NetworkError('x', code)).retry).toBe(expected)
  })

  it('never retries a refused token or an unknown error', () => {
    expect(classifyError(new TokenRefusedError('GET', 'u', 'https://h/api')).retry).toBe(false)
    expect(classifyError(new Error('EACCES')).retry).toBe(false)
  })

  it('carries Retry-After from the error', () => {
    expect(classifyError(new HttpStatusError('GET', 'u', 429, '', 2000)).retryAfterMs).toBe(2000)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  it.each([
    [undefined, null],
    ['', null],
    ['0', 0],
    ['3', 3000],
    [' 12 ', 12000],
    ['-1', null],
    ['1.5', null],
    ['soon', null],
    ['Thu, 01 Jan 2026 00:00:05 GMT', 5000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0]
  ])('%j → %j', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected)
  })
})

describe('backoffDelay', () => {
  it('is full jitter under base × 2^(n-1), capped', () => {
    for (let retry = 1; retry <= 12; retry++) {
      const ceiling = Math.min(RETRY_MAX_DELAY_MS, 1000 * 2 ** (retry - 1))
      const high = backoffDelay(retry, { baseMs: 1000, random: () => 0.999999, retryAfterMs: null })
      const low = backoffDelay(retry, { baseMs: 1000, random: () => 0, retryAfterMs: null })
      expect(low).toBe(0)
      expect(high).toBeLessThanOrEqual(ceiling)
      expect(high).toBeGreaterThanOrEqual(ceiling - 1)
    }
  })

  it('uses Retry-After instead, capped at the max delay', () => {
    const options = { baseMs: 1000, random: () => 0.5 }
    expect(backoffDelay(1, { ...options, retryAfterMs: 7000 })).toBe(7000)
    expect(backoffDelay(1, { ...options, retryAfterMs: 10 ** 9 })).toBe(RETRY_MAX_DELAY_MS)
  })
})

describe('retryBaseMs', () => {
  it('reads SIMVUE_UPLOAD_RETRY_BASE_MS, ignoring garbage', () => {
    expect(retryBaseMs({ SIMVUE_UPLOAD_RETRY_BASE_MS: '5' })).toBe(5)
    expect(retryBaseMs({ SIMVUE_UPLOAD_RETRY_BASE_MS: 'x' })).toBe(1000)
    expect(retryBaseMs({})).toBe(1000)
  })
})

describe('withRetry', () => {
  const fast = { baseMs: 1, sleep: async () => {} }

  it('retries retryable errors up to maxAttempts and rethrows the last', async () => {
    let calls = 0
    const run = withRetry(
      async () => {
        calls++
        throw new HttpStatusError('GET', 'u', 503, 'busy')
      },
      { ...fast, maxAttempts: 4 }
    )
    await expect(run).rejects.toThrow(/503/)
    expect(calls).toBe(4)
  })

  it('stops at once on a non-retryable error', async () => {
    let calls = 0
    const run = withRetry(
      async () => {
        calls++
        throw new HttpStatusError('GET', 'u', 422, 'bad')
      },
      { ...fast, maxAttempts: 5 }
    )
    await expect(run).rejects.toThrow(/422/)
    expect(calls).toBe(1)
  })

  it('gives up when the next wait would pass the total bound', async () => {
    let clock = 0
    let calls = 0
    const run = withRetry(
      async () => {
        calls++
        throw new HttpStatusError('GET', 'u', 503, '', 20_000)
      },
      {
        ...fast,
        maxAttempts: 100,
        totalMs: 50_000,
        now: () => clock,
        sleep: async (ms) => {
          clock += ms
        }
      }
    )
    await expect(run).rejects.toThrow(/503/)
    expect(calls).toBe(3)
  })

  it('tells the listener before each retry: reason, next attempt, wait', async () => {
    const lines: string[] = []
    let calls = 0
    const value = await withRetry(
      async (attempt) => {
        calls++
        if (attempt < 3) throw new NetworkError('reset', 'ECONNRESET')
        return 'ok'
      },
      {
        ...fast,
        maxAttempts: 5,
        onRetry: (n) => lines.push(`${n.reason}; attempt ${n.attempt}/${n.maxAttempts}`)
      }
    )
    expect(value).toBe('ok')
    expect(calls).toBe(3)
    expect(lines).toEqual(['ECONNRESET; attempt 2/5', 'ECONNRESET; attempt 3/5'])
  })

  it('stops waiting and throws CancelledError when the signal aborts', async () => {
    const controller = new AbortController()
    let calls = 0
    const run = withRetry(
      async () => {
        calls++
        throw new HttpStatusError('GET', 'u', 503, 'busy', 60_000)
      },
      { maxAttempts: 5, signal: controller.signal }
    )
    setTimeout(() => controller.abort(), 20)
    await expect(run).rejects.toBeInstanceOf(CancelledError)
    expect(calls).toBe(1)
  })
})
