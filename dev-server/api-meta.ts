/** GET /api/version, GET /api/whoami, POST /api/folders. */
import type { Handler } from './api-types.ts'
import { isResult, ok, unprocessable } from './api-types.ts'
import { USER } from './state.ts'
import { newId } from './util.ts'
import { FOLDER_PATTERN, checkFields, jsonObject, matching } from './validate.ts'

export const version: Handler = (ctx) => ok({ version: ctx.version })

export const whoami: Handler = () => ok({ username: USER })

export const createFolder: Handler = (ctx, req) => {
  const body = jsonObject(req)
  if (isResult(body)) return body
  const schema = { path: matching(FOLDER_PATTERN, /^\//) }
  const errors = checkFields(body, schema, ['path'], false)
  if (errors.length > 0) return unprocessable(errors)
  const path = body.path as string
  const existing = ctx.store.folders.get(path)
  if (existing !== undefined) {
    return { status: 409, body: { id: existing, detail: `Folder ${path} already exists` } }
  }
  const id = newId()
  ctx.store.folders.set(path, id)
  return ok({ id })
}
