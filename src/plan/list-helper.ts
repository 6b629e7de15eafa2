/**
 * A helper thread that lists directories and `lstat`s their entries while the walk's thread
 * works on others (DESIGN §5 Collection). A big walk is mostly `readdir` and `lstat` system
 * calls, one thread can do only one at a time, and runners have two or more cores: with
 * whole directories split between the threads, the calls of a 100k-file tree take about
 * half the time (measured: two threads on separate directories each run at single-thread
 * speed).
 *
 * Sync on both sides, no event-loop turns: jobs go out by message, replies are pulled with
 * `receiveMessageOnPort`, and a wait blocks on a shared counter. The walk's thread queues
 * the directories it will need next; the helper takes them from the front. When the walk
 * needs one that is not done, it lists the last job the helper has not started (claimed
 * through a shared slot, so each job is done once) rather than wait idle.
 */
import { constants, lstatSync, readdirSync, type Stats } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads'
import {
  WALK_HELPER_GIVE_UP_MS,
  WALK_HELPER_MAX_QUEUED,
  WALK_HELPER_MIN_ENTRIES,
  walkHelperMode
} from '../config.js'

/** A listed directory: its entries' paths, then per entry its `lstat` mode and size. */
export interface Listing {
  /** The `readdir` error code; the rest is empty then. */
  error: string | null
  /** Full paths (the directory, a separator, the name), as `readdir` gave the names. */
  paths: string[]
  /** Per entry: mode (or VANISHED / FAILED), then size. */
  stats: Float64Array
  /** Error codes of the FAILED entries, by index. */
  errors: Record<number, string>
}

/** An entry listed but gone by its `lstat`. */
export const VANISHED = -1
/** An entry whose `lstat` failed otherwise (code in `errors`). */
export const FAILED = -2

interface Reply {
  ticket: number
  error: string | null
  joined: string
  stats: Float64Array
  errors: Record<number, string>
}

/** Shared counters: replies sent, whether the helper runs, then one claim slot per job. */
const DONE = 0
const STARTED = 1
const SLOTS = 64
const OPEN = 1
const CLAIMED = 2

/**
 * Runs in the helper (CommonJS, no bundle): `listWith` itself, from its source text. Full
 * paths go back joined by NUL, which no path holds: split on the walk's thread they are
 * slices of one flat string, ready to use.
 */
const SOURCE = `'use strict'
const { workerData } = require('node:worker_threads')
const { lstatSync, readdirSync } = require('node:fs')
const { sep } = require('node:path')
const { port, control } = workerData
const calls = { lstatSync, readdirSync, sep }
const listWith = ${listWith.toString()}
port.on('message', ({ ticket, path }) => {
  if (Atomics.compareExchange(control, 2 + (ticket % ${SLOTS}), ${OPEN}, ${CLAIMED}) === ${OPEN}) {
    const { error, paths, stats, errors } = listWith(calls, path)
    port.postMessage({ ticket, error, joined: paths.join('\\0'), stats, errors }, [stats.buffer])
  }
  Atomics.add(control, ${DONE}, 1)
  Atomics.notify(control, ${DONE})
})
Atomics.store(control, ${STARTED}, 1)
Atomics.notify(control, ${STARTED})
`

export class ListHelper {
  private readonly mode = walkHelperMode()
  private worker: Worker | null = null
  private port: MessagePort | null = null
  /** Off, failed or closed: the walk lists everything itself. */
  private failed = this.mode === 'off' || (this.mode === 'auto' && os.availableParallelism() < 2)
  private readonly control = new Int32Array(new SharedArrayBuffer(4 * (2 + SLOTS)))
  private readonly replies = new Map<number, Reply>()
  /** Jobs the walk's thread claimed back and listed itself, until asked for. */
  private readonly claimed = new Map<number, Listing>()
  private readonly paths = new Map<number, string>()
  private submitted = 0
  /** Directories whose listing came from the helper (reported in the debug log). */
  listedByHelper = 0

  /** Starts the thread once the walk has met enough entries to be worth it. */
  seen(entries: number): void {
    if (this.worker !== null || this.failed) return
    if (this.mode === 'always' || entries >= WALK_HELPER_MIN_ENTRIES) this.start()
  }

  /** Sends a directory to list, when the helper runs and has room: its ticket, else null. */
  submit(directory: string): number | null {
    if (this.failed || Atomics.load(this.control, STARTED) === 0) return null
    if (this.submitted - Atomics.load(this.control, DONE) >= WALK_HELPER_MAX_QUEUED) return null
    const ticket = this.submitted++
    Atomics.store(this.control, 2 + (ticket % SLOTS), OPEN)
    this.paths.set(ticket, directory)
    this.port?.postMessage({ ticket, path: directory })
    return ticket
  }

