/**
 * The lines people read while an upload runs. A progress line on a timer: files and bytes
 * done of the total with a percentage, the rate over the last interval, and an ETA at that
 * rate. Retries, stall aborts and recreated uploads, at info level, one line each with the
 * file, the reason and the attempt, rate-limited so that a storm prints a count, not
 * thousands of lines: at most LIMIT lines per WINDOW, then "… and N more retries" when the
 * window ends.
 */
import { progressIntervalMs } from '../config.js'
import { text, type Logger, type Text } from '../log.js'
import { formatBytes } from '../format.js'
import type { RetryNotice } from '../simvue/client.js'
import type { UploadProgress } from './types.js'

export class Progress {
  private readonly done: UploadProgress
  private last: { at: number; bytes: number }
  private timer: NodeJS.Timeout | null = null

  constructor(
    totalFiles: number,
    totalBytes: number,
    /** Null when a live display (the command line's bar) shows the state instead. */
    logger: Logger | null,
    intervalMs: number = progressIntervalMs(),
    startedAt: number = Date.now()
  ) {
    this.done = { filesDone: 0, totalFiles, bytesSent: 0, totalBytes }
    this.last = { at: startedAt, bytes: 0 }
    if (totalFiles > 0 && logger) {
      this.timer = setInterval(() => logger.info(this.line()), intervalMs)
      this.timer.unref()
    }
  }

  /** Bytes sent to storage. */
  addBytes(bytes: number): void {
    this.done.bytesSent += bytes
  }

  /** A file finished; bytes it did not send (skipped, stored, failed) count as done too. */
  fileDone(unsent: number): void {
    this.done.filesDone++
    this.done.bytesSent += unsent
  }

  /** The counts, for a live display. */
  state(): UploadProgress {
    return { ...this.done }
  }

  /** `Progress: 120/500 files, 1.2 GiB of 4.0 GiB (30%), 48.0 MiB/s, about 1 min left`. */
  line(now: number = Date.now()): Text {
    const { filesDone, totalFiles, bytesSent, totalBytes } = this.done
    const seconds = Math.max((now - this.last.at) / 1000, 0.001)
    const rate = (bytesSent - this.last.bytes) / seconds
    this.last = { at: now, bytes: bytesSent }
    const percent = totalBytes > 0 ? (100 * bytesSent) / totalBytes : 100
    const eta = rate > 0 ? `, ${formatEta((totalBytes - bytesSent) / rate)}` : ''
    return text`Progress: ${filesDone}/${totalFiles} files, ${formatBytes(bytesSent)} of ${formatBytes(totalBytes)} (${Math.floor(percent)}%), ${formatBytes(rate)}/s${eta}`
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}

export function formatEta(seconds: number): string {
  if (seconds < 1) return 'almost done'
  if (seconds < 90) return `about ${Math.ceil(seconds)} s left`
  if (seconds < 5400) return `about ${Math.round(seconds / 60)} min left`
  return `about ${(seconds / 3600).toFixed(1)} h left`
}

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
