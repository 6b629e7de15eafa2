/**
 * Creating, finishing and finding runs (docs/design.md: runs and names), through the bundle;
 * objects and re-runs are in reruns.test.ts. The cases run concurrently, each against a dev
 * server of its own.
 */
import { describe } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { serverTest as it, type TestServer } from '../helpers/simvue.ts'

interface RunDetail {
  id: string
  name: string
  status: string
  folder: string
  tags: string[]
  metadata: Record<string, unknown>
  heartbeat_timeout: number | null
  endtime?: string | null
}

interface OutputEntry {
  name: string
  status: string
  error: string | null
}

const entries = (outputs: Record<string, string>): OutputEntry[] =>
  JSON.parse(outputs.artifacts ?? '[]') as OutputEntry[]

async function findRuns(t: TestServer, name: string): Promise<RunDetail[]> {
  const filters = encodeURIComponent(JSON.stringify([`name == ${name}`]))
  return (await t.api<{ data: RunDetail[] }>('GET', `/runs?filters=${filters}`)).data
}

describe.concurrent('creating and finishing runs', () => {
  it('creates the run with folder, tag, provenance and no heartbeat timeout, then completes it', async ({
    t,
    expect
  }) => {
    const result = await runAction({
      workspace: makeWorkspace({ 'report.xml': '<testsuite/>' }),
      inputs: {
        run: 'created-by-ci',
        'create-run': 'true',
        folder: '/ci/nightly',
        path: 'report.xml',
        'run-status': 'completed'
      },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const [run, ...others] = await findRuns(t, 'created-by-ci')
    expect(others).toEqual([])
    const detail = await t.api<RunDetail>('GET', `/runs/${run?.id}`)
    expect(detail.folder).toBe('/ci/nightly')
    expect(detail.tags).toEqual(['github-actions'])
    expect(detail.heartbeat_timeout).toBeNull()
    expect(detail.status).toBe('completed')
    expect(detail.endtime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/)
    expect(detail.metadata.github).toMatchObject({ repository: 'octo-org/octo-repo', job: 'test' })
    expect(result.outputs['run-id']).toBe(run?.id)
  })

  it('may only create a run, or only set its status', async ({ t, expect }) => {
    const created = await runAction({
      inputs: { run: 'bare-run', 'create-run': 'true' },
      env: t.env
    })
    expect(created.code, created.stdout).toBe(0)
    const [run] = await findRuns(t, 'bare-run')
    expect(run?.status).toBe('running')
    const finished = await runAction({
      inputs: { run: 'bare-run', 'run-status': 'failed' },
      env: t.env
    })
    expect(finished.code, finished.stdout).toBe(0)
    expect((await t.api<RunDetail>('GET', `/runs/${run?.id}`)).status).toBe('failed')
  })

  it('leaves the status unchanged and warns when a file failed', async ({ t, expect }) => {
    const runId = await t.createRun('status-kept')
    await t.control.addFault({
      endpoint: 'storage.upload',
      kind: 'status',
      status: 400,
      name: 'bad.txt',
      times: 0
    })
    try {
      const result = await runAction({
        workspace: makeWorkspace({ 'good.txt': 'g', 'bad.txt': 'b' }),
        inputs: { run: runId, path: '*.txt', 'run-status': 'completed', 'fail-on-error': 'false' },
        env: t.env
      })
      expect(result.code, result.stdout).toBe(0)
      expect(result.warnings.join('\n')).toMatch(/status left as "running"/)
      expect((await t.api<RunDetail>('GET', `/runs/${runId}`)).status).toBe('running')
      const statuses = Object.fromEntries(entries(result.outputs).map((e) => [e.name, e.status]))
      expect(statuses).toEqual({ 'bad.txt': 'failed', 'good.txt': 'uploaded' })
    } finally {
      await t.control.clearFaults()
    }
  })
})

describe.concurrent('finding runs', () => {
  it('falls back to the name when an id-shaped value is not an id', async ({ t, expect }) => {
    const name = 'AbCdEfGhIjKlMnOpQrStUv'
    const runId = await t.createRun(name)
    expect(runId).not.toBe(name)
    const result = await runAction({
      workspace: makeWorkspace({ 'x.txt': 'x' }),
      inputs: { run: name, path: 'x.txt' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(result.outputs['run-id']).toBe(runId)
  })

  it('refuses an ambiguous name, listing ids and folders, and the folder filter resolves it', async ({
    t,
    expect
  }) => {
    const first = await t.createRun('twin', { folder: '/a' })
    const second = await t.createRun('twin', { folder: '/b' })
    const workspace = makeWorkspace({ 'x.txt': 'x' })
    const ambiguous = await runAction({
      workspace,
      inputs: { run: 'twin', path: 'x.txt' },
      env: t.env
    })
    expect(ambiguous.code).toBe(1)
    const error = ambiguous.errors.join('\n')
    for (const text of [first, second, '/a', '/b', 'folder']) expect(error).toContain(text)
    const narrowed = await runAction({
      workspace,
      inputs: { run: 'twin', folder: '/b', path: 'x.txt' },
      env: t.env
    })
    expect(narrowed.code, narrowed.stdout).toBe(0)
    expect(narrowed.outputs['run-id']).toBe(second)
  })

  it('says how to create a run that does not exist', async ({ t, expect }) => {
    const result = await runAction({
      workspace: makeWorkspace({ 'x.txt': 'x' }),
      inputs: { run: 'no-such-run', path: 'x.txt' },
      env: t.env
    })
    expect(result.code).toBe(1)
    expect(result.errors.join('\n')).toMatch(/no-such-run.*create-run: true/)
  })

  it('reads every page of a long name lookup', async ({ t, expect }) => {
    for (let i = 0; i < 105; i++) await t.createRun(`filler-${i}`)
    const runId = await t.createRun('after-many')
    const result = await runAction({
      workspace: makeWorkspace({ 'x.txt': 'x' }),
      inputs: { run: 'after-many', path: 'x.txt' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(result.outputs['run-id']).toBe(runId)
  })

  it('refuses output artifacts on a run in status created, for files and objects alike', async ({
    t,
    expect
  }) => {
    const runId = await t.createRun('not-started', { status: 'created' })
    const variants: Record<string, string>[] = [{ path: 'x.txt' }, { objects: '{"v": 1}' }]
    for (const inputs of variants) {
      await t.control.clearRequests()
      const result = await runAction({
        workspace: makeWorkspace({ 'x.txt': 'x' }),
        inputs: { run: runId, ...inputs },
        env: t.env
      })
      expect(result.code).toBe(1)
      expect(result.errors.join('\n')).toMatch(/status "created".*category: input/)
      const sent = (await t.control.requests()).map((r) => r.endpoint)
      expect(sent).not.toContain('artifacts.create')
    }
    const asInput = await runAction({
      workspace: makeWorkspace({ 'x.txt': 'x' }),
      inputs: { run: runId, path: 'x.txt', category: 'input' },
      env: t.env
    })
    expect(asInput.code, asInput.stdout).toBe(0)
  })
})
