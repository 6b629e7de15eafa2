import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { SetupError } from '../../src/errors.js'
import { formatDetail, parseS3Error } from '../../src/simvue/detail.js'
import { multipartFrame } from '../../src/simvue/multipart.js'
import { checkServerVersion, parseVersion } from '../../src/simvue/client.js'
import { MultipartParser, type PartInfo } from '../../dev-server/multipart.ts'

/** The dev server's own streaming parser, collecting every part. */
function parseMultipart(body: Buffer, contentType: string) {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1] ?? ''
  const parts: (PartInfo & { data: Buffer })[] = []
  const parser = new MultipartParser(boundary, {
    onPartBegin: (part) => parts.push({ ...part, data: Buffer.alloc(0) }),
    onPartData: (data) => {
      const last = parts.at(-1) as PartInfo & { data: Buffer }
      last.data = Buffer.concat([last.data, data])
    },
    onPartEnd: () => {}
  })
  parser.write(body)
  expect(parser.done).toBe(true)
  return parts
}

describe('multipart framing', () => {
  it.each([
    [{}, 'a.txt', 0],
    [{ key: 'k/a.txt', policy: 'eyJ4IjoxfQ==', 'x-amz-signature': 'abc' }, 'a.txt', 10],
    [{ 'x-amz-meta-ü': 'värde' }, 'résumé "final".pdf', 1000],
    [{ key: 'x' }, 'file', 65_537]
  ])('Content-Length equals the bytes sent (%j, %s, %i bytes)', async (fields, filename, size) => {
    const frame = multipartFrame(fields, filename, size)
    const content = Buffer.alloc(size, 7)
    const sent = Buffer.concat(await Readable.from([frame.head, content, frame.tail]).toArray())
    expect(frame.length).toBe(sent.length)
    const parts = parseMultipart(sent, frame.contentType)
    expect(parts.map((p) => p.name)).toEqual([...Object.keys(fields), 'file'])
    expect(parts.at(-1)?.data.equals(content)).toBe(true)
    expect(parts.at(-1)?.contentType).toBeUndefined()
  })

  it('keeps the fields in the order given and escapes quotes in names', () => {
    const frame = multipartFrame({ b: '2', a: '1' }, 'x"y\r\n.txt', 0, 'BOUNDARY')
    const head = frame.head.toString()
    expect(head.indexOf('name="b"')).toBeLessThan(head.indexOf('name="a"'))
    expect(head).toContain('filename="x%22y%0D%0A.txt"')
    expect(frame.contentType).toBe('multipart/form-data; boundary=BOUNDARY')
  })
})

describe('server version', () => {
  it.each([
    ['1.1.0', true],
    ['1.2.16', true],
    ['1.99.99', true],
    ['1.0.9', false],
    ['2.0.0', false],
    ['0.9.0', false]
  ])('%s accepted: %s', (version, ok) => {
    if (ok) expect(checkServerVersion(version, 'https://h/api')).toBe(version)
    else expect(() => checkServerVersion(version, 'https://h/api')).toThrowError(/supports 1.1.0/)
  })

  it.each(['1.2.0-rc1', '1.2', 'latest', '', null, 12])('%j is refused as garbage', (version) => {
    expect(() => checkServerVersion(version, 'https://h/api')).toThrowError(SetupError)
  })

  it('ignores build metadata', () => {
    expect(parseVersion('1.3.0+abc.5')).toEqual([1, 3, 0])
  })
})

describe('error bodies', () => {
  it('formats FastAPI details', () => {
    expect(formatDetail(Buffer.from('{"detail":"Run not found"}'))).toBe('Run not found')
    const list = {
      detail: [
        { loc: ['body', 'name'], msg: 'string does not match regex', type: 'value_error' },
        { loc: ['body', 'size'], msg: 'field required', type: 'missing' }
      ]
    }
    expect(formatDetail(Buffer.from(JSON.stringify(list)))).toBe(
      'body.name: string does not match regex\nbody.size: field required'
    )
    expect(formatDetail(Buffer.from('<html>Bad gateway</html>'))).toBe('<html>Bad gateway</html>')
    expect(formatDetail(Buffer.alloc(0))).toBe('')
  })

  it('extracts Code and Message from S3 XML', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>BadDigest</Code>' +
      '<Message>The SHA256 you specified did not match &amp; so on</Message></Error>'
    expect(parseS3Error(Buffer.from(xml))).toEqual({
      code: 'BadDigest',
      message: 'The SHA256 you specified did not match & so on'
    })
    expect(parseS3Error(Buffer.from('oops'))).toEqual({ code: '', message: 'oops' })
  })
})
