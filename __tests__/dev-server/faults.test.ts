/** The control endpoint: injected faults of every kind, and the request log. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DevServerControl } from '../../dev-server/control.ts'
import { type DevServer, startDevServer } from '../../dev-server/index.ts'
import {
  api,
  artifactBody,
  createArtifact,
  createRun,
  list,
  multipart,
  obj,
  rawRequest,
  upload,
  uploadArtifact
} from './helpers.ts'

let server: DevServer
let control: DevServerControl
beforeAll(async () => {
  server = await startDevServer()
  control = new DevServerControl(server.controlUrl)
})
afterEach(() => control.clearFaults())
afterAll(() => server.close())

const unknownRun = '/runs/AAAAAAAAAAAAAAAAAAAAAA'

describe('status faults', () => {
  it('answers the status with Retry-After and a JSON detail, once by default', async () => {
    await control.addFault({ endpoint: 'runs.get', kind: 'status', status: 503, retryAfter: '2' })
    const faulted = await api(server, 'GET', unknownRun)
    expect(faulted.status).toBe(503)
    expect(faulted.headers['retry-after']).toBe('2')
    expect(typeof obj(faulted).detail).toBe('string')
    expect((await api(server, 'GET', unknownRun)).status).toBe(404)
  })

  it('can override the JSON body (e.g. a 409 with an id) and does not process the request', async () => {
    await control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 409,
      body: { id: 'ExistingArtifactId0001', detail: 'exists' }
    })
    const before = obj(await api(server, 'GET', '/artifacts?count=0')).count
    const reply = await api(server, 'POST', '/artifacts', artifactBody('c.txt', 'c'))
    expect(reply.status).toBe(409)
    expect(reply.json).toEqual({ id: 'ExistingArtifactId0001', detail: 'exists' })
    expect(obj(await api(server, 'GET', '/artifacts?count=0')).count).toBe(before)
  })

  it('answers S3 XML at storage', async () => {
    const created = await createArtifact(server, 'st.txt', 'st')
    await control.addFault({
      endpoint: 'storage.upload',
      kind: 'status',
      status: 503,
      retryAfter: '1'
    })
    const reply = await upload(created, Buffer.from('st'))
    expect(reply.status).toBe(503)
    expect(reply.headers['retry-after']).toBe('1')
    expect(reply.text).toContain('<Error><Code>SlowDown</Code>')
    expect((await upload(created, Buffer.from('st'))).status).toBe(204)
  })

  it('fires `times` times, or until cleared with times 0', async () => {
    await control.addFault({ endpoint: 'version', kind: 'status', status: 500, times: 2 })
    const statuses = []
    for (let i = 0; i < 3; i += 1) statuses.push((await api(server, 'GET', '/version')).status)
    expect(statuses).toEqual([500, 500, 200])

    await control.addFault({ endpoint: 'version', kind: 'status', status: 502, times: 0 })
    for (let i = 0; i < 5; i += 1) expect((await api(server, 'GET', '/version')).status).toBe(502)
    await control.clearFaults()
    expect((await api(server, 'GET', '/version')).status).toBe(200)
  })

  it('matches in insertion order and "*" matches every endpoint', async () => {
    await control.addFault({ endpoint: '*', kind: 'status', status: 429 })
    await control.addFault({ endpoint: 'whoami', kind: 'status', status: 500 })
    expect((await api(server, 'GET', '/whoami')).status).toBe(429)
    expect((await api(server, 'GET', '/whoami')).status).toBe(500)
    expect((await api(server, 'GET', '/whoami')).status).toBe(200)
  })

  it('fires only for the artifact name given, at every endpoint that concerns it', async () => {
    await control.addFault({
      endpoint: '*',
      kind: 'status',
      status: 500,
      name: 'bad.txt',
      times: 0
    })
    const ok = await api(server, 'POST', '/artifacts', artifactBody('good.txt', 'g'))
    expect(ok.status).toBe(200)
    const bad = await api(server, 'POST', '/artifacts', artifactBody('bad.txt', 'b'))
    expect(bad.status).toBe(500)
    await control.clearFaults()
    const created = await createArtifact(server, 'bad.txt', 'b')
    await control.addFault({
      endpoint: 'storage.upload',
      kind: 'status',
      status: 500,
      name: 'bad.txt'
    })
    const good = await createArtifact(server, 'good.txt', 'g')
    expect((await upload(good, Buffer.from('g'))).status).toBe(204)
    expect((await upload(created, Buffer.from('b'))).status).toBe(500)
    await control.addFault({
      endpoint: 'artifacts.mark',
      kind: 'status',
      status: 503,
      name: 'bad.txt'
    })
    expect((await api(server, 'PUT', `/artifacts/${good.id}`, { uploaded: true })).status).toBe(200)
    expect((await api(server, 'PUT', `/artifacts/${created.id}`, { uploaded: true })).status).toBe(
      503
    )
  })
})

describe('latency and stall faults', () => {
  it('delays the answer by delayMs, then processes normally', async () => {
    await control.addFault({ endpoint: 'runs.create', kind: 'latency', delayMs: 300 })
    const started = performance.now()
    const reply = await api(server, 'POST', '/runs', { folder: '/', name: 'slow' })
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    expect(reply.status).toBe(200)
  })

  it('stalls until the client gives up, and nothing is processed', async () => {
    await control.addFault({ endpoint: 'runs.create', kind: 'stall' })
    await expect(
      rawRequest(`${server.apiUrl}/runs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify({ folder: '/', name: 'stalled-run' })),
        timeoutMs: 300
      })
    ).rejects.toThrow('client timeout')
    const filters = encodeURIComponent(JSON.stringify(['name == stalled-run']))
    expect(obj(await api(server, 'GET', `/runs?filters=${filters}`)).count).toBe(0)
  })

  it('stalls a storage upload for delayMs, then completes it', async () => {
    const content = Buffer.alloc(256 * 1024, 3)
    const created = await createArtifact(server, 'stall.bin', content)
    await control.addFault({ endpoint: 'storage.upload', kind: 'stall', delayMs: 300 })
    const started = performance.now()
    expect((await upload(created, content)).status).toBe(204)
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
  })
})

describe('reset and lost faults', () => {
  it('resets an API request without processing it', async () => {
    await control.addFault({ endpoint: 'folders.create', kind: 'reset' })
    await expect(api(server, 'POST', '/folders', { path: '/reset' })).rejects.toThrow()
    expect((await api(server, 'POST', '/folders', { path: '/reset' })).status).toBe(200)
  })

  it('resets a storage upload mid-body without storing anything', async () => {
    const content = Buffer.alloc(1024 * 1024, 9)
    const created = await createArtifact(server, 'reset.bin', content)
    await control.clearRequests()
    await control.addFault({ endpoint: 'storage.upload', kind: 'reset', afterBytes: 300_000 })
    await expect(upload(created, content)).rejects.toThrow()
    const [entry] = (await control.requests()).filter((r) => r.endpoint === 'storage.upload')
    expect(entry).toMatchObject({ fault: 'reset', status: 0, artifactName: 'reset.bin' })
    await api(server, 'PUT', `/artifacts/${created.id}`, { uploaded: true })
    const url = String(obj(await api(server, 'GET', `/artifacts/${created.id}`)).url)
    expect((await rawRequest(url)).status).toBe(404)
    expect((await upload(created, content)).status).toBe(204)
    expect((await rawRequest(url)).status).toBe(200)
  })

  it('loses the response of a processed request: state changed, socket dropped', async () => {
    await control.addFault({ endpoint: 'runs.create', kind: 'lost' })
    await expect(api(server, 'POST', '/runs', { folder: '/', name: 'lost-run' })).rejects.toThrow()
    const filters = encodeURIComponent(JSON.stringify(['name == lost-run']))
    expect(obj(await api(server, 'GET', `/runs?filters=${filters}`)).count).toBe(1)

    const run = await createRun(server)
    const created = await createArtifact(server, 'lost.txt', 'lost')
    await control.addFault({ endpoint: 'storage.upload', kind: 'lost', name: 'lost.txt' })
    await expect(upload(created, Buffer.from('lost'))).rejects.toThrow()
    await control.addFault({ endpoint: 'artifacts.mark', kind: 'lost' })
    await expect(
      api(server, 'PUT', `/artifacts/${created.id}`, { uploaded: true })
    ).rejects.toThrow()
    await control.addFault({ endpoint: 'runs.artifacts.attach', kind: 'lost' })
    const attach = `/runs/${run}/artifacts/${created.id}`
    await expect(api(server, 'PUT', attach, { category: 'output' })).rejects.toThrow()

    const listed = list(await api(server, 'GET', `/runs/${run}/artifacts`))
    expect(listed).toMatchObject([{ id: created.id, uploaded: true, category: 'output' }])
    const download = await fetch(String(listed[0]?.url))
    expect(await download.text()).toBe('lost')
    expect((await api(server, 'PUT', attach, { category: 'output' })).status).toBe(409)
  })

  it('applies faults to downloads', async () => {
    const run = await createRun(server)
    const id = await uploadArtifact(server, run, 'dl.txt', 'download')
    const url = String(obj(await api(server, 'GET', `/artifacts/${id}`)).url)
    await control.addFault({
      endpoint: 'storage.download',
      kind: 'status',
      status: 500,
      name: 'dl.txt'
    })
    expect((await rawRequest(url)).status).toBe(500)
    await control.addFault({ endpoint: 'storage.download', kind: 'reset' })
    await expect(rawRequest(url)).rejects.toThrow()
    expect((await rawRequest(url)).text).toBe('download')
  })
})

describe('request log and control', () => {
  it('records API and storage requests with headers as received, not control requests', async () => {
    const run = await createRun(server)
    await control.clearRequests()
    await uploadArtifact(server, run, 'logged.txt', 'logged')
    await control.addFault({ endpoint: 'version', kind: 'status', status: 503 })
    await api(server, 'GET', '/version')
    const log = await control.requests()
    expect(log.map((e) => [e.origin, e.endpoint, e.method, e.status])).toEqual([
      ['api', 'artifacts.create', 'POST', 200],
      ['storage', 'storage.upload', 'POST', 204],
      ['api', 'artifacts.mark', 'PUT', 200],
      ['api', 'runs.artifacts.attach', 'PUT', 200],
      ['api', 'version', 'GET', 503]
    ])
    for (const entry of log.filter((e) => e.origin === 'api')) {
      expect(entry.headers.authorization).toBe(`Bearer ${server.token}`)
    }
    const storage = log.find((e) => e.origin === 'storage')
    expect(storage?.headers.authorization).toBeUndefined()
    expect(storage?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(log.slice(0, 4).every((e) => e.artifactName === 'logged.txt')).toBe(true)
    expect(log[4]?.fault).toBe('status')
    expect(log[3]?.path).toBe(`/api/runs/${run}/artifacts/${log[3]?.path.split('/').pop()}`)
    expect(typeof log[0]?.time).toBe('number')

    await control.clearRequests()
    await rawRequest(`${server.apiUrl}/version`, { headers: { authorization: 'Bearer wrong' } })
    const [entry] = await control.requests()
    expect(entry).toMatchObject({ endpoint: 'version', status: 401 })
    expect(entry?.headers.authorization).toBe('Bearer wrong')
  })

  it('logs the path with its query and storage requests that carry a token', async () => {
    const created = await createArtifact(server, 'leak.txt', 'leak')
    await control.clearRequests()
    await api(server, 'GET', '/runs?start=0&count=5')
    const form = multipart(created.fields, Buffer.from('leak'))
    await rawRequest(created.url ?? '', {
      method: 'POST',
      headers: { 'content-type': form.contentType, authorization: 'Bearer leaked' },
      body: form.body
    })
    const log = await control.requests()
    expect(log[0]?.path).toBe('/api/runs?start=0&count=5')
    expect(log[1]).toMatchObject({ origin: 'storage', status: 400 })
    expect(log[1]?.headers.authorization).toBe('Bearer leaked')
  })

  it('rejects malformed faults with 400', async () => {
    await expect(
      control.addFault({ endpoint: 'nope' as 'version', kind: 'status', status: 500 })
    ).rejects.toThrow(/400/)
    await expect(control.addFault({ endpoint: 'version', kind: 'status' })).rejects.toThrow(/400/)
  })
})

describe('hostile-server faults', () => {
  it('echoes the Authorization header in the detail of a status fault', async () => {
    await control.addFault({
      endpoint: 'folders.create',
      kind: 'status',
      status: 400,
      echoAuthorization: true
    })
    const reply = await api(server, 'POST', '/folders', { path: '/echo' })
    expect(reply.status).toBe(400)
    expect(String(obj(reply).detail)).toContain(`Authorization: Bearer ${server.token}`)
  })

  it('pads an answer with padBytes of whitespace, still valid JSON', async () => {
    await control.addFault({
      endpoint: 'version',
      kind: 'status',
      status: 200,
      body: { version: '1.2.0' },
      padBytes: 100_000
    })
    const reply = await api(server, 'GET', '/version')
    expect(reply.text.length).toBe(JSON.stringify({ version: '1.2.0' }).length + 100_000)
    expect(obj(reply).version).toBe('1.2.0')
  })

  it('answers a storage upload early, before the file part, and stores nothing', async () => {
    const content = Buffer.alloc(4 * 1024 * 1024, 5)
    const created = await createArtifact(server, 'early.bin', content)
    await control.addFault({ endpoint: 'storage.upload', kind: 'early' })
    const reply = await upload(created, content).catch((error: unknown) => error as Error)
    // The client may see the 204 or, still writing, a reset socket: either way nothing stored.
    if (!(reply instanceof Error)) expect(reply.status).toBe(204)
    await api(server, 'PUT', `/artifacts/${created.id}`, { uploaded: true })
    const url = String(obj(await api(server, 'GET', `/artifacts/${created.id}`)).url)
    expect((await rawRequest(url)).status).toBe(404)
  })

  it('trickles the answer of a stored upload, a byte per delayMs', async () => {
    const content = Buffer.from('trickled')
    const created = await createArtifact(server, 'trickle.bin', content)
    await control.addFault({ endpoint: 'storage.upload', kind: 'trickle', delayMs: 50 })
    const form = multipart(created.fields, content)
    const { request } = await import('node:http')
    const received = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
      const req = request(created.url ?? '', {
        method: 'POST',
        headers: { 'content-type': form.contentType, 'content-length': form.body.length }
      })
      req.on('response', (res) => {
        let bytes = 0
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        setTimeout(() => {
          resolve({ status: res.statusCode ?? 0, bytes })
          req.destroy()
        }, 400)
      })
      req.on('error', reject)
      req.end(form.body)
    })
    expect(received.status).toBe(200)
    expect(received.bytes).toBeGreaterThan(2)
    expect(received.bytes).toBeLessThan(20)
  })

  it('refuses trickle and early faults on API endpoints', async () => {
    for (const kind of ['trickle', 'early'] as const) {
      await expect(control.addFault({ endpoint: 'artifacts.create', kind })).rejects.toThrow(
        /storage\.upload/
      )
    }
  })
})
