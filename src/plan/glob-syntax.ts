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

/** Characters picomatch may read as syntax; escaped when meant literally. */
const PICOMATCH_SPECIAL = /[\\^$.*+?()[\]{}|!@#&~,"'`<>=%;:/-]/g

/** One segment of a `path` line, read once. */
export interface Segment {
  /** It has a wildcard (escaped metacharacters and `[x]` do not count). */
  magic: boolean
  /** The name it spells when it has no wildcard (escapes removed). */
  name: string
  /** The segment as picomatch reads it. */
  pattern: string
}

/** The index after the `]` of the `[...]` starting at `start`; -1 when it is not closed. */
function classEnd(segment: string, start: number, windows: boolean): number {
  let i = start + 1
  if (segment[i] === '!' || segment[i] === '^') i++
  // A `]` right after the opening (or its negation) belongs to the class.
  if (segment[i] === ']') i++
  for (; i < segment.length; i++) {
    const c = segment[i]
    if (c === '\\' && !windows) i++
    else if (c === '[' && segment[i + 1] === ':') {
      const close = segment.indexOf(':]', i + 2)
      if (close > 0) i = close + 1
    } else if (c === ']') return i + 1
  }
  return -1
}

/** Reads one segment; on Windows `\` is a separator, never an escape. */
export function readSegment(segment: string, windows: boolean): Segment {
  if (segment === '**') return { magic: true, name: segment, pattern: segment }
  const read: Segment = { magic: false, name: '', pattern: '' }
  const literal = (text: string): void => {
    read.name += text
    read.pattern += text.replace(PICOMATCH_SPECIAL, '\\$&')
  }
  for (let i = 0; i < segment.length;) {
    const c = segment[i]
    const end = c === '[' ? classEnd(segment, i, windows) : -1
    if (c === '\\' && !windows && i + 1 < segment.length) {
      literal(segment[i + 1])
      i += 2
    } else if (c === '*' || c === '?') {
      read.magic = true
      read.pattern += c
      i++
      while (c === '*' && segment[i] === '*') i++
    } else if (end > 0) {
      const body = segment.slice(i, end)
      // `[x]`: the documented way to write `*`, `?` or `[` literally.
      if (body.length === 3 && body[1] !== '!' && body[1] !== '^') literal(body[1])
      else {
        read.magic = true
        // On Windows `\` inside a class is a character; picomatch would read an escape.
        read.pattern += windows ? body.replaceAll('\\', '\\\\') : body
      }
      i = end
    } else {
      literal(c)
      i++
    }
  }
  return read
}

/**
 * A path as picomatch's regexes can read it: their `.` and `*` stop at line breaks, which
 * git allows in names, so CR, LF and the Unicode line separators become a plain character.
 */
export function matchable(path: string): string {
  return path.replace(/[\r\n\u2028\u2029]/g, '\u0001')
}
