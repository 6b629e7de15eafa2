/** Shared types of the development server (public ones are re-exported by index.ts). */

export type Endpoint =
  | 'version'
  | 'whoami'
  | 'folders.create'
  | 'runs.create'
  | 'runs.get'
  | 'runs.list'
  | 'runs.update'
  | 'runs.abort.status'
  | 'runs.abort.request'
  | 'runs.heartbeat'
  | 'metrics.create'
  | 'events.create'
  | 'runs.artifacts.list'
  | 'runs.artifacts.attach'
  | 'artifacts.create'
  | 'artifacts.list'
  | 'artifacts.get'
  | 'artifacts.mark'
  | 'storage.upload'
  | 'storage.download'

export const ENDPOINTS: readonly Endpoint[] = [
  'version',
  'whoami',
  'folders.create',
  'runs.create',
  'runs.get',
  'runs.list',
  'runs.update',
  'runs.abort.status',
  'runs.abort.request',
  'runs.heartbeat',
  'metrics.create',
  'events.create',
  'runs.artifacts.list',
  'runs.artifacts.attach',
  'artifacts.create',
  'artifacts.list',
  'artifacts.get',
  'artifacts.mark',
  'storage.upload',
  'storage.download'
]

export type FaultKind = 'status' | 'latency' | 'stall' | 'reset' | 'lost' | 'trickle' | 'early'

export interface FaultSpec {
  endpoint: Endpoint | '*'
  kind: FaultKind
  /** kind 'status': answer this code ({"detail"} JSON at the API, S3 XML at storage). */
  status?: number
  /** kind 'status': Retry-After header value. */
  retryAfter?: string
  /** kind 'status': JSON body replacing the default {"detail": ...} (API only). */
  body?: unknown
  /** kind 'status' (API): the detail quotes the request's Authorization header. */
  echoAuthorization?: boolean
  /** kind 'status' (API): this many spaces after the JSON body (an oversized answer). */
  padBytes?: number
  /**
   * kind 'latency': delay before processing; kind 'stall': how long to hang (default:
   * forever); kind 'trickle' (storage.upload): the answer, after the whole body was read
   * and stored, comes one byte per delayMs (default 1000), forever.
   * kind 'early' (storage.upload): `status` (default 204) is answered as soon as the form
   * fields are read, before the file part; nothing is stored.
   */
  delayMs?: number
  /** kind 'reset' on storage.upload: body bytes read before the socket is destroyed. */
  afterBytes?: number
  /** Only requests concerning an artifact of this name. */
  name?: string
  /** Matching requests it fires for; default 1; 0 = unlimited. */
  times?: number
}

export interface RequestLogEntry {
  origin: 'api' | 'storage'
  endpoint: Endpoint | 'unknown'
  method: string
  /** Path with query string. */
  path: string
  /** Status sent (or, for a 'lost' fault, the status that was computed); 0 when none. */
  status: number
  /** Request headers, lower-case names, as received. */
  headers: Record<string, string>
  artifactName?: string
  /** The fault kind applied to this request, if any (not part of the brief's shape). */
  fault?: FaultKind
  /** Arrival time, ms since the epoch. */
  time: number
}

export interface DevServerOptions {
  /** Bearer token accepted; default 'dev-token'. */
  token?: string
  /** Default '127.0.0.1'. */
  host?: string
  /** Default 0 (ephemeral). */
  apiPort?: number
  /** Default 0 (ephemeral). */
  storagePort?: number
  /** Where uploaded bytes go; default a fresh temporary directory, removed on close. */
  dataDir?: string
  /**
   * Reported by /api/version; default '1.2.16', the lowest with which the Python client 2.5.3
   * sends everything it can (event log levels need 1.2.16).
   */
  version?: string
  /** Presigned POST policy (and download URL) lifetime; default 3600. */
  policyTtlSeconds?: number
  /** content-length-range upper bound in the policy; default 5 * 2**30. */
  maxUploadBytes?: number
  /**
   * Called once per request (API, storage and control) when it ends, with one line: origin,
   * method, target (credential query values as `***`), status or `dropped`, duration.
   */
  onRequest?: (line: string) => void
}

export interface DevServer {
  /** e.g. http://127.0.0.1:41234 (no /api; what a user puts in SIMVUE_URL). */
  url: string
  /** url + '/api'. */
  apiUrl: string
  /** http://127.0.0.1:<other port>. */
  storageUrl: string
  /** url + '/_control'. */
  controlUrl: string
  token: string
  /** Closes both servers (destroying open sockets) and removes a temporary dataDir. */
  close(): Promise<void>
}
