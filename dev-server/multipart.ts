/**
 * Streaming multipart/form-data parser. Part bodies are handed out as slices of the incoming
 * chunks (never copied, never accumulated); between chunks only a tail shorter than the
 * delimiter is kept, so a delimiter split across chunks is still found.
 */

export interface PartInfo {
  name: string
  filename?: string
  contentType?: string
}

export interface MultipartHandlers {
  onPartBegin(part: PartInfo): void
  onPartData(data: Buffer): void
  onPartEnd(): void
}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')
const MAX_HEADER_BYTES = 16 * 1024

const Phase = { preamble: 0, afterDelimiter: 1, headers: 2, body: 3, epilogue: 4 } as const
type State = (typeof Phase)[keyof typeof Phase]

export class MultipartError extends Error {}

/** The boundary of a `multipart/form-data` Content-Type, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return undefined
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType)
  return match ? (match[1] ?? match[2]) : undefined
}

export class MultipartParser {
  readonly #handlers: MultipartHandlers
  /** `\r\n--boundary`: the body of the first delimiter is preceded by a virtual CRLF. */
  readonly #delimiter: Buffer
  #state: State = Phase.preamble
  #pending: Buffer = CRLF
  #inPart = false

  constructor(boundary: string, handlers: MultipartHandlers) {
    this.#handlers = handlers
    this.#delimiter = Buffer.from(`\r\n--${boundary}`)
  }

  /** True once the closing delimiter has been seen. */
  get done(): boolean {
    return this.#state === Phase.epilogue
  }

  write(chunk: Buffer): void {
    if (this.#state === Phase.epilogue) return
    if (this.#pending.length === 0) return this.#parse(chunk, 0)
    if (this.#state === Phase.body && chunk.length >= this.#delimiter.length) {
      return this.#parse(chunk, this.#joinBody(chunk))
    }
    const data = Buffer.concat([this.#pending, chunk])
    this.#pending = Buffer.alloc(0)
    this.#parse(data, 0)
  }

  /** Call at the end of the body: throws unless the closing delimiter was seen. */
  end(): void {
    if (this.#state !== Phase.epilogue) throw new MultipartError('unexpected end of form data')
  }

  /**
   * In a part body with a short tail pending: looks for a delimiter starting inside the tail
   * using only a small join, so the (large) chunk is never copied. Returns where to resume.
   */
  #joinBody(chunk: Buffer): number {
    const tail = this.#pending
    this.#pending = Buffer.alloc(0)
    const join = Buffer.concat([tail, chunk.subarray(0, this.#delimiter.length - 1)])
    const at = join.indexOf(this.#delimiter)
    if (at < 0 || at >= tail.length) {
      this.#emit(tail, 0, tail.length)
      return 0
    }
    this.#emit(tail, 0, at)
    this.#endPart()
    this.#state = Phase.afterDelimiter
    return at + this.#delimiter.length - tail.length
  }

  #emit(data: Buffer, start: number, end: number): void {
    if (end > start && this.#state === Phase.body)
      this.#handlers.onPartData(data.subarray(start, end))
  }

  #endPart(): void {
    if (this.#inPart) this.#handlers.onPartEnd()
    this.#inPart = false
  }

  #keep(data: Buffer, from: number): void {
    this.#pending = Buffer.from(data.subarray(from))
  }

  #parse(data: Buffer, start: number): void {
    let pos = start
    while (pos <= data.length) {
      switch (this.#state) {
        case Phase.preamble:
        case Phase.body: {
          const at = data.indexOf(this.#delimiter, pos)
          if (at < 0) {
            const safe = Math.max(pos, data.length - this.#delimiter.length + 1)
            this.#emit(data, pos, safe)
            return this.#keep(data, safe)
          }
          this.#emit(data, pos, at)
          this.#endPart()
          this.#state = Phase.afterDelimiter
          pos = at + this.#delimiter.length
          break
        }
        case Phase.afterDelimiter: {
          if (data.length - pos < 2) return this.#keep(data, pos)
          if (data[pos] === 0x2d && data[pos + 1] === 0x2d) {
            this.#state = Phase.epilogue
            return
          }
          if (data[pos] !== 0x0d || data[pos + 1] !== 0x0a) {
            throw new MultipartError('malformed delimiter line')
          }
          // Keep the CRLF: an empty header block is then "\r\n\r\n" like any other.
          this.#state = Phase.headers
          break
        }
        case Phase.headers: {
          const at = data.indexOf(HEADER_END, pos)
          if (at < 0) {
            if (data.length - pos > MAX_HEADER_BYTES)
              throw new MultipartError('part headers too large')
            return this.#keep(data, pos)
          }
          this.#beginPart(data.toString('utf8', pos + 2, at))
          this.#state = Phase.body
          pos = at + HEADER_END.length
          break
        }
        default:
          return
      }
    }
  }

  #beginPart(block: string): void {
    const info: PartInfo = { name: '' }
    let disposition = false
    for (const line of block.split('\r\n')) {
      if (line === '') continue
      const colon = line.indexOf(':')
      if (colon < 0) throw new MultipartError('malformed part header')
      const name = line.slice(0, colon).trim().toLowerCase()
      const value = line.slice(colon + 1).trim()
      if (name === 'content-type') info.contentType = value
      if (name !== 'content-disposition') continue
      if (!/^form-data\s*(;|$)/i.test(value)) throw new MultipartError('not a form-data part')
      disposition = true
      const fieldName = param(value, 'name')
      const filename = param(value, 'filename')
      if (fieldName === undefined) throw new MultipartError('part without a name')
      info.name = fieldName
      if (filename !== undefined) info.filename = filename
    }
    if (!disposition) throw new MultipartError('part without Content-Disposition')
    this.#inPart = true
    this.#handlers.onPartBegin(info)
  }
}

function param(header: string, name: string): string | undefined {
  const re = new RegExp(`;\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i')
  const match = re.exec(header)
  if (!match) return undefined
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]
}
