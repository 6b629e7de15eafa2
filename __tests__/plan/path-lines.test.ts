import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { parsePathLines, readSegment } from '../../src/plan/glob-syntax.js'
import { LineMatcher } from '../../src/plan/line-matcher.js'

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
    ['*', '/work/repo', 1, false, false],
    ['logs/run (1)/*.txt', '/work/repo/logs/run (1)', 1, false, false],
    ['{a,b}/+(x)/*', '/work/repo/{a,b}/+(x)', 1, false, false]
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
    expect(() => parsePathLines(['~/x'], { ...posix, home: '' })).toThrow(/home directory/)
  })
})

/** A matcher for one line below its root (`/work/repo` + the line's literal part). */
function matcher(line: string, options: { hidden?: boolean; context?: typeof posix } = {}) {
  const [parsed] = parsePathLines([line], options.context ?? posix)
  const nocase = (options.context ?? posix) === win
  return new LineMatcher(parsed, { includeHiddenFiles: options.hidden ?? false, nocase })
}

describe('pattern syntax (translated for picomatch)', () => {
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
    ['*[]]', 'a]', true],
    ['*a[-]b', 'a-b', true],
    ['*{a,b}.txt', '{a,b}.txt', true],
    ['*{a,b}.txt', 'a.txt', false],
    ['*+(a)', '+(a)', true],
    ['*+(a)', 'a', false],
    ['*@(a|b)', '@(a|b)', true],
    ['*a\\?', 'xa?', true],
    ['*a\\?', 'xab', false],
    ['*[unclosed', '[unclosed', true],
    ['*(x).txt', '(x).txt', true],
    ['*(x).txt', 'x.txt', false],
    ['*-*', 'a-b', true],
    ['*$^.txt', 'x$^.txt', true],
    ['**/*.json', 'a/b/c.json', true],
    ['**/*.json', 'c.json', true],
    ['*/*.json', 'c.json', false]
  ])('%s ~ %s → %s (hidden rule aside)', (pattern, relative, expected) => {
    expect(matcher(pattern).matchesFile(relative, false)).toBe(expected)
  })

  it('ignores case on Windows only, where \\ is a separator', () => {
    expect(matcher('*.TXT', { context: win }).matchesFile('a.txt')).toBe(true)
    expect(matcher('READ*.md', { context: win }).matchesFile('readme.MD')).toBe(true)
    expect(matcher('*.TXT').matchesFile('a.txt')).toBe(false)
    expect(readSegment('a\\*', false).magic).toBe(false)
    expect(readSegment('a\\*', true).magic).toBe(true)
  })
})

describe('LineMatcher', () => {
  it('matches ** across any depth, including none', () => {
    const m = matcher('**/*.json')
    expect(m.matchesFile('a.json')).toBe(true)
    expect(m.matchesFile('x/y/a.json')).toBe(true)
    expect(m.matchesFile('x/a.txt')).toBe(false)
  })

  it('matches everything below a matched directory (implicit descendants)', () => {
    const m = matcher('rep*')
    expect(m.matchesFile('reports/a/b.txt')).toBe(true)
    expect(m.coversDirectory('reports')).toBe(true)
    expect(m.reachesDirectory(['reports', 'a'])).toBe(true)
    expect(m.reachesDirectory(['other'])).toBe(false)
    expect(matcher('src').coversDirectory('')).toBe(true)
  })

  it('refuses dot names to wildcards when strict, not to segments that spell the dot', () => {
    const m = matcher('**/.coverage')
    expect(m.reachesDirectory(['.tox'])).toBe(false)
    expect(m.reachesDirectory(['.tox'], false)).toBe(true)
    expect(m.matchesFile('pkg/.coverage')).toBe(true)
    expect(m.matchesFile('.tox/.coverage')).toBe(false)
    expect(m.matchesFile('.tox/.coverage', false)).toBe(true)
    expect(matcher('results').matchesFile('.cache/x')).toBe(false)
    expect(matcher('results', { hidden: true }).matchesFile('.cache/x')).toBe(true)
    expect(matcher('.*').matchesFile('.env')).toBe(true)
  })

  it('requires a directory for trailing-separator patterns', () => {
    const m = matcher('out*/')
    expect(m.matchesFile('output')).toBe(false)
    expect(m.matchesFile('output/x')).toBe(true)
    expect(m.coversDirectory('output')).toBe(true)
  })
})
