/**
 * Typed objects and MIME detection through the bundle, against the dev server: `object-type`
 * uploads NumPy arrays, Plotly figures and CSV dataframes with Simvue's object MIME types,
 * exact bytes and `original_path` ""; refusals happen before any request.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { sha256, useTestServer, type StoredArtifact } from '../helpers/simvue.ts'
import { FIGURE, float64s, npy, torchArchive } from '../plan/typed-fixtures.ts'

const t = useTestServer()
beforeEach(async () => {
  await t.control.clearRequests()
})

const ARRAY = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }", float64s(4))

async function stored(runId: string, category = 'output'): Promise<Map<string, StoredArtifact>> {
  return new Map((await t.runArtifacts(runId, category)).map((a) => [a.name, a]))
}

async function expectExact(artifact: StoredArtifact | undefined, local: string): Promise<void> {
  const bytes = readFileSync(local)
  expect(artifact?.uploaded).toBe(true)
  expect(artifact?.size).toBe(bytes.length)
  expect(artifact?.checksum).toBe(sha256(bytes))
  expect(await t.download(artifact as StoredArtifact)).toEqual(bytes)
}

describe('object-type', () => {
  it('auto: a .npy array and a Plotly figure become objects, other files stay plain', async () => {
    const runId = await t.createRun('typed-auto')
    const workspace = makeWorkspace({
      'out/weights.npy': ARRAY,
      'out/loss.json': JSON.stringify(FIGURE),
      'out/summary.json': '{"loss": 0.1}',
      'out/notes.txt': 'plain'
    })
    const result = await runAction({
      workspace,
      inputs: { run: runId, path: 'out/', 'object-type': 'auto', metadata: '{"suite": "e2e"}' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const byName = await stored(runId)
    const local = (name: string) => path.join(workspace, 'out', name)

    const array = byName.get('weights.npy')
    expect(array?.mime_type).toBe('application/vnd.simvue.numpy.v1')
    expect(array?.original_path).toBe('')
    expect(array?.metadata).toMatchObject({ suite: 'e2e', local_path: local('weights.npy') })
    expect(array?.metadata?.github).toBeTruthy()
    await expectExact(array, local('weights.npy'))

    const figure = byName.get('loss.json')
    expect(figure?.mime_type).toBe('application/vnd.plotly.v1+json')
    expect(figure?.original_path).toBe('')
    expect(figure?.metadata).toMatchObject({ local_path: local('loss.json') })
    await expectExact(figure, local('loss.json'))

    for (const [name, type] of [
      ['summary.json', 'application/json'],
      ['notes.txt', 'text/plain']
    ]) {
      expect(byName.get(name)?.mime_type, name).toBe(type)
      expect(byName.get(name)?.original_path, name).toBe(local(name))
      expect(byName.get(name)?.metadata, name).not.toHaveProperty('local_path')
    }
    const outputs = JSON.parse(result.outputs.artifacts ?? '[]') as {
      name: string
      mimeType?: string
    }[]
    expect(outputs).toHaveLength(4)
  })

  it('dataframe: a CSV file becomes a dataframe object', async () => {
    const runId = await t.createRun('typed-dataframe')
    const workspace = makeWorkspace({ 'metrics.csv': ',loss,accuracy\n0,0.5,0.8\n1,0.25,0.9\n' })
    const result = await runAction({
      workspace,
      inputs: { run: runId, path: 'metrics.csv', 'object-type': 'dataframe', category: 'input' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const artifact = (await stored(runId, 'input')).get('metrics.csv')
    expect(artifact?.mime_type).toBe('application/vnd.simvue.df.v1')
    expect(artifact?.original_path).toBe('')
    await expectExact(artifact, path.join(workspace, 'metrics.csv'))
  })

  it('torch: a torch.save archive becomes a torch object', async () => {
    const runId = await t.createRun('typed-torch')
    const workspace = makeWorkspace({ 'model.pt': torchArchive() })
    const result = await runAction({
      workspace,
      inputs: { run: runId, path: 'model.pt', 'object-type': 'torch' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const artifact = (await stored(runId)).get('model.pt')
    expect(artifact?.mime_type).toBe('application/vnd.simvue.torch.v1')
    expect(artifact?.original_path).toBe('')
    await expectExact(artifact, path.join(workspace, 'model.pt'))
  })

  it.each([
    [
      'dataframe',
      { 'data/ok.csv': 'a,b\n1,2\n', 'data/notes.txt': 'a,b\n' },
      /notes\.txt.*object-type: dataframe.*\.csv file/
    ],
    ['dataframe', { 'data/empty.csv': '' }, /empty\.csv.*header line/],
    ['torch', { 'data/model.pt': 'not a zip' }, /model\.pt.*object-type: torch.*not a zip archive/]
  ])('%s refuses a mismatching file before any request', async (objectType, files, message) => {
    const result = await runAction({
      workspace: makeWorkspace(files),
      inputs: { run: 'some-run', path: 'data/', 'object-type': objectType },
      env: t.env
    })
    expect(result.code).toBe(1)
    expect(result.errors.join('\n')).toMatch(message)
    expect(await t.control.requests()).toEqual([])
  })

  it('refuses object-type together with mime-type, and an unknown object type', async () => {
    for (const [inputs, message] of [
      [
        { 'object-type': 'auto', 'mime-type': 'text/plain' },
        /`object-type`.*`mime-type`.*only one/
      ],
      [{ 'object-type': 'dataframes' }, /`object-type`.*"dataframes".*did you mean `dataframe`/]
    ] as const) {
      const result = await runAction({
        workspace: makeWorkspace({ 'a.csv': 'a\n' }),
        inputs: { run: 'some-run', path: 'a.csv', ...inputs },
        env: t.env
      })
      expect(result.code).toBe(1)
      expect(result.errors.join('\n')).toMatch(message)
    }
    expect(await t.control.requests()).toEqual([])
  })
})

describe('MIME detection', () => {
  it('.py is text/x-python, system/controlDict text/plain, an extension-less binary octet-stream', async () => {
    const runId = await t.createRun('mime-detection')
    const workspace = makeWorkspace({
      'case/train.py': 'print("hello")\n',
      'case/system/controlDict': 'FoamFile\n{\n    version 2.0;\n    object controlDict;\n}\n',
      'case/solver': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
      'case/fields.h5': Buffer.from([0x89, 0x48, 0x44, 0x46])
    })
    const result = await runAction({
      workspace,
      inputs: { run: runId, path: 'case/', 'preserve-path': 'true', category: 'code' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const byName = await stored(runId, 'code')
    expect(Object.fromEntries([...byName].map(([name, a]) => [name, a.mime_type]))).toEqual({
      'case/train.py': 'text/x-python',
      'case/system/controlDict': 'text/plain',
      'case/solver': 'application/octet-stream',
      'case/fields.h5': 'application/x-hdf5'
    })
    for (const [name, artifact] of byName) {
      expect(artifact.original_path).toBe(path.join(workspace, name))
    }
  })

  it('accepts a detected type such as text/x-python as an explicit mime-type', async () => {
    const runId = await t.createRun('mime-explicit-python')
    const result = await runAction({
      workspace: makeWorkspace({ 'job.script': 'print(1)\n' }),
      inputs: { run: runId, path: 'job.script', 'mime-type': 'text/x-python' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect((await stored(runId)).get('job.script')?.mime_type).toBe('text/x-python')
  })
})
