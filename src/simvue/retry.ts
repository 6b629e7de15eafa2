/**
 * Our retry policy (DESIGN §6), for API and storage requests alike. The classification is pure
 * so it can be tested from a table; `withRetry` only adds the loop, the waits and the bounds.
 */
import { RETRY_FACTOR, RETRY_MAX_DELAY_MS, RETRY_TOTAL_MS, retryBaseMs } from '../config.js'
import { errorMessage, NetworkError, SimvueHttpError } from '../errors.js'
import { HttpStatusError } from './errors.js'

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/** Socket-level failures worth another attempt; ESTALL is our own stall-watchdog abort. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESTALL',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN'
])

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status)
}

export function isRetryableNetworkCode(code: string): boolean {
  return RETRYABLE_CODES.has(code)
}

export interface RetryDecision {
  retry: boolean
  /** Server-imposed wait (Retry-After), already parsed. */
  retryAfterMs: number | null
  /** Short reason for the debug line. */
  reason: string
}

export function classifyError(error: unknown): RetryDecision {
  if (error instanceof NetworkError) {
    return { retry: isRetryableNetworkCode(error.code), retryAfterMs: null, reason: error.code }
  }
  if (error instanceof SimvueHttpError) {
    const retryAfterMs = error instanceof HttpStatusError ? error.retryAfterMs : null
    return { retry: isRetryableStatus(error.status), retryAfterMs, reason: `HTTP ${error.status}` }
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

export interface RetryOptions {
  maxAttempts: number
  /** "METHOD url-without-query", for the debug lines. */
  describe: string
  totalMs?: number
  baseMs?: number
  debug: (line: string) => void
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  now?: () => number
}

/**
 * Runs `operation` until it succeeds, fails with a non-retryable error, runs out of attempts, or
 * the next wait would pass the total time bound. The last error is rethrown.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)))
  const debug = options.debug
  const totalMs = options.totalMs ?? RETRY_TOTAL_MS
  const baseMs = options.baseMs ?? retryBaseMs()
  const started = now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      const decision = classifyError(error)
      if (!decision.retry || attempt >= options.maxAttempts) throw error
      const wait = backoffDelay(attempt, {
        baseMs,
        random: options.random ?? Math.random,
        retryAfterMs: decision.retryAfterMs
      })
      if (now() - started + wait > totalMs) throw error
      debug(
        `${options.describe}: ${decision.reason}; attempt ${attempt + 1}/${options.maxAttempts} ` +
          `in ${wait} ms`
      )
      await sleep(wait)
    }
  }
}
