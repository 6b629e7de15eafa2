/**
 * Whether `numpy.load(allow_pickle=False)`, which the Simvue Python client uses for
 * `application/vnd.simvue.numpy.v1`, reads a `.npy` file: the checks of NumPy's
 * `lib/format.py` (magic, version, header dict, dtype without objects) and enough data
 * bytes for the declared shape.
 */

const MAGIC = Buffer.from('\x93NUMPY', 'latin1')
/** NumPy's `_MAX_HEADER_SIZE`: longer headers are refused unless pickles are allowed. */
const MAX_HEADER = 10_000
/** Magic, version and a 4-byte header length, then the longest header NumPy reads. */
export const NPY_HEAD_BYTES = 12 + MAX_HEADER

/** The Python literals `ast.literal_eval` reads in a header (floats, sets, expressions refused). */
type Py = string | number | boolean | null | Py[] | { tuple: Py[] } | Map<string, Py>

/** Whitespace, comments, strings, integers (`L` for Python 2 longs), words, punctuation. */
const TOKEN =
  /[ \t\n\r\f\v]+|#[^\n]*|('(?:[^'\\\n]|\\[^])*'|"(?:[^"\\\n]|\\[^])*")|([-+]?\d(?:_?\d)*)(L?)(?![\w.])|(True|False|None)(?!\w)|([()[\]{},:])/y
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' }

function unquote(literal: string): string {
  // Python keeps the backslash of an escape it does not know.
  return literal
    .slice(1, -1)
    .replace(/\\([^])/g, (_, c: string) => ESCAPES[c] ?? (`\\'"`.includes(c) ? c : `\\${c}`))
}

/** One literal; throws SyntaxError where `ast.literal_eval` would refuse too. */
function parseLiteral(source: string, longSuffix: boolean): Py {
  const tokens: (string | [Py])[] = []
  for (TOKEN.lastIndex = 0; TOKEN.lastIndex < source.length;) {
    const at = TOKEN.lastIndex
    const match = TOKEN.exec(source)
    if (!match) throw new SyntaxError(`unexpected ${JSON.stringify(source[at])}`)
    const [, quoted, int, long, word, punctuation] = match
    if (long && !longSuffix) throw new SyntaxError('not an integer')
    if (punctuation) tokens.push(punctuation)
    else if (quoted) tokens.push([unquote(quoted)])
    else if (int) tokens.push([Number(int.replaceAll('_', ''))])
    else if (word) tokens.push([word === 'None' ? null : word === 'True'])
  }
  let at = 0
  const expect = (token: string): void => {
    if (tokens[at++] !== token) throw new SyntaxError(`expected ${token}`)
  }
  const value = (): Py => {
    const token = tokens[at++]
    if (Array.isArray(token)) return token[0]
    if (token === '(' || token === '[') {
      const close = token === '(' ? ')' : ']'
      const items: Py[] = []
      let comma = false
      while (tokens[at] !== close) {
        items.push(value())
        if (tokens[at] !== ',') break
        comma = true
        at++
      }
      expect(close)
      // A tuple needs a comma unless empty: `(x)` is x itself.
      return close === ']' ? items : items.length === 1 && !comma ? items[0] : { tuple: items }
    }
    if (token !== '{') throw new SyntaxError(`unexpected ${token ?? 'end'}`)
    const dict = new Map<string, Py>()
    while (tokens[at] !== '}') {
      const key = value()
      if (typeof key !== 'string') throw new SyntaxError('a key that is not a string')
      expect(':')
      dict.set(key, value())
      if (tokens[at] !== ',') break
      at++
    }
    expect('}')
    return dict
  }
  const result = value()
  if (at !== tokens.length) throw new SyntaxError('text after the literal')
  return result
}

class NotLoadable extends Error {}

const tupleItems = (value: Py): Py[] | null =>
  typeof value === 'object' && value !== null && 'tuple' in value ? value.tuple : null

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

