/**
 * Untrusted text through the bundle: hostile file names, run names from the server and
 * input values never open a workflow command or start a log line; the token never reaches
 * outputs, the artifacts file, the summary or the log, even when the server echoes it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeWorkspace, runAction, type ActionRun } from '../helpers/action.ts'
import { useTestServer } from '../helpers/simvue.ts'

const t = useTestServer()

/** Lines of stdout that the runner would read as workflow commands. */
function commands(result: ActionRun): string[] {
  return result.stdout
    .split(/\r?\n/)
    .filter((line) => /^\s*(::|##\[)/.test(line))
    .map((line) => line.trim().replace(/^(::[a-z-]+)[ :].*$/, '$1'))
}

const FORGED = ['::warning::forged', '::add-mask::x', '::stop-commands::t0ken', '##[error]forged']

describe('no value forges a workflow command', () => {
  it('directory names with LF and CR in the plan lines of a dry run', async () => {
    const workspace = makeWorkspace()
    for (const [i, forged] of FORGED.entries()) {
      const dir = path.join(workspace, 'out', `d${i}\n${forged}\r${forged}`)
      mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, `f${i}.txt`), 'x')
    }
    const dry = await runAction({
      workspace,
      inputs: { run: 'r', path: 'out', 'dry-run': 'true' },
      env: { ...t.env, RUNNER_DEBUG: '1' }
    })
    expect(dry.code, dry.stdout).toBe(0)
    // The token's own mask is the only ::add-mask:: (the runner swallows that line).
    expect(new Set(commands(dry))).toEqual(
      new Set(['::add-mask', '::debug', '::group', '::endgroup'])
    )
    expect(dry.stdout.match(/::add-mask::.*/g)).toEqual([`::add-mask::${t.server.token}`])
    expect(dry.stdout).toContain('\\n:\u200b:warning:\u200b:forged')
    const plan = JSON.parse(dry.outputs.artifacts ?? '[]') as { path: string }[]
    expect(plan.map((entry) => entry.path).some((p) => p.includes('\n::warning::forged'))).toBe(
      true
    )
  })

  it('a run name from the server with a newline and a command in it', async () => {
    const name = 'nightly\n::warning::forged by the server'
    const runId = await t.createRun(name)
    const result = await runAction({
      workspace: makeWorkspace({ 'a.txt': 'a' }),
      inputs: { run: runId, path: 'a.txt' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(commands(result).filter((c) => c === '::warning')).toEqual([])
    expect(result.stdout).toContain(
      'Found run "nightly\\n:\u200b:warning:\u200b:forged by the server"'
    )
    // The summary escapes it for Markdown; outputs stay exact.
    expect(result.summary).not.toMatch(/^::warning/m)
    expect(result.outputs['run-id']).toBe(runId)
  })

  it('a path line with a CR echoed in a warning', async () => {
    const result = await runAction({
      workspace: makeWorkspace({ 'a.txt': 'a' }),
      inputs: { run: 'r', path: 'a.txt\nmissing\r::warning::forged', 'dry-run': 'true' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    expect(commands(result).filter((c) => c === '::warning')).toHaveLength(1)
    expect(result.warnings.join('\n')).toContain('missing\\r:\u200b:warning:\u200b:forged')
  })

  it('a valid name with "::" reaches the outputs unchanged', async () => {
    const runId = await t.createRun('colons')
    const result = await runAction({
      workspace: makeWorkspace({ 'a.txt': 'a' }),
      inputs: { run: runId, path: 'a.txt', name: 'suite::a.txt' },
      env: t.env
    })
    expect(result.code, result.stdout).toBe(0)
    const [entry] = JSON.parse(result.outputs.artifacts ?? '[]') as { name: string }[]
    expect(entry?.name).toBe('suite::a.txt')
    expect((await t.runArtifacts(runId)).map((a) => a.name)).toEqual(['suite::a.txt'])
  })
})

describe('the token in server text', () => {
  it('is replaced by *** in outputs, the artifacts file, the summary and the log', async () => {
    const runId = await t.createRun('echo')
    const token = t.server.token
    await t.control.addFault({
      endpoint: 'artifacts.create',
      kind: 'status',
      status: 422,
      body: { detail: `bad request; headers were Authorization: Bearer ${token} (token ${token})` },
      times: 0
    })
    const files = Object.fromEntries(
      Array.from({ length: 3 }, (_, i) => [`f${i}.txt`, 'x'.repeat(300_000)])
    )
    const result = await runAction({
      workspace: makeWorkspace(files),
      inputs: { run: runId, path: '*.txt' },
      env: { ...t.env, RUNNER_DEBUG: '1' }
    })
    await t.control.clearFaults()
    expect(result.code).toBe(1)
    // The mask line itself is the runner's to swallow.
    const log = result.stdout.replace(`::add-mask::${token}\n`, '')
    const everything = [log, result.summary, JSON.stringify(result.outputs)]
    if (result.outputs['artifacts-file']) {
      everything.push(readFileSync(result.outputs['artifacts-file'], 'utf8'))
    }
    for (const text of everything) expect(text).not.toContain(token)
    expect(result.outputs.artifacts).toContain('Authorization: ***')
  })
})
