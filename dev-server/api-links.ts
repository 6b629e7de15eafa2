/** A run's artifacts: attach with a category, list with ?category= and ?name=. */
import { artifactView, findArtifact } from './api-artifacts.ts'
import type { Handler } from './api-types.ts'
import { detail, isResult, ok, unprocessable } from './api-types.ts'
import { CATEGORIES, checkFields, jsonObject, oneOf } from './validate.ts'

export const attachArtifact: Handler = (ctx, req) => {
  const body = jsonObject(req)
  if (isResult(body)) return body
  const errors = checkFields(body, { category: oneOf(CATEGORIES) }, ['category'], true)
  if (errors.length > 0) return unprocessable(errors)
  const [runId = '', artifactId] = req.params
  if (!ctx.store.runs.has(runId)) return detail(404, `Run ${runId} not found`)
  const artifact = findArtifact(ctx, artifactId)
  if (isResult(artifact)) return artifact
  if (ctx.store.isAttached(runId, artifact.id)) {
    return detail(409, `Artifact ${artifact.id} is already attached to run ${runId}`)
  }
  const category = body.category as string
  ctx.store.attach(runId, artifact, category)
  return ok({ run: runId, id: artifact.id, category })
}

export const listRunArtifacts: Handler = (ctx, req) => {
  const category = req.query.get('category') ?? undefined
  if (category !== undefined) {
    const error = oneOf(CATEGORIES)(category, ['query', 'category'])
    if (error) return unprocessable([error])
  }
  const runId = req.params[0] ?? ''
  if (!ctx.store.runs.has(runId)) return detail(404, `Run ${runId} not found`)
  const name = req.query.get('name') ?? undefined
  const data = []
  for (const link of ctx.store.linksOf(runId, name)) {
    if (category !== undefined && link.category !== category) continue
    data.push({ ...artifactView(ctx, link.artifact), category: link.category })
  }
  return ok(data)
}
