/**
 * `npm run demo` as a person runs it: it exits 0 and prints what a workflow author would
 * see (step YAML, the log without raw workflow commands, outputs, the summary as text) and
 * what to try next.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NODE24, ROOT } from '../helpers/action.ts'
import { DEMO_STEPS } from '../../dev-server/demo-scenario.ts'

describe('npm run demo', () => {
  it('shows every step as a workflow author sees it, and what to try next', () => {
    const result = spawnSync(NODE24, [path.join(ROOT, 'dev-server', 'demo.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' },
      timeout: 90_000
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const out = result.stdout
    // The runner's view: no raw workflow commands, no masked token, no debug lines.
    expect(out).not.toMatch(/^\s*::[a-z-]+/m)
    expect(out).not.toContain('##[debug]')
    expect(out).not.toContain('\u001b[')
    for (const step of DEMO_STEPS) expect(out).toContain(`id: ${step.id}`)
    expect(out.match(/uses: <owner>\/simvue-upload-artifact@v1/g)).toHaveLength(DEMO_STEPS.length)
    expect(out).toContain('▾ Uploading')
    expect(out).toContain('Error: ')
    expect(out).toContain(`steps.${DEMO_STEPS[0]?.id}.outputs:`)
    expect(out).toMatch(/^\s+Simvue artifacts\n\s+═+$/m)
    expect(out).toMatch(/fields\.vtk +40 B +output .*failed/)
    for (const next of ['npm run dev-server', 'npm run local-action', 'quick start']) {
      expect(out).toContain(next)
    }
  })
})
