import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PlanEntry } from '../../src/plan/types.js'
import { ArtifactsJson } from '../../src/report/artifacts-json.js'
import { planResult } from '../../src/report/finish.js'
import { setOutputs, setPlanOutputs } from '../../src/report/outputs.js'
import { renderPlanSummary, renderSummary } from '../../src/report/summary.js'
import type { ArtifactResult, ArtifactStatus } from '../../src/upload/types.js'

const STRINGS = [
  'plain.txt',
  'dir/sub/file-1.json',
  '',
  'quote " and backslash \\',
  'tab\tnewline\nreturn\rnul\u0000 unit\u001f del\u007f',
  'café ünïcödé',
  'nbsp\u00a0ideographic\u3000',
  'line\u2028para\u2029',
  'emoji 😀',
  'lone \ud800 high',
  'lone \udfff low',
  '</script>'
]
const STATUSES: ArtifactStatus[] = [
  'uploaded',
  'skipped',
  'stored',
  'deduplicated',
  'failed',
  'planned'
]

function results(count: number): ArtifactResult[] {
  return Array.from({ length: count }, (_, i) => {
    const text = STRINGS[i % STRINGS.length]
    const status = STATUSES[i % STATUSES.length]
    return {
      name: `${text}-${i}`,
      path: i % 5 === 0 ? '' : `/w/${text}`,
      id: i % 3 === 0 ? null : `id${i}`,
      size: [0, 1, 1536, 5 * 2 ** 30, Number.MAX_SAFE_INTEGER][i % 5],
      sha256: i % 2 ? null : 'a'.repeat(64),
      mimeType: ['text/plain', 'application/json', 'application/vnd.simvue.df.v1'][i % 3],
      category: (['input', 'output', 'code'] as const)[i % 3],
      status,
      error: status === 'failed' ? `failed: ${text}` : null
    }
  })
}

/** The shortened output as first written: JSON.stringify per entry, failed ones first. */
function referenceShortened(list: ArtifactResult[], maxBytes: number) {
  const ordered = [
    ...list.filter((r) => r.status === 'failed'),
    ...list.filter((r) => r.status !== 'failed')
  ]
  const kept: string[] = []
  let bytes = 1
  for (const result of ordered) {
    const text = JSON.stringify(result)
    const size = Buffer.byteLength(text) + 1
    if (bytes + size > maxBytes) {
      if (result.status === 'failed') continue
      break
    }
    kept.push(text)
    bytes += size
  }
  return { json: `[${kept.join(',')}]`, kept: kept.length }
}

describe('ArtifactsJson', () => {
  it('writes exactly the bytes of JSON.stringify, escapes and Unicode included', () => {
    for (const count of [0, 1, 2, 37, 500]) {
      const list = results(count)
      // Start small so that the buffer has to grow.
      const json = new ArtifactsJson(0)
      for (const result of list) json.addResult(result)
      expect(json.all().toString('utf8')).toBe(JSON.stringify(list))
      expect(json.byteLength).toBe(Buffer.byteLength(JSON.stringify(list)))
      expect(json.count).toBe(count)
    }
  })

  it.each([0, 9, 10, 99, 100, 1e15, 2 ** 53, 1.5, -1, Number.NaN, Infinity])(
    'writes size %d as JSON.stringify does',
    (size) => {
      const [result] = results(1)
      const odd = { ...result, size }
      const json = new ArtifactsJson(1)
      json.addResult(odd)
      expect(json.all().toString()).toBe(JSON.stringify([odd]))
    }
  )

  it('shortens as the per-entry serialisation did, for every limit', () => {
    const list = results(60)
    const json = new ArtifactsJson(list.length)
    for (const result of list) json.addResult(result)
    for (const maxBytes of [0, 1, 2, 100, 300, 1000, 2500, 5000, 12_000, 1e6]) {
      expect(json.shortened(maxBytes), String(maxBytes)).toEqual(referenceShortened(list, maxBytes))
    }
  })
})

describe('dry-run outputs and summary', () => {
  let dir: string
  let saved: NodeJS.ProcessEnv
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'artifacts-json-'))
    saved = { ...process.env }
  })
  afterEach(() => {
    process.env = saved
    rmSync(dir, { recursive: true, force: true })
  })

  const plan: PlanEntry[] = Array.from({ length: 20_000 }, (_, i) => ({
    kind: i === 5 ? 'object' : 'file',
    name: `results/${STRINGS[i % STRINGS.length]}/run-${i}.json`,
    localPath: i === 5 ? '' : `/work/results/${STRINGS[i % STRINGS.length]}/run-${i}.json`,
    size: i * 7,
    mimeType: 'application/json'
  }))

  /** Outputs as GitHub reads them (name → value), and the artifacts file's text. */
  async function outputsOf(set: (env: NodeJS.ProcessEnv) => Promise<void>, tag: string) {
    const outputFile = path.join(dir, `${tag}-output`)
    writeFileSync(outputFile, '')
    process.env.GITHUB_OUTPUT = outputFile
    const env = { RUNNER_TEMP: path.join(dir) }
    await set(env)
    const text = readFileSync(outputFile, 'utf8')
    const outputs = new Map<string, string>()
    for (const match of text.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) {
      outputs.set(match[1], match[3])
    }
    const file = outputs.get('artifacts-file')
    const content = file ? readFileSync(file, 'utf8') : ''
    if (file) rmSync(file)
    return { outputs, content }
  }

  it('sets the same outputs and file as setOutputs with planned results', async () => {
    const fast = await outputsOf((env) => setPlanOutputs(plan, 'code', env), 'fast')
    const results = plan.map((entry) => planResult(entry, 'code', 'planned', null))
    const reference = await outputsOf((env) => setOutputs(results, null, env), 'reference')
    expect(fast.outputs).toEqual(reference.outputs)
    expect(fast.content).toBe(JSON.stringify(results))
    expect(Buffer.byteLength(fast.content)).toBeGreaterThan(3 * 2 ** 20) // several chunks
    expect(fast.outputs.get('artifacts')).toBe(referenceShortened(results, 900 * 1024).json)
  })

  it('renders the same summary as renderSummary with planned results', () => {
    const results = plan.map((entry) => planResult(entry, 'input', 'planned', null))
    expect(renderPlanSummary(plan, 'input')).toBe(renderSummary(results, null, { dryRun: true }))
    const small = plan.slice(0, 3)
    expect(renderPlanSummary(small, 'input')).toBe(
      renderSummary(
        small.map((entry) => planResult(entry, 'input', 'planned', null)),
        null,
        { dryRun: true }
      )
    )
  })
})
