/**
 * What is read is what was planned: a planned file is opened without blocking (a FIFO
 * swapped in must not hang) and without following a link it was not at planning time,
 * checked to be the same regular file, and exactly its planned size is hashed and sent.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Readable } from 'node:stream'
import { READ_CHUNK_BYTES, SMALL_FILE_BYTES } from '../config.js'
import { FileChangedError } from '../errors.js'
import type { PlanEntry } from '../plan/types.js'
import { bufferSource, type UploadSource } from '../simvue/client.js'
import { sha256Buffer, sha256Stream, verifiedStream, type FileDigest } from './hash.js'

/** The file at the path is not the one planned (now a FIFO, a directory, another file). */
export class NotPlannedFileError extends Error {
  constructor(path: string, why: string) {
    super(`${path} ${why} since it was planned; not read`)
    this.name = 'NotPlannedFileError'
  }
}

// O_NOFOLLOW and O_NONBLOCK do not exist on Windows (0 there: plain open).
const NOFOLLOW = constants.O_NOFOLLOW ?? 0
const NONBLOCK = constants.O_NONBLOCK ?? 0

/** Flags that open the planned file without blocking and without following a new link. */
function openFlags(entry: PlanEntry): number {
  // Identity recorded at planning time: a link that was not one then is not followed.
  const followsLink = entry.ino === undefined || entry.linked === true
  return constants.O_RDONLY | NONBLOCK | (followsLink ? 0 : NOFOLLOW)
}

/** Throws unless the opened file still is the planned one, at least its planned size. */
function checkOpened(entry: PlanEntry, stat: Stats): void {
  if (!stat.isFile()) throw new NotPlannedFileError(entry.localPath, `is ${kindOf(stat)} now`)
  if (entry.ino !== undefined && (stat.dev !== entry.dev || stat.ino !== entry.ino)) {
    throw new NotPlannedFileError(entry.localPath, 'was replaced by another file')
  }
  if (stat.size < entry.size) throw new FileChangedError(entry.localPath)
}

/** Opens the planned file and checks it still is that file, at least its planned size. */
export async function openPlanned(entry: PlanEntry): Promise<FileHandle> {
  const handle = await open(entry.localPath, openFlags(entry))
  try {
    checkOpened(entry, await handle.stat())
    return handle
  } catch (error) {
    await handle.close()
    throw error
  }
}

/**
 * A small file's planned bytes, read synchronously: safe on the main thread because the open
 * does not block and nothing is read before the handle is known to be the planned regular
 * file; and for a few KiB four thread-pool round trips cost more than the read (measured:
 * 0.34 ms a file on the main thread, about a quarter of a small file's upload time).
 */
function readSmall(entry: PlanEntry): Buffer {
  const fd = openSync(entry.localPath, openFlags(entry))
  try {
    checkOpened(entry, fstatSync(fd))
    const content = Buffer.allocUnsafe(entry.size)
    for (let read = 0; read < entry.size;) {
      const bytesRead = readSync(fd, content, read, entry.size - read, read)
      if (bytesRead === 0) throw new FileChangedError(entry.localPath)
      read += bytesRead
    }
    return content
  } finally {
    closeSync(fd)
  }
}

function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }) {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isSocket()) return 'a socket'
  return 'a special file'
}

export interface EntryBytes {
  digest: FileDigest
  /** The bytes themselves for objects and small files, which are sent from memory. */
  content: Buffer | null
}

/**
 * Small files are read once: hashed and sent from the same bytes, so they cannot change in
 * between. Larger files are hashed here (exactly the planned size: a file still being written
 * is its first `size` bytes) and streamed, re-checked, on every attempt.
 */
export async function readEntry(entry: PlanEntry): Promise<EntryBytes> {
  if (entry.kind === 'object') {
    const content = entry.content ?? Buffer.alloc(0)
    return { digest: sha256Buffer(content), content }
  }
  if (entry.size <= SMALL_FILE_BYTES) {
    const content = readSmall(entry)
    return { digest: sha256Buffer(content), content }
  }
  const handle = await openPlanned(entry)
  const digest = await sha256Stream(slice(handle, entry.size))
  if (digest.size !== entry.size) throw new FileChangedError(entry.localPath)
  return { digest, content: null }
}

/**
 * The first `size` bytes, closing the handle when done (or destroyed). Only files larger
 * than SMALL_FILE_BYTES are streamed, so `size` is never 0 (an empty range cannot be read).
 */
function slice(handle: FileHandle, size: number): Readable {
  return handle.createReadStream({ start: 0, end: size - 1, highWaterMark: READ_CHUNK_BYTES })
}

export function uploadSource(entry: PlanEntry, bytes: EntryBytes): UploadSource {
  const filename = entry.kind === 'file' ? basename(entry.localPath) : 'file'
  if (bytes.content) return bufferSource(bytes.content, filename)
  const { digest } = bytes
  return {
    size: digest.size,
    filename,
    // Reopened and re-checked on every attempt.
    open: async () =>
      verifiedStream(slice(await openPlanned(entry), digest.size), digest, entry.localPath)
  }
}
