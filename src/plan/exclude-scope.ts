/**
 * Where an exclude line applies to a walk: its matcher and state at the walk's root, so that
 * `!**\/node_modules/**` or `!reports/tmp/**` prune whole subtrees during the walk.
 */
import { InputError } from '../errors.js'
import type { GlobSegment } from './glob-segment.js'
import { SegmentMatcher, type MatchState } from './matcher.js'
import { MAX_GLOB_SEGMENTS, splitAbsolute, type PathLine } from './path-lines.js'

export interface ScopedPattern {
  matcher: SegmentMatcher
  /** State at `at` itself (its own name consumed). */
  state: MatchState
}

/**
 * The exclude's matcher relative to the absolute directory or file `at`, or null when the
 * exclude can never match anything at or below it.
 */
export function excludeAt(line: PathLine, at: string, foldCase: boolean): ScopedPattern | null {
  const fold = (name: string): string => (foldCase ? name.toLowerCase() : name)
  const [lineFsRoot, lineNames] = splitAbsolute(line.root)
  const [atFsRoot, atNames] = splitAbsolute(at)
  if (fold(lineFsRoot) !== fold(atFsRoot)) return null
  const common = Math.min(lineNames.length, atNames.length)
  for (let i = 0; i < common; i++) {
    if (fold(lineNames[i]) !== fold(atNames[i])) return null
  }
  if (lineNames.length <= atNames.length) {
    const matcher = new SegmentMatcher(line.glob, line.directoryOnly)
    return { matcher, state: matcher.run(atNames.slice(lineNames.length), fold) }
  }
  // The exclude's literal root lies below `at`: its remaining names become literal segments.
  const literal = lineNames
    .slice(atNames.length)
    .map((text): GlobSegment => ({ kind: 'literal', text, key: fold(text), dotLiteral: false }))
  const segments = [...literal, ...line.glob]
  if (segments.length > MAX_GLOB_SEGMENTS) {
    throw new InputError(
      `path: "${line.text}" lies ${literal.length} directories below "${at}"; ` +
        `shorten it (at most ${MAX_GLOB_SEGMENTS} segments below a search root are supported)`
    )
  }
  const matcher = new SegmentMatcher(segments, line.directoryOnly)
  return { matcher, state: matcher.start }
}

/** Whether any exclude matches the path `at` itself (or a directory above it). */
export function isExcluded(
  excludes: PathLine[],
  at: string,
  isDirectory: boolean,
  foldCase: boolean
) {
  return excludes.some((line) => {
    const scoped = excludeAt(line, at, foldCase)
    return scoped !== null && scoped.matcher.matches(scoped.state, isDirectory)
  })
}
