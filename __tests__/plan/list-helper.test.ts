/**
 * The walk's helper thread (DESIGN §5 Collection): a real worker thread on real trees. Its
 * listings equal the walk's own, and a walk gives the same result with it, without it and
 * when it lists every directory (SIMVUE_UPLOAD_WALK_HELPER=always).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  FAILED,
  ListHelper,
  ListedStats,
  VANISHED,
  isFileMode,
  listDirectory,
  type Listing
} from '../../src/plan/list-helper.js'
import { collect, makeTree, removeTrees, tempDir } from './tree.js'

afterAll(removeTrees)
afterEach(() => {
  delete process.env.SIMVUE_UPLOAD_WALK_HELPER
})

/** name → [type, size], for comparing listings whatever their order. */
function byName(listing: Listing): Record<string, [string, number]> {
  const entries: Record<string, [string, number]> = {}
  listing.paths.forEach((entryPath, i) => {
    const name = path.basename(entryPath)
    const mode = listing.stats[2 * i]
    const stats = new ListedStats(mode, listing.stats[2 * i + 1])
    const type =
      mode === VANISHED || mode === FAILED
        ? 'gone'
        : stats.isFile()
          ? 'file'
          : stats.isDirectory()
            ? 'dir'
            : stats.isSymbolicLink()
              ? 'link'
              : stats.isFIFO()
                ? 'fifo'
                : 'other'
    entries[name] = [type, stats.isFile() ? stats.size : 0]
  })
  return entries
}

describe('listDirectory', () => {
  it('lists names with their lstat type and size', () => {
    const root = makeTree(tempDir(), ['a.txt', 'sub/b.txt', '.hidden'])
    symlinkSync('a.txt', path.join(root, 'link'))
    execFileSync('mkfifo', [path.join(root, 'pipe')])
    const listing = listDirectory(root)
    expect(listing.error).toBeNull()
    expect(byName(listing)).toEqual({
      '.hidden': ['file', 7],
      'a.txt': ['file', 5],
      link: ['link', 0],
      pipe: ['fifo', 0],
      sub: ['dir', 0]
    })
    const file = listing.paths.indexOf(path.join(root, 'a.txt'))
    expect(isFileMode(listing.stats[2 * file])).toBe(true)
  })

  it('returns the error code of a directory it cannot read', () => {
    expect(listDirectory(path.join(tempDir(), 'missing')).error).toBe('ENOENT')
    const file = makeTree(tempDir(), ['f.txt'])
    expect(listDirectory(path.join(file, 'f.txt')).error).toBe('ENOTDIR')
  })
})

describe('ListHelper', () => {
  it('lists every directory it is sent exactly as the walk would', () => {
    process.env.SIMVUE_UPLOAD_WALK_HELPER = 'always'
    const root = makeTree(tempDir(), ['d1/a', 'd1/b', 'd2/c', 'd3/', 'd4/x/y'])
    const helper = new ListHelper()
    helper.seen(0)
    const dirs = ['d1', 'd2', 'd3', 'd4'].map((d) => path.join(root, d))
    const tickets = dirs.map((dir) => helper.submit(dir))
    expect(tickets).toEqual([0, 1, 2, 3])
    for (const [i, ticket] of tickets.entries()) {
      const listing = helper.take(ticket as number)
      expect(listing).not.toBeNull()
      expect(byName(listing as Listing)).toEqual(byName(listDirectory(dirs[i])))
    }
    const missing = helper.submit(path.join(root, 'missing'))
    expect(helper.take(missing as number)?.error).toBe('ENOENT')
    expect(helper.listedByHelper).toBe(5)
    helper.close()
    expect(helper.submit(dirs[0])).toBeNull()
  })

  it('is off with SIMVUE_UPLOAD_WALK_HELPER=off', () => {
    process.env.SIMVUE_UPLOAD_WALK_HELPER = 'off'
    const helper = new ListHelper()
    helper.seen(1_000_000)
    expect(helper.submit(tempDir())).toBeNull()
    helper.close()
  })
})

describe('a walk with the helper', () => {
  let root: string
  beforeAll(() => {
    const entries: string[] = []
    for (let d = 0; d < 12; d++) {
      for (let f = 0; f < 30; f++) entries.push(`tree/d${d}/f${f}.txt`)
      entries.push(`tree/d${d}/.hidden`, `tree/d${d}/deeper/x.txt`)
    }
    entries.push('tree/empty/', 'tree/d-1.txt', 'tree/d 2/z.txt', 'other/target.txt')
    root = makeTree(tempDir(), entries)
    // Names that are not valid UTF-8 (Node lists them with U+FFFD and cannot open them).
    const bad = (relative: string): Buffer =>
      Buffer.concat([Buffer.from(path.join(root, relative)), Buffer.from([0xff])])
    writeFileSync(bad('tree/d2/bad-'), 'x')
    mkdirSync(bad('tree/d6/dir-'))
    writeFileSync(Buffer.concat([bad('tree/d6/dir-'), Buffer.from('/inner.txt')]), 'x')
    symlinkSync('../other', path.join(root, 'tree', 'd3', 'linked'))
    symlinkSync('missing', path.join(root, 'tree', 'd4', 'broken'))
    execFileSync('mkfifo', [path.join(root, 'tree', 'd5', 'pipe')])
  })

  it.each([
    [['tree'], {}],
    [['tree/**/*.txt', '!tree/d1/**'], {}],
    [['tree'], { includeHiddenFiles: true }],
    [['tree'], { followSymbolicLinks: false }]
  ])('collects %j %j the same as without it', async (lines, options) => {
    process.env.SIMVUE_UPLOAD_WALK_HELPER = 'off'
    const alone = await collect(root, lines, options)
    process.env.SIMVUE_UPLOAD_WALK_HELPER = 'always'
    const helped = await collect(root, lines, options)
    expect(alone.directories.byHelper).toBe(0)
    if (lines.length === 1) expect(helped.directories.byHelper).toBeGreaterThan(10)
    expect(helped.paths).toEqual(alone.paths)
    expect(helped.skips).toEqual(alone.skips)
    expect(helped.unmatchedLines).toEqual(alone.unmatchedLines)
    expect(helped.directories.walked).toBe(alone.directories.walked)
  })

  it('reports names that are not valid UTF-8 instead of dropping them', async () => {
    for (const mode of ['off', 'always']) {
      process.env.SIMVUE_UPLOAD_WALK_HELPER = mode
      const result = await collect(root, ['tree'])
      expect(result.skips, mode).toEqual(
        expect.arrayContaining(['unreadable tree/d2/bad-\uFFFD', 'unreadable tree/d6/dir-\uFFFD'])
      )
      const detail = result.skipped.find((item) => item.path.endsWith('bad-\uFFFD'))?.detail
      expect(detail).toContain('not valid UTF-8')
    }
  })

  it('collects a tree big enough to start it on its own (claims and steals) the same', async () => {
    const entries: string[] = []
    for (let d = 0; d < 40; d++) for (let f = 0; f < 80; f++) entries.push(`big/d${d}/f${f}`)
    const big = makeTree(tempDir(), entries)
    process.env.SIMVUE_UPLOAD_WALK_HELPER = 'off'
    const alone = await collect(big, ['big'])
    delete process.env.SIMVUE_UPLOAD_WALK_HELPER
    const helped = await collect(big, ['big'])
    expect(alone.paths).toHaveLength(3200)
    expect(helped.paths).toEqual(alone.paths)
    expect(helped.skips).toEqual(alone.skips)
  })
})