  /** The listing of a submitted directory; null when the caller is to list it itself. */
  take(ticket: number): Listing | null {
    const directory = this.paths.get(ticket)
    this.paths.delete(ticket)
    const own = this.claimed.get(ticket)
    if (own) {
      this.claimed.delete(ticket)
      return own
    }
    // Not started by the helper: claimed back, and listed by the caller on the spot
    // (`always`, for tests: the helper lists every job).
    const always = this.mode === 'always'
    if ((!always && this.claim(ticket)) || directory === undefined) return null
    const started = Date.now()
    for (;;) {
      const done = Atomics.load(this.control, DONE)
      const reply = this.poll(ticket)
      if (reply) {
        this.listedByHelper++
        return toListing(reply)
      }
      if (this.failed || Date.now() - started > WALK_HELPER_GIVE_UP_MS) {
        this.close() // gone or stuck: the walk goes on alone
        return null
      }
      // Rather than wait: the last queued job the helper has not started, done here.
      if (always || !this.listLastQueued(ticket)) Atomics.wait(this.control, DONE, done, 100)
    }
  }

  close(): void {
    this.failed = true
    this.port?.close()
    if (this.worker) void this.worker.terminate()
    this.port = null
    this.worker = null
  }

  private claim(ticket: number): boolean {
    const slot = 2 + (ticket % SLOTS)
    return Atomics.compareExchange(this.control, slot, OPEN, CLAIMED) === OPEN
  }

  /** Lists the newest job after `ticket` that the helper has not started; false if none. */
  private listLastQueued(ticket: number): boolean {
    for (let last = this.submitted - 1; last > ticket; last--) {
      const directory = this.paths.get(last)
      if (directory === undefined || this.claimed.has(last) || !this.claim(last)) continue
      this.claimed.set(last, listDirectory(directory))
      return true
    }
    return false
  }

  private poll(ticket: number): Reply | null {
    for (let reply = this.receive(); reply; reply = this.receive()) {
      this.replies.set(reply.ticket, reply)
    }
    const reply = this.replies.get(ticket) ?? null
    this.replies.delete(ticket)
    return reply
  }

  private receive(): Reply | undefined {
    if (!this.port) return undefined
    return (receiveMessageOnPort(this.port) as { message: Reply } | undefined)?.message
  }

  private start(): void {
    const { port1, port2 } = new MessageChannel()
    try {
      this.worker = new Worker(SOURCE, {
        eval: true,
        workerData: { port: port2, control: this.control },
        transferList: [port2]
      })
    } catch {
      this.failed = true
      return
    }
    // Seen at the walk's next event-loop turn; a wait in progress gives up after a while.
    this.worker.on('error', () => (this.failed = true))
    this.worker.on('exit', () => (this.failed = true))
    this.worker.unref()
    this.port = port1
    this.port.unref()
    if (this.mode === 'always') Atomics.wait(this.control, STARTED, 0, WALK_HELPER_GIVE_UP_MS)
  }
}

/** What the helper does for a job, done on the walk's thread. */
export function listDirectory(directory: string): Listing {
  return listWith(OWN_CALLS, directory)
}

/** The file-system calls of a listing: passed in, so that the helper can run `listWith`. */
interface ListingCalls {
  readdirSync(directory: string): string[]
  lstatSync(path: string, options: { throwIfNoEntry: false }): Stats | undefined
  sep: string
}

const OWN_CALLS: ListingCalls = { readdirSync, lstatSync, sep: path.sep }

/**
 * Lists a directory and `lstat`s its entries. It refers to nothing but its parameters and
 * globals, because the helper runs its source text: hence -1 and -2 for VANISHED and FAILED.
 */
function listWith(calls: ListingCalls, directory: string): Listing {
  let names: string[]
  try {
    names = calls.readdirSync(directory)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN'
    return { error: code, paths: [], stats: new Float64Array(0), errors: {} }
  }
  const prefix = directory.endsWith(calls.sep) ? directory : directory + calls.sep
  const paths = names.map((name) => prefix + name)
  const stats = new Float64Array(paths.length * 2)
  const errors: Record<number, string> = {}
  const options = { throwIfNoEntry: false } as const
  for (let i = 0; i < paths.length; i++) {
    try {
      const entry = calls.lstatSync(paths[i], options)
      stats[2 * i] = entry ? entry.mode : -1
      stats[2 * i + 1] = entry ? entry.size : 0
    } catch (error) {
      stats[2 * i] = -2
      errors[i] = (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN'
    }
  }
  return { error: null, paths, stats, errors }
}

function toListing(reply: Reply): Listing {
  const paths = reply.error === null && reply.joined !== '' ? reply.joined.split('\0') : []
  return { error: reply.error, paths, stats: reply.stats, errors: reply.errors }
}

const { S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK } = constants

export function isFileMode(mode: number): boolean {
  return (mode & S_IFMT) === S_IFREG
}

/** The part of `Stats` the classifier asks of an entry, from a listed mode and size. */
export class ListedStats {
  private readonly mode: number
  readonly size: number

  constructor(mode: number, size: number) {
    this.mode = mode
    this.size = size
  }

  private is(type: number): boolean {
    return (this.mode & S_IFMT) === type
  }

  isFile(): boolean {
    return this.is(S_IFREG)
  }
  isDirectory(): boolean {
    return this.is(S_IFDIR)
  }
  isSymbolicLink(): boolean {
    return this.is(S_IFLNK)
  }
  isFIFO(): boolean {
    return this.is(S_IFIFO)
  }
  isSocket(): boolean {
    return this.is(S_IFSOCK)
  }
  isCharacterDevice(): boolean {
    return this.is(S_IFCHR)
  }
  isBlockDevice(): boolean {
    return this.is(S_IFBLK)
  }
}
