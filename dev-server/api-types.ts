/** Request, result and context types of the API handlers, plus FastAPI-style error results. */
import type { Signer } from './signer.ts'
import type { Store } from './state.ts'

export interface ApiContext {
  store: Store
  signer: Signer
  storageUrl: string
  version: string
}

export interface ApiRequest {
  method: string
  /** Path parameters in route order (run id, artifact id). */
  params: string[]
  query: URLSearchParams
  body: Buffer
  contentType: string | undefined
}

export interface ApiResult {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export type Handler = (ctx: ApiContext, req: ApiRequest) => ApiResult

/** One entry of a FastAPI/pydantic 422 `detail` list. */
export interface ErrorItem {
  type: string
  loc: (string | number)[]
  msg: string
  input?: unknown
}

export function ok(body: unknown): ApiResult {
  return { status: 200, body }
}

export function detail(status: number, message: string): ApiResult {
  return { status, body: { detail: message } }
}

export function unprocessable(items: ErrorItem[]): ApiResult {
  return { status: 422, body: { detail: items } }
}

export function isResult(value: unknown): value is ApiResult {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value
}
