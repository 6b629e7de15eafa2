import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Excludes } from '../../src/plan/excludes.js'
import { parsePathLines } from '../../src/plan/glob-syntax.js'

const posix = { workingDirectory: '/w', home: '/home/me', pathApi: path.posix }
const win = { workingDirectory: 'C:\\w', home: 'C:\\Users\\me', pathApi: path.win32 }

function excludes(lines: string[], windows = false): Excludes {
  const context = windows ? win : posix
  return new Excludes(parsePathLines(lines, context), windows, context.pathApi)
}

describe('Excludes', () => {
  it.each([
    // [exclude lines, path, is a directory, excluded]
    [['!reports/tmp'], '/w/reports/tmp', true, true],
    [['!reports/tmp'], '/w/reports/tmp/a/b.txt', false, true],
    [['!reports/tmp'], '/w/reports/tmpfile', false, false],
    [['!reports/tmp/'], '/w/reports/tmp', false, false],
    [['!reports/tmp/'], '/w/reports/tmp', true, true],
    [['!reports/tmp/'], '/w/reports/tmp/x', false, true],
    [['!reports/tmp/**'], '/w/reports/tmp/deep/x', false, true],
    [['!**/node_modules/**'], '/w/src/lib/node_modules/pkg/x.js', false, true],
    [['!**/node_modules/**'], '/w/src/main.js', false, false],
    [['!**/.cache'], '/w/reports/.cache', true, true],
    [['!**/.cache'], '/w/reports/.cache/entry', false, true],
    [['!out*/'], '/w/output', false, false],
    [['!out*/'], '/w/output/x', false, true],
    [['!*.log'], '/w/a.log', false, true],
    [['!*.log'], '/w/sub/a.log', false, false],
    [['!logs/run (1)/*.txt'], '/w/logs/run (1)/a.txt', false, true],
    [['!logs/run (1)/*.txt'], '/w/logs/run 1/a.txt', false, false],
    [['!/', '!a'], '/w/a', false, true],
    [['!a', '!b/*', '!c/**'], '/w/z', false, false],
    [['!src/**'], '/w/src/lib', true, true]
  ])('%j: %s (directory %s) → %s', (lines, target, isDirectory, expected) => {
    expect(excludes(lines).matches(target, isDirectory)).toBe(expected)
  })

  it('ignores case and takes either separator on Windows', () => {
    const set = excludes(['!Reports\\TMP', '!**/*.LOG'], true)
    expect(set.matches('C:\\w\\reports\\tmp\\x.txt', false)).toBe(true)
    expect(set.matches('C:\\W\\A\\B.log', false)).toBe(true)
    expect(set.matches('C:\\w\\a\\b.txt', false)).toBe(false)
  })
})
