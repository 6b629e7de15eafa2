/**
 * One path segment of a `path` line, compiled once: `**`, a literal name, or a pattern with
 * `*`, `?` and `[...]` (the syntax of @actions/glob: no braces, no extglobs, `dot: true`).
 */

export type GlobSegment =
  | { kind: 'globstar' }
  | { kind: 'literal'; text: string; key: string; dotLiteral: boolean }
  | { kind: 'pattern'; source: string; regex: RegExp; dotLiteral: boolean }

export interface SegmentSyntax {
  /** Windows: matching ignores case, and `\` is a separator, never an escape. */
  windows: boolean
}

type Token = { literal: string } | { regex: string }

const POSIX_CLASSES: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  blank: ' \\t',
  digit: '0-9',
  lower: 'a-z',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\r\\f\\v',
  upper: 'A-Z',
  word: '\\w',
  xdigit: '0-9A-Fa-f'
}

/** Characters to escape outside a class (u-mode refuses other identity escapes). */
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g
/** Inside a class, `-` must be escaped too. */
const CLASS_SPECIAL = /[\\^[\]/-]/g

function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, '\\$&')
}

function escapeClass(text: string): string {
  return text.replace(CLASS_SPECIAL, '\\$&')
}

/** Parses `[...]` starting at `start` (the `[`); null when it is not a closed class. */
function parseClass(
  segment: string,
  start: number,
  syntax: SegmentSyntax
): { token: Token; end: number } | null {
  let i = start + 1
  const negate = segment[i] === '!' || segment[i] === '^'
  if (negate) i++
  const parts: string[] = []
  /** The one character of `[x]`, the documented way to write `*`, `?` or `[` literally. */
  let single: string | null = null
  while (i < segment.length) {
    const c = segment[i]
    if (c === ']' && parts.length > 0) {
      const token: Token =
        !negate && parts.length === 1 && single !== null
          ? { literal: single }
          : { regex: `[${negate ? '^' : ''}${parts.join('')}]` }
      return { token, end: i + 1 }
    }
    const posix = /^\[:([a-z]+):\]/.exec(segment.slice(i, i + 10))
    if (posix && POSIX_CLASSES[posix[1]]) {
      parts.push(POSIX_CLASSES[posix[1]])
      single = null
      i += posix[0].length
      continue
    }
    let char = c
    if (c === '\\' && !syntax.windows && i + 1 < segment.length) char = segment[++i]
    if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
      parts.push(`${escapeClass(char)}-${escapeClass(segment[i + 2])}`)
      single = null
      i += 3
      continue
    }
    parts.push(escapeClass(char))
    single = parts.length === 1 ? char : null
    i++
  }
  return null
}

function tokenize(segment: string, syntax: SegmentSyntax): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < segment.length) {
    const c = segment[i]
    if (c === '\\' && !syntax.windows && i + 1 < segment.length) {
      tokens.push({ literal: segment[i + 1] })
      i += 2
    } else if (c === '*') {
      while (segment[i] === '*') i++
      tokens.push({ regex: '.*' })
    } else if (c === '?') {
      tokens.push({ regex: '.' })
      i++
    } else if (c === '[') {
      const parsed = parseClass(segment, i, syntax)
      tokens.push(parsed ? parsed.token : { literal: '[' })
      i = parsed ? parsed.end : i + 1
    } else {
      tokens.push({ literal: c })
      i++
    }
  }
  return tokens
}

/** Whether the segment has any wildcard (escaped metacharacters and `[x]` do not count). */
export function isMagic(segment: string, syntax: SegmentSyntax): boolean {
  return tokenize(segment, syntax).some((token) => 'regex' in token)
}

/** The literal name a non-magic segment spells (escapes removed). */
export function unescapeSegment(segment: string, syntax: SegmentSyntax): string {
  return tokenize(segment, syntax)
    .map((token) => ('literal' in token ? token.literal : ''))
    .join('')
}

export function compileSegment(segment: string, syntax: SegmentSyntax): GlobSegment {
  if (segment === '**') return { kind: 'globstar' }
  const tokens = tokenize(segment, syntax)
  // A segment that starts with a literal `.` names dot entries explicitly: never hidden.
  const head = tokens[0]
  const dotLiteral = head !== undefined && 'literal' in head && head.literal === '.'
  if (tokens.every((token) => 'literal' in token)) {
    const text = tokens.map((token) => ('literal' in token ? token.literal : '')).join('')
    return { kind: 'literal', text, key: syntax.windows ? text.toLowerCase() : text, dotLiteral }
  }
  const body = tokens
    .map((token) => ('literal' in token ? escapeRegex(token.literal) : token.regex))
    .join('')
  const regex = new RegExp(`^${body}$`, syntax.windows ? 'isu' : 'su')
  return { kind: 'pattern', source: segment, regex, dotLiteral }
}

/** `name` is the entry's name; `key` its case-folded form on Windows (else the name). */
export function segmentMatches(segment: GlobSegment, name: string, key: string): boolean {
  switch (segment.kind) {
    case 'globstar':
      return true
    case 'literal':
      return segment.key === key
    case 'pattern':
      return segment.regex.test(name)
  }
}
