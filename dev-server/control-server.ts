/**
 * The control endpoint (not part of the contract; no auth; not logged):
 * POST/DELETE /_control/faults, GET/DELETE /_control/requests, PUT /_control/policy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ServerContext } from './context.ts'
import { validateFault } from './faults.ts'
import { readBody, sendJson } from './http-util.ts'
import type { FaultSpec } from './types.ts'
import { isPlainObject } from './util.ts'

export async function handleControl(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL
): Promise<void> {
  let value: unknown
  try {
    const body = await readBody(req, 1024 * 1024)
    value = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'))
  } catch {
    return sendJson(res, 400, { detail: 'control requests take a JSON body' })
  }
  const route = `${req.method} ${url.pathname}`
  switch (route) {
    case 'POST /_control/faults': {
      const error = validateFault(value)
      if (error !== undefined) return sendJson(res, 400, { detail: error })
      ctx.faults.add(value as FaultSpec)
      return sendJson(res, 200, { faults: ctx.faults.size })
    }
    case 'DELETE /_control/faults':
      ctx.faults.clear()
      return sendJson(res, 200, {})
    case 'GET /_control/requests':
      return sendJson(res, 200, ctx.log.list())
    case 'DELETE /_control/requests':
      ctx.log.clear()
      return sendJson(res, 200, {})
    case 'PUT /_control/policy': {
      const ttl = isPlainObject(value) ? value.ttlSeconds : undefined
      if (typeof ttl !== 'number' || !Number.isFinite(ttl)) {
        return sendJson(res, 400, { detail: 'body must be {"ttlSeconds": <number>}' })
      }
      ctx.signer.ttlSeconds = ttl
      return sendJson(res, 200, { ttlSeconds: ttl })
    }
    default:
      return sendJson(res, 404, { detail: `unknown control route ${route}` })
  }
}
