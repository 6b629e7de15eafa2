/** A progress line on a timer during long uploads (DESIGN §7): files, bytes and rate. */
import { progressIntervalMs } from '../config.js'
import { formatBytes } from '../report/format.js'

export class Progress {
  private filesDone = 0
  private bytesSent = 0
  private readonly started = Date.now()
  private timer: NodeJS.Timeout | null = null
  private readonly totalFiles: number
  private readonly totalBytes: number
  private readonly print: (line: string) => void

  constructor(
    totalFiles: number,
    totalBytes: number,
    print: (line: string) => void,
    intervalMs: number = progressIntervalMs()
  ) {
    this.totalFiles = totalFiles
    this.totalBytes = totalBytes
    this.print = print
    if (totalFiles > 0) {
      this.timer = setInterval(() => this.print(this.line()), intervalMs)
      this.timer.unref()
    }
  }

  addBytes(bytes: number): void {
    this.bytesSent += bytes
  }

  fileDone(): void {
    this.filesDone++
  }

  line(): string {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001)
    return (
      `Progress: ${this.filesDone}/${this.totalFiles} files, ` +
      `${formatBytes(this.bytesSent)} of ${formatBytes(this.totalBytes)} sent, ` +
      `${formatBytes(this.bytesSent / seconds)}/s`
    )
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
