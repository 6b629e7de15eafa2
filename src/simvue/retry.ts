/**
 * Our retry policy (docs/design.md, "Retries"), for API and storage requests alike. The
 * classification is pure so it can be tested from a table; `withRetry` only adds the loop,
 * the waits, the bounds and cancellation.
 */
import { STATUS_CODES } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import { RETRY_FACTOR, RETRY_MAX_DELAY_MS, RETRY_TOTAL_MS, retryBaseMs } from '../config.js'
import { errorMessage, NetworkError } from '../errors.js'
import { CancelledError, HttpStatusError } from './errors.js'

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/**
 * Socket-level failures worth another attempt. Our own: ESTALL (stall watchdog), EDEADLINE
 * (an attempt's overall deadline), EEARLY (storage answered before the whole body was sent).
 */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESTALL',
  'EDEADLINE',
  'EEARLY',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN'
])

export interface RetryDecision {
  retry: boolean
  /** Server-imposed wait (Retry-After), already parsed. */
  retryAfterMs: number | null
  /** Short reason for the retry line ("503 Service Unavailable", "ECONNRESET"). */
  reason: string
}

export function classifyError(error: unknown): RetryDecision {
  if (error instanceof NetworkError) {
    return { retry: RETRYABLE_CODES.has(error.code), retryAfterMs: null, reason: error.code }
  }
  if (error instanceof HttpStatusError) {
    const reason = [error.status, STATUS_CODES[error.status]].filter(Boolean).join(' ')
    return { retry: RETRYABLE_STATUSES.has(error.status), retryAfterMs: error.retryAfterMs, reason }
  }
  return { retry: false, retryAfterMs: null, reason: errorMessage(error) }
}

/** `Retry-After` as delta-seconds or an HTTP date; null when absent or garbage. */
export function parseRetryAfter(
  value: string | undefined,
  now: number = Date.now()
): number | null {
  if (value === undefined) return null
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  if (!/[a-z]/i.test(text)) return null
  const date = Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/**
 * Wait before retry number `retry` (1 = after the first failure): full jitter over
 * base × factor^(retry-1), capped; a Retry-After replaces it, capped the same way.
 */
export function backoffDelay(
  retry: number,
  options: { baseMs: number; random: () => number; retryAfterMs: number | null }
): number {
  if (options.retryAfterMs !== null) return Math.min(options.retryAfterMs, RETRY_MAX_DELAY_MS)
  const ceiling = Math.min(RETRY_MAX_DELAY_MS, options.baseMs * RETRY_FACTOR ** (retry - 1))
  return Math.floor(options.random() * ceiling)
}

/** One retry about to happen, for the line people read. */
export interface RetryNotice {
  reason: string
  /** The attempt that comes next (2 = the first retry). */
  attempt: number
  maxAttempts: number
  waitMs: number
}

export interface RetryOptions {
  maxAttempts: number
  totalMs?: number
  baseMs?: number
  onRetry?: (notice: RetryNotice) => void
  signal?: AbortSignal
  /** Tests replace the wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  random?: () => number
  now?: () => number
}

/**
 * Runs `operation` until it succeeds, fails with a non-retryable error, runs out of attempts,
 * the next wait would pass the total time bound, or `signal` aborts. The last error is
 * rethrown (CancelledError when cancelled during a wait).
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  const now = options.now ?? Date.now
  const totalMs = options.totalMs ?? RETRY_TOTAL_MS
  const started = now()
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw new CancelledError()
    try {
      return await operation(attempt)
    } catch (error) {
      const decision = classifyError(error)
      if (!decision.retry || attempt >= options.maxAttempts) throw error
      const wait = backoffDelay(attempt, {
        // Read on a retry only: thousands of requests that succeed need no environment read.
        baseMs: options.baseMs ?? retryBaseMs(),
        random: options.random ?? Math.random,
        retryAfterMs: decision.retryAfterMs
      })
      if (now() - started + wait > totalMs) throw error
      options.onRetry?.({
        reason: decision.reason,
        attempt: attempt + 1,
        maxAttempts: options.maxAttempts,
        waitMs: wait
      })
      await (options.sleep ?? sleep)(wait, options.signal)
    }
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return delay(ms, undefined, { signal }).catch(() => {
    throw new CancelledError()
  })
}
