/**
 * Whether `numpy.load(allow_pickle=False)`, which the Simvue Python client uses for
 * `application/vnd.simvue.numpy.v1`, reads a `.npy` file: the checks of NumPy's
 * `lib/format.py` (magic, version, header dict, dtype without objects) and enough data
 * bytes for the declared shape.
 */
import { PyDict, PyTuple, parsePyLiteral, type PyValue } from './py-literal.js'

const MAGIC = Buffer.from('\x93NUMPY', 'latin1')
/** NumPy's `_MAX_HEADER_SIZE`: longer headers are refused unless pickles are allowed. */
const MAX_HEADER = 10_000
/** Magic, version and a 4-byte header length, then the longest header NumPy reads. */
export const NPY_HEAD_BYTES = 12 + MAX_HEADER

/** Item sizes NumPy's type strings allow per kind (`<f8`, `|b1`, …). */
const SIZES: Readonly<Record<string, readonly number[]>> = {
  b: [1],
  i: [1, 2, 4, 8],
  u: [1, 2, 4, 8],
  f: [2, 4, 8, 12, 16],
  c: [8, 16, 24, 32],
  m: [8],
  M: [8]
}

class NotLoadable extends Error {}

/** Bytes per item of a type string such as `<f8`, `|S5`, `<U3` or `<M8[ns]`. */
function typeStringSize(descr: string): number {
  const match = /^[<>|=]?([biufcmMSaUVO])(\d*)(\[\w+\])?$/.exec(descr)
  if (!match) throw new NotLoadable(`dtype ${JSON.stringify(descr)} is not one numpy writes`)
  const [, kind, digits, unit] = match
  if (kind === 'O') throw new NotLoadable('an object array needs allow_pickle=True')
  if (unit && kind !== 'm' && kind !== 'M') throw new NotLoadable(`dtype ${descr} has a unit`)
  const n = digits === '' ? 0 : Number(digits)
  if (kind === 'S' || kind === 'a' || kind === 'V') return n
  if (kind === 'U') return 4 * n
  if (!SIZES[kind].includes(n)) throw new NotLoadable(`dtype ${descr} has no such size`)
  return n
}

function shapeCount(shape: PyValue): number {
  const dims = shape instanceof PyTuple ? shape.items : [shape]
  let count = 1
  for (const dim of dims) {
    if (typeof dim !== 'number' || dim < 0) throw new NotLoadable('shape is not valid')
    count *= dim
  }
  return count
}

/** A descr: a type string, a `(descr, shape)` subarray or a list of fields. */
function itemSize(descr: PyValue): number {
  if (typeof descr === 'string') return typeStringSize(descr)
  if (descr instanceof PyTuple && descr.items.length === 2) {
    return itemSize(descr.items[0]) * shapeCount(descr.items[1])
  }
  if (!Array.isArray(descr)) throw new NotLoadable('descr is not a valid dtype descriptor')
  let size = 0
  for (const field of descr) {
    const parts = field instanceof PyTuple ? field.items : []
    const [name, type, shape] = parts
    const named = typeof name === 'string' || name instanceof PyTuple
    if ((parts.length !== 2 && parts.length !== 3) || !named) {
      throw new NotLoadable('a field of descr is not (name, dtype[, shape])')
    }
    size += itemSize(type) * (parts.length === 3 ? shapeCount(shape) : 1)
  }
  return size
}

/** The header dict, checked as `_read_array_header` checks it. */
function headerFields(header: PyValue): { count: number; itemSize: number } {
  if (!(header instanceof PyDict)) throw new NotLoadable('the header is not a dict')
  const keys = [...header.entries.keys()].sort().join(',')
  if (keys !== 'descr,fortran_order,shape') throw new NotLoadable(`header keys are ${keys}`)
  const shape = header.entries.get('shape') ?? null
  if (!(shape instanceof PyTuple)) throw new NotLoadable('shape is not a tuple')
  if (typeof header.entries.get('fortran_order') !== 'boolean') {
    throw new NotLoadable('fortran_order is not a bool')
  }
  return { count: shapeCount(shape), itemSize: itemSize(header.entries.get('descr') ?? null) }
}

/**
 * Null when numpy.load(allow_pickle=False) reads the file whose first bytes are `head`
 * (at least NPY_HEAD_BYTES of them, or the whole file) and whose size is `size`; else why not.
 */
export function npyProblem(head: Buffer, size: number): string | null {
  if (head.length < 10 || !head.subarray(0, 6).equals(MAGIC)) return 'no NumPy magic string'
  const [major, minor] = [head[6], head[7]]
  if (minor !== 0 || major < 1 || major > 3) return `NumPy format ${major}.${minor} is unknown`
  const lengthBytes = major === 1 ? 2 : 4
  if (head.length < 8 + lengthBytes) return 'truncated header'
  const headerLength = major === 1 ? head.readUInt16LE(8) : head.readUInt32LE(8)
  const start = 8 + lengthBytes
  if (headerLength > MAX_HEADER) return `header of ${headerLength} bytes (numpy reads 10000)`
  if (head.length < start + headerLength) return 'truncated header'
  const raw = head.subarray(start, start + headerLength)
  try {
    const text =
      major === 3 ? new TextDecoder('utf-8', { fatal: true }).decode(raw) : raw.toString('latin1')
    const { count, itemSize } = headerFields(parsePyLiteral(text, major < 3))
    const needed = count * itemSize
    const present = size - start - headerLength
    if (present < needed) return `truncated data: ${needed} bytes declared, ${present} present`
    return null
  } catch (error) {
    if (error instanceof NotLoadable) return error.message
    return `header is not a Python literal (${error instanceof Error ? error.message : ''})`
  }
}
