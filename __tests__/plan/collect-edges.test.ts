/**
 * The edges where a stock walker (fdir, tinyglobby) differs from the README's promises:
 * cycles through ancestor links, links out of the tree, FIFOs, pattern characters in a
 * line's literal part, the hidden-file table, names Node cannot open, and the identity each
 * file records for the upload.
 */
import { execFileSync } from 'node:child_process'
import { lstatSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { collect, makeTree, removeTrees, tempDir } from './tree.js'

afterAll(removeTrees)

describe('collectFiles: links the library would walk twice or out of the tree', () => {
  it('walks a link to an ancestor once: no duplicate, the cycle reported', async () => {
    const root = makeTree(tempDir(), ['a/b/f.txt', 'a/g.txt'])
    symlinkSync('..', path.join(root, 'a/b/up'))
    for (const line of ['a', '.', 'a/**/*.txt']) {
      const result = await collect(root, [line])
      expect(result.paths, line).toEqual(['a/b/f.txt', 'a/g.txt'])
      expect(result.skips, line).toEqual(['link-cycle a/b/up'])
    }
  })

  it('walks a link that leads back through a sibling link once', async () => {
    const root = makeTree(tempDir(), ['x/in-x.txt', 'y/in-y.txt'])
    symlinkSync('../y', path.join(root, 'x/to-y'))
    symlinkSync('../x', path.join(root, 'y/to-x'))
    const result = await collect(root, ['x'])
    expect(result.paths).toEqual(['x/in-x.txt', 'x/to-y/in-y.txt'])
    expect(result.skips).toEqual(['link-cycle x/to-y/to-x'])
  })

  it('refuses a directory link out of the tree met deep in a walk, naming its target', async () => {
    const outside = makeTree(tempDir('plan-outside-'), ['secret/key.txt'])
    const root = makeTree(tempDir(), ['deep/er/ok.txt'])
    symlinkSync(path.join(outside, 'secret'), path.join(root, 'deep/er/out'))
    const result = await collect(root, ['**/*.txt'])
    expect(result.paths).toEqual(['deep/er/ok.txt'])
    expect(result.skips).toEqual(['link-outside deep/er/out'])
    expect(result.skipped[0].detail).toBe(`target: ${path.join(outside, 'secret')}`)
  })
})

describe('collectFiles: special files and names', () => {
  it('reports a FIFO a glob matches, and a link to one, but not a FIFO no line matches', async () => {
    const root = makeTree(tempDir(), ['p/a.txt'])
    execFileSync('mkfifo', [path.join(root, 'p/queue.txt'), path.join(root, 'p/other.bin')])
    symlinkSync('queue.txt', path.join(root, 'p/via-link.txt'))
    const result = await collect(root, ['p/*.txt'])
    expect(result.paths).toEqual(['p/a.txt'])
    expect(result.skips).toEqual(['special-file p/queue.txt', 'special-file p/via-link.txt'])
    expect(result.skipped.map((item) => item.detail)).toEqual(['FIFO', 'FIFO'])
  })

  it('reports a name that is not valid UTF-8 instead of dropping it', async () => {
    const root = makeTree(tempDir(), ['n/ok.txt'])
    writeFileSync(Buffer.concat([Buffer.from(path.join(root, 'n/bad-')), Buffer.from([0xff])]), 'x')
    const result = await collect(root, ['n'])
    expect(result.paths).toEqual(['n/ok.txt'])
    expect(result.skips).toEqual(['unreadable n/bad-\uFFFD'])
    expect(result.skipped[0].detail).toMatch(/not valid UTF-8/)
  })

  it('takes pattern characters in the literal part of a line as they are', async () => {
    const root = makeTree(tempDir(), [
      'logs/run (1)/a.txt',
      'logs/run (1)/b.log',
      'logs/run 1/c.txt',
      'logs/{x,y}/d.txt',
      'logs/x/e.txt',
      'logs/+(z)/f.txt'
    ])
    expect((await collect(root, ['logs/run (1)/*.txt'])).paths).toEqual(['logs/run (1)/a.txt'])
    expect((await collect(root, ['logs/{x,y}/*.txt'])).paths).toEqual(['logs/{x,y}/d.txt'])
    expect((await collect(root, ['logs/+(z)/*'])).paths).toEqual(['logs/+(z)/f.txt'])
    expect((await collect(root, ['logs/*(1)/*.txt'])).paths).toEqual(['logs/run (1)/a.txt'])
  })
})

describe('collectFiles: the README hidden-file table, row by row', () => {
  const table = (): string =>
    makeTree(tempDir(), [
      'results/log.txt',
      'results/.cache/x',
      'results/.scratch',
      '.coverage',
      'pkg/.coverage',
      '.tox/.coverage',
      '.github/workflows/ci.yml',
      '.git/config',
      '.env',
      '.venv/bin/python',
      'main.py'
    ])

  it.each([
    ['results', ['results/log.txt'], ['hidden results/.cache', 'hidden results/.scratch']],
    ['.coverage', ['.coverage'], []],
    [
      '**/.coverage',
      ['.coverage', 'pkg/.coverage'],
      ['hidden .git', 'hidden .github', 'hidden .tox', 'hidden .venv', 'hidden results/.cache']
    ],
    ['.github/**/*.yml', ['.github/workflows/ci.yml'], []],
    [
      '.',
      ['main.py', 'results/log.txt'],
      [
        'hidden .coverage',
        'hidden .env',
        'hidden .git',
        'hidden .github',
        'hidden .tox',
        'hidden .venv',
        'hidden pkg/.coverage',
        'hidden results/.cache',
        'hidden results/.scratch'
      ]
    ]
  ])('%s', async (line, uploads, skips) => {
    const result = await collect(table(), [line])
    expect(result.paths).toEqual(uploads)
    expect(result.skips).toEqual(skips)
  })
})

describe('collectFiles: what each file records for the upload', () => {
  it('keeps device, inode and whether the path was a link when planned', async () => {
    const root = makeTree(tempDir(), ['d/real.txt'])
    symlinkSync('real.txt', path.join(root, 'd/alias.txt'))
    for (const lines of [['d'], ['d/real.txt', 'd/alias.txt']]) {
      const result = await collect(root, lines)
      const real = statSync(path.join(root, 'd/real.txt'))
      expect(result.files.map(({ dev, ino, linked }) => ({ dev, ino, linked }))).toEqual([
        { dev: real.dev, ino: real.ino, linked: true },
        { dev: real.dev, ino: real.ino, linked: false }
      ])
      expect(lstatSync(result.files[0].path).isSymbolicLink()).toBe(true)
    }
  })

  it('applies many excludes to many literal lines', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `many/f${i}.txt`)
    const root = makeTree(tempDir(), names)
    const excludes = names.filter((_, i) => i % 3 === 0).map((name) => `!${name}`)
    const result = await collect(root, [...names, ...excludes, '!many/f1*.txt'])
    const expected = names.filter((name, i) => i % 3 !== 0 && !name.startsWith('many/f1')).sort()
    expect(result.paths).toEqual(expected)
    expect(result.unmatchedLines).toHaveLength(names.length - expected.length)
  })
})
