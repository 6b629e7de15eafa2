/**
 * The `path` input, line by line: comments, `!` excludes, `~`, resolution against
 * `working-directory` (`./` and `../` allowed), and the split into a literal root and the
 * glob segments below it. The syntax is @actions/glob's (`*`, `?`, `[...]`, `**`; `\`
 * escapes on POSIX; no braces, no extglobs), translated into picomatch patterns one segment
 * at a time. Picomatch reads `( ) { } + @ !` as syntax, so every character that is not a
 * wildcard is escaped: `run (1).txt` stays a literal name.
 */
import nodePath from 'node:path'
import picomatch from 'picomatch'
import { InputError, errorMessage } from '../errors.js'
import { text } from '../log.js'

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

export interface PathLine {
  /** The line as written, trimmed (with its `!`): what messages and `unmatchedLines` show. */
  text: string
  /** Position among the pattern lines: the lower wins as a file's `line`. */
  index: number
  exclude: boolean
  /**
   * The literal part before the first wildcard segment, escapes removed: where a walk
   * starts, or the whole path of a literal line. Absolute, normalised, native separators.
   */
  root: string
  /** Segments below `root` as picomatch patterns; empty for a literal line. */
  glob: string[]
  /** Written with a trailing separator: only directories match. */
  directoryOnly: boolean
}

interface LineContext {
  workingDirectory: string
  home: string
  pathApi?: typeof nodePath
}

function expandHome(pattern: string, home: string, windows: boolean): string {
  const tilde =
    pattern === '~' || pattern.startsWith('~/') || (windows && pattern.startsWith('~\\'))
  if (!tilde) return pattern
  if (!home) {
    throw new InputError(text`path: "${pattern}" starts with "~" but the home directory is unknown`)
  }
  return home + pattern.slice(1)
}

/** Leading `!`s flip include/exclude, as in @actions/glob. */
function splitNegation(trimmed: string): { exclude: boolean; pattern: string } {
  let count = 0
  while (trimmed[count] === '!') count++
  return { exclude: count % 2 === 1, pattern: trimmed.slice(count).trim() }
}

/** Picomatch turns a bad pattern into a regex that matches nothing; `debug` makes it throw. */
function checkPattern(line: string, glob: string[]): void {
  try {
    picomatch.makeRe(glob.join('/'), { ...PICOMATCH_OPTIONS, debug: true })
  } catch (error) {
    throw new InputError(text`path: "${line}" is not a valid pattern (${errorMessage(error)})`)
  }
}

function parseLine(line: string, index: number, context: Required<LineContext>): PathLine {
  const pathApi = context.pathApi
  const windows = pathApi.sep === '\\'
  const { exclude, pattern } = splitNegation(line)
  if (!pattern) {
    throw new InputError(text`path: the line "${line}" has no pattern after "!"; remove it`)
  }
  const expanded = expandHome(pattern, context.home, windows)
  const directoryOnly = expanded.endsWith('/') || (windows && expanded.endsWith('\\'))
  const resolved = pathApi.resolve(context.workingDirectory, expanded)
  const fsRoot = pathApi.parse(resolved).root
  const names = resolved.slice(fsRoot.length).split(pathApi.sep).filter(Boolean)
  const segments = names.map((name) => readSegment(name, windows))
  let firstMagic = segments.findIndex((segment) => segment.magic)
  if (firstMagic < 0) firstMagic = segments.length
  const literal = segments.slice(0, firstMagic).map((segment) => segment.name)
  const glob = segments.slice(firstMagic).map((segment) => segment.pattern)
  if (glob.length) checkPattern(line, glob)
  return {
    text: line,
    index,
    exclude,
    root: pathApi.join(fsRoot, ...literal),
    glob,
    directoryOnly
  }
}

/** Parses the raw input lines; blanks and `#` comments are dropped. */
export function parsePathLines(lines: string[], context: LineContext): PathLine[] {
  const full = { pathApi: nodePath, ...context }
  if (!full.pathApi.isAbsolute(full.workingDirectory)) {
    throw new InputError(
      text`working-directory: "${full.workingDirectory}" must be an absolute path by the time files are collected`
    )
  }
  const parsed: PathLine[] = []
  for (const raw of lines) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    parsed.push(parseLine(line, parsed.length, full))
  }
  return parsed
}
