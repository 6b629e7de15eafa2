/**
 * `path` lines → the files to upload (DESIGN §2, §5 Collection, §6 Hidden entries, Links).
 *
 * Include lines that share a search root share one walk; literal files are taken as they
 * are (a link named in `path` is always followed). Excludes prune during walks.
 */
import { lstatSync, type Stats } from 'node:fs'
import os from 'node:os'
import { excludeAt, isExcluded } from './exclude-scope.js'
import { linkBases, statLink, type LinkBases } from './link-policy.js'
import { ListHelper } from './list-helper.js'
import { SegmentMatcher } from './matcher.js'
import { parsePathLines, type PathLine } from './path-lines.js'
import type { CollectOptions, CollectResult, CollectedFile, SkippedItem } from './types.js'
import { Walker, type WalkPattern, type WalkSink } from './walk.js'

/**
 * Gathers what the walks report. Each walk yields files already sorted; with one source the
 * list is final, otherwise sources are merged: sorted, unique by path, lowest line wins.
 */
class Collection implements WalkSink {
  readonly matchedLines = new Set<number>()
  readonly skipped: SkippedItem[] = []
  private readonly sources: CollectedFile[][] = []
  private current: CollectedFile[] = []
  private lastMarked: readonly number[] | null = null

  /** Starts a new sorted source (a walk, or a literal file). */
  beginSource(): void {
    this.current = []
    this.sources.push(this.current)
  }

  matched(lineIndexes: readonly number[]): void {
    // Walks pass one shared array for "every line of the walk": mark those once.
    if (lineIndexes !== this.lastMarked) {
      for (const index of lineIndexes) this.matchedLines.add(index)
      this.lastMarked = lineIndexes
    }
  }

  addFile(file: CollectedFile): void {
    this.current.push(file)
  }

  skip(item: SkippedItem): void {
    this.skipped.push(item)
  }

  files(lineOrder: Map<string, number>): CollectedFile[] {
    const nonEmpty = this.sources.filter((source) => source.length > 0)
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? []
    const merged = nonEmpty.flat().sort(byPath)
    const unique: CollectedFile[] = []
    for (const file of merged) {
      const last = unique[unique.length - 1]
      if (last?.path !== file.path) unique.push(file)
      else if ((lineOrder.get(file.line) ?? 0) < (lineOrder.get(last.line) ?? 0)) {
        unique[unique.length - 1] = file
      }
    }
    return unique
  }
}

interface Context {
  options: CollectOptions
  excludes: PathLine[]
  bases: LinkBases
  foldCase: boolean
  collection: Collection
  /** Shared by the walks of one collection; closed when they are done. */
  helper: ListHelper
}

/** A literal line: a file is taken here; a directory (true) is walked with its group. */
function takeLiteral(line: PathLine, context: Context): boolean {
  const { collection, excludes, foldCase } = context
  let own: Stats
  try {
    own = lstatSync(line.root)
  } catch {
    return false // missing: the line stays unmatched
  }
  // A link the user named is followed wherever it points; only a broken one is reported.
  const stats = own.isSymbolicLink() ? statLink(line.root) : own
  if ('reason' in stats) {
    collection.skip(stats)
    return false
  }
  if (stats.isDirectory()) return true
  if (line.directoryOnly || isExcluded(excludes, line.root, false, foldCase)) return false
  if (stats.isFile()) {
    collection.beginSource()
    collection.matched([line.index])
    collection.addFile({ path: line.root, size: stats.size, line: line.text })
  } else {
    collection.skip({ path: line.root, reason: 'special-file', detail: 'not a regular file' })
  }
  return false
}

/** Resolves to the number of directories the walk read. */
async function walkGroup(root: string, lines: PathLine[], context: Context): Promise<number> {
  const { options, foldCase } = context
  const excludes: WalkPattern[] = []
  for (const line of context.excludes) {
    const scoped = excludeAt(line, root, foldCase)
    if (!scoped) continue
    if (scoped.matcher.matches(scoped.state, true)) return 0 // the whole root is excluded
    excludes.push({ ...scoped, lineIndex: line.index, text: line.text })
  }
  const includes = lines.map((line): WalkPattern => {
    const matcher = new SegmentMatcher(line.glob, line.directoryOnly)
    return { matcher, state: matcher.start, lineIndex: line.index, text: line.text }
  })
  const walker = new Walker(
    {
      root,
      includes,
      excludes,
      includeHiddenFiles: options.includeHiddenFiles,
      followSymbolicLinks: options.followSymbolicLinks,
      linkBases: context.bases,
      foldCase
    },
    context.collection,
    context.helper
  )
  context.collection.beginSource()
  await walker.run()
  return walker.directoriesRead
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Skips reported twice by overlapping walks, or of a file another line did include. */
function cleanSkipped(collection: Collection, files: CollectedFile[]): SkippedItem[] {
  const skippedPaths = new Set(collection.skipped.map((item) => item.path))
  const taken = new Set(
    skippedPaths.size ? files.filter((file) => skippedPaths.has(file.path)).map((f) => f.path) : []
  )
  const seen = new Set<string>()
  return collection.skipped
    .filter((item) => {
      const key = `${item.reason}\0${item.path}`
      if (seen.has(key) || taken.has(item.path)) return false
      seen.add(key)
      return true
    })
    .sort(byPath)
}

export async function collectFiles(options: CollectOptions): Promise<CollectResult> {
  const foldCase = process.platform === 'win32'
  const lines = parsePathLines(options.lines, {
    workingDirectory: options.workingDirectory,
    home: os.homedir()
  })
  const includes = lines.filter((line) => !line.exclude)
  const context: Context = {
    options,
    excludes: lines.filter((line) => line.exclude),
    bases: linkBases(
      [options.workspace, options.workingDirectory, ...includes.map((line) => line.root)],
      options.includeHiddenFiles
    ),
    foldCase,
    collection: new Collection(),
    helper: new ListHelper()
  }
  const groups = new Map<string, { root: string; lines: PathLine[] }>()
  for (const line of includes) {
    if (line.glob.length === 0 && !takeLiteral(line, context)) continue
    const key = foldCase ? line.root.toLowerCase() : line.root
    const group = groups.get(key) ?? { root: line.root, lines: [] }
    group.lines.push(line)
    groups.set(key, group)
  }
  let walked = 0
  try {
    for (const group of groups.values()) walked += await walkGroup(group.root, group.lines, context)
  } finally {
    context.helper.close()
  }

  const { collection } = context
  const lineOrder = new Map<string, number>()
  for (const line of includes) if (!lineOrder.has(line.text)) lineOrder.set(line.text, line.index)
  const files = collection.files(lineOrder)
  return {
    files,
    unmatchedLines: includes
      .filter((line) => !collection.matchedLines.has(line.index))
      .map((line) => line.text),
    skipped: cleanSkipped(collection, files),
    directories: { walked, byHelper: context.helper.listedByHelper }
  }
}
