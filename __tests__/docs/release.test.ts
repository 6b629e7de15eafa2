/**
 * Releases: the notes come from the CHANGELOG section of the tag's version, and the release
 * workflow checks what it must before it publishes and moves the major tag.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { changelogSection } from '../../scripts/changelog-section.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.2.0] - 2026-12-01',
  '',
  '### Added',
  '',
  '- `object-type`.',
  '',
  '## 1.1.0',
  '- Fixes.',
  '## [1.0.0-rc.1]',
  '',
  '[1.2.0]: https://example.com/compare/v1.1.0...v1.2.0'
].join('\n')

describe('changelogSection', () => {
  it.each([
    ['1.2.0', '### Added\n\n- `object-type`.'],
    ['v1.2.0', '### Added\n\n- `object-type`.'],
    ['1.1.0', '- Fixes.'],
    ['1.0.0-rc.1', ''],
    ['Unreleased', ''],
    ['1.3.0', undefined],
    ['1.2', undefined]
  ])('%s gives %j', (version, expected) => {
    expect(changelogSection(CHANGELOG, version)).toBe(expected)
  })

  it('fails the command, naming the version, when the section is missing', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'changelog-section.mjs'), 'v9.9.9'],
      { cwd: root, encoding: 'utf8' }
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('## [9.9.9]')
  })
})

interface Workflow {
  on: { push: { tags: string[] } }
  jobs: Record<string, { permissions?: Record<string, string>; steps: { run?: string }[] }>
}

describe('.github/workflows/release.yml', () => {
  const text = readFileSync(path.join(root, '.github', 'workflows', 'release.yml'), 'utf8')
  const workflow = parse(text) as Workflow
  const job = Object.values(workflow.jobs)[0]
  const script = (job?.steps ?? []).map((s) => s.run ?? '').join('\n')

  it('runs on version tags only, with write access to contents', () => {
    expect(workflow.on.push.tags).toContain('v[0-9]+.[0-9]+.[0-9]+')
    expect(Object.keys(workflow.on)).toEqual(['push'])
    expect(job?.permissions).toEqual({ contents: 'write' })
  })

  it('checks the version, dist/ and the tests before it publishes and moves the major tag', () => {
    const order = [
      'scripts/changelog-section.mjs',
      'npm run bundle',
      'git diff --ignore-space-at-eol --text dist/',
      'npm test',
      'gh release create "$TAG"',
      'git push --force origin "refs/tags/$major"'
    ].map((needle) => script.indexOf(needle))
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order)
    ).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })
})
