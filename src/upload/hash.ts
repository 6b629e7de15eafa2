/** SHA-256 of a file, streamed with large reads; the size returned is the size hashed. */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { READ_CHUNK_BYTES } from '../config.js'

export interface FileDigest {
  /** Lowercase hex. */
  sha256: string
  /** Bytes read to EOF, which may differ from an earlier stat if the file is being written. */
  size: number
}

/**
 * Reads with two alternating buffers so the next read runs in the thread pool while the
 * current chunk is hashed on the main thread.
 */
export async function sha256File(path: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  const handle = await open(path, 'r')
  try {
    const buffers = [Buffer.allocUnsafe(READ_CHUNK_BYTES), Buffer.allocUnsafe(READ_CHUNK_BYTES)]
    let current = 0
    let size = 0
    let pending = handle.read(buffers[0] as Buffer, 0, READ_CHUNK_BYTES, null)
    for (;;) {
      const { bytesRead, buffer } = await pending
      if (bytesRead === 0) break
      current ^= 1
      pending = handle.read(buffers[current] as Buffer, 0, READ_CHUNK_BYTES, null)
      hash.update(buffer.subarray(0, bytesRead))
      size += bytesRead
    }
    return { sha256: hash.digest('hex'), size }
  } finally {
    await handle.close()
  }
}

export function sha256Buffer(buffer: Buffer): FileDigest {
  return { sha256: createHash('sha256').update(buffer).digest('hex'), size: buffer.length }
}
