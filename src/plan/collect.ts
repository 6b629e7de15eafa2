/**
 * `path` lines → the files to upload (docs/design.md, "Collection", "Hidden entries",
 * "Links"). Include lines that share a literal root share one walk; literal files are taken
 * as they are (a link named in `path` is always followed). The excludes are compiled once
 * for the whole plan.
 */
import { lstatSync, type Stats } from 'node:fs'
import os from 'node:os'
import { walk, type WalkContext } from './crawl.js'
import { Excludes } from './excludes.js'
import { LineMatcher } from './line-matcher.js'
import { linkBases, statLink } from './link-policy.js'
import { parsePathLines, type PathLine } from './glob-syntax.js'
import type { CollectOptions, CollectResult, CollectedFile, SkippedItem } from './types.js'

type LineRef = Pick<PathLine, 'index' | 'text'>

/** What the walks report; files keep the index of the lowest line that matched them. */
export class Collection {
  readonly matchedLines = new Set<number>()
  readonly skipped: SkippedItem[] = []
  private readonly found: { file: CollectedFile; line: number }[] = []

  /** A file to upload (`stats` followed links) and the lines that matched it, lowest first. */
  file(path: string, stats: Stats, linked: boolean, lines: readonly LineRef[]): void {
    for (const { index } of lines) this.matchedLines.add(index)
    const { size, dev, ino } = stats
    const file = { path, size, dev, ino, linked, line: lines[0].text }
    this.found.push({ file, line: lines[0].index })
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

/** A literal line: a file is taken here; a directory (true) is walked with its group. */
function takeLiteral(line: PathLine, { excludes, sink }: Omit<WalkContext, 'lines'>): boolean {
  let own: Stats
  try {
    own = lstatSync(line.root)
  } catch {
    return false // missing: the line stays unmatched
  }
  // A link the user named is followed wherever it points; only a broken one is reported.
  const stats = own.isSymbolicLink() ? statLink(line.root) : own
  if ('reason' in stats) {
    sink.skip(stats)
    return false
  }
  if (stats.isDirectory()) return true
  if (line.directoryOnly || excludes.matches(line.root, false)) return false
  if (stats.isFile()) sink.file(line.root, stats, own.isSymbolicLink(), [line])
  else sink.skip({ path: line.root, reason: 'special-file', detail: 'not a regular file' })
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
  const collection = new Collection()
  const context: Omit<WalkContext, 'lines'> = {
    excludes: new Excludes(
      lines.filter((line) => line.exclude),
      foldCase
    ),
    bases: linkBases(
      [options.workspace, options.workingDirectory, ...includes.map((line) => line.root)],
      options.includeHiddenFiles
    ),
    followSymbolicLinks: options.followSymbolicLinks,
    sink: collection
  }
  const settings = { includeHiddenFiles: options.includeHiddenFiles, nocase: foldCase }
  const groups = new Map<string, { root: string; lines: LineMatcher[] }>()
  for (const line of includes) {
    if (line.glob.length === 0 && !takeLiteral(line, context)) continue
    const key = foldCase ? line.root.toLowerCase() : line.root
    const group = groups.get(key) ?? { root: line.root, lines: [] }
    group.lines.push(new LineMatcher(line, settings))
    groups.set(key, group)
  }
  for (const group of groups.values()) {
    if (context.excludes.matches(group.root, true)) continue // the whole root is excluded
    walk(group.root, { ...context, lines: group.lines })
  }
  const files = collection.files()
  return {
    files,
    unmatchedLines: includes
      .filter((line) => !collection.matchedLines.has(line.index))
      .map((line) => line.text),
    skipped: cleanSkipped(collection.skipped, files)
  }
}
