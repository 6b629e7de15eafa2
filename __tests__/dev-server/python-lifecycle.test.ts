/**
 * Conformance: the request sequence of the official Python client (simvue-io/python-api
 * 2.5.3) for `with Run() as run: run.init(...); run.log_metrics(...); run.log_event(...);
 * run.save_file(...)`, replayed call by call, each answer checked as the client checks it
 * (python-client.ts). The client cannot be installed here, so the sequence is read from its
 * source, cited per step by repository path (docs/design.md, the Simvue contract: runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DevServerControl } from '../../dev-server/control.ts'
import { type DevServer, startDevServer } from '../../dev-server/index.ts'
import { sha256 } from '../helpers/sha256.ts'
import { api, obj } from './helpers.ts'
import { type Json, pythonCall, pythonUpload } from './python-client.ts'

/** `simvue/models.py` DATETIME_FORMAT, `simvue_timestamp`: UTC, microseconds, no zone. */
const now = (): string => `${new Date().toISOString().slice(0, 23)}000`

let server: DevServer
let control: DevServerControl
beforeAll(async () => {
  server = await startDevServer()
  control = new DevServerControl(server.controlUrl)
})
afterAll(() => server.close())

/** `simvue/run.py` `Run.init` with `name`, `folder` and `metadata` given. */
async function init(name: string): Promise<string> {
  // simvue/config/user.py `_check_server`: 200 and a semver `version` in [1.1.0, 2.0.0).
  const { version } = await pythonCall<{ version: string }>(server, {
    method: 'GET',
    path: '/version',
    accept: [200],
    probe: true
  })
  const [major, minor] = version.split('.').map(Number)
  expect(major === 1 && (minor ?? 0) >= 1, version).toBe(true)

  // Run.init -> simvue/api/objects/folder.py `Folder.new(path).commit()`, which is
  // simvue/api/objects/base.py `_post_single`: 200 or 409, and an `id` either way.
  const folder = await pythonCall(server, {
    method: 'POST',
    path: '/folders',
    json: { path: '/ci' },
    accept: [200, 409]
  })
  expect(folder.id).toBeTruthy()

  // Run.init -> simvue/api/objects/run.py `Run.new(folder=...)` plus its setters, then
  // `commit()`; `created` is local only (base.py `_local_only_args`) and not sent.
  const created = await pythonCall(server, {
    method: 'POST',
    path: '/runs',
    json: {
      folder: '/ci',
      system: {
        cwd: '/home/runner/work',
        hostname: 'runner',
        pythonversion: '3.12.3',
        platform: { system: 'Linux', release: '6.8.0', version: '#1 SMP' },
        cpu: { arch: 'x86_64', processor: 'AMD EPYC' },
        gpu: { name: '', driver: '' }
      },
      status: 'running',
      name,
      visibility: { tenant: false, public: false, users: [] },
      ttl: null,
      tags: [],
      metadata: { job: 'nightly', python: { environment: { numpy: '2.1.0' } } },
      heartbeat_timeout: 180,
      alerts: [],
      notifications: { state: 'none' }
    },
    accept: [200, 409]
  })
  const runId = created.id as string
  expect(runId).toBeTruthy()

  // Run.init: `if not self.name` reads the name back: for a writable object
  // base.py `_get_attribute` always GETs the object.
  const read = await pythonCall(server, { method: 'GET', path: `/runs/${runId}`, accept: [200] })
  expect(read.name).toBe(name)
  // Run._start: `if self._sv_obj.status != "running"` (a PUT of the status would follow).
  const again = await pythonCall(server, { method: 'GET', path: `/runs/${runId}`, accept: [200] })
  expect(again.status).toBe('running')
  return runId
}

/**
 * One pass of the heartbeat thread (`Run._create_heartbeat_callback`): the system metrics
 * read the status (`_get_internal_metrics`: `self.status == "running"`), then
 * simvue/api/objects/run.py `abort_trigger` and `send_heartbeat`. Returns the abort status.
 */
async function heartbeatPass(runId: string): Promise<boolean> {
  const run = await pythonCall(server, { method: 'GET', path: `/runs/${runId}`, accept: [200] })
  expect(run.status).toBe('running')
  const abort = await pythonCall(server, {
    method: 'GET',
    path: `/runs/${runId}/abort`,
    accept: [200]
  })
  // `send_heartbeat`: `sv_put(url, headers, data={})`: no body, any JSON object back.
  await pythonCall(server, { method: 'PUT', path: `/runs/${runId}/heartbeat`, accept: [200] })
  return Boolean(abort.status ?? false)
}

/**
 * The dispatcher's callback (`Run._create_dispatch_callback`): simvue/api/objects/metrics.py
 * `Metrics.new(run, metrics).commit()` and events.py `Events.new(run, events).commit()`,
 * msgpack bodies; both objects are `_is_set`, so no `id` is needed back.
 */
