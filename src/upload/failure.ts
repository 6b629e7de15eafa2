/** One-line explanations of why an entry failed, naming the step, and their cause class. */
import { errorMessage, FileChangedError, NetworkError, SimvueHttpError } from '../errors.js'
import type { PlanEntry } from '../plan/types.js'
import { isCancelled, StorageError } from '../simvue/errors.js'

/** Wraps an error with the pipeline step it came from. */
export class StepError extends Error {
  readonly step: string
  constructor(step: string, cause: unknown) {
    super(`${step} failed: ${errorMessage(cause)}`, { cause })
    this.name = 'StepError'
    this.step = step
  }
}

export function describeFailure(error: unknown, entry: PlanEntry): string {
  const step = error instanceof StepError ? error.step : null
  const cause = error instanceof StepError ? error.cause : error
  return oneLine(explain(cause, step, entry))
}

function explain(cause: unknown, step: string | null, entry: PlanEntry): string {
  if (isCancelled(cause)) return step ? `cancelled during ${step}` : 'cancelled'
  if (cause instanceof FileChangedError) {
    return `changed during upload: ${entry.localPath} was modified after it was hashed (is something still writing it?)`
  }
  const code = (cause as { code?: unknown } | null)?.code
  if (code === 'EACCES' || code === 'EPERM')
    return `permission denied: cannot read ${entry.localPath}`
  if (code === 'ENOENT')
    return `file not found: ${entry.localPath} (deleted after it was collected?)`
  if (code === 'ELOOP' || code === 'EMLINK') {
    return `${entry.localPath} was replaced by a symbolic link since it was planned; not followed`
  }
  const reason =
    cause instanceof StorageError ? `${cause.status} ${cause.detail}`.trim() : errorMessage(cause)
  return step ? `${step} failed: ${reason}` : reason
}

/** Failures that say the server, not this file, is the problem. */
export type CauseClass = 'unavailable' | 'refused'

export function causeClass(error: unknown): CauseClass | null {
  const cause = error instanceof StepError ? error.cause : error
  if (cause instanceof NetworkError) return 'unavailable'
  if (cause instanceof SimvueHttpError) {
    if (cause.status >= 500) return 'unavailable'
    if (cause.status === 401 || cause.status === 403) return 'refused'
  }
  return null
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '; ')
}
