/** The API origin: routing, auth, request log, fault injection, then the contract handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ApiRequest, ApiResult } from './api-types.ts'
import { detail } from './api-types.ts'
import type { ServerContext } from './context.ts'
import { applyEarlyFault } from './context.ts'
import { handleControl } from './control-server.ts'
import { BodyTooLarge, readBody, sendJson } from './http-util.ts'
import { type RouteMatch, matchRoute } from './routes.ts'
import type { RequestLogEntry } from './types.ts'

const MAX_BODY = 16 * 1024 * 1024

export async function handleApi(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname.startsWith('/_control/')) return handleControl(ctx, req, res, url)
  const route = matchRoute(req.method ?? 'GET', url.pathname)
  const entry = ctx.log.start('api', req, route.endpoint)
  let body: Buffer
  try {
    body = await readBody(req, MAX_BODY)
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) return void req.socket.destroy()
    return respond(res, entry, detail(413, 'Request body too large'))
  }
  const apiReq: ApiRequest = {
    method: req.method ?? 'GET',
    params: 'params' in route ? route.params : [],
    query: url.searchParams,
    body,
    contentType: req.headers['content-type']
  }
  const name = artifactName(ctx, route, apiReq)
  if (name !== undefined) entry.artifactName = name
  const fault = ctx.faults.take(route.endpoint, name)
  if (fault) entry.fault = fault.kind
  const finished = await applyEarlyFault(req, fault, ctx.closing, (status, headers) => {
    const echoed = fault?.echoAuthorization ? `; Authorization: ${req.headers.authorization}` : ''
    const faultBody = fault?.body ?? { detail: `Injected fault: status ${status}${echoed}` }
    respond(res, entry, { status, body: faultBody, headers }, fault?.padBytes)
  })
  if (finished) return
  const result = process(ctx, req, route, apiReq)
  if (fault?.kind === 'lost') {
    entry.status = result.status
    return void req.socket.destroy()
  }
  respond(res, entry, result)
}

function process(
  ctx: ServerContext,
  req: IncomingMessage,
  route: RouteMatch,
  apiReq: ApiRequest
): ApiResult {
  if (!('handler' in route)) {
    return route.status === 404 ? detail(404, 'Not Found') : detail(405, 'Method Not Allowed')
  }
  const auth = req.headers.authorization
  const match = auth === undefined ? null : /^Bearer\s+(.+)$/i.exec(auth)
  if (!match) return unauthorized('Not authenticated')
  if (match[1] !== ctx.token) return unauthorized('Invalid token')
  return route.handler(ctx, apiReq)
}

function unauthorized(message: string): ApiResult {
  return { ...detail(401, message), headers: { 'www-authenticate': 'Bearer' } }
}

function respond(
  res: ServerResponse,
  entry: RequestLogEntry,
  result: ApiResult,
  padBytes = 0
): void {
  entry.status = result.status
  sendJson(res, result.status, result.body, result.headers, padBytes)
}

/** The name of the artifact a request concerns, for the log and per-name faults. */
function artifactName(ctx: ServerContext, route: RouteMatch, req: ApiRequest): string | undefined {
  switch (route.endpoint) {
    case 'artifacts.create':
      try {
        const body: unknown = JSON.parse(req.body.toString('utf8'))
        const name = (body as { name?: unknown } | null)?.name
        return typeof name === 'string' ? name : undefined
      } catch {
        return undefined
      }
    case 'artifacts.get':
    case 'artifacts.mark':
      return ctx.store.artifacts.get(req.params[0] ?? '')?.name
    case 'runs.artifacts.attach':
      return ctx.store.artifacts.get(req.params[1] ?? '')?.name
    default:
      return undefined
  }
}
