/** Reads the first (or last) bytes of a planned file, for the few checks that look inside. */
import { closeSync, constants, openSync, readSync } from 'node:fs'

/** `O_NONBLOCK` where the platform has it: a FIFO swapped in for a planned file never hangs. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Up to `length` bytes from `position`, or null when the
 * file cannot be read; the upload reports that failure by name later.
 */
export function readBytes(path: string, length: number, position = 0): Buffer | null {
  let fd: number
  try {
    fd = openSync(path, READ_FLAGS)
  } catch {
    return null
  }
  try {
    const buffer = Buffer.alloc(length)
    let filled = 0
    while (filled < length) {
      const read = readSync(fd, buffer, filled, length - filled, position + filled)
      if (read === 0) break
      filled += read
    }
    return filled === length ? buffer : buffer.subarray(0, filled)
  } catch {
    return null
  } finally {
    closeSync(fd)
  }
}

/**
 * The bytes as text by the rule of docs/design.md ("MIME types"): valid UTF-8 (strictly, as
 * Python's `bytes.decode('utf-8')`) without NUL bytes, else null. `cut` says the bytes are a
 * prefix of a longer file, so a multi-byte character cut at the end still counts as valid.
 */
export function textOf(bytes: Uint8Array, cut = false): string | null {
  if (bytes.includes(0)) return null
  try {
    // A new decoder per call: in stream mode it keeps the cut character's bytes as state.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, {
      stream: cut
    })
  } catch {
    return null
  }
}
