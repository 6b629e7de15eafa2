import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NAME_REGEX } from '../../src/config.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import {
  artifactName,
  isPlainValidName,
  nameProblems,
  plainNamer,
  type NamingOptions
} from '../../src/plan/naming.js'
import type { CollectedFile } from '../../src/plan/types.js'

/** The regex-only check the fast scan stands in for (DESIGN §4 Names). */
function regexValid(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are refused
  const control = /[\u0000-\u001f\u007f-\u009f]/u
  const structure = /^\/|\/\/|\/$|(?:^|\/)\.{1,2}(?:\/|$)/
  return NAME_REGEX.test(name) && !control.test(name) && !structure.test(name)
}

const TRICKY_NAMES = [
  '',
  'a',
  '.',
  '..',
  '...',
  '.a',
  'a.',
  '..a',
  'a..',
  'a/.',
  'a/..',
  './a',
  '../a',
  'a/./b',
  'a/../b',
  'a/.../b',
  'a/.b/c',
  'a//b',
  '/a',
  'a/',
  '/',
  '//',
  'a b',
  ' ',
  'a:b',
  'a-b_c.d',
  'dir/sub/file-1.json',
  'a\tb',
  'a\nb',
  'a\rb',
  'a\u000bb',
  'a\u000cb',
  'a\u007fb',
  'a\u0085b',
  'a\u00a0b',
  '\u00a0',
  'a\u1680b',
  'a\u2000b',
  'a\u200ab',
  'a\u2028b',
  'a\u2029b',
  'a\u202fb',
  'a\u205fb',
  'a\u3000b',
  'a\ufeffb',
  'a\u200bb',
  'café',
  'a\\b',
  'a"b',
  "a'b",
  'a~b',
  'a(1)',
  'a\ud800b',
  '😀'
]

describe('isPlainValidName', () => {
  it.each(TRICKY_NAMES)('%j: never accepts what the regexes refuse', (name) => {
    if (isPlainValidName(name)) expect(regexValid(name)).toBe(true)
    expect(nameProblems(name).length === 0).toBe(regexValid(name))
  })

  it('agrees with the regexes on printable ASCII and defers on everything else', () => {
    const mismatches: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      const printable = code >= 0x20 && code < 0x7f
      for (const name of [char, `a${char}b`, `a/${char}`, `${char}${char}/b`]) {
        const plain = isPlainValidName(name)
        if (plain ? !regexValid(name) : printable && regexValid(name)) mismatches.push(name)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('lets Unicode spaces that NAME_REGEX allows through nameProblems', () => {
    expect(isPlainValidName('a\u00a0b')).toBe(false)
    expect(nameProblems('a\u00a0b')).toEqual([])
    expect(nameProblems('a\u3000b')).toEqual([])
  })
})

describe('plainNamer', () => {
  const paths = [
    '/work/a/b.txt',
    '/work/b.txt',
    '/work/a b/c:d.txt',
    '/work/.hidden/x',
    '/work/a/../b.txt',
    '/work/./b.txt',
    '/work//b.txt',
    '/work/café.txt',
    '/work/a\\b.txt',
    '/work/tab\there',
    '/workshop/x.txt',
    '/other/x.txt',
    '/work',
    '/work/',
    '/work/dir/',
    '/x.txt'
  ]
  const optionSets: NamingOptions[] = []
  for (const preservePath of [false, true]) {
    for (const workingDirectory of ['/work', '/work/', '/', '/work/./sub/..', '/w//x']) {
      for (const namePrefix of ['', 'linux/', 'run-1-', '/abs/', './', 'a//', 'é/']) {
        optionSets.push({ preservePath, workingDirectory, namePrefix })
      }
    }
  }

  it('gives artifactName’s name whenever it gives one, on posix', () => {
    let decided = 0
    for (const options of optionSets) {
      const name = plainNamer(options, path.posix)
      for (const localPath of paths) {
        const fast = name(localPath)
        if (fast === null) continue
        decided++
        expect(
          artifactName(localPath, options, path.posix),
          `${localPath} ${JSON.stringify(options)}`
        ).toEqual({ name: fast })
      }
    }
    expect(decided).toBeGreaterThan(50)
  })

  it('leaves Windows paths to artifactName', () => {
    const name = plainNamer(
      { preservePath: true, workingDirectory: 'C:\\work', namePrefix: '' },
      path.win32
    )
    expect(name('C:\\work\\a\\b.txt')).toBeNull()
  })
})

describe('buildPlan ordering shortcuts', () => {
  const file = (filePath: string): CollectedFile => ({ path: filePath, size: 1, line: 'x' })
  const plan = (
    files: CollectedFile[],
    preservePath: boolean,
    objects: Record<string, unknown> | null = null
  ) =>
    buildPlan({
      files,
      objects,
      preservePath,
      workingDirectory: '/w',
      namePrefix: '',
      explicitName: null,
      mimeType: null
    })

  it('keeps sorted preserve-path plans as they are and sorts anything else', () => {
    const sorted = ['/w/a.txt', '/w/a/b.txt', '/w/b.txt'].map(file)
    expect(plan(sorted, true).map((e) => e.name)).toEqual(['a.txt', 'a/b.txt', 'b.txt'])
    const basenames = ['/w/x/b.txt', '/w/y/a.txt'].map(file)
    expect(plan(basenames, false).map((e) => e.name)).toEqual(['a.txt', 'b.txt'])
    expect(plan(sorted, true, { '0first': 1 }).map((e) => e.name)).toEqual([
      '0first',
      'a.txt',
      'a/b.txt',
      'b.txt'
    ])
  })

  it('still finds collisions in input that is already in order, wherever they are', () => {
    const files = ['/w/a/x.txt', '/w/b/y.txt', '/w/c/y.txt', '/w/d/z.txt'].map(file)
    expect(() => plan(files, false)).toThrow(/2 entries would be named "y.txt"/)
  })
})
