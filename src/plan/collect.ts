/**
 * `path` lines → the files to upload (docs/design.md, "Collection", "Hidden entries",
 * "Links"). Include lines that share a literal root share one walk; literal files are taken
 * as they are (a link named in `path` is always followed). The excludes are compiled once
 * for the whole plan.
 */
import { lstatSync, type Stats } from 'node:fs'
import os from 'node:os'
import { walk, type WalkSink } from './crawl.js'
import { Excludes } from './excludes.js'
import { LineMatcher } from './line-matcher.js'
import { linkBases, statLink, type LinkBases } from './link-policy.js'
import { parsePathLines, type PathLine } from './path-lines.js'
import type { CollectOptions, CollectResult, CollectedFile, SkippedItem } from './types.js'

/** What the walks report; files keep the index of the lowest line that matched them. */
class Collection implements WalkSink {
  readonly matchedLines = new Set<number>()
  readonly skipped: SkippedItem[] = []
  private readonly found: { file: CollectedFile; line: number }[] = []

  file(file: CollectedFile, lineIndexes: readonly number[]): void {
    for (const index of lineIndexes) this.matchedLines.add(index)
    this.found.push({ file, line: lineIndexes[0] })
  }

  skip(item: SkippedItem): void {
    this.skipped.push(item)
  }

  /** Sorted by path (code units), unique by path, the lowest line winning. */
  files(): CollectedFile[] {
    this.found.sort((a, b) => byPath(a.file, b.file) || a.line - b.line)
    const unique: CollectedFile[] = []
    for (const { file } of this.found) {
      if (unique[unique.length - 1]?.path !== file.path) unique.push(file)
    }
    return unique
  }
}

interface Context {
  options: CollectOptions
  excludes: Excludes
  bases: LinkBases
  collection: Collection
}

/** A literal line: a file is taken here; a directory (true) is walked with its group. */
function takeLiteral(line: PathLine, context: Context): boolean {
  const { collection, excludes } = context
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
  if (line.directoryOnly || excludes.matches(line.root, false)) return false
  if (stats.isFile()) {
    const { size, dev, ino } = stats
    const linked = own.isSymbolicLink()
    collection.file({ path: line.root, size, dev, ino, linked, line: line.text }, [line.index])
  } else {
    collection.skip({ path: line.root, reason: 'special-file', detail: 'not a regular file' })
  }
  return false
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}

/** Skips reported twice by overlapping walks, or of a file another line did include. */
function cleanSkipped(skipped: SkippedItem[], files: CollectedFile[]): SkippedItem[] {
  const skippedPaths = new Set(skipped.map((item) => item.path))
  const taken = new Set(files.filter((file) => skippedPaths.has(file.path)).map((f) => f.path))
  const seen = new Set<string>()
  return skipped
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
    excludes: new Excludes(
      lines.filter((line) => line.exclude),
      foldCase
    ),
    bases: linkBases(
      [options.workspace, options.workingDirectory, ...includes.map((line) => line.root)],
      options.includeHiddenFiles
    ),
    collection: new Collection()
  }
  const groups = new Map<string, { root: string; lines: PathLine[] }>()
  for (const line of includes) {
    if (line.glob.length === 0 && !takeLiteral(line, context)) continue
    const key = foldCase ? line.root.toLowerCase() : line.root
    const group = groups.get(key) ?? { root: line.root, lines: [] }
    group.lines.push(line)
    groups.set(key, group)
  }
  const settings = { includeHiddenFiles: options.includeHiddenFiles, nocase: foldCase }
  for (const { root, lines: groupLines } of groups.values()) {
    if (context.excludes.matches(root, true)) continue // the whole root is excluded
    walk(root, {
      lines: groupLines.map((line) => new LineMatcher(line, settings)),
      excludes: context.excludes,
      bases: context.bases,
      includeHiddenFiles: options.includeHiddenFiles,
      followSymbolicLinks: options.followSymbolicLinks,
      sink: context.collection
    })
  }
  const { collection } = context
  const files = collection.files()
  return {
    files,
    unmatchedLines: includes
      .filter((line) => !collection.matchedLines.has(line.index))
      .map((line) => line.text),
    skipped: cleanSkipped(collection.skipped, files)
  }
}
