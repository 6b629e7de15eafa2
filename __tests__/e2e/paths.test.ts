/** Paths as users write them (README, Paths), through the bundle: globs, hidden, dry run. */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { useTestServer } from '../helpers/simvue.ts'

const t = useTestServer()

const TREE = {
  'results/run1/metrics.json': '{}',
  'results/run2/metrics.json': '{}',
  'results/run2/raw.csv': 'a,b',
  'reports/index.html': '<html/>',
  'reports/tmp/scratch.html': 'tmp',
  'reports/.cache/state': 'hidden',
  '.coverage': 'coverage data',
  '.git/config': '[core]'
}

describe('path lines', () => {
  it('uploads globs, directories and literal hidden files, minus excludes and walked hidden entries', async () => {
    const runId = await t.createRun('paths')
    const workspace = makeWorkspace(TREE)
    const result = await runAction({
      workspace,
      inputs: {
        run: runId,
        path: '# reports and results\nresults/**/*.json\nreports/\n!reports/tmp/**\n.coverage',
        'preserve-path': 'true'
      },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const names = (await t.runArtifacts(runId)).map((a) => a.name).sort()
    expect(names).toEqual([
      '.coverage',
      'reports/index.html',
      'results/run1/metrics.json',
      'results/run2/metrics.json'
    ])
    expect(result.stdout).toMatch(/Skipped 1 hidden entr.*include-hidden-files: true/)
  })

  it('includes walked hidden entries with include-hidden-files', async () => {
    const runId = await t.createRun('hidden-included')
    const result = await runAction({
      workspace: makeWorkspace(TREE),
      inputs: {
        run: runId,
        path: 'reports',
        'include-hidden-files': 'true',
        'preserve-path': 'true'
      },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const names = (await t.runArtifacts(runId)).map((a) => a.name).sort()
    expect(names).toEqual([
      'reports/.cache/state',
      'reports/index.html',
      'reports/tmp/scratch.html'
    ])
  })

  it('never uploads a walked link that escapes to .git/config, and says so', async () => {
    const runId = await t.createRun('links')
    const workspace = makeWorkspace(TREE)
    symlinkSync(
      path.join(workspace, '.git', 'config'),
      path.join(workspace, 'reports', 'innocent.txt')
    )
    const result = await runAction({
      workspace,
      inputs: { run: runId, path: 'reports' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect((await t.runArtifacts(runId)).map((a) => a.name).sort()).toEqual([
      'index.html',
      'scratch.html'
    ])
    expect(result.warnings.join('\n')).toMatch(/innocent\.txt/)
  })
})

describe('if-no-files-found', () => {
  for (const mode of ['warn', 'ignore', 'error'] as const) {
    it(`${mode}: names the line that matched nothing`, async () => {
      await t.control.clearRequests()
      const result = await runAction({
        workspace: makeWorkspace(TREE),
        inputs: { run: 'unused', path: 'nothing/here/*.xml', 'if-no-files-found': mode },
        env: t.env
      })
      expect(result.code).toBe(mode === 'error' ? 1 : 0)
      const where =
        mode === 'warn'
          ? result.warnings
          : mode === 'error'
            ? result.errors
            : result.stdout.split('\n')
      expect(where.join('\n')).toContain('nothing/here/*.xml')
      if (mode === 'ignore') expect(result.warnings).toEqual([])
      expect(result.outputs['uploaded-count']).toBe(mode === 'error' ? undefined : '0')
      expect(await t.control.requests()).toEqual([])
    })
  }
})

describe('dry run', () => {
  it('validates, prints the plan and sends no request at all', async () => {
    await t.control.clearRequests()
    const workspace = makeWorkspace(TREE)
    const result = await runAction({
      workspace,
      inputs: {
        run: 'never-contacted',
        path: 'results',
        'preserve-path': 'true',
        'dry-run': 'true',
        objects: '{"cfg": 1}'
      },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(result.stdout).toContain(
      `${path.join(workspace, 'results/run2/raw.csv')} -> results/run2/raw.csv`
    )
    expect(result.stdout).toMatch(/\(object\) -> cfg/)
    const planned = JSON.parse(result.outputs.artifacts ?? '[]') as { status: string }[]
    expect(planned.map((p) => p.status)).toEqual(Array(4).fill('planned'))
    expect(result.summary).toContain('dry run')
    expect(await t.control.requests()).toEqual([])
  })

  it('works without a server configured, and still refuses a bad plan', async () => {
    const env = { SIMVUE_URL: undefined, SIMVUE_TOKEN: undefined }
    const inputs = { run: 'x', path: 'results', 'dry-run': 'true' }
    const good = await runAction({
      workspace: makeWorkspace(TREE),
      inputs: { ...inputs, 'preserve-path': 'true' },
      env
    })
    expect(good.code, good.stdout).toBe(0)
    const colliding = await runAction({ workspace: makeWorkspace(TREE), inputs, env })
    expect(colliding.code).toBe(1)
    expect(colliding.errors.join('\n')).toMatch(/2 entries would be named "metrics\.json"/)
  })

  it('keeps the artifacts output under 900 kB and names a file with every entry', async () => {
    const workspace = makeWorkspace()
    const dir = path.join(workspace, 'many-files-with-rather-long-directory-names-to-fill-outputs')
    mkdirSync(dir)
    for (let i = 0; i < 6000; i++)
      writeFileSync(path.join(dir, `result-file-number-${i}.json`), '{}')
    const result = await runAction({
      workspace,
      inputs: { run: 'x', path: dir, 'dry-run': 'true', 'preserve-path': 'true' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const output = result.outputs.artifacts ?? ''
    expect(Buffer.byteLength(output)).toBeLessThanOrEqual(900 * 1024)
    const file = result.outputs['artifacts-file'] ?? ''
    expect(file).not.toBe('')
    const all = JSON.parse(readFileSync(file, 'utf8')) as unknown[]
    expect(all).toHaveLength(6000)
    expect((JSON.parse(output) as unknown[]).length).toBeLessThan(6000)
    expect(result.warnings.join('\n')).toContain('artifacts-file')
  })

  it('plans a tree of 3,000 files in a dry run: every file once, sorted, with its size', async () => {
    const workspace = makeWorkspace()
    for (let d = 0; d < 30; d++) {
      const dir = path.join(workspace, 'tree', `d${d}`)
      mkdirSync(dir, { recursive: true })
      for (let f = 0; f < 100; f++) writeFileSync(path.join(dir, `f${f}.txt`), 'x'.repeat(f))
    }
    const inputs = {
      run: 'x',
      path: 'tree\ntree/d1/*.txt',
      'dry-run': 'true',
      'preserve-path': 'true'
    }
    const result = await runAction({ workspace, inputs, env: t.env })
    expect(result.code, result.stdout).toBe(0)
    const entries = JSON.parse(result.outputs.artifacts ?? '') as { name: string; size: number }[]
    expect(entries).toHaveLength(3000)
    const names = entries.map((entry) => entry.name)
    expect(names).toEqual([...names].sort())
    expect(entries.find((entry) => entry.name === 'tree/d7/f42.txt')?.size).toBe(42)
  })
})
