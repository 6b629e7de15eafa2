import { execFileSync } from 'node:child_process'
import { symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collect, makeTree, removeTrees, tempDir } from './tree.js'

afterAll(removeTrees)

describe('collectFiles: symbolic links and special files (README, Paths)', () => {
  let root: string
  let outside: string
  beforeAll(() => {
    outside = makeTree(tempDir('plan-outside-'), ['secret.txt', 'dir/inner.txt'])
    root = makeTree(tempDir(), [
      'data/real.txt',
      'data/sub/deep.txt',
      '.git/config',
      'links/',
      'other/shared.txt'
    ])
    const link = (target: string, at: string): void => symlinkSync(target, path.join(root, at))
    link('../data/real.txt', 'links/file-link.txt')
    link('../data', 'links/dir-link')
    link('../other', 'links/other-link')
    link('..', 'links/loop')
    link('missing.txt', 'links/broken.txt')
    link('self', 'links/self')
    link(path.join(outside, 'secret.txt'), 'links/escape.txt')
    link(path.join(outside, 'dir'), 'links/escape-dir')
    link('../.git/config', 'links/git-config')
  })

  it('follows links inside the workspace, names them by the link path, reports the rest', async () => {
    const result = await collect(root, ['links'])
    expect(result.paths).toEqual([
      'links/dir-link/real.txt',
      'links/dir-link/sub/deep.txt',
      'links/file-link.txt',
      'links/loop/data/real.txt',
      'links/loop/data/sub/deep.txt',
      'links/loop/other/shared.txt',
      'links/other-link/shared.txt'
    ])
    const file = result.files.find((entry) => entry.path.endsWith('file-link.txt'))
    expect(file?.size).toBe('data/real.txt'.length)
    expect(result.skips).toEqual([
      'broken-link links/broken.txt',
      'link-outside links/escape-dir',
      'link-outside links/escape.txt',
      'link-to-hidden links/git-config',
      'hidden links/loop/.git',
      'link-cycle links/loop/links',
      'broken-link links/self'
    ])
    const broken = result.skipped.find((item) => item.path.endsWith('broken.txt'))
    expect(broken?.detail).toBe('target: missing.txt (missing)')
  })

  it('follows a link to the workspace root only once around the cycle', async () => {
    const result = await collect(root, ['links/loop/links/loop'])
    // Literal root: followed; below it the walk meets the link again and stops there.
    expect(result.paths).toContain('links/loop/links/loop/data/real.txt')
    expect(result.skips).toContain('link-cycle links/loop/links/loop/links/loop')
  })

  it('always follows a link spelled out in path, even outside the workspace', async () => {
    const result = await collect(root, ['links/escape.txt', 'links/escape-dir', 'links/git-config'])
    expect(result.paths).toEqual([
      'links/escape-dir/inner.txt',
      'links/escape.txt',
      'links/git-config'
    ])
    expect(result.skips).toEqual([])
  })

  it('reports a broken link named literally and leaves its line unmatched', async () => {
    const result = await collect(root, ['links/broken.txt'])
    expect(result.paths).toEqual([])
    expect(result.skips).toEqual(['broken-link links/broken.txt'])
    expect(result.unmatchedLines).toEqual(['links/broken.txt'])
  })

  it('allows targets inside a search root outside the workspace', async () => {
    const result = await collect(root, ['links/*', path.join(outside, 'dir')], {
      workspace: path.join(root, 'data')
    })
    expect(result.paths).toContain('links/escape-dir/inner.txt')
    expect(result.skips).toContain('link-outside links/escape.txt')
  })

  it('allows links to hidden targets when hidden files are included', async () => {
    const result = await collect(root, ['links/git-*'], { includeHiddenFiles: true })
    expect(result.paths).toEqual(['links/git-config'])
  })

  it('skips and reports links met by walks with followSymbolicLinks false', async () => {
    const result = await collect(root, ['links'], { followSymbolicLinks: false })
    expect(result.paths).toEqual([])
    expect(result.skips).toEqual([
      'broken-link links/broken.txt',
      'link-not-followed links/dir-link',
      'link-not-followed links/escape-dir',
      'link-not-followed links/escape.txt',
      'link-not-followed links/file-link.txt',
      'link-not-followed links/git-config',
      'link-not-followed links/loop',
      'link-not-followed links/other-link',
      'broken-link links/self'
    ])
    const literal = await collect(root, ['links/file-link.txt'], { followSymbolicLinks: false })
    expect(literal.paths).toEqual(['links/file-link.txt'])
  })

  it('does not report links that the lines would not have matched', async () => {
    const result = await collect(root, ['links/*.txt'], { followSymbolicLinks: false })
    expect(result.skips).toEqual([
      'broken-link links/broken.txt',
      'link-not-followed links/escape.txt',
      'link-not-followed links/file-link.txt'
    ])
  })

  it('skips a FIFO met by a walk without opening it, and one named literally', async () => {
    const dir = makeTree(tempDir(), ['pipes/a.txt'])
    execFileSync('mkfifo', [path.join(dir, 'pipes', 'fifo')])
    const walked = await collect(dir, ['pipes'])
    expect(walked.paths).toEqual(['pipes/a.txt'])
    expect(walked.skips).toEqual(['special-file pipes/fifo'])
    expect(walked.skipped[0].detail).toBe('FIFO')
    const literal = await collect(dir, ['pipes/fifo'])
    expect(literal.skips).toEqual(['special-file pipes/fifo'])
    expect(literal.unmatchedLines).toEqual(['pipes/fifo'])
  })
})
