/**
 * Objects, idempotent re-runs and matrix jobs (docs/design.md: runs and names), through the
 * bundle. The cases run concurrently, each against a dev server of its own.
 */
import { describe } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { serverTest as it } from '../helpers/simvue.ts'

interface OutputEntry {
  name: string
  status: string
  error: string | null
}

const entries = (outputs: Record<string, string>): OutputEntry[] =>
  JSON.parse(outputs.artifacts ?? '[]') as OutputEntry[]

describe.concurrent('objects', () => {
  it('stores each value as JSON whose bytes decode to the value', async ({ t, expect }) => {
    const runId = await t.createRun('objects')
    const values = {
      params: { lr: 0.01, layers: [64, 64], note: 'ünïcode' },
      score: 0.97,
      label: 'best'
    }
    const result = await runAction({
      inputs: { run: runId, objects: JSON.stringify(values), 'name-prefix': 'cfg/' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const stored = await t.runArtifacts(runId, 'output')
    expect(stored.map((a) => a.name).sort()).toEqual(['cfg/label', 'cfg/params', 'cfg/score'])
    for (const artifact of stored) {
      const bytes = await t.download(artifact)
      const key = artifact.name.slice(4) as keyof typeof values
      expect(JSON.parse(bytes.toString('utf8'))).toEqual(values[key])
      expect(artifact.size).toBe(bytes.length)
      expect(artifact.mime_type).toBe('application/json')
      expect(artifact.original_path).toBe('')
    }
  })
})

describe.concurrent('idempotent re-runs', () => {
  it('uploads nothing new the second time, and re-uploads changed content with a warning', async ({
    t,
    expect
  }) => {
    const runId = await t.createRun('rerun')
    const workspace = makeWorkspace({ 'out/a.txt': 'a', 'out/b.txt': 'b' })
    const inputs = { run: runId, path: 'out', objects: '{"o": 1}' }
    const first = await runAction({ workspace, inputs, env: t.env })
    expect(first.code, first.stdout).toBe(0)
    expect(first.outputs['uploaded-count']).toBe('3')

    await t.control.clearRequests()
    const second = await runAction({ workspace, inputs, env: t.env })
    expect(second.code, second.stdout).toBe(0)
    expect(second.outputs['uploaded-count']).toBe('0')
    expect(second.outputs['skipped-count']).toBe('3')
    const sent = (await t.control.requests()).map((r) => r.endpoint)
    expect(sent).not.toContain('artifacts.create')
    expect(sent).not.toContain('storage.upload')

    const third = await runAction({
      workspace: makeWorkspace({ 'out/a.txt': 'A!', 'out/b.txt': 'b' }),
      inputs,
      env: t.env
    })
    expect(third.code, third.stdout).toBe(0)
    expect(Object.fromEntries(entries(third.outputs).map((e) => [e.name, e.status]))).toEqual({
      'a.txt': 'uploaded',
      'b.txt': 'skipped',
      o: 'skipped'
    })
    expect(third.warnings.join('\n')).toContain('a.txt')
    expect((await t.runArtifacts(runId)).filter((a) => a.name === 'a.txt')).toHaveLength(2)
  })

  it('uploads again with skip-existing: false', async ({ t, expect }) => {
    const runId = await t.createRun('no-skip')
    const workspace = makeWorkspace({ 'a.txt': 'a' })
    const inputs = { run: runId, path: 'a.txt', 'skip-existing': 'false' }
    expect((await runAction({ workspace, inputs, env: t.env })).code).toBe(0)
    const again = await runAction({ workspace, inputs, env: t.env })
    expect(again.outputs['uploaded-count']).toBe('1')
    expect(await t.runArtifacts(runId)).toHaveLength(2)
  })

  it('reports a deduplicated upload when the server reuses stored content', async ({
    t,
    expect
  }) => {
    const source = await t.createRun('dedup-source')
    const target = await t.createRun('dedup-target')
    const workspace = makeWorkspace({ 'data.bin': 'same bytes', 'copy.bin': 'same bytes' })
    expect(
      (await runAction({ workspace, inputs: { run: source, path: 'data.bin' }, env: t.env })).code
    ).toBe(0)
    const result = await runAction({
      workspace,
      inputs: { run: target, path: 'copy.bin', deduplicate: 'true' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(entries(result.outputs).map((e) => e.status)).toEqual(['deduplicated'])
    const attached = await t.runArtifacts(target)
    expect(attached).toHaveLength(1)
    expect(attached[0]?.name).toBe('data.bin')
  })

  it('treats an attach whose response was lost as done, attaching exactly once', async ({
    t,
    expect
  }) => {
    const runId = await t.createRun('lost-attach')
    await t.control.addFault({ endpoint: 'runs.artifacts.attach', kind: 'lost', times: 1 })
    const result = await runAction({
      workspace: makeWorkspace({ 'a.txt': 'a' }),
      inputs: { run: runId, path: 'a.txt' },
      env: { ...t.env, SIMVUE_UPLOAD_RETRY_BASE_MS: '10' }
    })
    await t.control.clearFaults()
    expect(result.code, result.stdout).toBe(0)
    expect(entries(result.outputs).map((e) => e.status)).toEqual(['uploaded'])
    expect(await t.runArtifacts(runId)).toHaveLength(1)
  })
})

describe.concurrent('matrix jobs', () => {
  it('eight concurrent processes with different name-prefix values attach every file to one run', async ({
    t,
    expect
  }) => {
    const runId = await t.createRun('matrix')
    const files = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`out/f${i}.txt`, `file ${i}`])
    )
    const jobs = Array.from({ length: 8 }, (_, job) =>
      runAction({
        workspace: makeWorkspace(files),
        inputs: { run: runId, path: 'out', 'name-prefix': `job${job}/`, concurrency: '4' },
        env: t.env
      })
    )
    const results = await Promise.all(jobs)
    for (const result of results) expect(result.code, result.stdout).toBe(0)
    const names = (await t.runArtifacts(runId)).map((a) => a.name)
    expect(names).toHaveLength(80)
    expect(new Set(names).size).toBe(80)
    for (let job = 0; job < 8; job++) expect(names).toContain(`job${job}/f9.txt`)
  })
})
