import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collect, makeTree, removeTrees, tempDir } from './tree.js'

afterAll(removeTrees)

describe('collectFiles: hidden entries (README, Paths)', () => {
  let root: string
  beforeAll(() => {
    root = makeTree(tempDir(), [
      '.coverage',
      '.env',
      '.git/config',
      '.git/objects/aa/bb',
      '.github/workflows/ci.yml',
      '.github/workflows/.draft.yml',
      '.github/dependabot.yml',
      'reports/index.html',
      'reports/.cache/entry.html',
      'reports/.keep',
      'pkg/.coverage',
      'pkg/sub/.coverage',
      'pkg/.tox/.coverage',
      'pkg/main.py'
    ])
  })

  it('skips dot entries met by walks and reports each pruned entry once', async () => {
    const result = await collect(root, ['.'])
    expect(result.paths).toEqual(['pkg/main.py', 'reports/index.html'])
    expect(result.skips).toEqual([
      'hidden .coverage',
      'hidden .env',
      'hidden .git',
      'hidden .github',
      'hidden pkg/.coverage',
      'hidden pkg/.tox',
      'hidden pkg/sub/.coverage',
      'hidden reports/.cache',
      'hidden reports/.keep'
    ])
  })

  it('never hides what a line spells out literally', async () => {
    expect((await collect(root, ['.coverage'])).paths).toEqual(['.coverage'])
    expect((await collect(root, ['.git/config'])).paths).toEqual(['.git/config'])
    expect((await collect(root, ['reports/.cache'])).paths).toEqual(['reports/.cache/entry.html'])
  })

  it('keeps a literal dot prefix visible but hides dot entries below it', async () => {
    const result = await collect(root, ['.github/**/*.yml'])
    expect(result.paths).toEqual(['.github/dependabot.yml', '.github/workflows/ci.yml'])
    expect(result.skips).toEqual(['hidden .github/workflows/.draft.yml'])
  })

  it('lets a pattern segment that starts with "." match dot entries', async () => {
    const result = await collect(root, ['**/.coverage'])
    expect(result.paths).toEqual(['.coverage', 'pkg/.coverage', 'pkg/sub/.coverage'])
    // Dot directories would only be reached through `**`: hidden (reported, not read).
    expect(result.skips).toEqual([
      'hidden .git',
      'hidden .github',
      'hidden pkg/.tox',
      'hidden reports/.cache'
    ])
    expect((await collect(root, ['.*'])).paths).toContain('.env')
  })

  it('does not report dot entries that would not have matched anyway', async () => {
    const result = await collect(root, ['pkg/*.py'])
    expect(result.paths).toEqual(['pkg/main.py'])
    expect(result.skips).toEqual([])
  })

  it('includes everything with includeHiddenFiles', async () => {
    const result = await collect(root, ['reports', 'pkg/**/.coverage'], {
      includeHiddenFiles: true
    })
    expect(result.paths).toEqual([
      'pkg/.coverage',
      'pkg/.tox/.coverage',
      'pkg/sub/.coverage',
      'reports/.cache/entry.html',
      'reports/.keep',
      'reports/index.html'
    ])
    expect(result.skips).toEqual([])
  })

  it('does not report a hidden entry another line uploads', async () => {
    const result = await collect(root, ['reports', 'reports/.keep'])
    expect(result.paths).toEqual(['reports/.keep', 'reports/index.html'])
    expect(result.skips).toEqual(['hidden reports/.cache'])
  })

  it('does not report hidden entries that an exclude removes anyway', async () => {
    const result = await collect(root, ['reports', '!**/.cache'])
    expect(result.skips).toEqual(['hidden reports/.keep'])
  })
})
