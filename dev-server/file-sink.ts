/**
 * Streams an upload's file part to a temporary file while hashing it (SHA-256) and counting
 * its bytes. Disk backpressure and holds (latency/stall faults) pause the request through
 * the callbacks given.
 */
import { type Hash, createHash } from 'node:crypto'
import { rename, unlink } from 'node:fs/promises'
import { DiskWriter } from './disk-writer.ts'

export class EntityTooLarge extends Error {}

export interface SinkResult {
  size: number
  /** Base64 SHA-256 of the bytes written. */
  sha256: string
}

export class FileSink {
  readonly path: string
  readonly maxBytes: number
  size = 0
  #hash: Hash = createHash('sha256')
  #writer: DiskWriter
  #held: Buffer[] | undefined

  constructor(path: string, maxBytes: number, pause: () => void, resume: () => void) {
    this.path = path
    this.maxBytes = maxBytes
    this.#writer = new DiskWriter(path, pause, resume)
  }

  /** Throws EntityTooLarge once more than maxBytes were received. */
  write(data: Buffer): void {
    this.size += data.length
    if (this.size > this.maxBytes) throw new EntityTooLarge()
    this.#hash.update(data)
    if (this.#held) this.#held.push(data)
    else this.#writer.write(data)
  }

  /** Queues data instead of writing it (the caller pauses the request meanwhile). */
  hold(): void {
    this.#held ??= []
  }

  release(): void {
    const held = this.#held ?? []
    this.#held = undefined
    for (const data of held) this.#writer.write(data)
  }

  /** Flushes and closes the file. */
  async finish(): Promise<SinkResult> {
    this.release()
    await this.#writer.end()
    return { size: this.size, sha256: this.#hash.digest('base64') }
  }

  async moveTo(target: string): Promise<void> {
    await rename(this.path, target)
  }

  /** Abandons the upload and removes the temporary file. */
  discard(): void {
    void this.#writer.destroy().then(() => unlink(this.path).catch(() => undefined))
  }
}
