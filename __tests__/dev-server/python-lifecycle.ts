/**
 * The steps of the official Python client's run lifecycle (simvue-io/python-api, tag v2.5.3),
 * each as the requests it sends, in order, with the checks it makes on the answers. Every
 * step cites the client's source file and function it was read from.
 */
import { expect } from 'vitest'
import type { DevServer } from '../../dev-server/index.ts'
import { sha256 } from '../helpers/sha256.ts'
import { type Json, pythonCall, pythonUpload } from './python-client.ts'

type Server = Pick<DevServer, 'apiUrl' | 'token'>

/** `simvue/models.py` DATETIME_FORMAT, `simvue_timestamp`: UTC, microseconds, no zone. */
const now = (): string => `${new Date().toISOString().slice(0, 23)}000`

/** `simvue/run.py` `Run.init` with `name`, `folder` and `metadata` given. */
export async function init(server: Server, name: string): Promise<string> {
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
export async function heartbeatPass(server: Server, runId: string): Promise<boolean> {
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
export async function dispatch(server: Server, runId: string, step: number): Promise<void> {
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
export async function saveFile(
  server: Server,
  runId: string,
  name: string,
  content: Buffer
): Promise<string> {
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
export async function setStatus(server: Server, runId: string, status: string): Promise<Json> {
  return pythonCall(server, {
    method: 'PUT',
    path: `/runs/${runId}`,
    json: { status, endtime: now() },
    accept: [200, 409]
  })
}
