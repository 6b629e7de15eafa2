/**
 * Errors of the Simvue transport: callers test either the family (`HttpStatusError`) or the
 * precise case.
 */

/**
 * An HTTP answer the caller did not expect; carries what is needed to explain it, and
 * `Retry-After` so the retry loop can honour it.
 */
export class HttpStatusError extends Error {
  readonly status: number
  readonly method: string
  /** URL without query string or credentials: safe to log. */
  readonly url: string
  readonly detail: string
  /** Parsed `Retry-After`, in ms; null when absent or unparsable. */
  readonly retryAfterMs: number | null
  constructor(
    method: string,
    url: string,
    status: number,
    detail: string,
    retryAfterMs: number | null = null
  ) {
    super(`${method} ${url} answered ${status}${detail ? `: ${detail}` : ''}`)
    this.name = 'HttpStatusError'
    this.method = method
    this.url = url
    this.status = status
    this.detail = detail
    this.retryAfterMs = retryAfterMs
  }
}

/**
 * The API refused the token (401). Never retried: it stops the whole step, and there is only
 * one useful thing to say about it.
 */
export class TokenRefusedError extends HttpStatusError {
  constructor(method: string, url: string, apiUrl: string) {
    super(method, url, 401, 'token refused')
    this.name = 'TokenRefusedError'
    this.message =
      `The token was refused by ${apiUrl} (401 Unauthorized). Check the secret passed as ` +
      'SIMVUE_TOKEN or input `token`: it may have expired, been revoked, or belong to another ' +
      'Simvue server.'
  }
}

/** Object storage answered an error; the detail is its S3 XML body's code and message. */
export class StorageError extends HttpStatusError {
  constructor(url: string, status: number, detail: string, retryAfterMs: number | null) {
    super('POST', url, status, detail, retryAfterMs)
    this.name = 'StorageError'
  }
}

/** The upload was cancelled (SIGINT/SIGTERM): never retried. */
export class CancelledError extends Error {
  constructor(message = 'cancelled') {
    super(message)
    this.name = 'CancelledError'
  }
}
