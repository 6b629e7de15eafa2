/**
 * docs/summary.png is rendered from docs/summary.md (`npm run summary-picture`); this test
 * keeps that Markdown equal to what the demo's mixed step writes today, so the README's
 * picture cannot drift from the action's real job summary.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { demoSummary } from '../../scripts/render-summary.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('docs/summary.md', () => {
  it('is the job summary the demo writes for a run with uploaded, skipped and failed files', async () => {
    const committed = readFileSync(path.join(root, 'docs', 'summary.md'), 'utf8')
    const current = await demoSummary()
    expect(current, 'run `npm run summary-picture` and commit docs/summary.*').toBe(committed)
    for (const status of ['uploaded', 'skipped', 'failed']) expect(current).toContain(status)
  })

  it('is shown in the README', () => {
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('](docs/summary.png)')
  })
})
