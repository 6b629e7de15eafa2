/** Tunables in one place; the defaults and bounds of inputs are in readInputs (inputs.ts). */

export const ACTION_VERSION = '0.1.0'
export const USER_AGENT = `Simvue GitHub Action ${ACTION_VERSION}`
export const CLI_USER_AGENT = `simvue-upload ${ACTION_VERSION}`

/** Simvue's NAME_REGEX (python-api simvue/models.py). */
export const NAME_REGEX = /^[a-zA-Z0-9\-_\s/.:]+$/
/** Keys of metadata objects (python-api: tags and metadata keys). */
export const METADATA_KEY_REGEX = /^[\w\-\s.]+$/
/** Server object ids: 22 alphanumerics. */
export const OBJECT_ID_REGEX = /^[A-Za-z0-9]{22}$/

export const SERVER_VERSION_MIN = '1.1.0'
export const SERVER_VERSION_MAX_EXCLUSIVE = '2.0.0'

/** Simvue's object MIME types, valid for `mime-type` besides the `mime-types` table. */
export const SIMVUE_OBJECT_MIME_TYPES = [
  'application/vnd.plotly.v1+json',
  'application/vnd.simvue.numpy.v1',
  'application/vnd.simvue.df.v1',
  'application/vnd.simvue.torch.v1'
] as const

/** Single presigned POST limit: files of this size or more are refused before sending. */
export const MAX_FILE_BYTES = 5 * 2 ** 30

/** Run listing page size (python-api MAX_ENTRIES_PER_PAGE). */
export const RUNS_PAGE_SIZE = 100
/** A run look-up reads at most this many pages, whatever `count` the server reports. */
export const RUNS_MAX_PAGES = 1000

/**
 * Each storage attempt must be answered within stall-timeout plus its size at this floor
 * rate: an honest slow link finishes, a server trickling its answer does not hold forever.
 */
export const STORAGE_FLOOR_BYTES_PER_S = 64 * 1024

/**
 * After this many files in a row failed for one systemic cause (5xx or network after
 * retries; 401/403) with no success between, no new file is started.
 */
export const SYSTEMIC_FAILURE_LIMIT = 10

export const API_TIMEOUT_MS = 30_000

/** Backoff: base × factorⁿ with full jitter, capped; a request gives up after the bound. */
export const RETRY_BASE_MS = 1_000
export const RETRY_FACTOR = 2
export const RETRY_MAX_DELAY_MS = 30_000
/** Total time one request may spend retrying (attempts and waits). */
export const RETRY_TOTAL_MS = 10 * 60_000

/** Progress line interval on long uploads (docs/design.md, "The redesign"). */
export const PROGRESS_INTERVAL_MS = 10_000

/** GitHub limits. */
export const OUTPUT_ARTIFACTS_MAX_BYTES = 900 * 1024
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024
/**
 * Rows of the job summary's table (failures first): GitHub renders a summary of many
 * thousands of rows slowly and nobody reads it; the outputs list every artifact. The dry
 * run's log prints as many plan lines.
 */
export const SUMMARY_MAX_ROWS = 1000

/** File read size for hashing and streaming; buffers are reused, never one per chunk. */
export const READ_CHUNK_BYTES = 256 * 1024
/** Files up to this size are read once into memory: hashed and sent from the same bytes. */
export const SMALL_FILE_BYTES = 256 * 1024

/**
 * Environment overrides for tuning and tests (not inputs): a non-negative number, else the
 * fallback. SIMVUE_UPLOAD_RETRY_BASE_MS and SIMVUE_UPLOAD_API_TIMEOUT_MS let fault tests run
 * without sleeping for seconds.
 */
function envMilliseconds(
  name: string,
  fallback: number,
  env: NodeJS.ProcessEnv = process.env
): number {
  const raw = env[name]
  const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

export const retryBaseMs = (env: NodeJS.ProcessEnv = process.env): number =>
  envMilliseconds('SIMVUE_UPLOAD_RETRY_BASE_MS', RETRY_BASE_MS, env)

export const apiTimeoutMs = (): number =>
  envMilliseconds('SIMVUE_UPLOAD_API_TIMEOUT_MS', API_TIMEOUT_MS)

export const progressIntervalMs = (): number =>
  envMilliseconds('SIMVUE_UPLOAD_PROGRESS_INTERVAL_MS', PROGRESS_INTERVAL_MS)
