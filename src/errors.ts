/**
 * Typed errors. Each message says what failed and how to fix it; `name` is set so that
 * logs and tests can tell them apart without `instanceof` across bundle boundaries. Errors
 * that people read keep their message as `Text` (log.ts), so that the values in it are
 * encoded wherever it is shown.
 */
import { asText, joinText, plain, text, type Message, type Text } from './log.js'

/** An error whose message keeps its untrusted values apart (see log.ts). */
export class DisplayError extends Error {
  readonly text: Text
  constructor(message: Message, options?: { cause?: unknown }) {
    super(plain(message), options)
    this.text = asText(message)
  }
}

/** A problem with the step's inputs or environment, found before any request is sent. */
export class InputError extends DisplayError {
  name = 'InputError'
}

/** Problems with the resolved plan (names, collisions, sizes); lists every offender. */
export class PlanError extends DisplayError {
  readonly problems: Message[]
  constructor(summary: Message, problems: Message[]) {
    super(problems.length ? text`${asText(summary)}\n  - ${joinText(problems, '\n  - ')}` : summary)
    this.name = 'PlanError'
    this.problems = problems
  }
}

/** Fails the whole step: server unreachable or too old, token refused, run not found, … */
export class SetupError extends DisplayError {
  name = 'SetupError'
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

/** An error as a message to show: its Text when it has one, else its message as one value. */
export function errorText(error: unknown): Text {
  return error instanceof DisplayError ? error.text : asText(errorMessage(error))
}
