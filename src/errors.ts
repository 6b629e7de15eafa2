/**
 * Typed errors. Each message says what failed and how to fix it; `name` is set so that
 * logs and tests can tell them apart without `instanceof` across bundle boundaries.
 */

/** A problem with the step's inputs or environment, found before any request is sent. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** Problems with the resolved plan (names, collisions, sizes); lists every offender. */
export class PlanError extends Error {
  readonly problems: string[]
  constructor(summary: string, problems: string[]) {
    super(problems.length ? `${summary}\n${problems.map((p) => `  - ${p}`).join('\n')}` : summary)
    this.name = 'PlanError'
    this.problems = problems
  }
}

/** Fails the whole step: server unreachable or too old, token refused, run not found, … */
export class SetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SetupError'
  }
}

/** An HTTP answer the caller did not expect; carries what is needed to explain it. */
export class SimvueHttpError extends Error {
  readonly status: number
  readonly method: string
  /** URL without query string or credentials: safe to log. */
  readonly url: string
  readonly detail: string
  constructor(method: string, url: string, status: number, detail: string) {
    super(`${method} ${url} answered ${status}${detail ? `: ${detail}` : ''}`)
    this.name = 'SimvueHttpError'
    this.method = method
    this.url = url
    this.status = status
    this.detail = detail
  }
}

/** A socket-level failure (reset, timeout, stall, refused) after retries were exhausted. */
export class NetworkError extends Error {
  readonly code: string
  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'NetworkError'
    this.code = code
  }
}

/** The file's bytes changed between hashing and upload (e.g. a log still being written). */
export class FileChangedError extends Error {
  constructor(path: string) {
    super(`${path} changed during upload (size or SHA-256 differ from when it was hashed)`)
    this.name = 'FileChangedError'
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
