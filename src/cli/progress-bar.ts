/**
 * The live progress bar on a terminal (cli-progress): files, bytes, rate and ETA of the
 * upload. Log lines written while it is shown go above it, through the bar, so that neither
 * garbles the other. Only used when the bar's stream is a TTY; plain output gets the core's
 * progress lines instead.
 */
import cliProgress from 'cli-progress'
import type { ExecuteOptions } from '../execute.js'
import { formatBytes } from '../format.js'

/** What the upload reports as it goes. */
type ProgressState = Parameters<NonNullable<ExecuteOptions['onProgress']>>[0]

/** Rate over the last few seconds, so that the ETA follows the current speed. */
const RATE_WINDOW_MS = 5_000

export class ProgressBar {
  private readonly multi: cliProgress.MultiBar
  private bar: cliProgress.SingleBar | null = null
  private samples: { time: number; bytes: number }[] = []

  constructor(stream: NodeJS.WriteStream, color: boolean) {
    this.multi = new cliProgress.MultiBar({
      stream,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      formatBar: color
        ? (progress, options) =>
            `\u001b[36m${cliProgress.Format.BarFormat(progress, options)}\u001b[39m`
        : undefined,
      fps: 8,
      autopadding: true,
      // Files and bytes (the payload), not the library's value/total, and our own rate and ETA.
      format: '{bar} {percentage}% | {files} files | {bytes} | {rate}/s | ETA {left}',
      // Our signal handlers stop the bar; the library must not exit the process.
      gracefulExit: false
    })
  }

  get active(): boolean {
    return this.bar !== null
  }

  update(state: ProgressState): void {
    const { filesDone, totalFiles, bytesSent, totalBytes } = state
    const now = Date.now()
    this.samples.push({ time: now, bytes: bytesSent })
    while (this.samples.length > 2 && now - (this.samples[1]?.time ?? now) > RATE_WINDOW_MS) {
      this.samples.shift()
    }
    const rate = this.rate()
    const left = totalBytes - bytesSent
    const payload = {
      files: `${filesDone}/${totalFiles}`,
      bytes: `${formatBytes(bytesSent)} of ${formatBytes(totalBytes)}`,
      rate: formatBytes(rate),
      left: rate > 0 && left > 0 ? formatDuration(left / rate) : '--'
    }
    // cli-progress shows a total of 0 bytes as complete (100%, a full bar).
    if (!this.bar) this.bar = this.multi.create(totalBytes, bytesSent, payload)
    else this.bar.update(bytesSent, payload)
  }

  /** A line printed above the bar (it must end with a newline). */
  log(line: string): void {
    this.multi.log(line)
    // Shown at once rather than at the next frame, so that errors are never held back.
    this.multi.update()
  }

  stop(): void {
    if (!this.bar) return
    this.multi.update() // flushes lines logged since the last frame
    this.multi.stop()
    this.bar = null
  }

  private rate(): number {
    const first = this.samples[0]
    const last = this.samples[this.samples.length - 1]
    if (!first || !last || last.time <= first.time) return 0
    return ((last.bytes - first.bytes) * 1000) / (last.time - first.time)
  }
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
}
