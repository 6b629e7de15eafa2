/** Log of every API and storage request since the last clear (control requests excluded). */
import type { IncomingMessage } from 'node:http'
import type { Endpoint, RequestLogEntry } from './types.ts'
import { headerRecord } from './util.ts'

/** Oldest entries are dropped beyond this many, so long benchmarks cannot exhaust memory. */
const MAX_ENTRIES = 500_000

export class RequestLog {
  #entries: RequestLogEntry[] = []

  /** Records a request on arrival; the caller fills in status, artifactName and fault. */
  start(
    origin: RequestLogEntry['origin'],
    req: IncomingMessage,
    endpoint: Endpoint | 'unknown'
  ): RequestLogEntry {
    const entry: RequestLogEntry = {
      origin,
      endpoint,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      status: 0,
      headers: headerRecord(req.headers),
      time: Date.now()
    }
    if (this.#entries.length >= MAX_ENTRIES) this.#entries.splice(0, MAX_ENTRIES / 2)
    this.#entries.push(entry)
    return entry
  }

  list(): RequestLogEntry[] {
    return this.#entries
  }

  clear(): void {
    this.#entries = []
  }
}
