/** Outputs, job summary and logs of a mixed run: uploaded, skipped and failed. */
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import type { ArtifactResult } from '../../src/upload/types.js'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { sha256, useTestServer } from '../helpers/simvue.ts'

const t = useTestServer()

type Entry = ArtifactResult

describe('a mixed run', () => {
  it('sets every output, writes a readable summary with failures first, and fails naming the file', async () => {
    const runId = await t.createRun('mixed')
    const files = {
      'kept.txt': 'already there',
      'new.csv': 'a,b\n1,2\n',
      'broken.bin': 'will fail'
    }
    const workspace = makeWorkspace(files)
    const first = await runAction({
      workspace,
      inputs: { run: runId, path: 'kept.txt' },
      env: t.env
    })
    expect(first.code, first.stdout).toBe(0)

    await t.control.addFault({
      endpoint: 'storage.upload',
      kind: 'status',
      status: 400,
      name: 'broken.bin',
      times: 0
    })
    await t.control.addFault({
      endpoint: 'storage.upload',
      kind: 'latency',
      delayMs: 400,
      name: 'new.csv',
      times: 0
    })
    const result = await runAction({
      workspace,
      inputs: { run: runId, path: '*' },
      env: { ...t.env, SIMVUE_UPLOAD_PROGRESS_INTERVAL_MS: '100' }
    })
    await t.control.clearFaults()
    expect(result.code).toBe(1)

    const entries = JSON.parse(result.outputs.artifacts ?? '[]') as Entry[]
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]))
    expect(byName['kept.txt']).toMatchObject({
      status: 'skipped',
      sha256: sha256(files['kept.txt'])
    })
    expect(byName['new.csv']).toMatchObject({
      status: 'uploaded',
      size: 8,
      mimeType: 'text/csv',
      category: 'output',
      path: `${workspace}/new.csv`,
      error: null
    })
    expect(byName['broken.bin']?.status).toBe('failed')
    expect(byName['broken.bin']?.error).toMatch(/storage upload failed: 400/)
    expect(result.outputs).toMatchObject({
      'run-id': runId,
      'uploaded-count': '1',
      'skipped-count': '1',
      'failed-count': '1',
      'total-bytes': String(Object.values(files).join('').length),
      'artifacts-file': ''
    })

    const html = marked.parse(result.summary, { gfm: true, async: false })
    const firstCells = [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>/gs)].map((m) => m[1])
    expect(firstCells).toEqual(['broken.bin', 'kept.txt', 'new.csv'])
    expect(html).toContain(`href="${t.server.url}/dashboard/runs/run/${runId}"`)

    expect(result.errors.some((line) => line.includes('broken.bin'))).toBe(true)
    expect(result.stdout).toMatch(/::group::Uploading 3 artifacts/)
    expect(result.stdout).toMatch(/Progress: \d+\/3 files/)
  })
})
