/**
 * One HTTP attempt, on undici's `request` (the client @actions/http-client bundles): no
 * redirects, exact Content-Length, undici's header and body timeouts as the stall watchdog,
 * an overall deadline and cancellation through abort signals. Proxies follow
 * @actions/http-client's rules (HTTPS_PROXY, NO_PROXY, loopback always direct) through its
 * undici ProxyAgent. Every answer leaves here with the token scrubbed from its text.
 */
import { Readable } from 'node:stream'
import { HttpClient } from '@actions/http-client'
import { Agent, request as undiciRequest, type Dispatcher } from 'undici'
import { USER_AGENT } from '../config.js'
import { NetworkError } from '../errors.js'
import { text, type Logger } from '../log.js'
import { CancelledError } from './errors.js'
import { makeScrubber, type Scrubber } from './scrub.js'
import { redactUrl } from './url.js'

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT'
  url: URL
  headers: Record<string, string>
  /** A Buffer, or a stream made for this attempt (it must carry a content-length header). */
  body?: Buffer | Readable
  /** No bytes sent or received for this long: the attempt is aborted with `idleCode`. */
  idleTimeoutMs: number
  idleCode: 'ETIMEDOUT' | 'ESTALL'
  /** Whole-attempt deadline, answer included. */
  deadlineMs: number
  /** Cancellation of the whole upload. */
  signal?: AbortSignal
  maxResponseBytes: number
}

export interface TransportResponse {
  status: number
  headers: Record<string, string | undefined>
  /** Token already scrubbed. */
  body: Buffer
  /** False when a stream body had not been handed to the socket in full by the answer. */
  bodySent: boolean
}

/** Hints for errors a user can fix (custom CAs are the common one on self-hosted servers). */
const TLS_HINT =
  ' (TLS certificate not trusted: for a private CA set NODE_EXTRA_CA_CERTS, see the README)'
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED'
])

export class Transport {
  readonly scrub: Scrubber
  private readonly agent: Agent
  private readonly dispatchers = new Map<string, Dispatcher>()
  private readonly logger: Logger | undefined
  private disposed = false

  private readonly userAgent: string

  constructor(options: {
    maxSockets: number
    secrets: string[]
    logger?: Logger
    userAgent?: string
  }) {
    this.userAgent = options.userAgent ?? USER_AGENT
    this.agent = new Agent({ connections: options.maxSockets, keepAliveTimeout: 10_000 })
    this.scrub = makeScrubber(options.secrets)
    this.logger = options.logger
  }

  /** Sends one attempt; resolves with any HTTP status, rejects on socket or body errors. */
  async send(request: TransportRequest): Promise<TransportResponse> {
    if (this.disposed) throw new Error('Transport used after dispose()')
    const { url, method, body } = request
    // Nothing here may send credentials that are not the API's own header.
    if (url.username || url.password) throw new Error('refusing a URL that contains credentials')
    if (body instanceof Readable && request.headers['content-length'] === undefined) {
      throw new Error('a stream body needs a content-length (chunked bodies are never sent)')
    }
    const where = `${method} ${redactUrl(url)}`
    // One controller and one timer per attempt, not AbortSignal.any: see docs/design.md,
    // "Dependencies and hand-written parts".
    const attempt = new AbortController()
    const deadline = setTimeout(() => attempt.abort(), request.deadlineMs)
    const cancel = () => attempt.abort()
    request.signal?.addEventListener('abort', cancel, { once: true })
    if (request.signal?.aborted) attempt.abort()
    let bodySent = !(body instanceof Readable)
    let bodyError: unknown = null
    if (body instanceof Readable) {
      body.once('end', () => (bodySent = true))
      body.once('error', (error) => (bodyError ??= error))
    }
    const started = Date.now()
    try {
      const response = await undiciRequest(url, {
        method,
        headers: { 'user-agent': this.userAgent, ...request.headers },
        body,
        dispatcher: this.dispatcherFor(url),
        signal: attempt.signal,
        headersTimeout: request.idleTimeoutMs,
        bodyTimeout: request.idleTimeoutMs,
        maxRedirections: 0
      })
      const answer = await readCapped(response.body, request.maxResponseBytes, where)
      this.trace(where, String(response.statusCode), started)
      return {
        status: response.statusCode,
        headers: this.scrubHeaders(response.headers),
        body: this.scrub.buffer(answer),
        bodySent
      }
    } catch (error) {
      const failure = bodyError ?? this.explain(error, where, request, attempt.signal)
      this.trace(where, String(failure), started)
      throw failure
    } finally {
      clearTimeout(deadline)
      request.signal?.removeEventListener('abort', cancel)
      if (body instanceof Readable && !body.readableEnded) body.destroy()
    }
  }

