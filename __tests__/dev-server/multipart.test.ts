import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { MultipartError, MultipartParser, boundaryOf } from '../../dev-server/multipart.ts'

interface Part {
  name: string
  filename?: string
  data: Buffer
}

/** Parts with their data as hex: fast to compare. */
function summary(parts: Part[]): { name: string; filename?: string; hex: string }[] {
  return parts.map(({ data, ...rest }) => ({ ...rest, hex: data.toString('hex') }))
}

function parse(boundary: string, chunks: Buffer[]): ReturnType<typeof summary> {
  const parts: Part[] = []
  let current: { name: string; filename?: string; chunks: Buffer[] } | undefined
  const parser = new MultipartParser(boundary, {
    onPartBegin(info) {
      current = { name: info.name, chunks: [] }
      if (info.filename !== undefined) current.filename = info.filename
    },
    onPartData(data) {
      current?.chunks.push(Buffer.from(data))
    },
    onPartEnd() {
      if (!current) return
      const part: Part = { name: current.name, data: Buffer.concat(current.chunks) }
      if (current.filename !== undefined) part.filename = current.filename
      parts.push(part)
    }
  })
  for (const chunk of chunks) parser.write(chunk)
  parser.end()
  return summary(parts)
}

function body(boundary: string, parts: Part[]): Buffer {
  const out: Buffer[] = [Buffer.from('preamble to ignore\r\n')]
  for (const part of parts) {
    const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`
    out.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n`
      ),
      Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
      part.data,
      Buffer.from('\r\n')
    )
  }
  out.push(Buffer.from(`--${boundary}--\r\nepilogue`))
  return Buffer.concat(out)
}

function split(data: Buffer, sizes: () => number): Buffer[] {
  const chunks: Buffer[] = []
  for (let at = 0; at < data.length;) {
    const size = Math.max(1, sizes())
    chunks.push(data.subarray(at, at + size))
    at += size
  }
  return chunks
}

describe('multipart parser', () => {
  const boundary = 'XyZ-boundary-123'
  // Data full of near-delimiters: CRLF, "--", the boundary without its CRLF, a partial one.
  const tricky = Buffer.concat([
    Buffer.from(`\r\n--${boundary.slice(0, 8)}\r\n--\r\n${boundary}\r\n-`),
    randomBytes(5000),
    Buffer.from(`\r\n--${boundary.slice(0, -1)}`)
  ])
  const parts: Part[] = [
    { name: 'key', data: Buffer.from('artifacts/abc') },
    { name: 'empty', data: Buffer.alloc(0) },
    { name: 'file', filename: 'f.bin', data: tricky }
  ]
  const whole = body(boundary, parts)
  const expected = summary(parts)

  it('parses a body given in one chunk', () => {
    expect(parse(boundary, [whole])).toEqual(expected)
  })

  it('parses a body split one byte at a time', () => {
    expect(
      parse(
        boundary,
        split(whole, () => 1)
      )
    ).toEqual(expected)
  })

  it('parses a body split at every possible point into two chunks', () => {
    for (let at = 1; at < whole.length; at += 3) {
      expect(parse(boundary, [whole.subarray(0, at), whole.subarray(at)])).toEqual(expected)
    }
  })

  it('parses random chunkings', () => {
    for (let round = 0; round < 200; round += 1) {
      const chunks = split(whole, () => Math.floor(Math.random() * 90))
      expect(parse(boundary, chunks)).toEqual(expected)
    }
  })

  it('rejects a body without the closing delimiter', () => {
    const cut = whole.subarray(0, whole.indexOf(`--${boundary}--`))
    expect(() => parse(boundary, [cut])).toThrow(MultipartError)
  })

  it('rejects a part without Content-Disposition', () => {
    const bad = Buffer.from(`--${boundary}\r\nX: y\r\n\r\nv\r\n--${boundary}--\r\n`)
    expect(() => parse(boundary, [bad])).toThrow(MultipartError)
  })

  it('handles quoted names and escaped quotes', () => {
    const data = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a \\"b\\".txt"\r\n\r\n` +
        `x\r\n--${boundary}--`
    )
    expect(parse(boundary, [data])).toEqual([{ name: 'file', filename: 'a "b".txt', hex: '78' }])
  })

  it('reads the boundary of a Content-Type', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc')
    expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b')
    expect(boundaryOf('application/json')).toBeUndefined()
    expect(boundaryOf(undefined)).toBeUndefined()
  })

  it('parses 256 MiB of file data quickly without copying it', () => {
    const block = randomBytes(64 * 1024)
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\n`
    )
    let seen = 0
    const parser = new MultipartParser(boundary, {
      onPartBegin() {},
      onPartData(data) {
        seen += data.length
      },
      onPartEnd() {}
    })
    const started = performance.now()
    parser.write(head)
    for (let i = 0; i < 4096; i += 1) parser.write(block)
    parser.write(Buffer.from(`\r\n--${boundary}--\r\n`))
    parser.end()
    const seconds = (performance.now() - started) / 1000
    expect(seen).toBe(4096 * block.length)
    // ~256 MiB: well above 500 MB/s on any recent machine; the bound is loose for shared CI.
    expect(seconds).toBeLessThan(2)
  })
})
