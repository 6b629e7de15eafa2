/**
 * Streams a multipart body into a request with a fixed pair of reused buffers: memory stays
 * flat whatever the file size (a stream would allocate a buffer per chunk and leave the
 * garbage collector to catch up). A file is re-hashed as it is sent; the last chunk is held
 * back until size and hash match, so a changed file never reaches storage complete.
 */
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { READ_CHUNK_BYTES } from '../config.js'
import { FileChangedError } from '../errors.js'

export interface FileSlice {
  path: string
  size: number
  sha256: string
}

/** Resolves once `chunk` was flushed to the socket, so its buffer may be reused. */
export function writeChunk(sink: Writable, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const onClose = (): void => reject(new Error('request closed while sending'))
    sink.once('close', onClose)
    sink.write(chunk, (error) => {
      sink.off('close', onClose)
      if (error) reject(error)
      else resolve()
    })
  })
}

/** Sends exactly `file.size` bytes of the file, verified against `file.sha256`. */
export async function writeFile(
  sink: Writable,
  file: FileSlice,
  count: (bytes: number) => void
): Promise<void> {
  if (file.size === 0) return
  const hash = createHash('sha256')
  const handle = await open(file.path, 'r')
  try {
    const buffers = [Buffer.allocUnsafe(READ_CHUNK_BYTES), Buffer.allocUnsafe(READ_CHUNK_BYTES)]
    let inFlight: Promise<void> = Promise.resolve()
    let position = 0
    for (let turn = 0; position < file.size; turn ^= 1) {
      const buffer = buffers[turn] as Buffer
      const wanted = Math.min(READ_CHUNK_BYTES, file.size - position)
      const { bytesRead } = await handle.read(buffer, 0, wanted, position)
      if (bytesRead === 0) throw new FileChangedError(file.path)
      const chunk = buffer.subarray(0, bytesRead)
      hash.update(chunk)
      position += bytesRead
      if (position === file.size && hash.digest('hex') !== file.sha256) {
        throw new FileChangedError(file.path)
      }
      // The other buffer is free again once its write has been flushed.
      await inFlight
      inFlight = writeChunk(sink, chunk).then(() => count(bytesRead))
      // Awaited on the next turn; until then a failed write must not count as unhandled.
      inFlight.catch(() => undefined)
    }
    await inFlight
  } finally {
    await handle.close()
  }
}