async function dispatch(runId: string, step: number): Promise<void> {
  // simvue/models.py `MetricSet` (time, timestamp, step, values), as
  // `Run._add_metrics_to_dispatch` fills it; system metrics are the same shape.
  const values = { loss: 0.25 / (step + 1), 'resources/cpu.usage.percentage': 12.5 }
  await pythonCall(server, {
    method: 'POST',
    path: '/metrics',
    msgpack: { run: runId, metrics: [{ time: 1.5 + step, timestamp: now(), step, values }] },
    accept: [200, 409]
  })
  // simvue/models.py `EventSet` (message, log_level, timestamp), from `Run.log_event`.
  await pythonCall(server, {
    method: 'POST',
    path: '/events',
    msgpack: {
      run: runId,
      events: [{ message: `step ${step} done`, log_level: 'info', timestamp: now() }]
    },
    accept: [200, 409]
  })
}

/** `Run.save_file(path, "output")`: FileArtifact.new, `_upload`, then `attach_to_run`. */
async function saveFile(runId: string, name: string, content: Buffer): Promise<string> {
  // simvue/api/objects/artifact/file.py `FileArtifact.new` -> `_post_single`: exactly
  // these six keys (storage, file_path, runs are local only); it reads `id`, then `url`
  // (a KeyError if the key is missing) and `fields`.
  const created = await pythonCall(server, {
    method: 'POST',
    path: '/artifacts',
    json: {
      name,
      original_path: `/home/runner/work/${name}`,
      size: content.length,
      mime_type: 'text/csv',
      checksum: sha256(content),
      metadata: null
    },
    accept: [200, 409]
  })
  const id = created.id as string
  expect(id).toBeTruthy()
  expect(created).toHaveProperty('url')
  const url = created.url as string | null
  if (url) {
    // artifact/base.py `_upload`: the presigned POST, then `uploaded = True` committed
    // through base.py `_put`.
    await pythonUpload(url, created.fields as Record<string, string>, content, name)
    await pythonCall(server, {
      method: 'PUT',
      path: `/artifacts/${id}`,
      json: { uploaded: true },
      accept: [200, 409]
    })
  }
  // artifact/base.py `attach_to_run`: `requests.put(json=...)`, 200 only; the f-string of
  // its error scenario reads `self.name`, which GETs the artifact after the PUT.
  await pythonCall(server, {
    method: 'PUT',
    path: `/runs/${runId}/artifacts/${id}`,
    json: { category: 'output' },
    accept: [200]
  })
  const artifact = await pythonCall(server, {
    method: 'GET',
    path: `/artifacts/${id}`,
    accept: [200]
  })
  expect(artifact.name).toBe(name)
  return id
}

/** `Run.set_status` (from `close`/`__exit__` via `_tidy_run`): status, then endtime. */
async function setStatus(runId: string, status: string): Promise<Json> {
  return pythonCall(server, {
    method: 'PUT',
    path: `/runs/${runId}`,
    json: { status, endtime: now() },
    accept: [200, 409]
  })
}

describe('the Python client 2.5.3 run lifecycle, replayed', () => {
  it('init, heartbeat, metrics, events, save_file and close: every answer is one the client accepts', async () => {
    await control.clearRequests()
    const runId = await init('python-lifecycle')
    expect(await heartbeatPass(runId)).toBe(false)
    await dispatch(runId, 0)
    const content = Buffer.from('step,loss\n0,0.25\n')
    const artifactId = await saveFile(runId, 'results.csv', content)
    // `_tidy_run`: the dispatcher flushes what is still queued, then the status is set.
    await dispatch(runId, 1)
    await setStatus(runId, 'completed')

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
    const runId = await init('python-abort')
    expect(await heartbeatPass(runId)).toBe(false)
    // simvue/api/objects/run.py `Run.abort(reason)`: PUT {"reason"}, 200 and a JSON object.
    await pythonCall(server, {
      method: 'PUT',
      path: `/runs/${runId}/abort`,
      json: { reason: 'stopped from the UI' },
      accept: [200]
    })
    expect(await heartbeatPass(runId)).toBe(true)
    // `Run._terminate_run` then sets the status through `set_status("terminated")`.
    expect((await setStatus(runId, 'terminated')).status).toBe('terminated')
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
    const runId = await init('python-abort-422')
    const reply = await api(server, 'PUT', `/runs/${runId}/abort`, {})
    expect(reply.status).toBe(422)
    expect(obj(reply).detail).toEqual([
      expect.objectContaining({ type: 'missing', loc: ['body', 'reason'] })
    ])
    expect(obj(await api(server, 'GET', `/runs/${runId}/abort`))).toEqual({ status: false })
  })

  it('take faults by their endpoint names, like the rest of the API', async () => {
    const runId = await init('python-heartbeat-fault')
    await control.addFault({ endpoint: 'runs.heartbeat', kind: 'status', status: 503, times: 1 })
    const failed = await api(server, 'PUT', `/runs/${runId}/heartbeat`)
    expect(failed.status).toBe(503)
    expect((await api(server, 'PUT', `/runs/${runId}/heartbeat`)).status).toBe(200)
  })
})
