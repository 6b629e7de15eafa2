/** MIME detection and validation, on real files where the content decides. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import mime from 'mime-types'
import { afterAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_MIME_TYPE,
  detectMimeType,
  extensionOf,
  isValidMimeType,
  mimeTypeByExtension,
  PYTHON_MIMETYPES,
  TEXT_MIME_TYPE,
  TEXT_SNIFF_BYTES
} from '../../src/plan/mime.js'
import { removeTrees, tempDir } from './tree.js'

afterAll(removeTrees)

describe('mimeTypeByExtension', () => {
  it.each([
    ['report.json', 'application/json'],
    ['table.csv', 'text/csv'],
    ['page.HTML', 'text/html'],
    ['notes.txt', 'text/plain'],
    ['run.log', 'text/plain'],
    ['archive.tar.gz', 'application/gzip'],
    ['solver.f90', 'text/x-fortran'],
    ['main.c', 'text/x-c'],
    ['config.yaml', 'text/yaml'],
    // Python's mimetypes, for extensions mime-types lacks
    ['train.py', 'text/x-python'],
    ['TRAIN.PY', 'text/x-python'],
    ['cache.pyc', 'application/x-python-code'],
    ['fields.h5', 'application/x-hdf5'],
    ['build.ksh', 'text/plain'],
    ['mesh.hpp', 'text/x-c++hdr'],
    ['fix.patch', 'text/x-diff'],
    ['model.rb', 'application/x-ruby'],
    ['scan.sarif', 'application/sarif+json'],
    ['dump.zst', 'application/zstd'],
    ['image.fts', 'image/fits'],
    // mime-types wins where both know the extension
    ['figure.pyo', mime.lookup('x.pyo')],
    // unknown
    ['array.npy', DEFAULT_MIME_TYPE],
    ['weights.pt', DEFAULT_MIME_TYPE],
    ['results.dat', DEFAULT_MIME_TYPE],
    ['b.constructor', DEFAULT_MIME_TYPE],
    ['b.toString', DEFAULT_MIME_TYPE],
    ['b.__proto__', DEFAULT_MIME_TYPE]
  ])('%s is %s', (name, type) => {
    expect(mimeTypeByExtension(`/work/${name}`)).toBe(type)
  })

  it.each(['Makefile', 'controlDict', '.bashrc', '.json', 'name.', 'a.b/c'])(
    '%s has no extension',
    (name) => {
      expect(extensionOf(`/work/${name}`)).toBe('')
      expect(mimeTypeByExtension(`/work/${name}`)).toBeNull()
    }
  )

  it('agrees with mime-types for every extension it knows', () => {
    for (const [type, extensions] of Object.entries(mime.extensions)) {
      for (const extension of extensions) {
        expect(mimeTypeByExtension(`/a/b.${extension}`), extension).toBe(
          mime.lookup(extension) || type
        )
      }
    }
  })
})

describe('detectMimeType', () => {
  const dir = tempDir('mime-')
  const file = (name: string, content: string | Buffer): [string, number] => {
    const filePath = path.join(dir, name)
    writeFileSync(filePath, content)
    return [filePath, Buffer.byteLength(content)]
  }
  const euro = Buffer.from('€', 'utf8') // 3 bytes
  const cutText = Buffer.concat([Buffer.alloc(TEXT_SNIFF_BYTES - 1, 'a'), euro, Buffer.from('x')])

  it.each([
    ['controlDict', 'FoamFile\n{\n    version 2.0;\n}\n', 'text/plain'],
    ['Makefile', 'all:\n\tcc -o x x.c\n', 'text/plain'],
    ['.bashrc', 'export X=1\n', 'text/plain'],
    ['README', 'Grüße, 日本語\n', 'text/plain'],
    ['empty', '', 'text/plain'],
    ['cut-at-8k', cutText, 'text/plain'],
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), DEFAULT_MIME_TYPE],
    ['nul-byte', 'text\0more', DEFAULT_MIME_TYPE],
    ['latin1', Buffer.from('caf\xe9\n', 'latin1'), DEFAULT_MIME_TYPE],
    ['truncated-char', Buffer.concat([Buffer.from('ab'), euro.subarray(0, 2)]), DEFAULT_MIME_TYPE],
    ['utf16', Buffer.from('\ufeffhello', 'utf16le'), DEFAULT_MIME_TYPE],
    [
      'nul-after-8k',
      Buffer.concat([Buffer.alloc(TEXT_SNIFF_BYTES, 'a'), Buffer.from([0])]),
      'text/plain'
    ],
    [
      'invalid-in-8k',
      Buffer.concat([Buffer.alloc(TEXT_SNIFF_BYTES - 2, 'a'), Buffer.from([0xc3, 0x28, 0x61])]),
      DEFAULT_MIME_TYPE
    ],
    ['data.unknownext', 'plain text, but the extension decides', DEFAULT_MIME_TYPE],
    ['script.py', Buffer.from([0, 1, 2]), 'text/x-python']
  ])('%s is %s', (name, content, type) => {
    expect(detectMimeType(...file(name, content))).toBe(type)
  })

  it('sees application/octet-stream for an extension-less file it cannot read', () => {
    expect(detectMimeType(path.join(dir, 'missing'), 10)).toBe(DEFAULT_MIME_TYPE)
  })
})

describe('isValidMimeType', () => {
  it.each([
    ['text/plain', true],
    ['application/json', true],
    ['image/png', true],
    ['application/vnd.plotly.v1+json', true],
    ['application/vnd.simvue.numpy.v1', true],
    ['application/vnd.simvue.df.v1', true],
    ['application/vnd.simvue.torch.v1', true],
    ['text/x-python', true],
    ['application/x-hdf5', true],
    ['text/x-c++hdr', true],
    ['text/text', false],
    ['', false],
    ['plain', false],
    ['Text/Plain', false],
    ['text/plain; charset=utf-8', false],
    ['constructor', false]
  ])('isValidMimeType(%j) → %s', (value, valid) => {
    expect(isValidMimeType(value)).toBe(valid)
  })

  it('accepts every type the detection gives', () => {
    const extensions = [...PYTHON_MIMETYPES.keys(), 'json', 'csv', 'unknownext']
    for (const extension of extensions) {
      const type = mimeTypeByExtension(`/w/a.${extension}`) ?? ''
      expect(isValidMimeType(type), `${extension}: ${type}`).toBe(true)
    }
    expect(isValidMimeType(TEXT_MIME_TYPE)).toBe(true)
  })

  it('adds only extensions mime-types does not know', () => {
    for (const extension of PYTHON_MIMETYPES.keys()) {
      expect(mime.lookup(extension), extension).toBe(false)
    }
  })
})
