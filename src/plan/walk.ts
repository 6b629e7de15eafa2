/**
 * One walk from a search root, matching every `path` line that starts there.
 *
 * Synchronous `readdirSync`/`statSync` with explicit stacks, on purpose: for 100k files on a
 * 2-core runner (warm cache) sync stats took ~140 ms, 64 callback `fs.stat`s in flight
 * ~370 ms and promise-based ones over 1 s (thread-pool hand-offs dominate). Memory and stack
 * never grow with a directory's size, and the event loop still gets a turn every few
 * thousand entries. Entry types come from `readdir`; only wanted files are
 * stat-ed (for their size). Siblings are sorted as they are read, so files come out sorted
 * by full path without a global sort.
 */
import { readdirSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { EntryClassifier } from './classify.js'
import { ALL, DEAD } from './matcher.js'
import {
  errorCode,
  type DirNode,
  type WalkItem,
  type WalkOptions,
  type WalkSink
} from './walk-types.js'

export type { WalkOptions, WalkPattern, WalkSink } from './walk-types.js'

const YIELD_EVERY = 10_000

function byKey(a: WalkItem, b: WalkItem): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

interface Frame {
  items: WalkItem[]
  next: number
}

export class Walker {
  private readonly options: WalkOptions
  private readonly sink: WalkSink
  private readonly classifier: EntryClassifier
  private sinceYield = 0

  constructor(options: WalkOptions, sink: WalkSink) {
    this.options = options
    this.sink = sink
    this.classifier = new EntryClassifier(options, sink)
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
      real,
      parent: null,
      viaLink: real !== root,
      includes: includes.map((pattern) => pattern.matcher.descend(pattern.state)),
      excludes: excludes.map((pattern) => pattern.matcher.descend(pattern.state))
    }
    // Depth-first with a stack of sorted sibling lists: pre-order = full-path order.
    const frames: Frame[] = [{ items: this.read(rootNode), next: 0 }]
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]
      if (frame.next === frame.items.length) {
        frames.pop()
        continue
      }
      const item = frame.items[frame.next++]
      if ('file' in item) this.sink.addFile(item.file, item.lineIndexes)
      else frames.push({ items: this.read(item.directory), next: 0 })
      if (this.sinceYield >= YIELD_EVERY) {
        this.sinceYield = 0
        await nextTurn()
      }
    }
  }

  /** The wanted entries of a directory, sorted; reports what it skips. */
  private read(node: DirNode): WalkItem[] {
    // Below a directory every line matches and no exclude can: every entry is wanted, and
    // one lstat per entry gives its type and size (no Dirent objects).
    const underMatch =
      node.includes.every((state) => state === ALL) &&
      node.excludes.every((state) => state === DEAD)
    const prefix = node.path.endsWith(path.sep) ? node.path : node.path + path.sep
    const items: WalkItem[] = []
    if (underMatch) {
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
    return items.length > 1 ? items.sort(byKey) : items
  }

  /** A directory's entries ([] when it cannot be read: reported unless it vanished). */
  private list<T>(node: DirNode, read: () => T[]): T[] {
    let entries: T[]
    try {
      entries = read()
    } catch (error) {
      const code = errorCode(error)
      // Vanished, or a root that is a file (`a.txt/*`): nothing to collect, nothing to say.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        this.sink.skip({ path: node.path, reason: 'unreadable', detail: code })
      }
      return []
    }
    this.sinceYield += entries.length
    if (entries.length === 0 && node.includes.includes(ALL)) {
      this.sink.skip({ path: node.path, reason: 'empty-directory' })
    }
    return entries
  }
}
