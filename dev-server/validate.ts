/** Body and query validation producing pydantic-shaped 422 items. */
import type { ApiRequest, ApiResult, ErrorItem } from './api-types.ts'
import { unprocessable } from './api-types.ts'
import { isPlainObject } from './util.ts'

export const NAME_REGEX = /^[a-zA-Z0-9\-_\s/.:]+$/
export const NAME_PATTERN = '^[a-zA-Z0-9\\-\\_\\s\\/\\.:]+$'
export const FOLDER_PATTERN = '^/.*'
export const RUN_STATUSES = ['created', 'running', 'completed', 'failed', 'terminated', 'lost']
export const CATEGORIES = ['input', 'output', 'code']

const parsedBodies = new WeakMap<ApiRequest, unknown>()

/** The request body as a JSON object, or a 422 result. */
export function jsonObject(req: ApiRequest): Record<string, unknown> | ApiResult {
  if (parsedBodies.has(req)) return parsedBodies.get(req) as Record<string, unknown> | ApiResult
  const result = parseObject(req)
  parsedBodies.set(req, result)
  return result
}

function parseObject(req: ApiRequest): Record<string, unknown> | ApiResult {
  if (req.body.length === 0) {
    return unprocessable([{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }])
  }
  const type = req.contentType?.split(';')[0]?.trim().toLowerCase()
  if (type !== undefined && type !== 'application/json' && !type.endsWith('+json')) {
    return notAnObject(req.body.toString('utf8'))
  }
  let value: unknown
  try {
    value = JSON.parse(req.body.toString('utf8'))
  } catch (error) {
    const msg = `JSON decode error: ${(error as Error).message}`
    return unprocessable([{ type: 'json_invalid', loc: ['body', 0], msg }])
  }
  return isPlainObject(value) ? value : notAnObject(value)
}

function notAnObject(input: unknown): ApiResult {
  const msg = 'Input should be a valid dictionary or object to extract fields from'
  return unprocessable([{ type: 'model_attributes_type', loc: ['body'], msg, input }])
}

type Check = (value: unknown, loc: (string | number)[]) => ErrorItem | undefined

export const isString: Check = (value, loc) =>
  typeof value === 'string'
    ? undefined
    : { type: 'string_type', loc, msg: 'Input should be a valid string', input: value }

export function matching(pattern: string, regex: RegExp): Check {
  return (value, loc) =>
    isString(value, loc) ??
    (regex.test(value as string)
      ? undefined
      : {
          type: 'string_pattern_mismatch',
          loc,
          msg: `String should match pattern '${pattern}'`,
          input: value
        })
}

export function oneOf(values: string[]): Check {
  return (value, loc) =>
    typeof value === 'string' && values.includes(value)
      ? undefined
      : {
          type: 'enum',
          loc,
          msg: `Input should be ${values.map((v) => `'${v}'`).join(', ')}`,
          input: value
        }
}

export const nonNegativeInt: Check = (value, loc) => {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return { type: 'int_type', loc, msg: 'Input should be a valid integer', input: value }
  }
  if (value < 0) {
    const msg = 'Input should be greater than or equal to 0'
    return { type: 'greater_than_equal', loc, msg, input: value }
  }
  return undefined
}

export const isObject: Check = (value, loc) =>
  isPlainObject(value)
    ? undefined
    : { type: 'dict_type', loc, msg: 'Input should be a valid dictionary', input: value }

export const isStringList: Check = (value, loc) => {
  if (!Array.isArray(value)) {
    return { type: 'list_type', loc, msg: 'Input should be a valid list', input: value }
  }
  for (const [index, item] of value.entries()) {
    const error = isString(item, [...loc, index])
    if (error) return error
  }
  return undefined
}

export function nullable(check: Check): Check {
  return (value, loc) => (value === null ? undefined : check(value, loc))
}

/**
 * Validates `body` against `schema`: every listed key is checked when present; `required`
 * keys must be present; with `exact`, keys outside the schema are 422 `extra_forbidden`.
 */
export function checkFields(
  body: Record<string, unknown>,
  schema: Record<string, Check>,
  required: string[],
  exact: boolean
): ErrorItem[] {
  const errors: ErrorItem[] = []
  for (const key of required) {
    if (!(key in body)) errors.push({ type: 'missing', loc: ['body', key], msg: 'Field required' })
  }
  for (const [key, value] of Object.entries(body)) {
    const check = schema[key]
    if (check) {
      const error = check(value, ['body', key])
      if (error) errors.push(error)
    } else if (exact) {
      const msg = 'Extra inputs are not permitted'
      errors.push({ type: 'extra_forbidden', loc: ['body', key], msg, input: value })
    }
  }
  return errors
}

/** A non-negative integer query parameter, its default, or a 422 item. */
export function queryInt(
  query: URLSearchParams,
  name: string,
  fallback: number
): number | ErrorItem {
  const raw = query.get(name)
  if (raw === null) return fallback
  const value = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN
  if (Number.isSafeInteger(value)) return value
  const msg = 'Input should be a valid integer, unable to parse string as an integer'
  return { type: 'int_parsing', loc: ['query', name], msg, input: raw }
}

/** A JSON list of strings in a query parameter (undefined when absent), or a 422 item. */
export function queryStringList(
  query: URLSearchParams,
  name: string
): string[] | undefined | ErrorItem {
  const raw = query.get(name)
  if (raw === null) return undefined
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    value = raw
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  const msg = 'Input should be a JSON-encoded list of strings'
  return { type: 'list_type', loc: ['query', name], msg, input: raw }
}

/** Pagination (start, count) from the query, or a 422 result. */
export function pagination(query: URLSearchParams): { start: number; count: number } | ApiResult {
  const start = queryInt(query, 'start', 0)
  const count = queryInt(query, 'count', 100)
  const errors = [start, count].filter((v): v is ErrorItem => typeof v !== 'number')
  if (errors.length > 0) return unprocessable(errors)
  return { start: start as number, count: count as number }
}
