/**
 * Sequential file writer with a high/low water mark: the producer is paused above HIGH
 * queued bytes and resumed below LOW, so network reads and disk writes overlap (a Writable
 * stream only signals 'drain' once its buffer is empty). One writev is in flight at a time.
 */
import { close, open, writev } from 'node:fs'

const HIGH = 8 * 1024 * 1024
const LOW = 2 * 1024 * 1024

export class DiskWriter {
  #fd: number | undefined
  #queue: Buffer[] = []
  #queued = 0
  /** A write (or the open) is in flight. */
  #busy = true
  #ending = false
  #destroyed = false
  #paused = false
  #pause: () => void
  #resume: () => void
  #closed: Promise<void>
  #onClosed: (error?: Error) => void = () => undefined

  /** `pause`/`resume` stop and restart the producer. */
  constructor(path: string, pause: () => void, resume: () => void) {
    this.#pause = pause
    this.#resume = resume
    this.#closed = new Promise((resolve, reject) => {
      this.#onClosed = (error) => (error ? reject(error) : resolve())
    })
    this.#closed.catch(() => undefined)
    open(path, 'w', (error, fd) => {
      this.#busy = false
      if (error) return this.#onClosed(error)
      this.#fd = fd
      this.#next()
    })
  }

  write(data: Buffer): void {
    if (this.#destroyed || this.#ending) return
    this.#queue.push(data)
    this.#queued += data.length
    if (!this.#busy) this.#next()
    if (this.#queued > HIGH && !this.#paused) {
      this.#paused = true
      this.#pause()
    }
  }

  /** Resolves once everything is written and the file is closed. */
  end(): Promise<void> {
    this.#ending = true
    if (!this.#busy) this.#next()
    return this.#closed
  }

  /** Stops writing and closes the file (removing it is the caller's business). */
  destroy(): Promise<void> {
    this.#destroyed = true
    this.#queue = []
    if (!this.#busy) this.#next()
    return this.#closed.catch(() => undefined)
  }

  #closeFile(error?: Error): void {
    const fd = this.#fd
    this.#fd = undefined
    if (fd === undefined) return this.#onClosed(error)
    close(fd, (closeError) => this.#onClosed(error ?? closeError ?? undefined))
  }

  #next(): void {
    if (this.#fd === undefined) return
    if (this.#destroyed) return this.#closeFile(new Error('upload abandoned'))
    if (this.#queue.length === 0) {
      if (this.#ending) this.#closeFile()
      return
    }
    const buffers = this.#queue
    this.#queue = []
    this.#busy = true
    writev(this.#fd, buffers, (error, written) => {
      this.#busy = false
      if (error) {
        this.#destroyed = true
        return this.#closeFile(error)
      }
      const total = buffers.reduce((sum, b) => sum + b.length, 0)
      if (written < total) this.#queue.unshift(...remainder(buffers, written))
      this.#queued -= written
      if (this.#paused && this.#queued < LOW) {
        this.#paused = false
        this.#resume()
      }
      this.#next()
    })
  }
}

function remainder(buffers: Buffer[], written: number): Buffer[] {
  const rest: Buffer[] = []
  let skip = written
  for (const buffer of buffers) {
    if (skip >= buffer.length) {
      skip -= buffer.length
      continue
    }
    rest.push(skip > 0 ? buffer.subarray(skip) : buffer)
    skip = 0
  }
  return rest
}
