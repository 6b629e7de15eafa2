/**
 * JSON requests to the Simvue API: the bearer token (API origin only, asserted), timeouts,
 * retries, and errors that name the request and quote the server's `detail`.
 */
import { API_TIMEOUT_MS } from '../config.js'
import { HttpStatusError, TokenRefusedError } from './errors.js'
import { formatDetail, shorten } from './detail.js'
import { parseRetryAfter, withRetry, type RetryNotice } from './retry.js'
import type { Transport, TransportResponse } from './transport.js'
import { joinUrl, redactUrl } from './url.js'

/** Run and artifact listings can be large; anything beyond this is not a Simvue answer. */
const MAX_API_RESPONSE_BYTES = 64 * 2 ** 20

/** What a caller may add to any client call: its own cancel and retry listener. */
export interface CallOptions {
  signal?: AbortSignal
  /** Told before each retry (the caller knows which file it is for). */
  onRetry?: (notice: RetryNotice, what: string) => void
}

export interface ApiCall extends CallOptions {
  method: 'GET' | 'POST' | 'PUT'
  /** Path segments below the API URL, each URL-encoded. */
  path: string[]
  query?: Record<string, string>
  /** Serialised as JSON. */
  body?: unknown
  /** Statuses that count as success (the body must then be JSON). Default [200]. */
  accept?: number[]
  /** A tighter cap on the answer than MAX_API_RESPONSE_BYTES. */
  maxResponseBytes?: number
}

export interface ApiAnswer {
  status: number
  json: unknown
  method: string
  /** Without query string: safe to show. */
  url: string
}

/** `signal` and `onRetry` here apply to every call that does not bring its own. */
export interface ApiOptions extends CallOptions {
  /** Normalised, ending in /api (see url.ts). */
  apiUrl: string
  token: string
  maxAttempts: number
  transport: Transport
  /** API request timeout; API_TIMEOUT_MS unless a test shortens it. */
  apiTimeoutMs?: number
}

interface Target {
  url: URL
  /** Without the query string: safe to show. */
  safe: string
}

/** Simvue ids (and our own path words): letters, digits, `-` and `_`. */
export const PATH_SEGMENT = /^[A-Za-z0-9_-]+$/

export class ApiClient {
  readonly apiUrl: string
  private readonly origin: string
  private readonly options: ApiOptions

  constructor(options: ApiOptions) {
    this.options = options
    this.apiUrl = options.apiUrl
    this.origin = new URL(options.apiUrl).origin
  }

  /** The call with the retry policy applied. */
  request(call: ApiCall): Promise<ApiAnswer> {
    const target = this.target(call)
    return this.retry(`${call.method} ${target.safe}`, () => this.send(call, target), call)
  }

  /** `operation` under the retry policy; each retry is told to the call's or the client's listener. */
  retry<T>(what: string, operation: (attempt: number) => Promise<T>, call: CallOptions = {}) {
    const onRetry = call.onRetry ?? this.options.onRetry
    return withRetry(operation, {
      maxAttempts: this.options.maxAttempts,
      signal: call.signal ?? this.options.signal,
      onRetry: onRetry && ((notice) => onRetry(notice, what))
    })
  }

  /** One attempt; throws TokenRefusedError on 401 and HttpStatusError on other statuses. */
  attempt(call: ApiCall): Promise<ApiAnswer> {
    return this.send(call, this.target(call))
  }

  private async send(call: ApiCall, { url, safe }: Target): Promise<ApiAnswer> {
    // The token must never leave the API origin (scheme, host and port), whatever built the URL.
    if (url.origin !== this.origin) {
      throw new Error(`refusing to send the Simvue token to ${url.origin} (API is ${this.origin})`)
    }
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${this.options.token}`
    }
    let body: Buffer | undefined
    if (call.body !== undefined) {
      body = Buffer.from(JSON.stringify(call.body), 'utf8')
      headers['Content-Type'] = 'application/json'
    }
    const timeoutMs = this.options.apiTimeoutMs ?? API_TIMEOUT_MS
    const response = await this.options.transport.send({
      method: call.method,
      url,
      headers,
      body,
      idleTimeoutMs: timeoutMs,
      idleCode: 'ETIMEDOUT',
      deadlineMs: timeoutMs,
      signal: call.signal ?? this.options.signal,
      maxResponseBytes: call.maxResponseBytes ?? MAX_API_RESPONSE_BYTES
    })
    return this.interpret(call, url, safe, response)
  }

  private interpret(call: ApiCall, url: URL, safe: string, response: TransportResponse): ApiAnswer {
    const { status } = response
    if (status === 401) throw new TokenRefusedError(call.method, safe, this.apiUrl)
    if (status >= 300 && status < 400) {
      const location = response.headers.location
      const target = location ? redactUrl(location, url) : '(no Location header)'
      throw new HttpStatusError(
        call.method,
        safe,
        status,
        `redirect to ${target} not followed; check server-url (scheme, host and path)`
      )
    }
    if (!(call.accept ?? [200]).includes(status)) {
      const retryAfter = parseRetryAfter(response.headers['retry-after'])
      throw new HttpStatusError(call.method, safe, status, formatDetail(response.body), retryAfter)
    }
    const text = response.body.toString('utf8')
    try {
      return { status, json: JSON.parse(text) as unknown, method: call.method, url: safe }
    } catch {
      const got = text.trim() ? `"${shorten(text, 120)}"` : 'an empty body'
      throw new HttpStatusError(call.method, safe, status, `expected a JSON answer, got ${got}`)
    }
  }

  /** The call's URL, built once per call (not per attempt), and its loggable form. */
  private target(call: ApiCall): Target {
    // Ids come from the server: `..` or `a/b` must never turn into another endpoint.
    for (const segment of call.path) {
      if (!PATH_SEGMENT.test(segment)) {
        throw new Error(
          `refusing ${JSON.stringify(segment)} as part of an API path: Simvue ids are ` +
            'letters, digits, - and _'
        )
      }
    }
    const safe = joinUrl(this.apiUrl, ...call.path)
    const url = new URL(safe)
    for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value)
    return { url, safe }
  }
}

/** The answer is not what the contract promises (e.g. no `id`): an error naming the request. */
export function badAnswer(answer: ApiAnswer, what: string): HttpStatusError {
  return new HttpStatusError(answer.method, answer.url, answer.status, what)
}

export function hasStatus(error: unknown, status: number): boolean {
  return error instanceof HttpStatusError && error.status === status
}
