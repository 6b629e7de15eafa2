/**
 * Conformance: the request sequence of the official Python client (simvue-io/python-api
 * 2.5.3) for `with Run() as run: run.init(...); run.log_metrics(...); run.log_event(...);
 * run.save_file(...)`, replayed call by call, each answer checked as the client checks it
 * (python-client.ts). The client cannot be installed here, so the sequence is read from its
 * source; python-lifecycle.ts cites the file and function of each step (docs/design.md, the
 * Simvue contract: runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DevServerControl } from '../../dev-server/control.ts'
import { type DevServer, startDevServer } from '../../dev-server/index.ts'
import { api, obj } from './helpers.ts'
import { heartbeatPass, dispatch, init, saveFile, setStatus } from './python-lifecycle.ts'
import { type Json, pythonCall } from './python-client.ts'

let server: DevServer
let control: DevServerControl
beforeAll(async () => {
  server = await startDevServer()
  control = new DevServerControl(server.controlUrl)
})
afterAll(() => server.close())
describe('the Python client 2.5.3 run lifecycle, replayed', () => {
  it('init, heartbeat, metrics, events, save_file and close: every answer is one the client accepts', async () => {
    await control.clearRequests()
    const runId = await init(server, 'python-lifecycle')
    expect(await heartbeatPass(server, runId)).toBe(false)
    await dispatch(server, runId, 0)
    const content = Buffer.from('step,loss\n0,0.25\n')
    const artifactId = await saveFile(server, runId, 'results.csv', content)
    // `_tidy_run`: the dispatcher flushes what is still queued, then the status is set.
    await dispatch(server, runId, 1)
    await setStatus(server, runId, 'completed')

    // Each request reached the endpoint it is meant for (nothing fell through to 404).
    const endpoints = (await control.requests()).map((r) => `${r.endpoint} ${r.status}`)
    expect(endpoints).toEqual([
      'version 200',
      'folders.create 200',
      'runs.create 200',
      'runs.get 200',
      'runs.get 200',
      'runs.get 200',
      'runs.abort.status 200',
      'runs.heartbeat 200',
      'metrics.create 200',
      'events.create 200',
      'artifacts.create 200',
      'storage.upload 204',
      'artifacts.mark 200',
      'runs.artifacts.attach 200',
      'artifacts.get 200',
      'metrics.create 200',
      'events.create 200',
      'runs.update 200'
    ])

    // What the client left behind, read through the contract's own endpoints.
    const run = obj(await api(server, 'GET', `/runs/${runId}`))
    expect(run).toMatchObject({ name: 'python-lifecycle', folder: '/ci', status: 'completed' })
    expect(run.endtime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/)
    const listed = (await api(server, 'GET', `/runs/${runId}/artifacts`)).json as Json[]
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ id: artifactId, name: 'results.csv', uploaded: true })
    const download = await fetch(listed[0]?.url as string)
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true)
  })

  it('a second Run.init in the same folder gets 409 with the folder id, and goes on', async () => {
    const first = await pythonCall(server, {
      method: 'POST',
      path: '/folders',
      json: { path: '/again' },
      accept: [200, 409]
    })
    const second = await pythonCall(server, {
      method: 'POST',
      path: '/folders',
      json: { path: '/again' },
      accept: [200, 409]
    })
    expect(second.id).toBe(first.id)
  })

  it('an abort requested with Run.abort is seen by the next heartbeat pass', async () => {
    const runId = await init(server, 'python-abort')
    expect(await heartbeatPass(server, runId)).toBe(false)
    // simvue/api/objects/run.py `Run.abort(reason)`: PUT {"reason"}, 200 and a JSON object.
    await pythonCall(server, {
      method: 'PUT',
      path: `/runs/${runId}/abort`,
      json: { reason: 'stopped from the UI' },
      accept: [200]
    })
    expect(await heartbeatPass(server, runId)).toBe(true)
    // `Run._terminate_run` then sets the status through `set_status("terminated")`.
    expect((await setStatus(server, runId, 'terminated')).status).toBe('terminated')
  })
})

describe('lifecycle endpoints', () => {
  it('answer 404 with a JSON detail for an unknown run', async () => {
    for (const [method, path] of [
      ['GET', '/runs/NoSuchRun/abort'],
      ['PUT', '/runs/NoSuchRun/heartbeat']
    ] as const) {
      const reply = await api(server, method, path)
      expect(reply.status, `${method} ${path}`).toBe(404)
      expect(obj(reply).detail).toBe('Run NoSuchRun not found')
    }
  })

  it('need the token like every API route', async () => {
    for (const [method, path] of [
      ['GET', '/runs/x/abort'],
      ['PUT', '/runs/x/heartbeat'],
      ['POST', '/metrics'],
      ['POST', '/events']
    ] as const) {
      const reply = await api(server, method, path, undefined, { token: null })
      expect(reply.status, `${method} ${path}`).toBe(401)
    }
  })

  it('refuse an abort request without a reason (422 list shape)', async () => {
    const runId = await init(server, 'python-abort-422')
    const reply = await api(server, 'PUT', `/runs/${runId}/abort`, {})
    expect(reply.status).toBe(422)
    expect(obj(reply).detail).toEqual([
      expect.objectContaining({ type: 'missing', loc: ['body', 'reason'] })
    ])
    expect(obj(await api(server, 'GET', `/runs/${runId}/abort`))).toEqual({ status: false })
  })

  it('take faults by their endpoint names, like the rest of the API', async () => {
    const runId = await init(server, 'python-heartbeat-fault')
    await control.addFault({ endpoint: 'runs.heartbeat', kind: 'status', status: 503, times: 1 })
    const failed = await api(server, 'PUT', `/runs/${runId}/heartbeat`)
    expect(failed.status).toBe(503)
    expect((await api(server, 'PUT', `/runs/${runId}/heartbeat`)).status).toBe(200)
  })
})
