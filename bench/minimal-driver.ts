/**
 * The minimal driver of the small-files figure: the four requests per file (A create, B presigned POST,
 * C mark uploaded, D attach) with a fixed number of files in flight, keep-alive agents, and
 * every hash and body prepared in memory first. Node built-ins only.
 *
 *   node bench/minimal-driver.ts <apiUrl> <token> <runId> <dir> <concurrency> [category]
 *
 * Prints one JSON line {files, prepareMs, requestMs}. The bench times the whole process and
 * subtracts prepareMs, so process start is counted (as for the action) but file reads and
 * hashing are not.
 */
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const [apiUrl, token, runId, dir, concurrencyText, category = 'output'] = process.argv.slice(2)
if (!apiUrl || !token || !runId || !dir || !concurrencyText) {
  console.error('usage: minimal-driver.ts <apiUrl> <token> <runId> <dir> <concurrency> [category]')
  process.exit(2)
}
const concurrency = Number(concurrencyText)

interface Prepared {
  name: string
  content: Buffer
  createBody: string
}

const prepareStart = performance.now()
const files: Prepared[] = readdirSync(dir)
  .sort()
  .map((name) => {
    const file = path.join(dir, name)
    const content = readFileSync(file)
    const createBody = JSON.stringify({
      name,
      original_path: file,
      size: content.length,
      mime_type: 'application/octet-stream',
      checksum: createHash('sha256').update(content).digest('hex'),
      metadata: null
    })
    return { name, content, createBody }
  })
const prepareMs = performance.now() - prepareStart

const requestStart = performance.now()
const api = new URL(apiUrl.replace(/\/$/, ''))
const agents = new Map<string, http.Agent>()
function agentFor(origin: string): http.Agent {
  let agent = agents.get(origin)
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
    agents.set(origin, agent)
  }
  return agent
}

interface Reply {
  status: number
  body: string
}

function send(
  method: string,
  url: URL,
  headers: Record<string, string | number>,
  body: Buffer | string
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent: agentFor(url.origin),
        headers: { ...headers, 'content-length': Buffer.byteLength(body) }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
        )
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

const apiHeaders = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }

function apiCall(method: string, route: string, body: string): Promise<Reply> {
  return send(method, new URL(`${api.pathname}${route}`, api), apiHeaders, body).then((reply) => {
    if (reply.status !== 200) throw new Error(`${method} ${route}: ${reply.status} ${reply.body}`)
    return reply
  })
}

function multipart(fields: Record<string, string>, file: Prepared): { type: string; body: Buffer } {
  const boundary = `----bench${randomBytes(12).toString('hex')}`
  let head = ''
  for (const [key, value] of Object.entries(fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n\r\n`
  const body = Buffer.concat([
    Buffer.from(head),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`)
  ])
  return { type: `multipart/form-data; boundary=${boundary}`, body }
}

async function upload(file: Prepared): Promise<void> {
  const created = JSON.parse((await apiCall('POST', '/artifacts', file.createBody)).body) as {
    id: string
    url: string | null
    fields?: Record<string, string>
  }
  if (created.url) {
    const form = multipart(created.fields ?? {}, file)
    const stored = await send(
      'POST',
      new URL(created.url),
      { 'content-type': form.type },
      form.body
    )
    if (stored.status !== 204 && stored.status !== 200) {
      throw new Error(`storage ${file.name}: ${stored.status} ${stored.body}`)
    }
    await apiCall('PUT', `/artifacts/${created.id}`, '{"uploaded":true}')
  }
  await apiCall('PUT', `/runs/${runId}/artifacts/${created.id}`, JSON.stringify({ category }))
}

let next = 0
async function worker(): Promise<void> {
  while (next < files.length) {
    const file = files[next++] as Prepared
    await upload(file)
  }
}

try {
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
} catch (error) {
  console.error(String(error))
  process.exitCode = 1
} finally {
  for (const agent of agents.values()) agent.destroy()
}
const requestMs = performance.now() - requestStart
console.log(JSON.stringify({ files: files.length, prepareMs, requestMs }))
