/**
 * Tiny real HTTP servers on 127.0.0.1 for transport tests: each request's head and body are
 * recorded, then handed to the test's handler (which may also misbehave on purpose).
 */
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Recorded {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export type Handler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: Buffer,
  index: number
) => unknown

export interface LocalServer {
  /** http://127.0.0.1:<port> */
  url: string
  requests: Recorded[]
  /** Connections the server holds open (keep-alive sockets of clients included). */
  connections(): Promise<number>
  /** Swap the handler between phases of a test. */
  handle(handler: Handler): void
  close(): Promise<void>
}

export async function startServer(handler: Handler, options: { readBody?: boolean } = {}) {
  const requests: Recorded[] = []
  let current = handler
  const server = http.createServer((req, res) => {
    const index = requests.length
    const record: Recorded = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.alloc(0)
    }
    requests.push(record)
    // Clients abort on purpose in some tests; that must not crash the test process.
    req.on('error', () => {})
    if (options.readBody === false) {
      void current(req, res, record.body, index)
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      record.body = Buffer.concat(chunks)
      void current(req, res, record.body, index)
    })
  })
  // Long enough that a socket the client forgot to close is still open when a test looks.
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const local: LocalServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    connections: () =>
      new Promise<number>((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count)))
      ),
    handle(next) {
      current = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
  return local
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers
  })
  res.end(text)
}

/** A minimal API that answers /api/version and delegates every other path. */
export function apiHandler(rest: Handler, version = '1.2.3'): Handler {
  return (req, res, body, index) => {
    if (req.url === '/api/version') return sendJson(res, 200, { version })
    return rest(req, res, body, index)
  }
}

/** Parses a multipart body into its parts, in order (enough for the tests' own checks). */
export function parseMultipart(
  body: Buffer,
  contentType: string
): { name: string; filename: string | null; headers: string; data: Buffer }[] {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1]
  if (!boundary) throw new Error(`no boundary in ${contentType}`)
  const delimiter = Buffer.from(`--${boundary}`)
  const parts = []
  let start = body.indexOf(delimiter) + delimiter.length
  for (;;) {
    if (body.subarray(start, start + 2).toString() === '--') break
    start += 2 // CRLF after the delimiter
    const next = body.indexOf(delimiter, start)
    const part = body.subarray(start, next - 2) // drop the CRLF before the next delimiter
    const split = part.indexOf('\r\n\r\n')
    const headers = part.subarray(0, split).toString()
    const name = /name="([^"]*)"/.exec(headers)?.[1] ?? ''
    const filename = /filename="([^"]*)"/.exec(headers)?.[1] ?? null
    parts.push({ name, filename, headers, data: part.subarray(split + 4) })
    start = next + delimiter.length
  }
  return parts
}
