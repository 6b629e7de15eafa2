/**
 * Retries, stall aborts and recreated uploads, at info level, one line each with the file,
 * the reason and the attempt, rate-limited so that a storm prints a count, not thousands of
 * lines: at most LIMIT lines per WINDOW, then "… and N more retries" when the window ends.
 */
import { text, type Logger, type Text } from '../log.js'
import type { RetryNotice } from '../simvue/client.js'

const LIMIT = 10
const WINDOW_MS = 10_000

/** Friendlier words for our own abort codes. */
const REASONS: Record<string, string> = {
  ESTALL: 'no progress for stall-timeout',
  EDEADLINE: 'no answer within the attempt deadline',
  EEARLY: 'answered before the whole body was sent'
}

export class RetryNotices {
  private readonly logger: Logger
  private readonly now: () => number
  private windowStart = -Infinity
  private shown = 0
  private suppressed = 0

  constructor(logger: Logger, now: () => number = Date.now) {
    this.logger = logger
    this.now = now
  }

  /** `results.xml: 503 Service Unavailable from storage; attempt 2/5 in 1.6 s`. */
  retry(file: string, step: string, notice: RetryNotice): void {
    const from = step === 'storage' ? 'storage' : `the API (${step})`
    const reason = REASONS[notice.reason] ?? notice.reason
    const seconds = (notice.waitMs / 1000).toFixed(1)
    this.note(
      text`${file}: ${reason} from ${from}; attempt ${notice.attempt}/${notice.maxAttempts} in ${seconds} s`
    )
  }

  note(line: Text): void {
    const now = this.now()
    if (now - this.windowStart >= WINDOW_MS) this.flush(now)
    if (this.shown < LIMIT) {
      this.shown++
      this.logger.info(line)
    } else {
      this.suppressed++
    }
  }

  /** Ends the window: the count of lines not shown, if any. Call once more at the end. */
  flush(now: number = this.now()): void {
    if (this.suppressed > 0) {
      const n = this.suppressed
      this.logger.info(
        text`… and ${n} more ${n === 1 ? 'retry' : 'retries'} in the last ${Math.round((now - this.windowStart) / 1000)} s`
      )
    }
    this.windowStart = now
    this.shown = 0
    this.suppressed = 0
  }
}
