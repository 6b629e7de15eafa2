/**
 * What a walk does with one directory entry: match it against the lines, then take it (a
 * file or a directory to read), report it (hidden, links, special files) or ignore it.
 */
import { Dirent, lstatSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { followLink, statLink } from './link-policy.js'
import { FAILED, ListedStats, VANISHED, isFileMode } from './list-helper.js'
import { ALL, DEAD, type MatchState } from './matcher.js'
import {
  errorCode,
  isOnChain,
  undecodableName,
  type DirNode,
  type WalkItem,
  type WalkOptions,
  type WalkPattern,
  type WalkSink
} from './walk-types.js'

function specialDetail(entry: Dirent | Stats | ListedStats): string {
  if (entry.isFIFO()) return 'FIFO'
  if (entry.isSocket()) return 'socket'
  return entry.isCharacterDevice() || entry.isBlockDevice() ? 'device' : 'unknown type'
}

/** One options object for every entry's stat (100k+ calls). */
const NO_THROW_IF_MISSING = { throwIfNoEntry: false } as const

const DOT = 46

function isDot(name: string): boolean {
  return name.charCodeAt(0) === DOT
}

export class EntryClassifier {
  private readonly options: WalkOptions
  private readonly sink: WalkSink
  private readonly allLines: number[]
  private readonly lineText = new Map<number, string>()
  private readonly firstLineText: string

  constructor(options: WalkOptions, sink: WalkSink) {
    this.options = options
    this.sink = sink
    this.allLines = options.includes.map((pattern) => pattern.lineIndex)
    for (const pattern of options.includes) this.lineText.set(pattern.lineIndex, pattern.text)
    this.firstLineText = options.includes[0]?.text ?? ''
  }

  /** Inside a matched directory with no exclude in play: no matching to do. */
  underMatch(node: DirNode, name: string, entryPath: string): WalkItem | null {
    if (this.skipsHidden(entryPath, entryPath.length - name.length)) return null
    const stats = this.lstat(entryPath)
    if (stats === null) return null
    // The common case, kept lean: every line of the walk matches, nothing to exclude.
    if (stats.isFile()) return this.fileItem(entryPath, stats.size)
    return this.notFile(node, name, entryPath, stats)
  }

  /** As `underMatch`, with the entry's `lstat` done already (its name starts at `nameAt`). */
  underMatchListed(
    node: DirNode,
    entryPath: string,
    nameAt: number,
    mode: number,
    size: number,
    error: string | undefined
  ): WalkItem | null {
    // In the order of `underMatch`: hidden names are reported even if gone since.
    if (this.skipsHidden(entryPath, nameAt)) return null
    if (mode === VANISHED) return this.missing(entryPath)
    if (mode === FAILED) {
      this.sink.skip({ path: entryPath, reason: 'unreadable', detail: error ?? 'EUNKNOWN' })
      return null
    }
    if (isFileMode(mode)) return this.fileItem(entryPath, size)
    const name = entryPath.slice(nameAt)
    return this.notFile(node, name, entryPath, new ListedStats(mode, size))
  }

  /** Reports a hidden entry (its name starts at `nameAt`) unless hidden files are wanted. */
  private skipsHidden(entryPath: string, nameAt: number): boolean {
    if (entryPath.charCodeAt(nameAt) !== DOT || this.options.includeHiddenFiles) return false
    this.sink.skip({ path: entryPath, reason: 'hidden' })
    return true
  }

  private fileItem(entryPath: string, size: number): WalkItem {
    this.sink.matched(this.allLines)
    return { path: entryPath, size, line: this.firstLineText }
  }

  private notFile(
    node: DirNode,
    name: string,
    entryPath: string,
    stats: Stats | ListedStats
  ): WalkItem | null {
    if (stats.isSymbolicLink()) return this.link(node, entryPath, node.includes, node.excludes)
    return this.take(node, stats, entryPath, node.includes, node.excludes, undefined, name)
  }

  entry(node: DirNode, entry: Dirent, entryPath: string): WalkItem | null {
    const { includes, excludes, includeHiddenFiles, foldCase } = this.options
    const name = entry.name
    const key = foldCase ? name.toLowerCase() : name
    const next = node.includes.map((state, i) =>
      includes[i].matcher.step(state, name, key, !includeHiddenFiles)
    )
    if (next.every((state) => state === DEAD)) {
      if (isDot(name) && !includeHiddenFiles) this.reportIfHidden(node, entry, entryPath, key)
      return null
    }
    const nextExcludes = node.excludes.map((state, i) =>
      state === DEAD ? DEAD : excludes[i].matcher.step(state, name, key, false)
    )
    if (entry.isSymbolicLink()) return this.link(node, entryPath, next, nextExcludes)
    return this.accept(node, entry, entryPath, next, nextExcludes)
  }

  /** A dot entry nothing matched: report it if it would have matched with hidden files. */
  private reportIfHidden(node: DirNode, entry: Dirent, entryPath: string, key: string): void {
    const { includes, excludes } = this.options
    const loose = node.includes.map((state, i) =>
      includes[i].matcher.step(state, entry.name, key, false)
    )
    const looseExcludes = node.excludes.map((state, i) =>
      excludes[i].matcher.step(state, entry.name, key, false)
    )
    const isDirectory = entry.isDirectory()
    if (this.isWanted(loose, isDirectory) && !this.isExcluded(looseExcludes, isDirectory)) {
      this.sink.skip({ path: entryPath, reason: 'hidden' })
    }
  }

  private link(
    node: DirNode,
    linkPath: string,
    includeStates: MatchState[],
    excludeStates: MatchState[]
  ): WalkItem | null {
    const stats = statLink(linkPath)
    if ('reason' in stats) {
      if (!this.isExcluded(excludeStates, false)) this.sink.skip(stats)
      return null
    }
    const isDirectory = stats.isDirectory()
    if (!this.isWanted(includeStates, isDirectory) || this.isExcluded(excludeStates, isDirectory)) {
      return null
    }
    if (!this.options.followSymbolicLinks) {
      this.sink.skip({ path: linkPath, reason: 'link-not-followed' })
      return null
    }
    const followed = followLink(linkPath, isDirectory, node, this.options.linkBases)
    if (typeof followed !== 'string') {
      this.sink.skip(followed)
      return null
    }
    return this.take(node, stats, linkPath, includeStates, excludeStates, followed)
  }

  private isWanted(states: MatchState[], isDirectory: boolean): boolean {
    const includes = this.options.includes
    return states.some((state, i) =>
      isDirectory ? state !== DEAD : includes[i].matcher.matches(state, false)
    )
  }

  private isExcluded(states: MatchState[], isDirectory: boolean): boolean {
    const excludes = this.options.excludes
    return states.some(
      (state, i) => state !== DEAD && excludes[i].matcher.matches(state, isDirectory)
    )
  }

  private accept(
    node: DirNode,
    entry: Dirent,
    entryPath: string,
    includeStates: MatchState[],
    excludeStates: MatchState[]
  ): WalkItem | null {
    const isDirectory = entry.isDirectory()
    if (!this.isWanted(includeStates, isDirectory) || this.isExcluded(excludeStates, isDirectory)) {
      return null
    }
    return this.take(node, entry, entryPath, includeStates, excludeStates)
  }

  /**
   * `real` is given for followed links, and `entry` is then the target's Stats; without it,
   * `entry` is the entry's own Dirent or lstat (a directory, a file or a special file).
   */
  private take(
    node: DirNode,
    entry: Dirent | Stats | ListedStats,
    entryPath: string,
    includeStates: MatchState[],
    excludeStates: MatchState[],
    real?: string,
    entryName?: string
  ): WalkItem | null {
    const name = entryName ?? (entry instanceof Dirent ? entry.name : path.basename(entryPath))
    if (entry.isDirectory()) {
      const directory: DirNode = {
        path: entryPath,
        sortKey: entryPath + path.sep,
        real: real ?? node.real + path.sep + name,
        parent: node,
        viaLink: real !== undefined || node.viaLink,
        includes: this.descendAll(includeStates, this.options.includes),
        excludes: this.descendAll(excludeStates, this.options.excludes)
      }
      // Below a followed link, a plain directory may be an ancestor seen again (`a/up -> ..`).
      if (real === undefined && node.viaLink && isOnChain(node, directory.real)) {
        this.sink.skip({
          path: entryPath,
          reason: 'link-cycle',
          detail: `same as ${directory.real}`
        })
        return null
      }
      return directory
    }
    if (!entry.isFile()) {
      this.sink.skip({ path: entryPath, reason: 'special-file', detail: specialDetail(entry) })
      return null
    }
    const size = 'size' in entry ? entry.size : this.sizeOf(entryPath)
    if (size === null) return null
    const lineIndexes = this.matchedLines(includeStates)
    this.sink.matched(lineIndexes)
    return { path: entryPath, size, line: this.lineText.get(lineIndexes[0]) ?? '' }
  }

  /** null when the file vanished since it was listed. */
  private sizeOf(filePath: string): number | null {
    try {
      return statSync(filePath, NO_THROW_IF_MISSING)?.size ?? this.missing(filePath)
    } catch (error) {
      this.sink.skip({ path: filePath, reason: 'unreadable', detail: errorCode(error) })
      return null
    }
  }

  /** The entry itself (links not followed); null when it vanished since it was listed. */
  private lstat(entryPath: string): Stats | null {
    try {
      return lstatSync(entryPath, NO_THROW_IF_MISSING) ?? this.missing(entryPath)
    } catch (error) {
      this.sink.skip({ path: entryPath, reason: 'unreadable', detail: errorCode(error) })
      return null
    }
  }

  /** Listed but not found: gone since (null, silently), or a name Node cannot open. */
  private missing(entryPath: string): null {
    const undecodable = undecodableName(entryPath)
    if (undecodable) this.sink.skip(undecodable)
    return null
  }

  private descendAll(states: MatchState[], patterns: WalkPattern[]): MatchState[] {
    if (states.every((state) => state === ALL || state === DEAD)) return states
    return states.map((state, i) => patterns[i].matcher.descend(state))
  }

  /** Indexes of the lines that match this file, lowest first. */
  private matchedLines(states: MatchState[]): readonly number[] {
    if (states.every((state) => state === ALL)) return this.allLines
    const includes = this.options.includes
    return includes
      .filter((pattern, i) => pattern.matcher.matches(states[i], false))
      .map((pattern) => pattern.lineIndex)
  }
}
