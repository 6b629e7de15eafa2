/**
 * The `path` input, line by line: comments, `!` excludes, `~`, resolution against
 * `working-directory` (`./` and `../` allowed), and the split into a literal root and the
 * glob segments below it.
 */
import nodePath from 'node:path'
import { InputError, errorMessage } from '../errors.js'
import { compileSegment, isMagic, unescapeSegment, type GlobSegment } from './glob-segment.js'

type PathApi = typeof nodePath

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
  /** Segments below `root`; empty for a literal line. */
  glob: GlobSegment[]
  /** Written with a trailing separator: only directories match. */
  directoryOnly: boolean
}

export interface LineContext {
  workingDirectory: string
  home: string
  pathApi?: PathApi
}

/** More glob segments than this would not fit the matcher's bit set (and are never needed). */
export const MAX_GLOB_SEGMENTS = 30

function expandHome(pattern: string, home: string, windows: boolean): string {
  const tilde =
    pattern === '~' || pattern.startsWith('~/') || (windows && pattern.startsWith('~\\'))
  if (!tilde) return pattern
  if (!home) {
    throw new InputError(`path: "${pattern}" starts with "~" but the home directory is unknown`)
  }
  return home + pattern.slice(1)
}

/** Leading `!`s flip include/exclude, as in @actions/glob. */
function splitNegation(trimmed: string): { exclude: boolean; pattern: string } {
  let count = 0
  while (trimmed[count] === '!') count++
  return { exclude: count % 2 === 1, pattern: trimmed.slice(count).trim() }
}

function parseLine(text: string, index: number, context: Required<LineContext>): PathLine {
  const pathApi = context.pathApi
  const windows = pathApi.sep === '\\'
  const syntax = { windows }
  const { exclude, pattern } = splitNegation(text)
  if (!pattern) {
    throw new InputError(`path: the line "${text}" has no pattern after "!"; remove it`)
  }
  const expanded = expandHome(pattern, context.home, windows)
  const directoryOnly = expanded.endsWith('/') || (windows && expanded.endsWith('\\'))
  const resolved = pathApi.resolve(context.workingDirectory, expanded)
  const fsRoot = pathApi.parse(resolved).root
  const segments = resolved.slice(fsRoot.length).split(pathApi.sep).filter(Boolean)
  let firstMagic = segments.findIndex((segment) => isMagic(segment, syntax))
  if (firstMagic < 0) firstMagic = segments.length
  const literal = segments.slice(0, firstMagic).map((segment) => unescapeSegment(segment, syntax))
  const rest = segments.slice(firstMagic)
  if (rest.length > MAX_GLOB_SEGMENTS) {
    throw new InputError(
      `path: "${text}" has ${rest.length} segments after its first wildcard; ` +
        `at most ${MAX_GLOB_SEGMENTS} are supported`
    )
  }
  let glob: GlobSegment[]
  try {
    glob = rest.map((segment) => compileSegment(segment, syntax))
  } catch (error) {
    throw new InputError(`path: "${text}" is not a valid pattern (${errorMessage(error)})`)
  }
  return {
    text,
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
      `working-directory: "${full.workingDirectory}" must be an absolute path by the time files are collected`
    )
  }
  const parsed: PathLine[] = []
  for (const raw of lines) {
    const text = raw.trim()
    if (!text || text.startsWith('#')) continue
    parsed.push(parseLine(text, parsed.length, full))
  }
  return parsed
}

/** Splits an absolute path into its filesystem root and its names. */
export function splitAbsolute(absolute: string, pathApi: PathApi = nodePath): [string, string[]] {
  const fsRoot = pathApi.parse(absolute).root
  return [fsRoot, absolute.slice(fsRoot.length).split(pathApi.sep).filter(Boolean)]
}
