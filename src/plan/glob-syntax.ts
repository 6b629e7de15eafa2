/**
 * The `path` syntax of @actions/glob (`*`, `?`, `[...]`, `**`; `\` escapes on POSIX; no
 * braces, no extglobs) translated into picomatch patterns, one segment at a time. Picomatch
 * reads `( ) { } + @ !` as syntax, so every character that is not a wildcard is escaped:
 * `run (1).txt` stays a literal name.
 */

/**
 * How every pattern of the plan is compiled: our own escapes (never the platform's), no
 * braces or extglobs (all escaped anyway), POSIX classes such as `[[:digit:]]`.
 */
export const PICOMATCH_OPTIONS = {
  windows: false,
  nobrace: true,
  noextglob: true,
  posix: true
} as const

export interface GlobSyntax {
  /** Windows: `\` is a separator, never an escape. */
  windows: boolean
}

type Token = { literal: string } | { pattern: string }

/** Characters picomatch may read as syntax; escaped when meant literally. */
const PICOMATCH_SPECIAL = /[\\^$.*+?()[\]{}|!@#&~,"'`<>=%;:/-]/g

function escapeLiteral(text: string): string {
  return text.replace(PICOMATCH_SPECIAL, '\\$&')
}

/** `[...]` starting at `start`; null when it is not closed (then `[` is literal). */
function readClass(
  segment: string,
  start: number,
  syntax: GlobSyntax
): { token: Token; end: number } | null {
  let i = start + 1
  if (segment[i] === '!' || segment[i] === '^') i++
  // A `]` right after the opening (or its negation) belongs to the class.
  if (segment[i] === ']') i++
  for (; i < segment.length; i++) {
    const c = segment[i]
    if (c === '\\' && !syntax.windows) i++
    else if (c === '[' && segment[i + 1] === ':') {
      const close = segment.indexOf(':]', i + 2)
      if (close > 0) i = close + 1
    } else if (c === ']') {
      const body = segment.slice(start, i + 1)
      // `[x]`: the documented way to write `*`, `?` or `[` literally.
      const single = body.length === 3 && body[1] !== '!' && body[1] !== '^'
      if (single) return { token: { literal: body[1] }, end: i + 1 }
      // On Windows `\` inside a class is a character; picomatch would read an escape.
      const pattern = syntax.windows ? body.replaceAll('\\', '\\\\') : body
      return { token: { pattern }, end: i + 1 }
    }
  }
  return null
}

function tokenize(segment: string, syntax: GlobSyntax): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < segment.length;) {
    const c = segment[i]
    if (c === '\\' && !syntax.windows && i + 1 < segment.length) {
      tokens.push({ literal: segment[i + 1] })
      i += 2
    } else if (c === '*' || c === '?') {
      let end = i + 1
      while (c === '*' && segment[end] === '*') end++
      tokens.push({ pattern: c })
      i = end
    } else if (c === '[') {
      const read = readClass(segment, i, syntax)
      tokens.push(read ? read.token : { literal: '[' })
      i = read ? read.end : i + 1
    } else {
      tokens.push({ literal: c })
      i++
    }
  }
  return tokens
}

/** Whether the segment has a wildcard (escaped metacharacters and `[x]` do not count). */
export function isMagic(segment: string, syntax: GlobSyntax): boolean {
  return segment === '**' || tokenize(segment, syntax).some((token) => 'pattern' in token)
}

/** The name a segment without wildcards spells (escapes removed). */
export function literalName(segment: string, syntax: GlobSyntax): string {
  return tokenize(segment, syntax)
    .map((token) => ('literal' in token ? token.literal : ''))
    .join('')
}

/** The segment as picomatch reads it. */
export function toPicomatch(segment: string, syntax: GlobSyntax): string {
  if (segment === '**') return '**'
  return tokenize(segment, syntax)
    .map((token) => ('literal' in token ? escapeLiteral(token.literal) : token.pattern))
    .join('')
}

/**
 * A path as picomatch's regexes can read it: their `.` and `*` stop at line breaks, which
 * git allows in names, so CR, LF and the Unicode line separators become a plain character.
 */
export function matchable(path: string): string {
  return path.replace(/[\r\n\u2028\u2029]/g, '\u0001')
}
