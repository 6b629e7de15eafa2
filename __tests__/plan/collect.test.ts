import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { collectFiles } from '../../src/plan/collect.js'
import { collect, makeTree, removeTrees, tempDir } from './tree.js'

afterAll(removeTrees)

describe('collectFiles: lines, globs and excludes', () => {
  let root: string
  beforeAll(() => {
    root = makeTree(tempDir(), [
      'results/a.json',
      'results/deep/b.json',
      'results/deep/c.txt',
      'reports/index.html',
      'reports/tmp/scratch.html',
      'reports/tmp/more/x.html',
      'src/node_modules/pkg/index.js',
      'src/main.js',
      'src/lib/util.js',
      'src/lib/node_modules/dep/x.js',
      'a-b.txt',
      'a/b.txt',
      'a.txt',
      'CASE.txt',
      'case.txt',
      'x[1].txt',
      'star*.txt',
      'space name.txt'
    ])
  })

  it('expands nested globs, directories and excludes, sorted by path', async () => {
    const result = await collect(root, [
      '# comment',
      '',
      '  results/**/*.json  ',
      'reports/',
      '!reports/tmp/**'
    ])
    expect(result.paths).toEqual(['reports/index.html', 'results/a.json', 'results/deep/b.json'])
    expect(result.unmatchedLines).toEqual([])
    expect(result.files[0]).toMatchObject({
      path: path.join(root, 'reports/index.html'),
      size: 'reports/index.html'.length,
      line: 'reports/'
    })
  })

  it('prunes excluded subtrees such as **/node_modules/**', async () => {
    const result = await collect(root, ['src', '!**/node_modules/**'])
    expect(result.paths).toEqual(['src/lib/util.js', 'src/main.js'])
  })

  it('treats a directory line, dir/ and dir/** alike (implicit descendants)', async () => {
    const expected = ['reports/index.html', 'reports/tmp/more/x.html', 'reports/tmp/scratch.html']
    for (const line of ['reports', 'reports/', 'reports/**', './reports', 'rep*']) {
      expect((await collect(root, [line])).paths).toEqual(expected)
    }
  })

  it('applies excludes rooted below, above or beside the walk root', async () => {
    expect((await collect(root, ['src', '!src/lib'])).paths).toEqual([
      'src/main.js',
      'src/node_modules/pkg/index.js'
    ])
    const above = await collect(root, ['src/lib', '!src/**'])
    expect(above.paths).toEqual([])
    expect(above.unmatchedLines).toEqual(['src/lib'])
    expect((await collect(root, ['**/*.js', '!**/node_modules/**', '!reports/**'])).paths).toEqual([
      'src/lib/util.js',
      'src/main.js'
    ])
  })

  it('matches only directories with a trailing separator on a glob', async () => {
    expect((await collect(root, ['re*/'])).paths).toEqual([
      'reports/index.html',
      'reports/tmp/more/x.html',
      'reports/tmp/scratch.html',
      'results/a.json',
      'results/deep/b.json',
      'results/deep/c.txt'
    ])
    expect((await collect(root, ['a*/'])).paths).toEqual(['a/b.txt'])
  })

  it('excludes a whole directory named without a glob', async () => {
    expect((await collect(root, ['reports', '!reports/tmp'])).paths).toEqual(['reports/index.html'])
  })

  it('lists a file matched by several lines once, with the first line', async () => {
    const result = await collect(root, ['results/deep/*.txt', 'results/', 'results/deep/c.txt'])
    expect(result.paths).toEqual(['results/a.json', 'results/deep/b.json', 'results/deep/c.txt'])
    expect(result.files.map((file) => file.line)).toEqual([
      'results/',
      'results/',
      'results/deep/*.txt'
    ])
    expect(result.unmatchedLines).toEqual([])
  })

  it('sorts by code units, not locale (a-b.txt < a.txt < a/b.txt; upper case first)', async () => {
    const result = await collect(root, ['a*', 'a', 'CASE.txt', 'case.txt'])
    expect(result.paths).toEqual(['CASE.txt', 'a-b.txt', 'a.txt', 'a/b.txt', 'case.txt'])
  })

  it('matches case-sensitively on Linux', async () => {
    expect((await collect(root, ['case.*'])).paths).toEqual(['case.txt'])
  })

  it('supports ?, [...] and [x] escapes of metacharacters', async () => {
    expect((await collect(root, ['x[[]1].txt'])).paths).toEqual(['x[1].txt'])
    expect((await collect(root, ['star[*].txt'])).paths).toEqual(['star*.txt'])
    expect((await collect(root, ['star\\*.txt'])).paths).toEqual(['star*.txt'])
    expect((await collect(root, ['?.txt', '[!b]-?.txt'])).paths).toEqual(['a-b.txt', 'a.txt'])
    expect((await collect(root, ['space name.txt'])).paths).toEqual(['space name.txt'])
  })

  it('reports include lines that produced no file, after excludes', async () => {
    const result = await collect(root, [
      'missing.txt',
      'results/*.xml',
      'a.txt',
      '!a.txt',
      'a.txt/',
      'nowhere/**'
    ])
    expect(result.paths).toEqual([])
    expect(result.unmatchedLines).toEqual([
      'missing.txt',
      'results/*.xml',
      'a.txt',
      'a.txt/',
      'nowhere/**'
    ])
  })

  it('resolves ./ and ../ against the working directory', async () => {
    const workingDirectory = path.join(root, 'src')
    const result = await collect(root, ['../results/a.json', './main.js', 'lib/../main.js'], {
      workingDirectory
    })
    expect(result.files.map((file) => file.path)).toEqual([
      path.join(root, 'results/a.json'),
      path.join(root, 'src/main.js')
    ])
  })

  it('accepts absolute lines and expands ~', async () => {
    const absolute = await collect(root, [path.join(root, 'results', '*.json')])
    expect(absolute.paths).toEqual(['results/a.json'])
    const home = os.homedir()
    const tilde = await collectFiles({
      lines: ['~/definitely-not-here-*.txt'],
      workingDirectory: root,
      workspace: root,
      includeHiddenFiles: false,
      followSymbolicLinks: true
    })
    expect(tilde.unmatchedLines).toEqual(['~/definitely-not-here-*.txt'])
    expect(home).not.toBe('')
  })

  it('reports empty directories that were matched', async () => {
    const dir = makeTree(tempDir(), ['full/a.txt', 'full/empty/', 'bare/'])
    const result = await collect(dir, ['full', 'bare'])
    expect(result.paths).toEqual(['full/a.txt'])
    expect(result.skips).toEqual(['empty-directory bare', 'empty-directory full/empty'])
    expect(result.unmatchedLines).toEqual(['bare'])
  })

  it('refuses a line that is only "!" and a relative working directory', async () => {
    await expect(collect(root, ['!'])).rejects.toThrow(InputError)
    await expect(collect(root, ['a.txt'], { workingDirectory: 'relative' })).rejects.toThrow(
      /working-directory/
    )
  })

  it('reports unreadable directories', async () => {
    if (process.getuid?.() === 0) return // root reads everything
    const dir = makeTree(tempDir(), ['open/a.txt', 'closed/b.txt'])
    const { chmodSync } = await import('node:fs')
    chmodSync(path.join(dir, 'closed'), 0o000)
    try {
      const result = await collect(dir, ['.'])
      expect(result.paths).toEqual(['open/a.txt'])
      expect(result.skips).toEqual(['unreadable closed'])
    } finally {
      chmodSync(path.join(dir, 'closed'), 0o755)
    }
  })

  it('walks a deep tree without recursion limits', async () => {
    const dir = tempDir()
    let current = dir
    for (let depth = 0; depth < 300; depth++) current = path.join(current, 'd')
    mkdirSync(current, { recursive: true })
    writeFileSync(path.join(current, 'leaf.txt'), 'x')
    const result = await collect(dir, ['**/leaf.txt'])
    expect(result.paths).toHaveLength(1)
  })
})