/** Bytes per item of a type string such as `<f8`, `|S5`, `<U3` or `<M8[ns]`. */
function typeStringSize(descr: string): number {
  const match = /^[<>|=]?([biufcmMSaUVO])(\d*)(\[\w+\])?$/.exec(descr)
  if (!match) throw new NotLoadable(`dtype ${JSON.stringify(descr)} is not one numpy writes`)
  const [, kind, digits, unit] = match
  if (kind === 'O') throw new NotLoadable('an object array needs allow_pickle=True')
  if (unit && kind !== 'm' && kind !== 'M') throw new NotLoadable(`dtype ${descr} has a unit`)
  const n = Number(digits)
  if (kind === 'S' || kind === 'a' || kind === 'V') return n
  if (kind === 'U') return 4 * n
  if (!SIZES[kind].includes(n)) throw new NotLoadable(`dtype ${descr} has no such size`)
  return n
}

function shapeCount(shape: Py): number {
  let count = 1
  for (const dim of tupleItems(shape) ?? [shape]) {
    if (typeof dim !== 'number' || dim < 0) throw new NotLoadable('shape is not valid')
    count *= dim
  }
  return count
}

/** A descr: a type string, a `(descr, shape)` subarray or a list of `(name, descr[, shape])`. */
function itemSize(descr: Py): number {
  const pair = tupleItems(descr)
  if (typeof descr === 'string') return typeStringSize(descr)
  if (pair?.length === 2) return itemSize(pair[0]) * shapeCount(pair[1])
  if (!Array.isArray(descr)) throw new NotLoadable('descr is not a valid dtype descriptor')
  let size = 0
  for (const field of descr) {
    const parts = tupleItems(field) ?? []
    const [name, type, shape] = parts
    if (
      (parts.length !== 2 && parts.length !== 3) ||
      !(typeof name === 'string' || tupleItems(name))
    ) {
      throw new NotLoadable('a field of descr is not (name, dtype[, shape])')
    }
    size += itemSize(type) * (parts.length === 3 ? shapeCount(shape) : 1)
  }
  return size
}

/** Bytes the header dict declares, checked as `_read_array_header` checks it. */
function declaredBytes(header: Py): number {
  if (!(header instanceof Map)) throw new NotLoadable('the header is not a dict')
  const keys = [...header.keys()].sort().join(',')
  if (keys !== 'descr,fortran_order,shape') throw new NotLoadable(`header keys are ${keys}`)
  const shape = header.get('shape') ?? null
  if (!tupleItems(shape)) throw new NotLoadable('shape is not a tuple')
  if (typeof header.get('fortran_order') !== 'boolean') {
    throw new NotLoadable('fortran_order is not a bool')
  }
  return shapeCount(shape) * itemSize(header.get('descr') ?? null)
}

/**
 * Null when numpy.load(allow_pickle=False) reads the file whose first bytes are `head`
 * (at least NPY_HEAD_BYTES of them, or the whole file) and whose size is `size`; else why not.
 */
export function npyProblem(head: Buffer, size: number): string | null {
  if (head.length < 10 || !head.subarray(0, 6).equals(MAGIC)) return 'no NumPy magic string'
  const [major, minor] = [head[6], head[7]]
  if (minor !== 0 || major < 1 || major > 3) return `NumPy format ${major}.${minor} is unknown`
  const start = major === 1 ? 10 : 12
  if (head.length < start) return 'truncated header'
  const headerLength = major === 1 ? head.readUInt16LE(8) : head.readUInt32LE(8)
  if (headerLength > MAX_HEADER) return `header of ${headerLength} bytes (numpy reads 10000)`
  if (head.length < start + headerLength) return 'truncated header'
  const raw = head.subarray(start, start + headerLength)
  try {
    const text =
      major === 3 ? new TextDecoder('utf-8', { fatal: true }).decode(raw) : raw.toString('latin1')
    const needed = declaredBytes(parseLiteral(text, major < 3))
    const present = size - start - headerLength
    if (present < needed) return `truncated data: ${needed} bytes declared, ${present} present`
    return null
  } catch (error) {
    if (error instanceof NotLoadable) return error.message
    return `header is not a Python literal (${error instanceof Error ? error.message : ''})`
  }
}
