/**
 * Every README recipe runs as written: each one against a fresh development server, in a
 * workspace holding the files it expects, with fixed example values for what a real
 * workflow would supply. A recipe that breaks, an expression the table does not know, or a
 * recipe without a row in the tables below fails this test.
 */
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { makeWorkspace } from '../helpers/action.ts'
import { startTestServer } from '../helpers/simvue.ts'
import { evaluate, extractRecipes, resolve, runRecipe, type Context } from './recipe-runner.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const recipes = extractRecipes(readFileSync(path.join(root, 'README.md'), 'utf8'))

/** Values a real workflow would supply (GitHub contexts, other steps' outputs). */
const EXAMPLE_VALUES: Record<string, string> = {
  'github.run_id': '987654321',
  "job.status == 'success' && 'completed' || 'failed'": 'completed',
  "needs.build.result == 'success' && 'completed' || needs.build.result == 'cancelled' && 'terminated' || 'failed'":
    'completed',
  'steps.bench.outputs.summary': '{"mean_s": 1.93, "runs": 10}'
}

/** A `.npy` file as `numpy.save(np.array([1.0, 2.0, 3.0]))` writes it (format 1.0). */
function npy(values: number[]): Buffer {
  let header = `{'descr': '<f8', 'fortran_order': False, 'shape': (${values.length},), }`
  header = header.padEnd(Math.ceil((10 + header.length + 1) / 64) * 64 - 10 - 1) + '\n'
  const data = Buffer.alloc(8 * values.length)
  values.forEach((v, i) => data.writeDoubleLE(v, 8 * i))
  const length = Buffer.alloc(2)
  length.writeUInt16LE(header.length)
  return Buffer.concat([
    Buffer.from('\x93NUMPY\x01\x00', 'latin1'),
    length,
    Buffer.from(header),
    data
  ])
}

const FIGURE = JSON.stringify({
  data: [{ type: 'scatter', x: [1, 2, 4], y: [1, 1.9, 3.6] }],
  layout: { title: { text: 'speed-up' } }
})

/** The files each recipe expects in its workspace (every job and matrix leg gets a copy). */
const WORKSPACES: Record<string, Record<string, string | Buffer>> = {
  'Quick start': {
    'results/metrics.json': '{"residual": 1e-6}',
    'results/timings.json': '{"wall_s": 12.5}',
    'reports/junit.xml': '<testsuite tests="3"/>',
    'reports/tmp/scratch.txt': 'excluded'
  },
  'Test reports, also when the tests fail': {
    'reports/unit/results.xml': '<testsuite name="unit"/>',
    'reports/e2e/results.xml': '<testsuite name="e2e"/>'
  },
  'Benchmark archives with metadata and values': {
    'bench-results/cpu/timings.json': '{"mean_s": 1.93}',
    'bench-results/gpu/timings.json': '{"mean_s": 0.41}',
    'bench-results/cpu/raw-1.json': '{"excluded": true}',
    'bench-results/arrays/field.npy': npy([1, 2, 3]),
    'bench-results/figures/speedup.json': FIGURE
  },
  'Matrix jobs sharing one run': { 'reports/junit.xml': '<testsuite/>' },
  'Coming from actions/upload-artifact': {
    'reports/unit/results.xml': '<testsuite name="unit"/>',
    'reports/coverage.json': '{"lines": 91.2}'
  },
  'Outputs and job summary': { 'results/metrics.json': '{"residual": 1e-6}' }
}

interface Expected {
  folder?: string
  status?: string
  artifacts: Partial<Record<'input' | 'output' | 'code', string[]>>
  /** MIME types of some of them, by name. */
  mime?: Record<string, string>
}

/** What the server holds afterwards, per run name. */
const EXPECTED: Record<string, Record<string, Expected>> = {
  'Quick start': {
    'nightly-benchmarks': { artifacts: { output: ['junit.xml', 'metrics.json', 'timings.json'] } }
  },
  'Test reports, also when the tests fail': {
    'tests-987654321': {
      folder: '/ci/tests',
      status: 'completed',
      artifacts: { output: ['reports/e2e/results.xml', 'reports/unit/results.xml'] }
    }
  },
  'Benchmark archives with metadata and values': {
    'nightly-benchmarks': {
      artifacts: {
        output: [
          'bench-results/cpu/timings.json',
          'bench-results/gpu/timings.json',
          'field.npy',
          'speedup.json',
          'summary'
        ]
      },
      mime: {
        'field.npy': 'application/vnd.simvue.numpy.v1',
        'speedup.json': 'application/vnd.plotly.v1+json',
        summary: 'application/json'
      }
    }
  },
  'Matrix jobs sharing one run': {
    'build-987654321': {
      status: 'completed',
      artifacts: {
        output: ['macos-latest/junit.xml', 'ubuntu-latest/junit.xml', 'windows-latest/junit.xml']
      }
    }
  },
  'Coming from actions/upload-artifact': {
    'tests-987654321': {
      artifacts: { output: ['test-reports/coverage.json', 'test-reports/unit/results.xml'] }
    }
  },
  'Outputs and job summary': { 'nightly-benchmarks': { artifacts: { output: ['metrics.json'] } } }
}

