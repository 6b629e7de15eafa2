/** The seed example and the basic flow, through the bundle, against the dev server. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { sha256, useTestServer } from '../helpers/simvue.ts'

const SYSTEM_FILES = [
  'blockMeshDict',
  'controlDict',
  'fvSchemes',
  'fvSolution',
  'meshQualityDict',
  'snappyHexMeshDict',
  'surfaceFeaturesDict'
]

function openFoamCase(): string {
  return makeWorkspace(
    Object.fromEntries(
      SYSTEM_FILES.map((name, i) => [
        `system/${name}`,
        `FoamFile { version 2.0; object ${name}; }\n${'x'.repeat(i * 100)}\n`
      ])
    )
  )
}

const t = useTestServer()

describe('seed example: an OpenFOAM system/ folder', () => {
  it('uploads seven input artifacts named by their preserved paths', async () => {
    const runId = await t.createRun('openfoam-preserved')
    const workspace = openFoamCase()
    const result = await runAction({
      workspace,
      inputs: { run: runId, path: 'system', category: 'input', 'preserve-path': 'true' },
      env: { ...t.env, RUNNER_DEBUG: '1' }
    })
    expect(result.stderr).toBe('')
    expect(result.code, result.stdout).toBe(0)
    expect(result.stdout).toMatch(/::debug::.*on Node v24\./)

    const stored = await t.runArtifacts(runId, 'input')
    expect(stored.map((a) => a.name).sort()).toEqual(SYSTEM_FILES.map((n) => `system/${n}`))
    expect(await t.runArtifacts(runId, 'output')).toEqual([])
    for (const artifact of stored) {
      const local = path.join(workspace, artifact.name)
      const bytes = readFileSync(local)
      expect(artifact.uploaded).toBe(true)
      expect(artifact.size).toBe(bytes.length)
      expect(artifact.checksum).toBe(sha256(bytes))
      // Extension-less UTF-8 text (OpenFOAM dictionaries) is detected as text/plain.
      expect(artifact.mime_type).toBe('text/plain')
      expect(artifact.original_path).toBe(local)
      expect(sha256(await t.download(artifact))).toBe(sha256(bytes))
    }
    const outputs = JSON.parse(result.outputs.artifacts ?? '[]') as { status: string }[]
    expect(outputs.map((o) => o.status)).toEqual(Array(7).fill('uploaded'))
    expect(result.outputs['uploaded-count']).toBe('7')
    expect(result.outputs['run-id']).toBe(runId)
  })

  it('names the seven artifacts by their basenames without preserve-path, run given by name', async () => {
    const runId = await t.createRun('openfoam-basenames')
    const result = await runAction({
      workspace: openFoamCase(),
      inputs: { run: 'openfoam-basenames', path: 'system/', category: 'input' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const stored = await t.runArtifacts(runId, 'input')
    expect(stored.map((a) => a.name).sort()).toEqual(SYSTEM_FILES)
    expect(stored.every((a) => a.uploaded)).toBe(true)
  })
})

describe('basic flow', () => {
  it('detects MIME types, attaches metadata with provenance, and reports outputs', async () => {
    const runId = await t.createRun('mime-and-metadata')
    const result = await runAction({
      workspace: makeWorkspace({ 'out/report.json': '{"ok":true}', 'out/notes.txt': 'hello' }),
      inputs: { run: runId, path: 'out/*', metadata: '{"suite": "unit", "n": 3}' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const stored = await t.runArtifacts(runId, 'output')
    const byName = Object.fromEntries(stored.map((a) => [a.name, a]))
    expect(byName['report.json']?.mime_type).toBe('application/json')
    expect(byName['notes.txt']?.mime_type).toBe('text/plain')
    const metadata = byName['notes.txt']?.metadata as Record<string, unknown>
    expect(metadata.suite).toBe('unit')
    expect(metadata.n).toBe(3)
    expect(metadata.github).toMatchObject({
      repository: 'octo-org/octo-repo',
      run_url: 'https://github.com/octo-org/octo-repo/actions/runs/987654321'
    })
    expect(result.outputs['run-url']).toBe(`${t.server.url}/dashboard/runs/run/${runId}`)
    expect(result.outputs['total-bytes']).toBe(String('{"ok":true}'.length + 'hello'.length))
  })

  it('uses one mime-type for every file when given', async () => {
    const runId = await t.createRun('mime-override')
    const result = await runAction({
      workspace: makeWorkspace({ 'a.log': 'a', 'b.dat': 'b' }),
      inputs: { run: runId, path: '*.log\n*.dat', 'mime-type': 'text/plain' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const stored = await t.runArtifacts(runId, 'output')
    expect(stored.map((a) => a.mime_type)).toEqual(['text/plain', 'text/plain'])
  })

  it('gives a single file an explicit name', async () => {
    const runId = await t.createRun('explicit-name')
    const result = await runAction({
      workspace: makeWorkspace({ 'build/output.bin': Buffer.from([0, 1, 2, 3]) }),
      inputs: { run: runId, path: 'build/output.bin', name: 'firmware/latest.bin' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const stored = await t.runArtifacts(runId)
    expect(stored.map((a) => a.name)).toEqual(['firmware/latest.bin'])
  })

  it('warns about a path line that matches nothing and succeeds', async () => {
    const runId = await t.createRun('no-match')
    const result = await runAction({
      workspace: makeWorkspace({ 'present.txt': 'here' }),
      inputs: { run: runId, path: 'present.txt\nmissing/*.xml' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(result.warnings.join('\n')).toContain('missing/*.xml')
    expect((await t.runArtifacts(runId)).map((a) => a.name)).toEqual(['present.txt'])
  })
})
