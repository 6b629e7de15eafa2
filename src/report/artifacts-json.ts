/**
 * The `artifacts` JSON (DESIGN §2) written straight into UTF-8 bytes, entry by entry, with
 * each entry's byte range kept: the full array (tens of MB for large plans, written to
 * `artifacts-file` as it is) and the shortened output are cut from the same bytes, without
 * a result object per entry or a second serialisation. Byte for byte what
 * `JSON.stringify` gives for an `ArtifactResult` array (keys in the interface's order).
 */
import type { ArtifactResult } from '../upload/types.js'

const CHAR_QUOTE = 0x22
const CHAR_BACKSLASH = 0x5c
const CHAR_COMMA = 0x2c

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0))
}

const KEY_NAME = ascii('{"name":')
const KEY_PATH = ascii(',"path":')
const KEY_ID = ascii(',"id":')
const KEY_SIZE = ascii(',"size":')
const KEY_SHA256 = ascii(',"sha256":')
const KEY_MIME_TYPE = ascii(',"mimeType":')
const KEY_CATEGORY = ascii(',"category":')
const KEY_STATUS = ascii(',"status":')
const KEY_ERROR = ascii(',"error":')
const NULL = ascii('null')
const ID_NULL_SIZE = ascii(',"id":null,"size":')
/** Distinct MIME types, categories and statuses whose JSON is kept (a bound, not a guess). */
const MAX_REPEATED = 1000
/** Bytes of one entry besides its values: keys, punctuation, nulls, quotes. */
const FIXED_BYTES = 160

function fragment(bytes: Buffer, start: number, text: Uint8Array): number {
  let at = start
  for (let i = 0; i < text.length; i++) bytes[at++] = text[i]
  return at
}

/** Printable ASCII that a JSON string holds as it is (not `"` or `\\`). */
const PLAIN = new Uint8Array(128)
for (let code = 0x20; code < 0x7f; code++) PLAIN[code] = 1
PLAIN[CHAR_QUOTE] = 0
PLAIN[CHAR_BACKSLASH] = 0

/** A JSON string at `start`: printable ASCII is copied as is, anything else through JSON. */
function jsonString(bytes: Buffer, start: number, value: string): number {
  let at = start
  bytes[at++] = CHAR_QUOTE
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code > 0x7e || PLAIN[code] === 0) {
      return start + bytes.write(JSON.stringify(value), start, 'utf8')
    }
    bytes[at++] = code
  }
  bytes[at++] = CHAR_QUOTE
  return at
}

/** A size as JSON at `start`: digits written directly for whole numbers (no string made). */
function jsonNumber(bytes: Buffer, start: number, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    const text = Number.isFinite(value) ? String(value) : 'null'
    return start + bytes.write(text, start, 'latin1')
  }
  let digits = 1
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++
  let rest = value
  for (let at = start + digits - 1; at >= start; at--) {
    bytes[at] = 0x30 + (rest % 10)
    rest = Math.floor(rest / 10)
  }
  return start + digits
}

export class ArtifactsJson {
  private bytes: Buffer
  private length = 1
  /** End (exclusive) of entry i; it starts one byte after the end of entry i - 1. */
  private ends: Float64Array
  private entries = 0
  private failedIndexes: number[] = []
  private readonly repeated = new Map<string, Uint8Array>()
  private readonly tails = new Map<string, Uint8Array>()
  private lastTail: {
    mimeType: string
    category: string
    status: string
    bytes: Uint8Array
  } | null = null

  constructor(expectedEntries = 0) {
    this.bytes = Buffer.allocUnsafe(Math.max(4096, expectedEntries * 192))
    this.bytes[0] = 0x5b // [
    this.ends = new Float64Array(Math.max(16, expectedEntries))
  }

  get count(): number {
    return this.entries
  }

  addResult(result: ArtifactResult): void {
    this.add(
      result.name,
      result.path,
      result.id,
      result.size,
      result.sha256,
      result.mimeType,
      result.category,
      result.status,
      result.error
    )
  }

