/** Artifacts: create (presigned POST or deduplication), get, list, mark uploaded. */
import type { ApiContext, ApiResult, Handler } from './api-types.ts'
import { detail, isResult, ok, unprocessable } from './api-types.ts'
import { BUCKET } from './signer.ts'
import type { ArtifactInput, ArtifactRecord } from './state.ts'
import { STORAGE_ID, USER } from './state.ts'
import {
  NAME_PATTERN,
  NAME_REGEX,
  checkFields,
  isObject,
  isString,
  jsonObject,
  matching,
  nonNegativeInt,
  nullable,
  pagination,
  queryStringList
} from './validate.ts'

const CREATE_SCHEMA = {
  name: matching(NAME_PATTERN, NAME_REGEX),
  original_path: isString,
  size: nonNegativeInt,
  mime_type: isString,
  checksum: nullable(matching('^[a-f0-9]{64}$', /^[a-f0-9]{64}$/)),
  metadata: nullable(isObject)
}
const CREATE_KEYS = Object.keys(CREATE_SCHEMA)

export function objectKey(artifactId: string): string {
  return `artifacts/${artifactId}`
}

/** The artifact as GET /api/artifacts/<id> returns it. */
export function artifactView(ctx: ApiContext, a: ArtifactRecord): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    original_path: a.original_path,
    size: a.size,
    mime_type: a.mime_type,
    checksum: a.checksum,
    metadata: a.metadata,
    uploaded: a.uploaded,
    created: a.created,
    storage_id: STORAGE_ID,
    user: USER,
    url: a.uploaded ? ctx.signer.presignGet(ctx.storageUrl, objectKey(a.id)) : null
  }
}

function queryBool(query: URLSearchParams, name: string): boolean | ApiResult {
  const raw = query.get(name)
  if (raw === null) return false
  const value = raw.toLowerCase()
  if (['true', '1', 'yes', 'on'].includes(value)) return true
  if (['false', '0', 'no', 'off'].includes(value)) return false
  const msg = 'Input should be a valid boolean, unable to interpret input'
  return unprocessable([{ type: 'bool_parsing', loc: ['query', name], msg, input: raw }])
}

export const createArtifact: Handler = (ctx, req) => {
  const deduplicate = queryBool(req.query, 'deduplicate')
  if (isResult(deduplicate)) return deduplicate
  const body = jsonObject(req)
  if (isResult(body)) return body
  const errors = checkFields(body, CREATE_SCHEMA, CREATE_KEYS, true)
  if (errors.length > 0) return unprocessable(errors)
  const input = body as unknown as ArtifactInput
  if (deduplicate && input.checksum !== null) {
    const existing = ctx.store.uploadedWithChecksum(input.checksum)
    if (existing) return ok({ id: existing.id, url: null })
  }
  const artifact = ctx.store.createArtifact({
    name: input.name,
    original_path: input.original_path,
    size: input.size,
    mime_type: input.mime_type,
    checksum: input.checksum,
    metadata: input.metadata
  })
  const fields = ctx.signer.presignPost(objectKey(artifact.id), artifact.checksum)
  return ok({ id: artifact.id, url: `${ctx.storageUrl}/${BUCKET}`, fields })
}

export function findArtifact(ctx: ApiContext, id: string | undefined): ArtifactRecord | ApiResult {
  const artifact = id === undefined ? undefined : ctx.store.artifacts.get(id)
  return artifact ?? detail(404, `Artifact ${id} not found`)
}

export const getArtifact: Handler = (ctx, req) => {
  const artifact = findArtifact(ctx, req.params[0])
  return isResult(artifact) ? artifact : ok(artifactView(ctx, artifact))
}

export const markUploaded: Handler = (ctx, req) => {
  const body = jsonObject(req)
  if (isResult(body)) return body
  const errors = checkFields(
    body,
    {
      uploaded: (v, loc) =>
        v === true
          ? undefined
          : {
              type: 'literal_error',
              loc,
              msg: 'Input should be True',
              input: v
            }
    },
    ['uploaded'],
    true
  )
  if (errors.length > 0) return unprocessable(errors)
  const artifact = findArtifact(ctx, req.params[0])
  if (isResult(artifact)) return artifact
  ctx.store.markUploaded(artifact)
  return ok(artifactView(ctx, artifact))
}

export const listArtifacts: Handler = (ctx, req) => {
  const runs = queryStringList(req.query, 'runs')
  if (runs !== undefined && !Array.isArray(runs)) return unprocessable([runs])
  const page = pagination(req.query)
  if (isResult(page)) return page
  let matches: readonly ArtifactRecord[]
  if (runs === undefined) {
    matches = ctx.store.artifactOrder
  } else {
    const seen = new Set<string>()
    const list: ArtifactRecord[] = []
    for (const runId of runs) {
      for (const { artifact } of ctx.store.linksOf(runId)) {
        if (seen.has(artifact.id)) continue
        seen.add(artifact.id)
        list.push(artifact)
      }
    }
    matches = list
  }
  const data = matches.slice(page.start, page.start + page.count).map((a) => artifactView(ctx, a))
  return ok({ data, count: matches.length })
}
