/**
 * The typed Simvue client: one object owning the connections, created by `connect` after the
 * version and token check. The requests themselves live in runs.ts, artifacts.ts and
 * storage.ts; every call takes an optional signal and retry listener.
 */
import { SERVER_VERSION_MAX_EXCLUSIVE, SERVER_VERSION_MIN } from '../config.js'
import { errorMessage, InputError, NetworkError, SetupError } from '../errors.js'
import { text, type Logger } from '../log.js'
import { ApiClient, hasStatus, type ApiOptions, type CallOptions } from './api.js'
import * as artifacts from './artifacts.js'
import { isObject } from './detail.js'
import { TokenRefusedError } from './errors.js'
import type { RetryNotice } from './retry.js'
import * as runs from './runs.js'
import { uploadToStorage, type UploadSource } from './storage.js'
import { Transport } from './transport.js'

export type { CallOptions } from './api.js'
export type { RetryNotice } from './retry.js'
export { bufferSource, type UploadSource } from './storage.js'

export interface SimvueClientOptions extends Pick<
  ApiOptions,
  'apiUrl' | 'token' | 'maxAttempts' | 'apiTimeoutMs' | 'signal'
> {
  /** Files in flight; sizes the socket pool. */
  concurrency: number
  stallTimeoutMs: number
  /** Storage URLs with http:// to a host that is not loopback are refused unless set. */
  allowInsecureHttp?: boolean
  /** Per-request lines at debug level; retries of calls without their own listener at info. */
  logger?: Logger
  /** Sent with every request; the action's by default. */
  userAgent?: string
}

export class SimvueClient {
  readonly serverVersion: string
  private readonly api: ApiClient
  private readonly transport: Transport
  private readonly options: SimvueClientOptions

  private constructor(
    options: SimvueClientOptions,
    transport: Transport,
    api: ApiClient,
    version: string
  ) {
    this.options = options
    this.transport = transport
    this.api = api
    this.serverVersion = version
  }

  /** GET /api/version: reachable, token accepted, 1.1.0 ≤ version < 2.0.0. */
  static async connect(options: SimvueClientOptions): Promise<SimvueClient> {
    // A header cannot carry it: refused before undici refuses it per request.
    if (!/^[\x21-\x7e]+$/.test(options.token)) {
      throw new InputError(
        'The token contains characters that cannot be sent in an HTTP header (spaces, line breaks or non-ASCII): check the secret passed as SIMVUE_TOKEN or input `token`.'
      )
    }
    // Sockets for every file in flight plus a few for API calls made alongside them.
    const transport = new Transport({
      ...options,
      maxSockets: options.concurrency + 4,
      secrets: [options.token]
    })
    const logger = options.logger
    const api = new ApiClient({
      ...options,
      transport,
      onRetry: logger && ((notice, what) => logger.info(retryLine(what, notice)))
    })
    try {
      const answer = await api.request({ method: 'GET', path: ['version'] })
      const version = isObject(answer.json) ? answer.json.version : undefined
      const checked = checkServerVersion(version, options.apiUrl)
      return new SimvueClient(options, transport, api, checked)
    } catch (error) {
      transport.dispose()
      throw explainConnectError(error, options.apiUrl)
    }
  }

  readonly getRun = this.bound(runs.getRun)
  readonly findRunsByName = this.bound(runs.findRunsByName)
  readonly createFolder = this.bound(runs.createFolder)
  readonly createRun = this.bound(runs.createRun)
  readonly updateRun = this.bound(runs.updateRun)
  readonly listRunArtifacts = this.bound(artifacts.listRunArtifacts)
  readonly createArtifact = this.bound(artifacts.createArtifact)
  readonly markUploaded = this.bound(artifacts.markUploaded)
  readonly attach = this.bound(artifacts.attach)

  uploadToStorage(
    url: string,
    fields: Record<string, string>,
    source: UploadSource,
    options: CallOptions & { onBytes?: (bytes: number) => void } = {}
  ): Promise<void> {
    const signal = options.signal ?? this.options.signal
    return uploadToStorage(this.transport, this.options, url, fields, source, {
      ...options,
      signal
    })
  }

  /** Closes every keep-alive socket; call once, after the last request. */
  dispose(): void {
    this.transport.dispose()
  }

  /** A request of runs.ts or artifacts.ts, on this client's API connection. */
  private bound<A extends unknown[], R>(request: (api: ApiClient, ...args: A) => R) {
    return (...args: A): R => request(this.api, ...args)
  }
}

/** `GET https://…/api/runs: 503 Service Unavailable; attempt 2/5 in 1.6 s`. */
export function retryLine(what: string, notice: RetryNotice) {
  const seconds = (notice.waitMs / 1000).toFixed(1)
  return text`${what}: ${notice.reason}; attempt ${notice.attempt}/${notice.maxAttempts} in ${seconds} s`
}

function explainConnectError(error: unknown, apiUrl: string): unknown {
  if (error instanceof TokenRefusedError || error instanceof SetupError) return error
  if (error instanceof NetworkError) {
    return new SetupError(
      text`Could not reach the Simvue server at ${apiUrl}: ${error.message}. Check server-url / SIMVUE_URL, and HTTPS_PROXY / NO_PROXY if the runner needs a proxy.`,
      { cause: error }
    )
  }
  if (hasStatus(error, 404)) {
    return new SetupError(
      text`${apiUrl}/version answered 404: is server-url the base URL of a Simvue server? (the action appends /api)`,
      { cause: error }
    )
  }
  return new SetupError(text`Checking the Simvue server failed: ${errorMessage(error)}`, {
    cause: error
  })
}

type Triple = [number, number, number]

/** Strict `MAJOR.MINOR.PATCH` (build metadata ignored); prereleases and garbage give null. */
export function parseVersion(text: string): Triple | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim())
  if (!match) return null
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

const compare = (a: Triple, b: Triple): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]

/** Throws SetupError unless `version` is a release within the supported range. */
export function checkServerVersion(version: unknown, apiUrl: string): string {
  const range = `${SERVER_VERSION_MIN} ≤ version < ${SERVER_VERSION_MAX_EXCLUSIVE}`
  const parsed = typeof version === 'string' ? parseVersion(version) : null
  if (!parsed) {
    throw new SetupError(
      `${apiUrl}/version did not report a release version (got ${JSON.stringify(version)}); ` +
        `this action supports Simvue servers with API ${range}. Check server-url.`
    )
  }
  const min = parseVersion(SERVER_VERSION_MIN) as Triple
  const max = parseVersion(SERVER_VERSION_MAX_EXCLUSIVE) as Triple
  if (compare(parsed, min) < 0 || compare(parsed, max) >= 0) {
    throw new SetupError(
      `The Simvue server at ${apiUrl} reports API version ${String(version)}; this action ` +
        `supports ${range}. Use a matching server or action version.`
    )
  }
  return String(version)
}
