/** Artifact requests A, C and D, and a run's artifact listing (docs/design.md, "The Simvue contract used"). */
import { SetupError } from '../errors.js'
import type { Category } from '../category.js'
import { badAnswer, hasStatus, type ApiAnswer, type ApiClient, type CallOptions } from './api.js'
import { isObject } from './detail.js'
import { HttpStatusError } from './errors.js'
import { requireId } from './runs.js'
import type { ArtifactCreateBody, ArtifactCreated, ArtifactRecord } from './types.js'

/**
 * The run's artifacts (in one category, of one name, when given); 404 means the run does not
 * exist.
 */
export async function listRunArtifacts(
  api: ApiClient,
  runId: string,
  filter: { category?: Category | null; name?: string },
  options: CallOptions & { maxResponseBytes?: number } = {}
): Promise<ArtifactRecord[]> {
  const query: Record<string, string> = {}
  if (filter.category) query.category = filter.category
  if (filter.name !== undefined) query.name = filter.name
  const answer = await api
    .request({ method: 'GET', path: ['runs', runId, 'artifacts'], query, ...options })
    .catch((error: unknown) => {
      if (!hasStatus(error, 404)) throw error
      throw new SetupError(
        `Run ${runId} was not found on ${api.apiUrl} (listing its artifacts answered 404).`,
        { cause: error }
      )
    })
  if (!Array.isArray(answer.json)) throw badAnswer(answer, 'expected a JSON array of artifacts')
  return answer.json.filter(isObject).map(toArtifactRecord)
}

function toArtifactRecord(item: Record<string, unknown>): ArtifactRecord {
  return {
    id: String(item.id ?? ''),
    name: String(item.name ?? ''),
    checksum: typeof item.checksum === 'string' ? item.checksum : null,
    uploaded: item.uploaded === true
  }
}

/** POST /api/artifacts; 200 and 409 (with id) are success; the `url` key must be present. */
export async function createArtifact(
  api: ApiClient,
  body: ArtifactCreateBody,
  options: { deduplicate: boolean } & CallOptions
): Promise<ArtifactCreated> {
  const { deduplicate, ...call } = options
  const answer = await api.request({
    method: 'POST',
    path: ['artifacts'],
    query: deduplicate ? { deduplicate: 'true' } : {},
    body,
    accept: [200, 409],
    ...call
  })
  const id = requireId(answer, 'artifact')
  const json = answer.json as Record<string, unknown>
  if (!('url' in json)) throw badAnswer(answer, 'the answer has no "url" key')
  const url = json.url
  if (url !== null && url !== '' && url !== false && typeof url !== 'string') {
    throw badAnswer(answer, 'the answer\'s "url" is not a string')
  }
  return {
    id,
    url: typeof url === 'string' && url !== '' ? url : null,
    fields: toFields(json.fields, answer)
  }
}

function toFields(value: unknown, answer: ApiAnswer): Record<string, string> {
  if (value === undefined || value === null) return {}
  const invalid = () => badAnswer(answer, 'the answer\'s "fields" is not an object')
  if (!isObject(value)) throw invalid()
  const fields: Record<string, string> = {}
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'object' && field !== null) throw invalid()
    fields[key] = String(field)
  }
  return fields
}

/** Request C; 200 and 409 are success. */
export async function markUploaded(
  api: ApiClient,
  id: string,
  options: CallOptions = {}
): Promise<void> {
  await api.request({
    method: 'PUT',
    path: ['artifacts', id],
    body: { uploaded: true },
    accept: [200, 409],
    ...options
  })
}

/**
 * Request D; 200 only. A 409 (already attached, or a retry after a lost answer whose first
 * attempt was applied) is success only if the run lists this id in this category.
 */
export async function attach(
  api: ApiClient,
  runId: string,
  artifactId: string,
  category: Category,
  options: CallOptions & { name?: string } = {}
): Promise<void> {
  const { name, ...call } = options
  try {
    await api.request({
      method: 'PUT',
      path: ['runs', runId, 'artifacts', artifactId],
      body: { category },
      ...call
    })
  } catch (error) {
    if (!hasStatus(error, 409)) throw error
    // By name when known: a run with 100,000 artifacts is too large to list whole.
    const listed = await listRunArtifacts(api, runId, { category, name }, call)
    if (listed.some((record) => record.id === artifactId)) return
    const conflict = error as HttpStatusError
    throw new HttpStatusError(
      conflict.method,
      conflict.url,
      409,
      `${conflict.detail || 'conflict'} (and artifact ${artifactId} is not among the run's ` +
        `${category} artifacts)`
    )
  }
}
