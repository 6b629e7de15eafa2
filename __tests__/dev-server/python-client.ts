/**
 * Sends requests as the official Python client (simvue-io/python-api 2.5.3) sends them, and
 * accepts an answer only as that client does. The facts, from the client's source:
 * - Headers: `simvue/config/user.py` `SimvueConfiguration.headers` (Authorization, User-Agent,
 *   Accept-Encoding: gzip); the version probe `SimvueConfiguration._check_server` sends only
 *   Authorization and User-Agent.
 * - Bodies: `simvue/api/request.py` `post` and `put` send `json.dumps(data)` with
 *   Content-Type application/json, and `put` only when the data is truthy (a heartbeat goes
 *   without body or Content-Type); `simvue/api/objects/base.py` `SimvueObject._post_single`
 *   with `is_json=False` sends `msgpack.packb(...)` with Content-Type application/msgpack.
 * - Answers: `simvue/api/request.py` `get_json_from_response`: the status must be one of the
 *   expected ones and the body JSON of the expected type, where empty JSON (`{}`, `[]`,
 *   `null`) counts as an empty object or list; anything else raises RuntimeError.
 * - Object storage: `simvue/api/objects/artifact/base.py` `ArtifactBase._upload` posts the
 *   `fields` then the file, with no headers of its own, and accepts 200 or 204.
 */
import { encode } from '@msgpack/msgpack'
import type { DevServer } from '../../dev-server/index.ts'
import { multipart, rawRequest } from './helpers.ts'

export type Json = Record<string, unknown>

const USER_AGENT = 'Simvue Python client 2.5.3'

/** Python's `json.dumps` with its defaults: `", "` and `": "` separators, ASCII only. */
export function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const items = Object.entries(value).map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`)
    return `{${items.join(', ')}}`
  }
  const text = JSON.stringify(value) ?? 'null'
  return text.replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

export interface PythonCall {
  method: 'GET' | 'POST' | 'PUT'
  /** Relative to the API URL, e.g. `/runs`. */
  path: string
  query?: Record<string, string>
  /** Sent as JSON (`is_json=True`). */
  json?: unknown
  /** Sent as msgpack (`is_json=False`). */
  msgpack?: unknown
  /** Statuses the client accepts for this call. */
  accept: number[]
  /** The JSON type the client requires (`expected_type`); default object. */
  type?: 'object' | 'array'
  /** The version probe's smaller header set. */
  probe?: boolean
}

/** One call as the client makes it; resolves to the JSON the client goes on with. */
export async function pythonCall<T = Json>(
  server: Pick<DevServer, 'apiUrl' | 'token'>,
  call: PythonCall
): Promise<T> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${server.token}`,
    'user-agent': USER_AGENT
  }
  if (!call.probe) headers['accept-encoding'] = 'gzip'
  let body: Buffer | undefined
  if (call.json !== undefined) {
    body = Buffer.from(pythonJson(call.json))
    headers['content-type'] = 'application/json'
  } else if (call.msgpack !== undefined) {
    body = Buffer.from(encode(call.msgpack))
    headers['content-type'] = 'application/msgpack'
  }
  const query = call.query ? `?${new URLSearchParams(call.query)}` : ''
  const url = `${server.apiUrl}${call.path}${query}`
  // requests sends Content-Length: 0 on a PUT or POST without a body, none on a GET.
  if (call.method !== 'GET') headers['content-length'] = String(body?.length ?? 0)
  const reply = await rawRequest(url, { method: call.method, headers, ...(body ? { body } : {}) })
  const scenario = `${call.method} ${call.path}${query} -> ${reply.status} ${reply.text}`
  if (!call.accept.includes(reply.status)) throw new Error(`status not accepted: ${scenario}`)
  if (reply.json === undefined) throw new Error(`not JSON: ${scenario}`)
  const wanted = call.type ?? 'object'
  const value = reply.json ?? (wanted === 'array' ? [] : {})
  const isArray = Array.isArray(value)
  if (typeof value !== 'object' || isArray !== (wanted === 'array')) {
    throw new Error(`expected a JSON ${wanted}: ${scenario}`)
  }
  return value as T
}

/** The object-storage POST of `_upload`: `fields`, then the file part; 200 or 204. */
export async function pythonUpload(
  url: string,
  fields: Record<string, string>,
  content: Buffer,
  filename: string
): Promise<number> {
  const form = multipart(fields, content, {}, filename)
  const reply = await rawRequest(url, {
    method: 'POST',
    headers: { 'content-type': form.contentType },
    body: form.body
  })
  if (reply.status !== 200 && reply.status !== 204) {
    throw new Error(`upload not accepted: ${reply.status} ${reply.text}`)
  }
  return reply.status
}