  add(
    name: string,
    path: string,
    id: string | null,
    size: number,
    sha256: string | null,
    mimeType: string,
    category: string,
    status: ArtifactResult['status'],
    error: string | null
  ): void {
    // Worst case of JSON.stringify: `\uXXXX` (6 bytes) per code unit, plus the quotes; a
    // number takes at most 24 bytes.
    let chars = name.length + path.length + mimeType.length + category.length + status.length
    chars += (id?.length ?? 0) + (sha256?.length ?? 0) + (error?.length ?? 0)
    this.reserve(FIXED_BYTES + 24 + chars * 6)
    const bytes = this.bytes
    let at = this.length
    if (this.entries > 0) bytes[at++] = CHAR_COMMA
    at = fragment(bytes, at, KEY_NAME)
    at = jsonString(bytes, at, name)
    at = fragment(bytes, at, KEY_PATH)
    at = jsonString(bytes, at, path)
    if (id === null) at = fragment(bytes, at, ID_NULL_SIZE)
    else {
      at = fragment(bytes, at, KEY_ID)
      at = jsonString(bytes, at, id)
      at = fragment(bytes, at, KEY_SIZE)
    }
    at = jsonNumber(bytes, at, size)
    if (sha256 === null && error === null) {
      // The usual case (every dry-run entry): the rest is one of a few byte strings.
      const tail = this.tail(mimeType, category, status)
      bytes.set(tail, at)
      at += tail.length
    } else {
      at = fragment(bytes, at, KEY_SHA256)
      at = sha256 === null ? fragment(bytes, at, NULL) : jsonString(bytes, at, sha256)
      at = fragment(bytes, at, KEY_MIME_TYPE)
      at = fragment(bytes, at, this.encoded(mimeType))
      at = fragment(bytes, at, KEY_CATEGORY)
      at = fragment(bytes, at, this.encoded(category))
      at = fragment(bytes, at, KEY_STATUS)
      at = fragment(bytes, at, this.encoded(status))
      at = fragment(bytes, at, KEY_ERROR)
      at = error === null ? fragment(bytes, at, NULL) : jsonString(bytes, at, error)
      bytes[at++] = 0x7d // }
    }
    this.length = at
    if (status === 'failed') this.failedIndexes.push(this.entries)
    if (this.entries === this.ends.length) {
      const grown = new Float64Array(this.ends.length * 2)
      grown.set(this.ends)
      this.ends = grown
    }
    this.ends[this.entries++] = at
  }

  /** `,"sha256":null,"mimeType":…,"category":…,"status":…,"error":null}`, built once. */
  private tail(mimeType: string, category: string, status: string): Uint8Array {
    const last = this.lastTail
    if (
      last &&
      last.mimeType === mimeType &&
      last.category === category &&
      last.status === status
    ) {
      return last.bytes
    }
    const key = `${mimeType}\0${category}\0${status}`
    let bytes = this.tails.get(key)
    if (bytes === undefined) {
      const text =
        `,"sha256":null,"mimeType":${JSON.stringify(mimeType)},"category":` +
        `${JSON.stringify(category)},"status":${JSON.stringify(status)},"error":null}`
      bytes = Buffer.from(text, 'utf8')
      if (this.tails.size < MAX_REPEATED) this.tails.set(key, bytes)
    }
    this.lastTail = { mimeType, category, status, bytes }
    return bytes
  }

  /** JSON of a value from a small set (MIME types, categories, statuses), encoded once. */
  private encoded(value: string): Uint8Array {
    let bytes = this.repeated.get(value)
    if (bytes === undefined) {
      const json = JSON.stringify(value)
      bytes = Buffer.from(json, 'utf8')
      if (this.repeated.size < MAX_REPEATED) this.repeated.set(value, bytes)
    }
    return bytes
  }

  /** Bytes from `start` to the end of the entries so far (a view; they never change). */
  bytesFrom(start: number): Uint8Array {
    return this.bytes.subarray(start, this.length)
  }

  /** The whole array, `[` … `]` (a view of the internal buffer: use before adding more). */
  all(): Buffer {
    this.reserve(1)
    this.bytes[this.length] = 0x5d // ]
    return this.bytes.subarray(0, this.length + 1)
  }

  /** Bytes of `all()`. */
  get byteLength(): number {
    return this.length + 1
  }

  /**
   * Every failed entry, then as many others as fit within `maxBytes` in order (a failed
   * entry that does not fit is left out, the others stop at the first that does not fit).
   */
  shortened(maxBytes: number): { json: string; kept: number } {
    const kept: number[] = []
    let bytes = 1
    const consider = (index: number, failed: boolean): boolean => {
      const size = this.entryEnd(index) - this.entryStart(index) + 1
      if (bytes + size > maxBytes) return failed
      kept.push(index)
      bytes += size
      return true
    }
    for (const index of this.failedIndexes) consider(index, true)
    const failed = new Set(this.failedIndexes)
    for (let index = 0; index < this.entries; index++) {
      if (!failed.has(index) && !consider(index, false)) break
    }
    return { json: this.join(kept), kept: kept.length }
  }

  private entryStart(index: number): number {
    return index === 0 ? 1 : this.ends[index - 1] + 1
  }

  private entryEnd(index: number): number {
    return this.ends[index]
  }

  /** `[` + the entries at these indexes, comma-separated + `]`. */
  private join(indexes: number[]): string {
    if (indexes.length === 0) return '[]'
    const contiguous = indexes.every((index, i) => index === i)
    if (contiguous) {
      return this.bytes.toString('utf8', 0, this.entryEnd(indexes.length - 1)) + ']'
    }
    const parts = indexes.map((index) =>
      this.bytes.toString('utf8', this.entryStart(index), this.entryEnd(index))
    )
    return `[${parts.join(',')}]`
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + extra))
    this.bytes.copy(grown, 0, 0, this.length)
    this.bytes = grown
  }
}
