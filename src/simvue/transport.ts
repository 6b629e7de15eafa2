/**
 * One HTTP attempt, done with node:http(s) directly. @actions/http-client only supplies the
 * agent, so HTTPS_PROXY / NO_PROXY apply; its request methods are not used because they pipe
 * streams without propagating errors, cannot be aborted and follow redirects (DESIGN §6).
 */
import * as http from 'node:http'
import * as https from 'node:https'
import type { Writable } from 'node:stream'
import type { Logger } from '../log.js'
import { HttpClient } from '@actions/http-client'
import { USER_AGENT } from '../config.js'
import { NetworkError } from '../errors.js'
import { redactUrl } from './url.js'

/**
 * Writes one attempt's body into the request and resolves once every chunk was flushed;
 * called again on every attempt, so each attempt reopens its file.
 */
export type BodyWriter = (sink: Writable) => Promise<void>

export interface TransportRequest {
  method: string
  url: URL
  headers: Record<string, string>
  /** A Buffer, or a writer that streams the body (a file) for this attempt. */
  body?: Buffer | BodyWriter
  /** Required with a stream body: chunked bodies are never sent (S3 refuses them). */
  contentLength?: number
  /** No bytes written or received for this long → abort with `idleCode`. */
  idleTimeoutMs: number
  idleCode?: 'ETIMEDOUT' | 'ESTALL'
  /** Whole-request deadline (API calls). */
  totalTimeoutMs?: number
  maxResponseBytes: number
}

export interface TransportResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
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
  private readonly clients = new Map<string, HttpClient>()
  private readonly agents = new Set<http.Agent>()
  private readonly maxSockets: number
  private readonly log: Logger
  private disposed = false

  constructor(options: { maxSockets: number; log: Logger }) {
    this.maxSockets = options.maxSockets
    this.log = options.log
  }

  /** Sends one attempt; resolves with any HTTP status, rejects on socket or body errors. */
  send(request: TransportRequest): Promise<TransportResponse> {
    if (this.disposed) throw new Error('Transport used after dispose()')
    const { url, method } = request
    // node:http would turn user-info into an Authorization header; nothing here may send one.
    if (url.username || url.password) throw new Error('refusing a URL that contains credentials')
    const agent = this.agentFor(url)
    const headers: Record<string, string> = { 'User-Agent': USER_AGENT, ...request.headers }
    const body = request.body
    if (Buffer.isBuffer(body)) headers['Content-Length'] = String(body.length)
    else if (body) {
      if (request.contentLength === undefined) throw new Error('stream body needs contentLength')
      headers['Content-Length'] = String(request.contentLength)
    }
    const where = `${method} ${redactUrl(url)}`
    const send = url.protocol === 'https:' ? https.request : http.request

    return new Promise<TransportResponse>((resolve, reject) => {
      let settled = false
      let bodyError: unknown = null
      let bodyDone = !body
      let deadline: NodeJS.Timeout | undefined
      const started = Date.now()
      const finish = (error: unknown, response?: TransportResponse): void => {
        if (settled) return
        settled = true
        clearTimeout(deadline)
        // Per-request lines only with RUNNER_DEBUG: thousands of files make many requests.
        if (this.log.debugEnabled) {
          const outcome = response ? response.status : (bodyError ?? error)
          this.log.debug(`${where} -> ${String(outcome)} (${Date.now() - started} ms)`)
        }
        if (response) resolve(response)
        else reject(bodyError ?? toNetworkError(error, where))
      }

      const req = send(url, { agent, method, headers })
      const abort = (code: string, why: string): void => {
        req.destroy(new NetworkError(`${where}: ${why}`, code))
      }
      req.setTimeout(request.idleTimeoutMs, () =>
        abort(request.idleCode ?? 'ETIMEDOUT', `no progress for ${request.idleTimeoutMs} ms`)
      )
      if (request.totalTimeoutMs !== undefined) {
        const ms = request.totalTimeoutMs
        deadline = setTimeout(() => abort('ETIMEDOUT', `no answer within ${ms} ms`), ms)
      }
      req.on('error', (error) => finish(error))
      req.on('response', (res) => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > request.maxResponseBytes) {
            const limit = request.maxResponseBytes
            req.destroy(new NetworkError(`${where}: answer larger than ${limit} bytes`, 'EBIG'))
            return
          }
          chunks.push(chunk)
        })
        res.on('error', (error) => finish(error))
        res.on('close', () => {
          if (!res.complete) finish(new NetworkError(`${where}: answer cut off`, 'ECONNRESET'))
        })
        res.on('end', () => {
          // An early answer (e.g. S3 refusing a body): drop the socket rather than reuse it.
          if (!bodyDone) req.destroy()
          finish(null, {
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks)
          })
        })
      })

      if (body && !Buffer.isBuffer(body)) {
        // The body's own error (e.g. FileChangedError) wins over the socket error that
        // destroying the request causes; later errors are consequences.
        body(req).then(
          () => {
            bodyDone = true
            req.end()
          },
          (error: unknown) => {
            if (!settled) bodyError ??= error
            req.destroy(error instanceof Error ? error : new Error(String(error)))
          }
        )
      } else {
        bodyDone = true
        req.end(body)
      }
    })
  }

  /** One HttpClient per origin: it caches a single agent chosen by its first URL's scheme. */
  private agentFor(url: URL): http.Agent {
    let client = this.clients.get(url.origin)
    if (!client) {
      client = new HttpClient(USER_AGENT, [], {
        keepAlive: true,
        allowRedirects: false,
        maxSockets: this.maxSockets
      })
      this.clients.set(url.origin, client)
    }
    const agent = client.getAgent(url.href)
    this.agents.add(agent)
    return agent
  }

  /**
   * Closes every keep-alive socket so the process exits right after the last upload.
   * HttpClient.dispose() only destroys its direct agent, not a proxy tunnel agent, so every
   * agent handed out is destroyed here as well.
   */
  dispose(): void {
    this.disposed = true
    for (const client of this.clients.values()) client.dispose()
    for (const agent of this.agents) {
      if (typeof agent.destroy === 'function') agent.destroy()
    }
    this.clients.clear()
    this.agents.clear()
  }
}

function toNetworkError(error: unknown, where: string): NetworkError {
  if (error instanceof NetworkError) return error
  const code = (error as { code?: unknown } | null)?.code
  const text = error instanceof Error ? error.message : String(error)
  const name = typeof code === 'string' ? code : 'ENETWORK'
  const hint = TLS_CODES.has(name) ? TLS_HINT : ''
  return new NetworkError(`${where}: ${text}${hint}`, name, { cause: error })
}
