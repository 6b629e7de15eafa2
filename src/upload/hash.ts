/** SHA-256 of buffers and streams, and a stream that must match a digest it was given. */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { FileChangedError } from '../errors.js'

export interface FileDigest {
  /** Lowercase hex. */
  sha256: string
  /** Bytes hashed. */
  size: number
}

export function sha256Buffer(buffer: Buffer): FileDigest {
  return { sha256: createHash('sha256').update(buffer).digest('hex'), size: buffer.length }
}

export async function sha256Stream(stream: Readable): Promise<FileDigest> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk)
    size += chunk.length
  }
  return { sha256: hash.digest('hex'), size }
}

/**
 * Passes `stream` on, hashing it; the last chunk is held back until size and digest are
 * checked, so content of `path` that changed since it was hashed never reaches storage
 * complete.
 */
export function verifiedStream(stream: Readable, expected: FileDigest, path: string): Readable {
  async function* verify(): AsyncGenerator<Buffer> {
    const hash = createHash('sha256')
    let seen = 0
    let held: Buffer | null = null
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (held) yield held
      hash.update(chunk)
      seen += chunk.length
      held = chunk
    }
    if (seen !== expected.size || hash.digest('hex') !== expected.sha256) {
      throw new FileChangedError(path)
    }
    if (held) yield held
  }
  const out = Readable.from(verify())
  // Destroyed before it was read (an attempt that failed early): the file is closed too.
  out.once('close', () => stream.destroy())
  return out
}
