/**
 * Code comments point to docs/design.md by section ("docs/design.md, "Retries""): every such
 * pointer names a heading that exists, so a maintainer who follows one finds the reason.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/action.ts'

const design = readFileSync(path.join(ROOT, 'docs', 'design.md'), 'utf8')
const headings = new Set(
  [...design.matchAll(/^#{1,4} (.+)$/gm)].map((match) => (match[1] ?? '').trim())
)

function pointers(): { where: string; section: string }[] {
  const grep = execFileSync(
    'git',
    [
      'grep',
      '-nE',
      'docs/design\\.md[,:]? \\(?"[^"]+"',
      '--',
      'src',
      'dev-server',
      'bench',
      '__tests__',
      'scripts'
    ],
    { cwd: ROOT, encoding: 'utf8' }
  )
  return grep
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const where = line.split(':').slice(0, 2).join(':')
      return [...line.matchAll(/docs\/design\.md[,:]? \(?"([^"]+)"/g)].map((m) => ({
        where,
        section: m[1] ?? ''
      }))
    })
}

describe('pointers into docs/design.md', () => {
  it('name headings that exist', () => {
    const found = pointers()
    expect(found.length).toBeGreaterThan(10)
    const missing = found.filter((pointer) => !headings.has(pointer.section))
    expect(missing).toEqual([])
  })
})
