/** Response and request-body helpers shared by the API, storage and control handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  padBytes = 0
): void {
  // Padding (a fault) keeps the JSON valid: whitespace after the value.
  const text = JSON.stringify(body) + ' '.repeat(padBytes)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers
  })
  res.end(text)
}

function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** An S3-style XML error document. */
export function sendS3Error(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {}
): void {
  const requestId = randomBytes(8).toString('hex').toUpperCase()
  const text =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${xmlEscape(code)}</Code><Message>${xmlEscape(message)}</Message>` +
    `<RequestId>${requestId}</RequestId></Error>`
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(text),
    ...headers
  })
  res.end(text)
}

/** S3 error code conventionally used with a status (for injected status faults). */
export function s3CodeFor(status: number): string {
  const codes: Record<number, string> = {
    400: 'BadRequest',
    403: 'AccessDenied',
    404: 'NoSuchKey',
    408: 'RequestTimeout',
    429: 'SlowDown',
    500: 'InternalError',
    501: 'NotImplemented',
    503: 'SlowDown'
  }
  return codes[status] ?? 'ServiceUnavailable'
}

export class BodyTooLarge extends Error {}

/** Reads a whole (small) request body; rejects with BodyTooLarge beyond `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(new BodyTooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
