/**
 * What a workflow author sees after the step, through the bundle: the outcome line at top
 * level, annotations within GitHub's 10 per step (the aggregate first), outputs and summary
 * that tell the truth after a late failure, and the summaries of other kinds of step.
 */
import { describe, expect, it } from 'vitest'
import type { ArtifactResult } from '../../src/upload/types.js'
import { makeWorkspace, runAction, type ActionRun } from '../helpers/action.ts'
import { useTestServer } from '../helpers/simvue.ts'

const t = useTestServer()

function files(count: number, prefix = 'f'): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `out/${prefix}${String(i).padStart(2, '0')}.txt`,
      `${i}`
    ])
  )
}

function entries(result: ActionRun): ArtifactResult[] {
  return JSON.parse(result.outputs.artifacts ?? '[]') as ArtifactResult[]
}

/** Log lines outside any ::group:: block. */
function topLevel(result: ActionRun): string[] {
  let depth = 0
  const lines: string[] = []
  for (const line of result.stdout.split(/\r?\n/)) {
    if (line.startsWith('::group::')) depth++
    else if (line.startsWith('::endgroup::')) depth--
    else if (depth === 0 && line && !line.startsWith('::')) lines.push(line)
  }
  return lines
}

describe('the outcome line', () => {
  it('is at top level with honest counts on a full re-run', async () => {
    const runId = await t.createRun('rerun')
    const workspace = makeWorkspace(files(5))
    const first = await runAction({ workspace, inputs: { run: runId, path: 'out' }, env: t.env })
    expect(first.code, first.stdout).toBe(0)
    expect(topLevel(first).join('\n')).toMatch(
      /^Done: 5 uploaded, 0 skipped, 0 failed of 5 artifacts/m
    )
    const again = await runAction({ workspace, inputs: { run: runId, path: 'out' }, env: t.env })
    expect(again.code, again.stdout).toBe(0)
    const line = topLevel(again).find((l) => l.startsWith('Done:')) ?? ''
    expect(line).toMatch(/^Done: 0 uploaded, 5 skipped, 0 failed of 5 artifacts, 0 B sent in/)
    expect(line).toContain(`/dashboard/runs/run/${runId}`)
  })
})

describe('annotations', () => {
  it('20 files failing with one cause give at most 10 error annotations, the aggregate first', async () => {
    const runId = await t.createRun('twenty-fail')
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 422,
      times: 0
    })
    const result = await runAction({
      workspace: makeWorkspace(files(20)),
      inputs: { run: runId, path: 'out' },
      env: t.env
    })
    await t.control.clearFaults()
    expect(result.code).toBe(1)
    expect(result.errors.length).toBeLessThanOrEqual(10)
    expect(result.errors[0]).toMatch(/20 of 20 artifacts failed \(one cause\)/)
    expect(result.errors).toHaveLength(2)
    expect(result.errors[1]).toMatch(/20 artifacts failed: create artifact failed.*422.*f00\.txt/)
    expect(result.outputs['failed-count']).toBe('20')
  })

  it('many causes stay within the budget and the last annotation counts the rest', async () => {
    const runId = await t.createRun('many-causes')
    for (let i = 0; i < 14; i++) {
      await t.control.addFault({
        endpoint: 'artifacts.create',
        kind: 'status',
        status: 422,
        body: { detail: `cause number ${String.fromCharCode(97 + i)}` },
        name: `f${String(i).padStart(2, '0')}.txt`,
        times: 0
      })
    }
    const result = await runAction({
      workspace: makeWorkspace(files(14)),
      inputs: { run: runId, path: 'out' },
      env: t.env
    })
    await t.control.clearFaults()
    expect(result.errors).toHaveLength(10)
    expect(result.errors[0]).toMatch(/14 of 14 artifacts failed \(14 causes\)/)
    expect(result.errors[9]).toMatch(/6 more failed artifacts with 6 other causes/)
  })

  it('fail-on-error: false gives warnings and no error annotation', async () => {
    const runId = await t.createRun('soft-fail')
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 422,
      times: 0
    })
    const result = await runAction({
      workspace: makeWorkspace(files(3)),
      inputs: { run: runId, path: 'out', 'fail-on-error': 'false' },
      env: t.env
    })
    await t.control.clearFaults()
    expect(result.code, result.stdout).toBe(0)
    expect(result.errors).toEqual([])
    expect(result.warnings[0]).toMatch(/3 of 3 artifacts failed.*fail-on-error: false/)
  })
})

