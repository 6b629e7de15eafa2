/**
 * Conformance: version, auth, folders and runs (docs/design.md, the Simvue contract: the
 * version check, creating and finding runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DevServer, startDevServer } from '../../dev-server/index.ts'
import { api, createRun, obj, rawRequest } from './helpers.ts'

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/
const ID = /^[A-Za-z0-9]{22}$/

let server: DevServer
beforeAll(async () => {
  server = await startDevServer({ token: 'secret-token', version: '1.3.4' })
})
afterAll(() => server.close())

describe('version and authentication', () => {
  it('reports the configured version with a valid token', async () => {
    const reply = await api(server, 'GET', '/version')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(reply.json).toEqual({ version: '1.3.4' })
  })

  it('exposes the URLs and token', () => {
    expect(server.apiUrl).toBe(`${server.url}/api`)
    expect(server.controlUrl).toBe(`${server.url}/_control`)
    expect(server.storageUrl).not.toBe(server.url)
    expect(server.token).toBe('secret-token')
  })

  it.each([
    ['missing', null],
    ['wrong', 'not-the-token']
  ])('answers 401 with a JSON detail for a %s token on every route', async (_, token) => {
    for (const [method, path] of [
      ['GET', '/version'],
      ['GET', '/whoami'],
      ['POST', '/folders'],
      ['GET', '/runs'],
      ['POST', '/artifacts'],
      ['GET', '/artifacts/AAAAAAAAAAAAAAAAAAAAAA']
    ] as const) {
      const reply = await api(server, method, path, method === 'POST' ? {} : undefined, { token })
      expect(reply.status, `${method} ${path}`).toBe(401)
      expect(typeof obj(reply).detail).toBe('string')
    }
  })

  it('rejects a non-Bearer scheme', async () => {
    const reply = await rawRequest(`${server.apiUrl}/version`, {
      headers: { authorization: 'Token secret-token' }
    })
    expect(reply.status).toBe(401)
  })

  it('answers whoami', async () => {
    const reply = await api(server, 'GET', '/whoami')
    expect(reply.status).toBe(200)
    expect(obj(reply).username).toBe('dev')
  })

  it('answers 404 with a JSON detail for unknown routes and 405 for wrong methods', async () => {
    const missing = await api(server, 'GET', '/nothing-here')
    expect(missing.status).toBe(404)
    expect(missing.json).toEqual({ detail: 'Not Found' })
    const wrong = await api(server, 'DELETE', '/runs')
    expect(wrong.status).toBe(405)
    expect(typeof obj(wrong).detail).toBe('string')
  })
})

describe('folders', () => {
  it('creates a folder (200 with id) and answers 409 with the same id when it exists', async () => {
    const first = await api(server, 'POST', '/folders', { path: '/ci/nightly' })
    expect(first.status).toBe(200)
    expect(obj(first).id).toMatch(ID)
    const again = await api(server, 'POST', '/folders', { path: '/ci/nightly' })
    expect(again.status).toBe(409)
    expect(obj(again).id).toBe(obj(first).id)
    expect(typeof obj(again).detail).toBe('string')
  })

  it('knows the root folder', async () => {
    const root = await api(server, 'POST', '/folders', { path: '/' })
    expect(root.status).toBe(409)
    expect(obj(root).id).toMatch(ID)
  })

  it('answers 422 with the list shape for a path not starting with /', async () => {
    const reply = await api(server, 'POST', '/folders', { path: 'relative' })
    expect(reply.status).toBe(422)
    expect(reply.json).toMatchObject({
      detail: [{ loc: ['body', 'path'], type: 'string_pattern_mismatch' }]
    })
    const missing = await api(server, 'POST', '/folders', {})
    expect(missing.json).toMatchObject({ detail: [{ loc: ['body', 'path'], type: 'missing' }] })
  })

  it('answers 422 for a body that is not JSON', async () => {
    const reply = await api(server, 'POST', '/folders', undefined, { raw: '{"path": ' })
    expect(reply.status).toBe(422)
    expect(reply.json).toMatchObject({ detail: [{ type: 'json_invalid' }] })
    const empty = await api(server, 'POST', '/folders')
    expect(empty.status).toBe(422)
    expect(empty.json).toMatchObject({ detail: [{ loc: ['body'], type: 'missing' }] })
  })
})

describe('runs', () => {
  it('creates a run (200, never 201) and reads it back with every field sent', async () => {
    await api(server, 'POST', '/folders', { path: '/runs-a' })
    const reply = await api(server, 'POST', '/runs', {
      name: 'first-run',
      folder: '/runs-a',
      status: 'running',
      tags: ['github-actions'],
      metadata: { github: { sha: 'abc' } },
      heartbeat_timeout: null,
      system: { os: 'linux' }
    })
    expect(reply.status).toBe(200)
    expect(reply.json).toEqual({ id: expect.stringMatching(ID), name: 'first-run' })
    const run = await api(server, 'GET', `/runs/${obj(reply).id}`)
    expect(run.status).toBe(200)
    expect(run.json).toMatchObject({
      id: obj(reply).id,
      name: 'first-run',
      folder: '/runs-a',
      status: 'running',
      tags: ['github-actions'],
      metadata: { github: { sha: 'abc' } },
      heartbeat_timeout: null,
      system: { os: 'linux' },
      endtime: null
    })
    expect(obj(run).created).toMatch(TIMESTAMP)
    expect(obj(run).started).toMatch(TIMESTAMP)
  })

  it('generates a name and defaults the status to created', async () => {
    const reply = await api(server, 'POST', '/runs', { folder: '/' })
    expect(obj(reply).name).toMatch(/^[a-z]+-[a-z]+-\d+$/)
    const run = await api(server, 'GET', `/runs/${obj(reply).id}`)
    expect(obj(run).status).toBe('created')
  })

  it('validates folder, name and status with 422 list errors', async () => {
    const noFolder = await api(server, 'POST', '/runs', { name: 'x' })
    expect(noFolder.status).toBe(422)
    expect(noFolder.json).toMatchObject({ detail: [{ loc: ['body', 'folder'], type: 'missing' }] })
    const badName = await api(server, 'POST', '/runs', { folder: '/', name: 'bad(name)' })
    expect(badName.status).toBe(422)
    const badStatus = await api(server, 'POST', '/runs', { folder: '/', status: 'done' })
    expect(badStatus.json).toMatchObject({ detail: [{ loc: ['body', 'status'], type: 'enum' }] })
  })

  it('answers 404 for an unknown run id', async () => {
    const reply = await api(server, 'GET', '/runs/AAAAAAAAAAAAAAAAAAAAAA')
    expect(reply.status).toBe(404)
    expect(typeof obj(reply).detail).toBe('string')
  })

  it('updates a run by merging fields and validates the status', async () => {
    const id = await createRun(server, { name: 'to-update', status: 'running', tags: ['a'] })
    const endtime = '2025-01-02T03:04:05.123456'
    const reply = await api(server, 'PUT', `/runs/${id}`, { status: 'completed', endtime })
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({ id, name: 'to-update', status: 'completed', endtime })
    expect(obj(reply).tags).toEqual(['a'])
    const bad = await api(server, 'PUT', `/runs/${id}`, { status: 'finished' })
    expect(bad.status).toBe(422)
    const missing = await api(server, 'PUT', '/runs/AAAAAAAAAAAAAAAAAAAAAA', { status: 'failed' })
    expect(missing.status).toBe(404)
  })

  it('lists runs with name and folder.path filters, total count and pagination', async () => {
    await api(server, 'POST', '/folders', { path: '/list' })
    const ids: string[] = []
    for (let i = 0; i < 5; i += 1)
      ids.push(await createRun(server, { name: 'dup', folder: '/list' }))
    const other = await createRun(server, { name: 'dup', folder: '/' })
    await createRun(server, { name: 'dup-not', folder: '/list' })

    const filters = (list: string[]): string => encodeURIComponent(JSON.stringify(list))
    const byName = await api(server, 'GET', `/runs?filters=${filters(['name == dup'])}`)
    expect(byName.status).toBe(200)
    expect(obj(byName).count).toBe(6)
    expect((obj(byName).data as { id: string }[]).map((r) => r.id)).toEqual([...ids, other])

    const both = filters(['name == dup', 'folder.path == /list'])
    const page1 = await api(server, 'GET', `/runs?filters=${both}&start=0&count=2`)
    const page3 = await api(server, 'GET', `/runs?filters=${both}&start=4&count=2`)
    expect(obj(page1).count).toBe(5)
    expect((obj(page1).data as { id: string }[]).map((r) => r.id)).toEqual(ids.slice(0, 2))
    expect((obj(page3).data as { id: string }[]).map((r) => r.id)).toEqual(ids.slice(4))

    const none = await api(server, 'GET', `/runs?filters=${filters(['name == nobody'])}`)
    expect(none.json).toEqual({ data: [], count: 0 })
  })

  it('follows renames in the name index', async () => {
    const id = await createRun(server, { name: 'old-name' })
    await api(server, 'PUT', `/runs/${id}`, { name: 'new-name' })
    const f = (n: string): string => encodeURIComponent(JSON.stringify([`name == ${n}`]))
    expect(obj(await api(server, 'GET', `/runs?filters=${f('old-name')}`)).count).toBe(0)
    expect(obj(await api(server, 'GET', `/runs?filters=${f('new-name')}`)).count).toBe(1)
  })

  it('answers 422 for unsupported filters and bad pagination', async () => {
    const unsupported = encodeURIComponent(JSON.stringify(['name contains x']))
    expect((await api(server, 'GET', `/runs?filters=${unsupported}`)).status).toBe(422)
    expect((await api(server, 'GET', '/runs?filters=notjson')).status).toBe(422)
    expect((await api(server, 'GET', '/runs?count=abc')).status).toBe(422)
  })
})
