/**
 * The pass over what a crawl listed: each entry matched against the lines, then one `lstat`
 * (the identity the upload checks later) to take a file, apply the link policy, or report
 * a special file, a hidden entry or a name Node cannot open.
 */
import fs, { type Stats } from 'node:fs'
import path from 'node:path'
import type { Collection } from './collect.js'
import type { CrawlScope } from './crawl.js'
import type { LineMatcher } from './line-matcher.js'
import { errorCode, followLink, statLink } from './link-policy.js'

function matching(lines: LineMatcher[], relative: string): LineMatcher[] {
  return lines.filter((line) => line.matchesFile(relative))
}

function specialDetail(stats: Stats): string {
  if (stats.isFIFO()) return 'FIFO'
  if (stats.isSocket()) return 'socket'
  return stats.isCharacterDevice() || stats.isBlockDevice() ? 'device' : 'unknown type'
}

/** The entry itself (links not followed); null when it is gone or cannot be read. */
function lstat(scope: CrawlScope, entryPath: string): Stats | null {
  try {
    const stats = fs.lstatSync(entryPath, { throwIfNoEntry: false })
    if (stats) return stats
    reportIfUndecodable(entryPath, scope.context.sink)
  } catch (error) {
    scope.context.sink.skip({ path: entryPath, reason: 'unreadable', detail: errorCode(error) })
  }
  return null
}

/** A dot entry no line took: reported when a line would have taken it but for the dot. */
function reportIfHidden(scope: CrawlScope, entryPath: string, wouldMatch: boolean): void {
  if (wouldMatch) scope.context.sink.skip({ path: entryPath, reason: 'hidden' })
}

function take(
  scope: CrawlScope,
  entryPath: string,
  stats: Stats,
  linked: boolean,
  matched: LineMatcher[]
) {
  const { sink } = scope.context
  if (stats.isFile()) sink.file(entryPath, stats, linked, matched)
  else sink.skip({ path: entryPath, reason: 'special-file', detail: specialDetail(stats) })
}

/** A regular file as fdir listed it (or a special file, checked here). */
export function considerFile(scope: CrawlScope, entryPath: string, own?: Stats): void {
  const { lines, excludes } = scope.context
  if (excludes.matches(entryPath, false)) return
  const relative = scope.relative(entryPath)
  const matched = matching(lines, relative)
  if (matched.length === 0) {
    const loose = lines.some((line) => line.matchesFile(relative, false))
    reportIfHidden(scope, entryPath, loose)
    return
  }
  const stats = own ?? lstat(scope, entryPath)
  if (stats && !stats.isDirectory()) take(scope, entryPath, stats, false, matched)
}

/** An entry that is neither a regular file nor a directory: a link or a special file. */
export function considerOther(scope: CrawlScope, entryPath: string): void {
  const own = lstat(scope, entryPath)
  if (!own || own.isDirectory()) return // gone, or replaced since it was listed
  if (own.isSymbolicLink()) considerLink(scope, entryPath)
  else considerFile(scope, entryPath, own)
}

function considerLink(scope: CrawlScope, linkPath: string): void {
  const { lines, excludes, followSymbolicLinks, sink } = scope.context
  if (excludes.matches(linkPath, false)) return
  const relative = scope.relative(linkPath)
  const names = relative.split('/')
  const wanted = (isDirectory: boolean, strict: boolean): boolean =>
    lines.some((line) =>
      isDirectory ? line.reachesDirectory(names, strict) : line.matchesFile(relative, strict)
    )
  const target = statLink(linkPath)
  if ('reason' in target) {
    if (wanted(false, true) || wanted(true, true)) sink.skip(target)
    else reportIfHidden(scope, linkPath, wanted(true, false))
    return
  }
  const isDirectory = target.isDirectory()
  if (isDirectory && excludes.matches(linkPath, true)) return
  if (!wanted(isDirectory, true)) {
    reportIfHidden(scope, linkPath, wanted(isDirectory, false))
    return
  }
  if (!followSymbolicLinks) {
    sink.skip({ path: linkPath, reason: 'link-not-followed' })
    return
  }
  const real = followLink(linkPath, scope.context.bases)
  if (typeof real !== 'string') sink.skip(real)
  else if (isDirectory) followDirectory(scope, linkPath, real, relative)
  else take(scope, linkPath, target, true, matching(lines, relative))
}

/** `inner` is `outer` or below it. */
function isWithin(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep)
}

/** A directory link to follow: crawled on its own, unless its target is being walked above. */
function followDirectory(scope: CrawlScope, linkPath: string, real: string, prefix: string) {
  const { crawl } = scope
  const parentReal = scope.realOf(path.dirname(linkPath))
  if (crawl.chain.has(real) || (isWithin(crawl.real, real) && isWithin(real, parentReal))) {
    scope.context.sink.skip({ path: linkPath, reason: 'link-cycle', detail: `target: ${real}` })
    return
  }
  const chain = new Set(crawl.chain)
  for (let at = parentReal; isWithin(crawl.real, at); at = path.dirname(at)) {
    chain.add(at)
    if (at === crawl.real) break
  }
  scope.descend({ dir: linkPath, prefix, real, chain })
}

/**
 * An entry (or root) that cannot be found by its path: it vanished (nothing to report), or its
 * name is not valid UTF-8 (`readdir` gave U+FFFD for the bad bytes, so Node cannot open it
 * by name): reported, never dropped silently.
 */
export function reportIfUndecodable(entryPath: string, sink: Collection): void {
  if (entryPath.includes('\uFFFD')) {
    const detail = 'the name is not valid UTF-8; rename it to upload it'
    sink.skip({ path: entryPath, reason: 'unreadable', detail })
  }
}
