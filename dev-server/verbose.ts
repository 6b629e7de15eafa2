/** One line per request for `--verbose`: origin, method, path, status and duration. */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** Query keys whose values are credentials (presigned download URLs carry a signature). */
const SECRET_KEY = /signature|credential|token|secret|policy/i

/** The request target with the values of credential-like query keys replaced by `***`. */
export function redactedTarget(target: string): string {
  const at = target.indexOf('?')
  if (at < 0) return target
  const pairs = target
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const key = pair.split('=', 1)[0] as string
      return SECRET_KEY.test(safeDecode(key)) ? `${key}=***` : pair
    })
  return `${target.slice(0, at)}?${pairs.join('&')}`
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * Calls `print` once the response to `req` has ended or its connection has closed. The
 * target is printed as received (percent-encoded), so a line never holds raw control
 * characters; a request whose connection closed before an answer is `dropped`.
 */
export function reportRequest(
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
  print: (line: string) => void
): void {
  const start = performance.now()
  res.once('close', () => {
    const ms = (performance.now() - start).toFixed(1)
    const status = res.headersSent ? String(res.statusCode) : 'dropped'
    print(`${origin} ${req.method ?? '?'} ${redactedTarget(req.url ?? '/')} ${status} ${ms} ms`)
  })
}
