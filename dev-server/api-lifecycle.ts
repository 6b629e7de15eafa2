/**
 * What the Python client's run lifecycle sends besides runs and artifacts: the abort status
 * it polls, the heartbeat, and metrics and events posts. Metrics and events are accepted and
 * discarded without decoding (the client sends msgpack, and nothing in this server reads them
 * back). Answers follow the contract's endpoint table; where it gives no body (heartbeat,
 * metrics, events, an abort request), the answer is `{}`: the client only needs a JSON object.
 */
import { findRun } from './api-runs.ts'
import type { Handler } from './api-types.ts'
import { isResult, ok, unprocessable } from './api-types.ts'
import { checkFields, isString, jsonObject } from './validate.ts'

/** GET /api/runs/<id>/abort: `{"status": true}` once an abort was requested. */
export const abortStatus: Handler = (ctx, req) => {
  const run = findRun(ctx, req.params[0])
  return isResult(run) ? run : ok({ status: run.abortReason !== undefined })
}

/** PUT /api/runs/<id>/abort with `{"reason"}`: what the client's `Run.abort(reason)` sends. */
export const requestAbort: Handler = (ctx, req) => {
  const body = jsonObject(req)
  if (isResult(body)) return body
  const errors = checkFields(body, { reason: isString }, ['reason'], false)
  if (errors.length > 0) return unprocessable(errors)
  const run = findRun(ctx, req.params[0])
  if (isResult(run)) return run
  run.abortReason = body.reason as string
  return ok({})
}

/** PUT /api/runs/<id>/heartbeat, sent without a body. */
export const heartbeat: Handler = (ctx, req) => {
  const run = findRun(ctx, req.params[0])
  return isResult(run) ? run : ok({})
}

/** POST /api/metrics and POST /api/events: accepted, not kept. */
export const discard: Handler = () => ok({})
