/** Runs: create, get, update, list with filters and pagination. */
import type { ApiResult, Handler } from './api-types.ts'
import { detail, isResult, ok, unprocessable } from './api-types.ts'
import type { RunRecord } from './state.ts'
import { USER } from './state.ts'
import { generateRunName, timestamp } from './util.ts'
import {
  FOLDER_PATTERN,
  NAME_PATTERN,
  NAME_REGEX,
  RUN_STATUSES,
  checkFields,
  isObject,
  isString,
  isStringList,
  jsonObject,
  matching,
  nonNegativeInt,
  nullable,
  oneOf,
  pagination,
  queryStringList
} from './validate.ts'

const SCHEMA = {
  name: nullable(matching(NAME_PATTERN, NAME_REGEX)),
  folder: matching(FOLDER_PATTERN, /^\//),
  status: oneOf(RUN_STATUSES),
  tags: isStringList,
  metadata: nullable(isObject),
  description: nullable(isString),
  heartbeat_timeout: nullable(nonNegativeInt),
  endtime: nullable(isString)
}

/** Keys the server owns: ignored when sent. */
const READ_ONLY = ['id', 'created', 'user']

function writable(body: Record<string, unknown>): Record<string, unknown> {
  const fields = { ...body }
  for (const key of READ_ONLY) delete fields[key]
  return fields
}

export const createRun: Handler = (ctx, req) => {
  const body = jsonObject(req)
  if (isResult(body)) return body
  const errors = checkFields(body, SCHEMA, ['folder'], false)
  if (errors.length > 0) return unprocessable(errors)
  const created = timestamp()
  const fields = writable(body)
  const status = (fields.status as string | undefined) ?? 'created'
  const run = ctx.store.createRun({
    tags: [],
    metadata: {},
    description: null,
    system: null,
    heartbeat_timeout: null,
    ttl: null,
    visibility: { tenant: false, public: false, users: [] },
    notifications: { state: 'none' },
    alerts: [],
    ...fields,
    name: (fields.name as string | null | undefined) ?? generateRunName(),
    status,
    user: USER,
    created,
    started: status === 'running' ? created : null,
    endtime: fields.endtime ?? null
  })
  return ok({ id: run.id, name: run.data.name })
}

export function findRun(
  ctx: Parameters<Handler>[0],
  id: string | undefined
): RunRecord | ApiResult {
  const run = id === undefined ? undefined : ctx.store.runs.get(id)
  return run ?? detail(404, `Run ${id} not found`)
}

export const getRun: Handler = (ctx, req) => {
  const run = findRun(ctx, req.params[0])
  return isResult(run) ? run : ok({ ...run.data })
}

export const updateRun: Handler = (ctx, req) => {
  const body = jsonObject(req)
  if (isResult(body)) return body
  const errors = checkFields(
    body,
    { ...SCHEMA, name: matching(NAME_PATTERN, NAME_REGEX) },
    [],
    false
  )
  if (errors.length > 0) return unprocessable(errors)
  const run = findRun(ctx, req.params[0])
  if (isResult(run)) return run
  const fields = writable(body)
  if (fields.status === 'running' && run.data.started == null) fields.started = timestamp()
  ctx.store.updateRun(run, fields)
  return ok({ ...run.data })
}

const FILTER = /^(name|folder\.path) == (.*)$/s

export const listRuns: Handler = (ctx, req) => {
  const filters = queryStringList(req.query, 'filters')
  if (filters !== undefined && !Array.isArray(filters)) return unprocessable([filters])
  const page = pagination(req.query)
  if (isResult(page)) return page
  let name: string | undefined
  let folder: string | undefined
  for (const filter of filters ?? []) {
    const match = FILTER.exec(filter)
    if (!match) {
      const msg = `Unsupported filter: ${filter}`
      return unprocessable([{ type: 'value_error', loc: ['query', 'filters'], msg, input: filter }])
    }
    const value = match[2] as string
    if (match[1] === 'name') {
      if (name !== undefined && name !== value) return ok({ data: [], count: 0 })
      name = value
    } else {
      if (folder !== undefined && folder !== value) return ok({ data: [], count: 0 })
      folder = value
    }
  }
  let matches: readonly RunRecord[]
  if (name !== undefined) {
    matches = ctx.store.runsNamed(name)
    if (folder !== undefined) matches = matches.filter((r) => r.data.folder === folder)
  } else if (folder !== undefined) {
    matches = ctx.store.runsInFolder(folder)
  } else {
    matches = ctx.store.runOrder
  }
  const data = matches.slice(page.start, page.start + page.count).map((r) => ({ ...r.data }))
  return ok({ data, count: matches.length })
}
