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
  private state: ProgressState = { filesDone: 0, totalFiles: 0, bytesSent: 0, totalBytes: 0 }
  private samples: { time: number; bytes: number }[] = []
  private readonly color: boolean

  constructor(stream: NodeJS.WriteStream, color: boolean) {
    this.color = color
    this.multi = new cliProgress.MultiBar({
      stream,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
      fps: 8,
      // Files and bytes, not the library's value/total, and our own rate and ETA.
      format: () => this.line(),
      // Our signal handlers stop the bar; the library must not exit the process.
      gracefulExit: false
    })
  }

  get active(): boolean {
    return this.bar !== null
  }

  update(state: ProgressState): void {
    this.state = state
    const now = Date.now()
    this.samples.push({ time: now, bytes: state.bytesSent })
    while (this.samples.length > 2 && now - (this.samples[1]?.time ?? now) > RATE_WINDOW_MS) {
      this.samples.shift()
    }
    if (!this.bar) this.bar = this.multi.create(Math.max(state.totalBytes, 1), 0)
    this.bar.update(Math.min(state.bytesSent, Math.max(state.totalBytes, 1)))
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

  private line(): string {
    const { filesDone, totalFiles, bytesSent, totalBytes } = this.state
    const fraction = totalBytes > 0 ? Math.min(bytesSent / totalBytes, 1) : 1
    const width = 24
    const filled = Math.round(fraction * width)
    let bar = '█'.repeat(filled) + '░'.repeat(width - filled)
    if (this.color) bar = `\u001b[36m${bar}\u001b[39m`
    const rate = this.rate()
    const left = totalBytes - bytesSent
    const eta = rate > 0 && left > 0 ? formatDuration(left / rate) : '--'
    const percent = `${Math.floor(fraction * 100)}`.padStart(3)
    return (
      `${bar} ${percent}% | ${filesDone}/${totalFiles} files | ` +
      `${formatBytes(bytesSent)} of ${formatBytes(totalBytes)} | ` +
      `${formatBytes(rate)}/s | ETA ${eta}`
    )
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
