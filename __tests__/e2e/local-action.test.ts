/**
 * `npx @github/local-action run . src/main.ts .env.example` against a running dev server
 * leaves the expected artifacts on its run (issue: local trials work as documented).
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/action.ts'
import { useTestServer } from '../helpers/simvue.ts'

const t = useTestServer()

describe('local-action with .env.example', () => {
  it('creates the local-trial run and uploads the example files', async () => {
    const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8')
      .replace(/^SIMVUE_URL=.*$/m, `SIMVUE_URL=${t.server.url}`)
      .replace(/^SIMVUE_TOKEN=.*$/m, `SIMVUE_TOKEN=${t.server.token}`)
    const envFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'sua-local-')), '.env')
    writeFileSync(envFile, example)
    const cli = path.join(ROOT, 'node_modules', '.bin', 'local-action')
    // Asynchronous: this process hosts the dev server, so it must keep serving meanwhile.
    const child = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        cli,
        ['run', '.', 'src/main.ts', envFile],
        { cwd: ROOT, timeout: 120_000, env: { ...process.env, SIMVUE_URL: '', SIMVUE_TOKEN: '' } },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr })
      )
    })
    expect(child.code, child.output).toBe(0)
    // local-action stands in for @actions/core: it masks the token and lists the outputs.
    expect(child.output).not.toContain(t.server.token)
    // …and shows the outputs the action set, as a table after "Action Outputs".
    const outputs = child.output.slice(child.output.indexOf('Action Outputs'))
    expect(outputs).toMatch(/'uploaded-count'\s*│\s*'3'/)
    expect(outputs).toMatch(/'run-id'\s*│\s*'[A-Za-z0-9]{22}'/)

    const filters = encodeURIComponent(JSON.stringify(['name == local-trial']))
    const runs = await t.api<{ data: { id: string }[] }>('GET', `/runs?filters=${filters}`)
    expect(runs.data).toHaveLength(1)
    const stored = await t.runArtifacts(runs.data[0]?.id ?? '', 'code')
    expect(stored.map((a) => a.name).sort()).toEqual([
      'local/README.md',
      'local/action.yml',
      'local/settings'
    ])
    expect(stored.every((a) => a.uploaded)).toBe(true)
  })
})
