import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { compileSegment, isMagic, segmentMatches } from '../../src/plan/glob-segment.js'
import { ALL, DEAD, SegmentMatcher } from '../../src/plan/matcher.js'
import { parsePathLines } from '../../src/plan/path-lines.js'

const posix = { workingDirectory: '/work/repo', home: '/home/me', pathApi: path.posix }
const win = { workingDirectory: 'C:\\work\\repo', home: 'C:\\Users\\me', pathApi: path.win32 }

function summary(lines: string[], context = posix) {
  return parsePathLines(lines, context).map((line) => ({
    text: line.text,
    exclude: line.exclude,
    root: line.root,
    glob: line.glob.length,
    directoryOnly: line.directoryOnly
  }))
}

describe('parsePathLines', () => {
  it.each([
    ['results/**/*.json', '/work/repo/results', 2, false, false],
    ['reports/', '/work/repo/reports', 0, false, true],
    ['!reports/tmp/**', '/work/repo/reports/tmp', 1, true, false],
    ['!!a.txt', '/work/repo/a.txt', 0, false, false],
    ['./x/../y/*.txt', '/work/repo/y', 1, false, false],
    ['../sibling/*', '/work/sibling', 1, false, false],
    ['~', '/home/me', 0, false, false],
    ['~/cache/**', '/home/me/cache', 1, false, false],
    ['/abs/path', '/abs/path', 0, false, false],
    ['.', '/work/repo', 0, false, false],
    ['x[[]1].txt', '/work/repo/x[1].txt', 0, false, false],
    ['a\\*b/c', '/work/repo/a*b/c', 0, false, false],
    ['*', '/work/repo', 1, false, false]
  ])('%s', (line, root, glob, exclude, directoryOnly) => {
    expect(summary([line])).toEqual([{ text: line, root, glob, exclude, directoryOnly }])
  })

  it('trims lines and drops blanks and comments', () => {
    expect(
      summary(['  a.txt  ', '', '   ', '# note', '  # indented note']).map((l) => l.text)
    ).toEqual(['a.txt'])
  })

  it('resolves Windows lines with either separator', () => {
    expect(summary(['src\\**\\*.txt', 'C:/other/x.txt', 'out\\', '~\\cache'], win)).toEqual([
      {
        text: 'src\\**\\*.txt',
        exclude: false,
        root: 'C:\\work\\repo\\src',
        glob: 2,
        directoryOnly: false
      },
      {
        text: 'C:/other/x.txt',
        exclude: false,
        root: 'C:\\other\\x.txt',
        glob: 0,
        directoryOnly: false
      },
      { text: 'out\\', exclude: false, root: 'C:\\work\\repo\\out', glob: 0, directoryOnly: true },
      {
        text: '~\\cache',
        exclude: false,
        root: 'C:\\Users\\me\\cache',
        glob: 0,
        directoryOnly: false
      }
    ])
  })

  it('refuses empty excludes, bad classes and absurdly long patterns, naming the input', () => {
    expect(() => parsePathLines(['!'], posix)).toThrow(InputError)
    expect(() => parsePathLines(['[z-a]*'], posix)).toThrow(/path: "\[z-a\]\*"/)
    expect(() => parsePathLines([Array(31).fill('*').join('/')], posix)).toThrow(/at most 30/)
    expect(() => parsePathLines(['~/x'], { ...posix, home: '' })).toThrow(/home directory/)
  })
})

describe('glob segments', () => {
  const unix = { windows: false }
  const matches = (pattern: string, name: string, syntax = unix): boolean => {
    const segment = compileSegment(pattern, syntax)
    return segmentMatches(segment, name, syntax.windows ? name.toLowerCase() : name)
  }

  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', '.txt', true],
    ['*.txt', 'a.txt.bak', false],
    ['?.txt', 'ab.txt', false],
    ['?.txt', 'é.txt', true],
    ['[abc].txt', 'b.txt', true],
    ['[!abc].txt', 'b.txt', false],
    ['[^abc].txt', 'd.txt', true],
    ['[a-c]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['[[:digit:]]*', '7up', true],
    ['[[:digit:]]*', 'up', false],
    ['[]]', ']', true],
    ['a[-]b', 'a-b', true],
    ['{a,b}.txt', '{a,b}.txt', true],
    ['{a,b}.txt', 'a.txt', false],
    ['+(a)', '+(a)', true],
    ['a\\?', 'a?', true],
    ['a\\?', 'ab', false],
    ['[unclosed', '[unclosed', true],
    ['(x).txt', '(x).txt', true],
    ['*-*', 'a-b', true]
  ])('%s ~ %s → %s', (pattern, name, expected) => {
    expect(matches(pattern, name)).toBe(expected)
  })

  it('ignores case on Windows only, where \\ is not an escape', () => {
    const windows = { windows: true }
    expect(matches('*.TXT', 'a.txt', windows)).toBe(true)
    expect(matches('README.md', 'readme.MD', windows)).toBe(true)
    expect(matches('*.TXT', 'a.txt')).toBe(false)
    expect(isMagic('a\\*', unix)).toBe(false)
  })

  it('marks segments that start with a literal dot', () => {
    expect(compileSegment('.coverage', unix)).toMatchObject({ kind: 'literal', dotLiteral: true })
    expect(compileSegment('.*', unix)).toMatchObject({ kind: 'pattern', dotLiteral: true })
    expect(compileSegment('*', unix)).toMatchObject({ kind: 'pattern', dotLiteral: false })
    expect(compileSegment('[.]x', unix)).toMatchObject({ kind: 'literal', dotLiteral: true })
  })
})

describe('SegmentMatcher', () => {
  const unix = { windows: false }
  const matcher = (...segments: string[]) =>
    new SegmentMatcher(
      segments.map((segment) => compileSegment(segment, unix)),
      false
    )
  const walk = (m: SegmentMatcher, names: string[], strict = false) => {
    let state = m.start
    for (const name of names) state = m.step(m.descend(state), name, name, strict)
    return state
  }

  it('matches ** across any depth, including none', () => {
    const m = matcher('**', '*.json')
    expect(m.matches(walk(m, ['a.json']), false)).toBe(true)
    expect(m.matches(walk(m, ['x', 'y', 'a.json']), false)).toBe(true)
    expect(m.matches(walk(m, ['x', 'a.txt']), false)).toBe(false)
  })

  it('matches everything below a matched directory (implicit descendants)', () => {
    const m = matcher('rep*')
    expect(m.descend(walk(m, ['reports']))).toBe(ALL)
    expect(walk(m, ['reports', 'a', 'b.txt'])).toBe(ALL)
    expect(walk(m, ['other'])).toBe(DEAD)
  })

  it('refuses dot names to wildcards when strict, not to literal dot segments', () => {
    const m = matcher('**', '.coverage')
    expect(walk(m, ['.tox'], true)).toBe(DEAD)
    expect(m.matches(walk(m, ['pkg', '.coverage'], true), false)).toBe(true)
    expect(walk(m, ['.tox', '.coverage'], false)).not.toBe(DEAD)
  })

  it('requires a directory for trailing-separator patterns', () => {
    const m = new SegmentMatcher([compileSegment('out*', unix)], true)
    expect(m.matches(walk(m, ['output']), false)).toBe(false)
    expect(m.matches(walk(m, ['output']), true)).toBe(true)
  })
})
