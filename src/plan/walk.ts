/**
 * One walk from a search root, matching every `path` line that starts there.
 *
 * Synchronous `readdirSync`/`statSync` with explicit stacks, on purpose: for 100k files on a
 * 2-core runner (warm cache) sync stats took ~140 ms, 64 callback `fs.stat`s in flight
 * ~370 ms and promise-based ones over 1 s (thread-pool hand-offs dominate). Memory and stack
 * never grow with a directory's size, and the event loop still gets a turn every few
 * thousand entries. Entry types come from `readdir`; only wanted files are
 * stat-ed (for their size). Siblings are sorted as they are read, so files come out sorted
 * by full path without a global sort. Directories where every entry is wanted are sent
 * ahead to a helper thread that lists and stats them meanwhile (list-helper.ts).
 */
import { readdirSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { EntryClassifier } from './classify.js'
import type { ListHelper, Listing } from './list-helper.js'
import { ALL, DEAD } from './matcher.js'
import {
  bySortKey,
  errorCode,
  isDirectoryItem,
  undecodableName,
  type DirNode,
  type WalkItem,
  type WalkOptions,
  type WalkSink
} from './walk-types.js'

export type { WalkOptions, WalkPattern, WalkSink } from './walk-types.js'

const YIELD_EVERY = 10_000

interface Frame {
  items: WalkItem[]
  next: number
  /** Items before this one have been considered for the helper. */
  ahead: number
}

/** Every line matches below it and no exclude can: each entry is wanted, as it is. */
function isUnderMatch(node: DirNode): boolean {
  return (
    node.includes.every((state) => state === ALL) && node.excludes.every((state) => state === DEAD)
  )
}

export class Walker {
  private readonly options: WalkOptions
  private readonly sink: WalkSink
  private readonly classifier: EntryClassifier
  private readonly helper: ListHelper
  /** Directories sent to the helper, by their ticket. */
  private readonly tickets = new Map<DirNode, number>()
  private sinceYield = 0
  private entriesSeen = 0
  /** Directories read (listed here or by the helper). */
  directoriesRead = 0

  constructor(options: WalkOptions, sink: WalkSink, helper: ListHelper) {
    this.options = options
    this.sink = sink
    this.classifier = new EntryClassifier(options, sink)
    this.helper = helper
  }

  async run(): Promise<void> {
    const { root, includes, excludes } = this.options
    let real = root
    try {
      real = realpathSync(root)
    } catch {
      // A missing root: reading it below finds nothing, and its lines stay unmatched.
    }
    const rootNode: DirNode = {
      path: root,
      sortKey: root + path.sep,
      real,
      parent: null,
      viaLink: real !== root,
      includes: includes.map((pattern) => pattern.matcher.descend(pattern.state)),
      excludes: excludes.map((pattern) => pattern.matcher.descend(pattern.state))
    }
    // Depth-first with a stack of sorted sibling lists: pre-order = full-path order.
    const frames: Frame[] = [{ items: this.read(rootNode), next: 0, ahead: 0 }]
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]
      if (frame.next === frame.items.length) {
        frames.pop()
        continue
      }
      const item = frame.items[frame.next++]
      if (isDirectoryItem(item)) {
        this.sendAhead(frame)
        frames.push({ items: this.read(item), next: 0, ahead: 0 })
      } else this.sink.addFile(item)
      if (this.sinceYield >= YIELD_EVERY) {
        this.sinceYield = 0
        await nextTurn()
      }
    }
  }

  /** Sends the frame's next directories to the helper while it has room. */
  private sendAhead(frame: Frame): void {
    frame.ahead = Math.max(frame.ahead, frame.next)
    for (; frame.ahead < frame.items.length; frame.ahead++) {
      const item = frame.items[frame.ahead]
      if (!isDirectoryItem(item) || !isUnderMatch(item)) continue
      const ticket = this.helper.submit(item.path)
      if (ticket === null) return
      this.tickets.set(item, ticket)
    }
  }

  /** The wanted entries of a directory, sorted; reports what it skips. */
  private read(node: DirNode): WalkItem[] {
    const prefix = node.path.endsWith(path.sep) ? node.path : node.path + path.sep
    const items: WalkItem[] = []
    if (isUnderMatch(node)) {
      // One lstat per entry gives its type and size (no Dirent objects), here or done
      // already by the helper.
      const ticket = this.tickets.get(node)
      this.tickets.delete(node)
      const listing = ticket === undefined ? null : this.helper.take(ticket)
      if (listing) return this.readListed(node, listing, prefix)
      for (const name of this.list(node, () => readdirSync(node.path))) {
        const item = this.classifier.underMatch(node, name, prefix + name)
        if (item) items.push(item)
      }
    } else {
      for (const entry of this.list(node, () => readdirSync(node.path, { withFileTypes: true }))) {
        const item = this.classifier.entry(node, entry, prefix + entry.name)
        if (item) items.push(item)
      }
    }
    return items.length > 1 ? items.sort(bySortKey) : items
  }

  private readListed(node: DirNode, listing: Listing, prefix: string): WalkItem[] {
    if (listing.error !== null) return this.unreadable(node, listing.error)
    const paths = this.listed(node, listing.paths)
    const { stats, errors } = listing
    const items: WalkItem[] = []
    for (let i = 0; i < paths.length; i++) {
      const item = this.classifier.underMatchListed(
        node,
        paths[i],
        prefix.length,
        stats[2 * i],
        stats[2 * i + 1],
        errors[i]
      )
      if (item) items.push(item)
    }
    return items.length > 1 ? items.sort(bySortKey) : items
  }

  /** A directory's entries ([] when it cannot be read: reported unless it vanished). */
  private list<T>(node: DirNode, read: () => T[]): T[] {
    try {
      return this.listed(node, read())
    } catch (error) {
      return this.unreadable(node, errorCode(error))
    }
  }

  private unreadable(node: DirNode, code: string): [] {
    // Vanished, or a root that is a file (`a.txt/*`): nothing to collect, nothing to say,
    // unless the name is one Node cannot open.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      this.sink.skip({ path: node.path, reason: 'unreadable', detail: code })
    } else {
      const undecodable = code === 'ENOENT' ? undecodableName(node.path) : null
      if (undecodable) this.sink.skip(undecodable)
    }
    return []
  }

  /** Counts and reports what a directory held. */
  private listed<T>(node: DirNode, entries: T[]): T[] {
    this.directoriesRead++
    this.sinceYield += entries.length
    this.entriesSeen += entries.length
    this.helper.seen(this.entriesSeen)
    if (entries.length === 0 && node.includes.includes(ALL)) {
      this.sink.skip({ path: node.path, reason: 'empty-directory' })
    }
    return entries
  }
}
