/**
 * The Python literals of a `.npy` header, which NumPy reads with `ast.literal_eval`: a dict
 * of strings, integers, booleans, None, tuples and lists. Anything else (floats, sets,
 * expressions) is refused, which only makes a file count as "not NumPy".
 */

export type PyValue = string | number | boolean | null | PyValue[] | PyTuple | PyDict

export class PyTuple {
  readonly items: PyValue[]
  constructor(items: PyValue[]) {
    this.items = items
  }
}

export class PyDict {
  readonly entries: Map<string, PyValue>
  constructor(entries: Map<string, PyValue>) {
    this.entries = entries
  }
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0'
}

class Parser {
  private at = 0
  private readonly source: string
  /** Python 2 long literals (`3L`), which NumPy accepts in format 1.0 and 2.0 headers. */
  private readonly longSuffix: boolean
  constructor(source: string, longSuffix: boolean) {
    this.source = source
    this.longSuffix = longSuffix
  }

  parse(): PyValue {
    const value = this.value()
    this.space()
    if (this.at !== this.source.length) throw new SyntaxError('text after the literal')
    return value
  }

  /** Whitespace and `#` comments, which `ast.literal_eval` skips too. */
  private space(): void {
    for (;;) {
      const c = this.source[this.at] ?? ''
      if (c === '#') {
        while (this.at < this.source.length && this.source[this.at] !== '\n') this.at++
      } else if (/[ \t\n\r\f\v]/.test(c)) this.at++
      else return
    }
  }

  private value(): PyValue {
    this.space()
    const c = this.source[this.at]
    if (c === "'" || c === '"') return this.string(c)
    if (c === '(') return this.sequence(')')
    if (c === '[') return this.sequence(']')
    if (c === '{') return this.dict()
    const word = /^(True|False|None)\b/.exec(this.source.slice(this.at, this.at + 6))
    if (word) {
      this.at += word[1].length
      return word[1] === 'None' ? null : word[1] === 'True'
    }
    const int = /^[-+]?\d(?:_?\d)*/.exec(this.source.slice(this.at))
    if (!int) throw new SyntaxError(`unexpected ${JSON.stringify(c ?? 'end')}`)
    this.at += int[0].length
    if (this.longSuffix && this.source[this.at] === 'L') this.at++
    if (/[\w.]/.test(this.source[this.at] ?? '')) throw new SyntaxError('not an integer')
    return Number(int[0].replaceAll('_', ''))
  }

  private string(quote: string): string {
    let out = ''
    for (this.at++; this.at < this.source.length; this.at++) {
      const c = this.source[this.at]
      if (c === quote) {
        this.at++
        return out
      }
      if (c === '\n') break
      if (c !== '\\') {
        out += c
        continue
      }
      const next = this.source[++this.at] ?? ''
      // Python keeps the backslash of an escape it does not know.
      out += ESCAPES[next] ?? `\\${next}`
    }
    throw new SyntaxError('unterminated string')
  }

  /** `(…)` or `[…]`: a tuple needs a comma unless empty (`(x)` is x itself). */
  private sequence(close: string): PyValue {
    this.at++
    const items: PyValue[] = []
    let comma = false
    for (;;) {
      this.space()
      if (this.source[this.at] === close) break
      items.push(this.value())
      this.space()
      if (this.source[this.at] !== ',') break
      comma = true
      this.at++
    }
    this.expect(close)
    if (close === ']') return items
    return items.length === 1 && !comma ? items[0] : new PyTuple(items)
  }

  private dict(): PyDict {
    this.at++
    const entries = new Map<string, PyValue>()
    for (;;) {
      this.space()
      if (this.source[this.at] === '}') break
      const key = this.value()
      if (typeof key !== 'string') throw new SyntaxError('a key that is not a string')
      this.space()
      this.expect(':')
      entries.set(key, this.value())
      this.space()
      if (this.source[this.at] !== ',') break
      this.at++
    }
    this.expect('}')
    return new PyDict(entries)
  }

  private expect(c: string): void {
    this.space()
    if (this.source[this.at] !== c) throw new SyntaxError(`expected ${c}`)
    this.at++
  }
}

/** Parses one literal; throws SyntaxError where `ast.literal_eval` would refuse too. */
export function parsePyLiteral(source: string, longSuffix = false): PyValue {
  return new Parser(source, longSuffix).parse()
}
