/**
 * MIME types of files: `mime-types` by the extension first; for code and science files it
 * does not know, the type the Simvue Python client gets from Python's `mimetypes`; an
 * extension-less file that is UTF-8 text is text/plain. Explicit `mime-type` values are
 * validated against the same tables. See docs/design.md, "MIME types".
 */
import { extname } from 'node:path'
import mime from 'mime-types'
import { SIMVUE_OBJECT_MIME_TYPES } from '../config.js'
import { readBytes, textOf } from './file-head.js'

export const DEFAULT_MIME_TYPE = 'application/octet-stream'
export const TEXT_MIME_TYPE = 'text/plain'
/** How much of an extension-less file is read to tell text from binary. */
export const TEXT_SNIFF_BYTES = 8 * 1024

/**
 * Extensions `mime-types` 3 does not know, with the type Python's `mimetypes` gives them:
 * its built-in table (3.11), then Debian's /etc/mime.types, which it also reads on Ubuntu
 * runners. Only code and science files; extensions in lower case.
 */
export const PYTHON_MIMETYPES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Python's built-in table
    py: 'text/x-python',
    pyc: 'application/x-python-code',
    h5: 'application/x-hdf5',
    ksh: 'text/plain',
    // Debian /etc/mime.types
    'c++': 'text/x-c++src',
    'h++': 'text/x-c++hdr',
    hpp: 'text/x-c++hdr',
    hxx: 'text/x-c++hdr',
    d: 'text/x-dsrc',
    diff: 'text/x-diff',
    patch: 'text/x-diff',
    hs: 'text/x-haskell',
    lhs: 'text/x-literate-haskell',
    rb: 'application/x-ruby',
    scala: 'text/x-scala',
    bib: 'text/x-bibtex',
    ltx: 'text/x-tex',
    sty: 'text/x-tex',
    cls: 'text/x-tex',
    mol: 'chemical/x-mdl-molfile',
    sdf: 'chemical/x-mdl-sdfile',
    fit: 'image/fits',
    fts: 'image/fits',
    sarif: 'application/sarif+json',
    arrow: 'application/vnd.apache.arrow.file',
    sqlite: 'application/vnd.sqlite3',
    sqlite3: 'application/vnd.sqlite3',
    cbor: 'application/cbor',
    zst: 'application/zstd'
  })
)

const EXTRA_TYPES = new Set(PYTHON_MIMETYPES.values())

/**
 * The extension as `path.extname` (and so `mime-types`) sees it, without the dot, lower
 * case; '' for none: `Makefile`, a dotfile such as `.bashrc`, or a name ending in a dot.
 */
export function extensionOf(filePath: string): string {
  return extname(filePath).slice(1).toLowerCase()
}

/** By the extension alone; null when the file has no extension (the caller may sniff). */
export function mimeTypeByExtension(filePath: string): string | null {
  const extension = extensionOf(filePath)
  if (extension === '') return null
  return mime.lookup(extension) || PYTHON_MIMETYPES.get(extension) || DEFAULT_MIME_TYPE
}

/**
 * The detected type of a planned file. Only an extension-less file is read: its first
 * 8 KiB, once, to tell text (OpenFOAM dictionaries, Makefile) from binary.
 */
export function detectMimeType(filePath: string, size: number): string {
  const byExtension = mimeTypeByExtension(filePath)
  if (byExtension !== null) return byExtension
  const head = readBytes(filePath, Math.min(size, TEXT_SNIFF_BYTES))
  if (head === null) return DEFAULT_MIME_TYPE
  return textOf(head, head.length < size) === null ? DEFAULT_MIME_TYPE : TEXT_MIME_TYPE
}

/**
 * Known to the `mime-types` table (a type with registered extensions, compared exactly as
 * the table spells it, lower case, no parameters), one of Simvue's object types, or a type
 * the detection itself gives.
 */
export function isValidMimeType(value: string): boolean {
  if ((SIMVUE_OBJECT_MIME_TYPES as readonly string[]).includes(value)) return true
  return Object.hasOwn(mime.extensions, value) || EXTRA_TYPES.has(value)
}