interface RunDetail {
  id: string
  folder: string
  status: string
}

describe('README recipes', () => {
  it('are all covered by the tables, and every table row is a recipe', () => {
    const keys = recipes.map((r) => r.key).sort()
    expect(keys.length).toBeGreaterThanOrEqual(6)
    expect(Object.keys(WORKSPACES).sort()).toEqual(keys)
    expect(Object.keys(EXPECTED).sort()).toEqual(keys)
  })

  it.each(recipes.map((r) => [r.key, r] as const))('%s runs as written', async (_, recipe) => {
    const t = await startTestServer()
    const workspaces: string[] = []
    try {
      const runs = await runRecipe(
        recipe,
        { table: EXAMPLE_VALUES, server: { url: t.server.url, token: t.server.token } },
        () => {
          workspaces.push(makeWorkspace(WORKSPACES[recipe.key]))
          return workspaces[workspaces.length - 1] as string
        }
      )
      expect(runs.length).toBeGreaterThan(0)
      for (const { job, matrix, result } of runs) {
        const where = `${recipe.key}, job ${job} ${JSON.stringify(matrix)}:\n${result.stdout}`
        expect(result.code, where).toBe(0)
        expect(result.errors, where).toEqual([])
        expect(result.warnings, where).toEqual([])
        expect(result.outputs['failed-count'], where).toBe('0')
      }
      for (const [name, expected] of Object.entries(EXPECTED[recipe.key] ?? {})) {
        const filters = encodeURIComponent(JSON.stringify([`name == ${name}`]))
        const found = (await t.api<{ data: RunDetail[] }>('GET', `/runs?filters=${filters}`)).data
        expect(
          found.map((r) => r.folder),
          `one run named ${name}`
        ).toHaveLength(1)
        const run = found[0] as RunDetail
        if (expected.folder) expect(run.folder).toBe(expected.folder)
        if (expected.status) expect(run.status).toBe(expected.status)
        for (const [category, names] of Object.entries(expected.artifacts)) {
          const stored = await t.runArtifacts(run.id, category)
          expect(stored.map((a) => a.name).sort(), `${name} ${category}`).toEqual(names)
          expect(stored.every((a) => a.uploaded)).toBe(true)
          for (const a of stored) {
            if (expected.mime?.[a.name]) expect(a.mime_type, a.name).toBe(expected.mime[a.name])
          }
        }
      }
    } finally {
      await t.close()
      for (const dir of workspaces) rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('recipe expressions', () => {
  const ctx: Context = {
    table: { 'github.run_id': '42' },
    server: { url: 'http://127.0.0.1:1', token: 't' },
    steps: { simvue: { 'run-id': 'abc' } },
    needs: { setup: { 'run-id': 'abc' } },
    matrix: { os: 'macos-latest' }
  }

  it.each([
    ['tests-${{ github.run_id }}', 'tests-42'],
    ['${{ steps.simvue.outputs.run-id }}', 'abc'],
    ['${{ needs.setup.outputs.run-id }}/${{ matrix.os }}', 'abc/macos-latest'],
    ['${{ vars.SIMVUE_URL }} ${{secrets.SIMVUE_TOKEN}}', 'http://127.0.0.1:1 t']
  ])('%s gives %s', (text, expected) => {
    expect(evaluate(text, ctx)).toBe(expected)
  })

  it.each([
    ['github.sha', /unknown expression/],
    ['steps.simvue.outputs.uploaded', /no output "uploaded"/],
    ['needs.other.outputs.run-id', /no such job output/],
    ['matrix.node', /no such matrix value/]
  ])('%s is refused', (expression, message) => {
    expect(() => resolve(expression, ctx)).toThrow(message)
  })
})
