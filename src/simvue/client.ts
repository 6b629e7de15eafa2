/**
 * The typed Simvue client: one object owning the connections, created by `connect` after the
 * version and token check (DESIGN §3 step 3). The requests themselves live in runs.ts,
 * artifacts.ts and storage.ts.
 */
import { errorMessage, NetworkError, SetupError } from '../errors.js'
import type { Category } from '../plan/types.js'
import { ApiClient, hasStatus } from './api.js'
import * as artifacts from './artifacts.js'
import { isObject } from './detail.js'
import { TokenRefusedError } from './errors.js'
import * as runs from './runs.js'
import { uploadToStorage, type UploadSource } from './storage.js'
import { Transport } from './transport.js'
import type {
  ArtifactCreateBody,
  ArtifactCreated,
  ArtifactRecord,
  RunCreateBody,
  RunRecord
} from './types.js'
import { checkServerVersion } from './version.js'
import type { Logger } from '../log.js'

export type { UploadSource } from './storage.js'

export interface SimvueClientOptions {
  /** Normalised, ending in /api (see url.ts). */
  apiUrl: string
  token: string
  maxAttempts: number
  /** Files in flight; sizes the socket pools. */
  concurrency: number
  stallTimeoutMs: number
  /** API request timeout; API_TIMEOUT_MS unless a test shortens it. */
  apiTimeoutMs?: number
  log: Logger
}

export class SimvueClient {
  readonly serverVersion: string
  readonly apiUrl: string
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
    this.apiUrl = options.apiUrl
    this.serverVersion = version
  }

  /** GET /api/version: reachable, token accepted, 1.1.0 ≤ version < 2.0.0. */
  static async connect(options: SimvueClientOptions): Promise<SimvueClient> {
    // Sockets for every file in flight plus a few for API calls made alongside them.
    const transport = new Transport({ maxSockets: options.concurrency + 4, log: options.log })
    const api = new ApiClient({
      apiUrl: options.apiUrl,
      token: options.token,
      maxAttempts: options.maxAttempts,
      transport,
      timeoutMs: options.apiTimeoutMs,
      log: options.log
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

  getRun(id: string): Promise<RunRecord | null> {
    return runs.getRun(this.api, id)
  }

  findRunsByName(name: string, folder: string | null): Promise<RunRecord[]> {
    return runs.findRunsByName(this.api, name, folder)
  }

  createFolder(path: string): Promise<string> {
    return runs.createFolder(this.api, path)
  }

  createRun(body: RunCreateBody): Promise<{ id: string; name: string }> {
    return runs.createRun(this.api, body)
  }

  updateRun(id: string, body: Record<string, unknown>): Promise<void> {
    return runs.updateRun(this.api, id, body)
  }

  listRunArtifacts(runId: string, category: Category | null): Promise<ArtifactRecord[]> {
    return artifacts.listRunArtifacts(this.api, runId, category)
  }

  createArtifact(
    body: ArtifactCreateBody,
    options: { deduplicate: boolean }
  ): Promise<ArtifactCreated> {
    return artifacts.createArtifact(this.api, body, options)
  }

  markUploaded(id: string): Promise<void> {
    return artifacts.markUploaded(this.api, id)
  }

  attach(runId: string, artifactId: string, category: Category): Promise<void> {
    return artifacts.attach(this.api, runId, artifactId, category)
  }

  uploadToStorage(
    url: string,
    fields: Record<string, string>,
    source: UploadSource,
    onBytes?: (bytes: number) => void
  ): Promise<void> {
    const { maxAttempts, stallTimeoutMs, log } = this.options
    return uploadToStorage(
      { transport: this.transport, maxAttempts, stallTimeoutMs, log },
      url,
      fields,
      source,
      onBytes
    )
  }

  /** Closes every keep-alive socket; call once, after the last request. */
  dispose(): void {
    this.transport.dispose()
  }
}

function explainConnectError(error: unknown, apiUrl: string): unknown {
  if (error instanceof TokenRefusedError || error instanceof SetupError) return error
  if (error instanceof NetworkError) {
    return new SetupError(
      `Could not reach the Simvue server at ${apiUrl}: ${error.message}. Check server-url / ` +
        'SIMVUE_URL, and HTTPS_PROXY / NO_PROXY if the runner needs a proxy.',
      { cause: error }
    )
  }
  if (hasStatus(error, 404)) {
    return new SetupError(
      `${apiUrl}/version answered 404: is server-url the base URL of a Simvue server? ` +
        '(the action appends /api)',
      { cause: error }
    )
  }
  return new SetupError(`Checking the Simvue server failed: ${errorMessage(error)}`, {
    cause: error
  })
}
