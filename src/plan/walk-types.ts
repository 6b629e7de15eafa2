/** Shapes shared by the walk loop and the entry classifier. */
import type { LinkBases } from './link-policy.js'
import type { MatchState, SegmentMatcher } from './matcher.js'
import type { CollectedFile, SkippedItem } from './types.js'

export interface WalkPattern {
  matcher: SegmentMatcher
  /** State at the walk's root (its own name consumed, children not yet). */
  state: MatchState
  lineIndex: number
  /** The line as written (includes only: becomes a file's `line`). */
  text: string
}

export interface WalkOptions {
  root: string
  /** Include lines starting at `root`, in line order. */
  includes: WalkPattern[]
  excludes: WalkPattern[]
  includeHiddenFiles: boolean
  followSymbolicLinks: boolean
  linkBases: LinkBases
  /** Windows: names are compared case-insensitively. */
  foldCase: boolean
}

export interface WalkSink {
  /** The lines that matched a file about to be added (often the same array again). */
  matched(lineIndexes: readonly number[]): void
  /** Files arrive sorted by path within one walk. */
  addFile(file: CollectedFile): void
  skip(item: SkippedItem): void
}

export interface DirNode {
  path: string
  /** `path` and a separator: how it sorts among its siblings' paths. */
  sortKey: string
  /** Link-resolved path, for cycle detection along the chain of parents. */
  real: string
  parent: DirNode | null
  /** Reached through a followed link: only then can a plain directory close a cycle. */
  viaLink: boolean
  /** States to apply to this directory's children, parallel to includes / excludes. */
  includes: MatchState[]
  excludes: MatchState[]
}

/** A wanted entry of a directory: a file (its lines already marked) or one to walk. */
export type WalkItem = CollectedFile | DirNode

export function isDirectoryItem(item: WalkItem): item is DirNode {
  return 'sortKey' in item
}

/**
 * Orders siblings so that a depth-first walk emits full paths in code-unit order: a
 * directory sorts as `path + sep`, like its descendants. Siblings share their prefix, so
 * comparing whole paths compares names.
 */
export function bySortKey(a: WalkItem, b: WalkItem): number {
  const x = isDirectoryItem(a) ? a.sortKey : a.path
  const y = isDirectoryItem(b) ? b.sortKey : b.path
  return x < y ? -1 : x > y ? 1 : 0
}

/** Whether `real` is already being walked above `node` (a cycle). */
export function isOnChain(node: DirNode | null, real: string): boolean {
  for (let current = node; current; current = current.parent) {
    if (current.real === real) return true
  }
  return false
}

/**
 * A listed entry that cannot be found by its path: it vanished (nothing to report), or its
 * name is not valid UTF-8 (`readdir` gave U+FFFD for the bad bytes, so Node cannot open it
 * by name): reported, never dropped silently.
 */
export function undecodableName(entryPath: string): SkippedItem | null {
  if (!entryPath.includes('\uFFFD')) return null
  return {
    path: entryPath,
    reason: 'unreadable',
    detail: 'the name is not valid UTF-8; rename it to upload it'
  }
}

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN'
}
