/**
 * One walk from a search root, on fdir. fdir drives the traversal and returns the regular
 * files; through its `fs` option the walk sees each listing fdir reads, so that links,
 * FIFOs, sockets, devices, empty and unreadable directories are reported instead of dropped;
 * its `exclude` hook prunes directories (nothing can match below, excluded, hidden, or a
 * link cycle). fdir does not follow links here (its own cycle check is a heuristic that
 * drops silently): a followed directory link becomes a crawl of its own that knows the real
 * directories above it.
 */
import { fdir } from 'fdir'
import fs, { type Dirent } from 'node:fs'
import path from 'node:path'
import type { Collection } from './collect.js'
import type { Excludes } from './excludes.js'
import { considerFile, considerOther, reportIfUndecodable } from './entries.js'
import type { LineMatcher } from './line-matcher.js'
import { errorCode, type LinkBases } from './link-policy.js'

export interface WalkContext {
  /** The include lines that start at this root, in line order. */
  lines: LineMatcher[]
  excludes: Excludes
  bases: LinkBases
  followSymbolicLinks: boolean
  sink: Collection
}

interface Crawl {
  /** Where this crawl reads: the walk's root, or a followed link below it. */
  dir: string
  /** `dir` relative to the walk's root, `/`-separated ('' for the root). */
  prefix: string
  /** `dir` with links resolved. */
  real: string
  /** Real paths of the directories above this crawl, through followed links (cycles). */
  chain: ReadonlySet<string>
}

/** One crawl's view: its paths relative to the walk's root. */
export class CrawlScope {
  readonly crawl: Crawl
  readonly context: WalkContext
  private readonly base: string

  constructor(crawl: Crawl, context: WalkContext) {
    this.crawl = crawl
    this.context = context
    this.base = crawl.dir.endsWith(path.sep) ? crawl.dir : crawl.dir + path.sep
  }

  /** An absolute path in this crawl, relative to the walk's root, `/`-separated. */
  relative(absolute: string): string {
    const inner = absolute.length > this.base.length ? absolute.slice(this.base.length) : ''
    const posix = path.sep === '\\' ? inner.replaceAll('\\', '/') : inner
    const prefix = this.crawl.prefix
    return prefix === '' ? posix : posix === '' ? prefix : `${prefix}/${posix}`
  }

  /** Crawls a followed directory link below this crawl, with the same context. */
  descend(crawl: Crawl): void {
    runCrawl(new CrawlScope(crawl, this.context))
  }

  /** The real path of a directory of this crawl (no link below the crawl's own). */
  realOf(absolute: string): string {
    const inner = absolute.length > this.base.length ? absolute.slice(this.base.length) : ''
    return inner === '' ? this.crawl.real : path.join(this.crawl.real, inner)
  }
}

/** A directory fdir is about to read: true prunes it (reported when it is a skip). */
function prune(scope: CrawlScope, name: string, directoryPath: string): boolean {
  const { lines, excludes, sink } = scope.context
  const full = directoryPath.slice(0, -1)
  if (excludes.matches(full, true)) return true
  const names = scope.relative(full).split('/')
  if (lines.some((line) => line.reachesDirectory(names))) {
    const { chain } = scope.crawl
    const real = chain.size ? scope.realOf(full) : ''
    if (!chain.has(real)) return false
    sink.skip({ path: full, reason: 'link-cycle', detail: `same as ${real}` })
    return true
  }
  if (name.startsWith('.') && lines.some((line) => line.reachesDirectory(names, false))) {
    sink.skip({ path: full, reason: 'hidden' })
  }
  return true
}

function runCrawl(scope: CrawlScope): void {
  const { sink, lines } = scope.context
  const others: string[] = []
  const empty: string[] = []
  const list = (directory: string): Dirent[] => {
    const full = directory.slice(0, -1) || directory
    let entries: Dirent[]
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true })
    } catch (error) {
      // Vanished, or a root that is a file (`a.txt/*`): nothing to say, unless a bad name.
      const code = errorCode(error)
      if (code === 'ENOENT') reportIfUndecodable(full, sink)
      else if (code !== 'ENOTDIR') sink.skip({ path: full, reason: 'unreadable', detail: code })
      return []
    }
    if (entries.length === 0) empty.push(full)
    for (const entry of entries) {
      if (!entry.isFile() && !entry.isDirectory()) others.push(directory + entry.name)
    }
    return entries
  }
  const files = new fdir({
    fs: { ...fs, readdirSync: list as unknown as typeof fs.readdirSync },
    excludeSymlinks: true,
    includeBasePath: true,
    exclude: (name, directoryPath) => prune(scope, name, directoryPath)
  })
    .crawl(scope.crawl.dir)
    .sync()
  for (const file of files) considerFile(scope, file)
  for (const other of others) considerOther(scope, other)
  for (const directory of empty) {
    const relative = scope.relative(directory)
    if (lines.some((line) => line.coversDirectory(relative))) {
      sink.skip({ path: directory, reason: 'empty-directory' })
    }
  }
}

/** Walks `root` and every directory link followed below it. */
export function walk(root: string, context: WalkContext): void {
  let real = root
  try {
    real = fs.realpathSync(root)
  } catch {
    // Missing: reading it finds nothing, and its lines stay unmatched.
  }
  runCrawl(new CrawlScope({ dir: root, prefix: '', real, chain: new Set() }, context))
}
