/**
 * The `path` input, line by line: comments, `!` excludes, `~`, resolution against
 * `working-directory` (`./` and `../` allowed), and the split into a literal root and the
 * glob segments below it.
 */
import nodePath from 'node:path'
import picomatch from 'picomatch'
import { InputError, errorMessage } from '../errors.js'
import { text } from '../log.js'
import { PICOMATCH_OPTIONS, readSegment } from './glob-syntax.js'

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