describe('outputs and summary after a late failure', () => {
  it('a token refused after 3 of 6 files keeps the 3 uploaded and the run id', async () => {
    const runId = await t.createRun('token-expires')
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 401,
      name: 'f03.txt',
      times: 0
    })
    const result = await runAction({
      workspace: makeWorkspace(files(6)),
      inputs: { run: runId, path: 'out', concurrency: '1' },
      env: t.env
    })
    await t.control.clearFaults()
    expect(result.code).toBe(1)
    expect(result.outputs['run-id']).toBe(runId)
    expect(result.outputs['uploaded-count']).toBe('3')
    const statuses = entries(result).map((e) => e.status)
    expect(statuses).toEqual(['uploaded', 'uploaded', 'uploaded', 'failed', 'failed', 'failed'])
    expect(result.errors[0]).toMatch(/Uploading failed: The token was refused/)
    expect(result.summary).toContain('3 uploaded')
    expect(result.summary).toContain('**Failed while uploading:**')
  })

  it('a failed run-status update keeps the run id, writes the summary and names the step', async () => {
    const runId = await t.createRun('status-fails')
    await t.control.addFault({ endpoint: 'runs.update', kind: 'status', status: 422, times: 0 })
    const result = await runAction({
      workspace: makeWorkspace(files(2)),
      inputs: { run: runId, path: 'out', 'run-status': 'completed' },
      env: t.env
    })
    await t.control.clearFaults()
    expect(result.code).toBe(1)
    expect(result.outputs['run-id']).toBe(runId)
    expect(result.outputs['run-url']).toContain(runId)
    expect(result.outputs['uploaded-count']).toBe('2')
    expect(result.errors[0]).toMatch(
      /^::error title=Simvue upload failed::Setting the run status failed/
    )
    expect(result.summary).toMatch(/Setting the run status to completed failed/)
  })
})

describe('summaries of other steps', () => {
  it('a dry run lists local path -> name, size and MIME type', async () => {
    const result = await runAction({
      workspace: makeWorkspace({ 'out/report.xml': '<x/>' }),
      inputs: { run: 'r', path: 'out', 'dry-run': 'true' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(result.summary).toContain('| Local path | Name | Size | MIME type |')
    expect(result.summary).toMatch(
      /\| \/.*\/out\/report\.xml \| report\.xml \| 4 B \| application\/xml \|/
    )
  })

  it('a setup failure writes the error and what was planned', async () => {
    const result = await runAction({
      workspace: makeWorkspace(files(2)),
      inputs: { run: 'no-such-run', path: 'out' },
      env: t.env
    })
    expect(result.code).toBe(1)
    expect(result.summary).toContain('**Failed while finding the run:** No run named')
    expect(result.summary).toContain('not attempted: finding the run failed')
    expect(result.outputs['failed-count']).toBe('2')
  })

  it('a create-only step writes a short summary without a table', async () => {
    const result = await runAction({
      inputs: { run: 'made-here', 'create-run': 'true', 'run-status': 'completed' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(result.summary).toContain('created by this step')
    expect(result.summary).toContain('Run status set to **completed**')
    expect(result.summary).not.toContain('|')
  })
})

describe('cancellation', () => {
  it('SIGINT starts no new file, reports what was done and terminates a run it created', async () => {
    await t.control.addFault({
      endpoint: 'storage.upload',
      kind: 'latency',
      delayMs: 300,
      times: 0
    })
    const result = await runAction({
      workspace: makeWorkspace(files(30)),
      inputs: { run: 'cancelled-run', 'create-run': 'true', path: 'out', concurrency: '2' },
      env: t.env,
      cancel: { when: /::group::Uploading/, signal: 'SIGINT' }
    })
    await t.control.clearFaults()
    expect(result.code).toBe(1)
    const statuses = entries(result).map((e) => e.status)
    expect(statuses).toHaveLength(30)
    expect(statuses.filter((s) => s === 'failed').length).toBeGreaterThan(20)
    expect(entries(result).find((e) => e.status === 'failed')?.error).toMatch(/cancelled/)
    expect(result.summary).toContain('Cancelled')
    const run = await t.api<{ status: string }>('GET', `/runs/${result.outputs['run-id']}`)
    expect(run.status).toBe('terminated')
  })
})

describe('trouble is visible without debug logging', () => {
  it('a retried 503 is one info line with the file, the reason and the attempt', async () => {
    const runId = await t.createRun('retried')
    await t.control.addFault({ endpoint: 'storage.upload', kind: 'status', status: 503, times: 1 })
    const result = await runAction({
      workspace: makeWorkspace({ 'out/slow.txt': 'x' }),
      inputs: { run: runId, path: 'out' },
      env: { ...t.env, RUNNER_DEBUG: undefined }
    })
    await t.control.clearFaults()
    expect(result.code, result.stdout).toBe(0)
    const retry = result.stdout.split('\n').find((line) => /slow\.txt.*503/.test(line)) ?? ''
    expect(retry).not.toMatch(/^::/)
    expect(retry).toMatch(/attempt 2\/5 in \d/)
  })
})