  private explain(
    error: unknown,
    where: string,
    request: TransportRequest,
    attempt: AbortSignal
  ): unknown {
    if (request.signal?.aborted) return new CancelledError(`${where}: cancelled`)
    if (attempt.aborted) {
      const seconds = Math.round(request.deadlineMs / 1000)
      return new NetworkError(`${where}: no complete answer within ${seconds} s`, 'EDEADLINE')
    }
    if (error instanceof NetworkError) return error
    const code = codeOf(error)
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      const why = `no progress for ${request.idleTimeoutMs} ms`
      return new NetworkError(`${where}: ${why}`, request.idleCode, { cause: error })
    }
    const causeCode = codeOf((error as { cause?: unknown } | null)?.cause)
    const name =
      code === 'UND_ERR_SOCKET'
        ? (causeCode ?? 'ECONNRESET')
        : code === 'UND_ERR_CONNECT_TIMEOUT'
          ? 'ETIMEDOUT'
          : (code ?? causeCode ?? 'ENETWORK')
    const message = error instanceof Error ? error.message : String(error)
    const hint = TLS_CODES.has(name) ? TLS_HINT : ''
    return new NetworkError(`${where}: ${message}${hint}`, name, { cause: error })
  }

  /**
   * http-client's proxy decision depends on the host and port only: made once per origin, by
   * a client of its own (http-client caches a single proxy agent per instance). Only its
   * dispatcher is kept: a client that never sent a request holds no socket of its own.
   */
  private dispatcherFor(url: URL): Dispatcher {
    const known = this.dispatchers.get(url.origin)
    if (known) return known
    const client = new HttpClient(this.userAgent, [], { keepAlive: true, allowRedirects: false })
    const dispatcher = client.getAgentDispatcher(url.href) ?? this.agent
    this.dispatchers.set(url.origin, dispatcher)
    return dispatcher
  }

  private scrubHeaders(headers: Record<string, string | string[] | undefined>) {
    const out: Record<string, string | undefined> = {}
    for (const [name, value] of Object.entries(headers)) {
      const first = Array.isArray(value) ? value[0] : value
      out[name] = first === undefined ? undefined : this.scrub.text(first)
    }
    return out
  }

  /** Per-request lines only with debug on: thousands of files make many requests. */
  private trace(where: string, outcome: string, started: number): void {
    if (!this.logger?.debugEnabled) return
    this.logger.debug(text`${where} -> ${this.scrub.text(outcome)} (${Date.now() - started} ms)`)
  }

  /** Closes every keep-alive socket so the process exits right after the last request. */
  dispose(): void {
    this.disposed = true
    // The agent may appear once per origin: destroy each dispatcher once.
    for (const dispatcher of new Set([this.agent, ...this.dispatchers.values()])) {
      void dispatcher.destroy().catch(() => undefined)
    }
    this.dispatchers.clear()
  }
}

/** Events rather than `for await`: an async iterator per answer is measurable at 4,000 answers. */
function readCapped(body: Readable, limit: number, where: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    body.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      body.destroy()
      reject(new NetworkError(`${where}: answer larger than ${limit} bytes`, 'EBIG'))
    })
    body.once('end', () => resolve(Buffer.concat(chunks, size)))
    body.once('error', reject)
  })
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
