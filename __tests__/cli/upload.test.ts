/**
 * The command line end to end: a fresh copy of the committed bundle, no node_modules, under
 * Node 20 and Node 24, against the development server over loopback.
 */
import { readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { sha256, useTestServer } from '../helpers/simvue.ts'
import { NODE20, NODE24, nodeMajor, runCli } from './helpers.ts'

const t = useTestServer()

interface Entry {
  name: string
  path: string
  id: string | null
  size: number
  sha256: string | null
  status: string
  [key: string]: unknown
}

/** A real path: the command line's working directory is the physical one (macOS /private). */
function results(): string {
  return realpathSync(
    makeWorkspace({
      'results/a.json': '{"a": 1}\n',
      'results/sub/b.txt': 'bee\n',
      'results/tmp/scratch.log': 'x'.repeat(1000),
      'results/c.bin': Buffer.alloc(300_000, 7)
    })
  )
}

describe.each([
  [`the machine's node (${nodeMajor(NODE20)})`, NODE20],
  ['Node 24', NODE24]
])('upload under %s', (_label, node) => {
  const major = nodeMajor(node)
  it('runs on Node 20 or newer, and the two are different binaries', () => {
    expect(major).toBeGreaterThanOrEqual(20)
    expect(NODE20).not.toBe(NODE24)
  })

  it('creates the run, uploads like the action, and a re-run skips everything', async () => {
    const cwd = results()
    const run = `cli-demo-${major}-${path.basename(node)}`
    const args = [
      '--run',
      run,
      '--create-run',
      '--category',
      'output',
      'results/',
      '--exclude',
      'results/tmp/**'
    ]
    const first = await runCli(args, { cwd, node, env: t.env })
    expect(first.stderr).toBe('')
    expect(first.code, first.stdout).toBe(0)
    expect(first.stdout).toContain(
      `Using ${t.server.url}: URL from SIMVUE_URL, token from SIMVUE_TOKEN.`
    )
    expect(first.stdout).toMatch(/Done: 3 uploaded, 0 skipped, 0 failed of 3 artifacts/)

    const found = await t.api<{ data: { id: string; tags: string[]; metadata: unknown }[] }>(
      'GET',
      `/runs?filters=${encodeURIComponent(JSON.stringify([`name == ${run}`]))}`
    )
    expect(found.data).toHaveLength(1)
    const runId = found.data[0]!.id
    const stored = await t.runArtifacts(runId, 'output')
    expect(stored.map((a) => a.name).sort()).toEqual(['a.json', 'b.txt', 'c.bin'])
    for (const artifact of stored) {
      const local = artifact.original_path
      expect(local.startsWith(cwd)).toBe(true)
      expect(artifact.checksum).toBe(sha256(readFileSync(local)))
      expect(artifact.uploaded).toBe(true)
      const ci = (artifact.metadata as { ci: Record<string, string> }).ci
      expect(ci).toMatchObject({ system: 'local' })
      expect(ci.host).not.toBe('')
      expect(artifact.metadata).not.toHaveProperty('github')
    }
    const runRecord = await t.api<{ tags: string[] }>('GET', `/runs/${runId}`)
    expect(runRecord.tags).toEqual(['simvue-upload'])

    const again = await runCli([...args, '--json'], { cwd, node, env: t.env })
    expect(again.code, again.stderr).toBe(0)
    const entries = JSON.parse(again.stdout) as Entry[]
    expect(entries.map((e) => e.status)).toEqual(['skipped', 'skipped', 'skipped'])
    expect(await t.runArtifacts(runId, 'output')).toHaveLength(3)
  })
})

describe('what the command line sends', () => {
  it('says it is simvue-upload in every request, not the GitHub Action', async () => {
    await t.control.clearRequests()
    const run = await runCli(['--run', 'agent', '--create-run', 'results/'], {
      cwd: results(),
      env: t.env
    })
    expect(run.code, run.stderr).toBe(0)
    const agents = new Set((await t.control.requests()).map((r) => r.headers['user-agent']))
    expect([...agents]).toEqual([expect.stringMatching(/^simvue-upload \d/)])
  })

  it('--dry-run sends no request at all, even with a server configured', async () => {
    const cwd = results()
    await t.control.clearRequests()
    const run = await runCli(['--run', 'dry', '--create-run', '--dry-run', 'results/'], {
      cwd,
      env: t.env
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('Dry run: 4 artifacts planned')
    expect(await t.control.requests()).toEqual([])
  })

  it('--json gives the action’s `artifacts` output for the same files, ids aside', async () => {
    const workspace = results()
    const cli = await runCli(['--run', 'json-cli', '--create-run', '--json', 'results/'], {
      cwd: workspace,
      env: t.env
    })
    expect(cli.code, cli.stderr).toBe(0)
    expect(cli.stderr).toContain('Done: 4 uploaded')
    const action = await runAction({
      workspace,
      inputs: { run: 'json-action', 'create-run': 'true', path: 'results/' },
      env: t.env
    })
    expect(action.code, action.stdout).toBe(0)
    const strip = (list: Entry[]) =>
      list.map(({ id, ...rest }) => ({ ...rest, id: id ? 'ID' : id }))
    const fromCli = JSON.parse(cli.stdout) as Entry[]
    expect(fromCli).toHaveLength(4)
    expect(strip(fromCli)).toEqual(strip(JSON.parse(action.outputs.artifacts ?? '[]') as Entry[]))
  })

  it('--summary writes the job summary Markdown', async () => {
    const cwd = results()
    const run = await runCli(
      ['--run', 'summary', '--create-run', '--summary', 'out/../summary.md', '-q', 'results/'],
      { cwd, env: t.env }
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toBe('')
    const summary = readFileSync(path.join(cwd, 'summary.md'), 'utf8')
    expect(summary).toMatch(/^## Simvue artifacts\n/)
    expect(summary).toContain('| c.bin |')
  })
})

describe('exit codes', () => {
  it('1 when some files fail (all named), 0 with --no-fail-on-error', async () => {
    const cwd = results()
    await t.control.addFault({
      endpoint: 'storage.upload',
      kind: 'status',
      status: 400,
      name: 'c.bin',
      times: 0
    })
    try {
      const failing = await runCli(['--run', 'fails', '--create-run', 'results/'], {
        cwd,
        env: { ...t.env, SIMVUE_UPLOAD_RETRY_BASE_MS: '1' }
      })
      expect(failing.code, failing.stdout + failing.stderr).toBe(1)
      expect(failing.stderr).toMatch(/error: 1 of 4 artifacts failed/)
      expect(failing.stderr).toContain('c.bin')
      const lenient = await runCli(['--run', 'fails', '--no-fail-on-error', 'results/'], {
        cwd,
        env: { ...t.env, SIMVUE_UPLOAD_RETRY_BASE_MS: '1' }
      })
      expect(lenient.code, lenient.stderr).toBe(0)
      expect(lenient.stderr).toMatch(/warning: 1 of 4 artifacts failed/)
    } finally {
      await t.control.clearFaults()
    }
  })

  const usage: [string, string[], Record<string, string>, RegExp][] = [
    [
      'an unknown flag',
      ['--run', 'x', '--crate-run', 'a'],
      {},
      /Unknown option --crate-run\. Did you mean --create-run\?/
    ],
    ['--token', ['--run', 'x', '--token', 'secret-on-cli', 'a'], {}, /--token is refused/],
    [
      'a bad value, named by its flag',
      ['--run', 'x', '--category', 'outputs', 'a'],
      {},
      /--category.*"outputs".*did you mean `output`/
    ],
    [
      'the reserved metadata key',
      ['--run', 'x', '--metadata', '{"ci": 1}', 'a'],
      {},
      /--metadata.*"ci"/
    ],
    [
      'no token anywhere',
      ['--run', 'x', 'a'],
      { SIMVUE_TOKEN: '' },
      /No Simvue token.*SIMVUE_TOKEN/
    ],
    [
      'a run that does not exist',
      ['--run', 'no-such-run', 'results/'],
      {},
      /Finding the run failed: No run named "no-such-run" exists.*`--create-run`/
    ]
  ]
  it.each(usage)('2 for %s, before anything is uploaded', async (_label, args, env, message) => {
    const run = await runCli(args, { cwd: results(), env: { ...t.env, ...env } })
    expect(run.code, run.stdout + run.stderr).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stdout + run.stderr).not.toContain('secret-on-cli')
    expect(run.stdout + run.stderr).not.toContain(t.server.token)
  })

  // Ctrl-C while the run's artifacts are listed, and while files are in flight.
  const interrupts: [string, 'runs.artifacts.list' | 'storage.upload', string[], RegExp, number][] =
    [
      ['listing the run', 'runs.artifacts.list', [], /==> Uploading/, 0],
      ['files in flight', 'storage.upload', ['-v'], /debug: uploaded: /, 1]
    ]
  it.each(interrupts)(
    '130 on Ctrl-C (%s): no new file starts, what was done is reported, a created run is terminated',
    async (label, endpoint, flags, when, atLeast) => {
      await t.control.addFault({ endpoint, kind: 'latency', delayMs: 1000, times: 0 })
      const name = `interrupted ${label}`
      try {
        const run = await runCli(
          ['--run', name, '--create-run', '--concurrency', '1', '--json', ...flags, 'results/'],
          { cwd: results(), env: t.env, interruptWhen: when, timeoutMs: 30_000 }
        )
        expect(run.code, run.stderr).toBe(130)
        expect(run.stderr).toContain('Received SIGINT: starting no new file')
        expect(run.stderr).toMatch(/Cancelled: \d uploaded/)
        const entries = JSON.parse(run.stdout) as Entry[]
        expect(entries).toHaveLength(4)
        const uploaded = entries.filter((e) => e.status === 'uploaded').length
        expect(uploaded).toBeGreaterThanOrEqual(atLeast)
        expect(uploaded).toBeLessThan(4)
        const found = await t.api<{ data: { id: string; status: string }[] }>(
          'GET',
          `/runs?filters=${encodeURIComponent(JSON.stringify([`name == ${name}`]))}`
        )
        expect(found.data[0]?.status).toBe('terminated')
      } finally {
        await t.control.clearFaults()
      }
    }
  )

  it('0 and the usage for --help (2 and the usage on stderr without arguments); --version', async () => {
    const help = await runCli(['--help'], { cwd: results() })
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: simvue-upload --run NAME_OR_ID/)
    const bare = await runCli([], { cwd: results() })
    expect(bare.code).toBe(2)
    expect(bare.stderr).toMatch(/^Usage: simvue-upload/)
    const version = await runCli(['--version'], { cwd: results() })
    expect(version.stdout).toMatch(/^simvue-upload \d+\.\d+\.\d+\n$/)
  })
})

describe('the bundle', () => {
  it('does not contain @actions/core', () => {
    // A string of @actions/core's own code: present there, so its absence means something.
    const marker = 'ACTIONS_ID_TOKEN_REQUEST_URL'
    const core = readFileSync(
      path.join(import.meta.dirname, '../../node_modules/@actions/core/lib/oidc-utils.js'),
      'utf8'
    )
    expect(core).toContain(marker)
    const action = readFileSync(path.join(import.meta.dirname, '../../dist/index.js'), 'utf8')
    expect(action).toContain(marker)
    const bundle = readFileSync(path.join(import.meta.dirname, '../../dist/cli/index.js'), 'utf8')
    expect(bundle.length).toBeGreaterThan(100_000)
    expect(bundle).not.toContain(marker)
  })
})
