import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { artifactName, nameProblems, type NamingOptions } from '../../src/plan/naming.js'

/** artifactName with its problem rendered as plain text (messages keep values apart). */
function named(...args: Parameters<typeof artifactName>): { name: string } | { problem: string } {
  const result = artifactName(...args)
  return 'problem' in result ? { problem: String(result.problem) } : result
}

const posixDefaults: NamingOptions = {
  preservePath: false,
  workingDirectory: '/work',
  namePrefix: ''
}
const winDefaults: NamingOptions = {
  preservePath: false,
  workingDirectory: 'C:\\work',
  namePrefix: ''
}

describe('artifactName', () => {
  it.each([
    // [local path, options, expected name]
    ['/work/a/b.txt', {}, 'b.txt'],
    ['/work/a/b.txt', { preservePath: true }, 'a/b.txt'],
    ['/work/a/b.txt', { namePrefix: 'linux/' }, 'linux/b.txt'],
    ['/work/a/b.txt', { preservePath: true, namePrefix: 'linux/' }, 'linux/a/b.txt'],
    ['/work/a/b.txt', { namePrefix: 'run-1-' }, 'run-1-b.txt'],
    ['/work/my report.txt', {}, 'my report.txt'],
    ['/work/time 12:30.log', {}, 'time 12:30.log'],
    ['/work/A.txt', {}, 'A.txt'],
    ['/work/a.txt', {}, 'a.txt'],
    ['/other/x.txt', {}, 'x.txt'],
    ['/work/sub/dir/../x.txt', { preservePath: true }, 'sub/x.txt']
  ])('posix %s %j → %s', (localPath, options, expected) => {
    expect(named(localPath, { ...posixDefaults, ...options }, path.posix)).toEqual({
      name: expected
    })
  })

  it.each([
    ['C:\\work\\a\\b.txt', {}, 'b.txt'],
    ['C:\\work\\a\\b.txt', { preservePath: true }, 'a/b.txt'],
    ['c:\\WORK\\a\\b.txt', { preservePath: true }, 'a/b.txt'],
    ['C:\\work\\a\\b.txt', { preservePath: true, namePrefix: 'windows/' }, 'windows/a/b.txt']
  ])('win32 %s %j → %s', (localPath, options, expected) => {
    expect(named(localPath, { ...winDefaults, ...options }, path.win32)).toEqual({
      name: expected
    })
  })

  it.each([
    ['/other/x.txt', path.posix, posixDefaults],
    ['/workshop/x.txt', path.posix, posixDefaults],
    ['D:\\work\\x.txt', path.win32, winDefaults],
    ['C:\\x.txt', path.win32, winDefaults]
  ])('preserve-path refuses %s outside the working directory', (localPath, pathApi, options) => {
    const result = named(localPath, { ...options, preservePath: true }, pathApi)
    expect(result).toEqual({ problem: expect.stringContaining('preserve-path') })
    expect('problem' in result && result.problem).toMatch(/working-directory.*`name`/)
    expect('problem' in result && result.problem).toContain(localPath)
  })

  it.each([
    ['/work/café.txt', {}, /"é"/],
    ['/work/a(1).txt', {}, /"\(", "\)"/],
    ['/work/back\\slash.txt', {}, /"\\\\"/],
    ['/work/x.txt', { namePrefix: '/abs/' }, /starts with "\/"/],
    ['/work/x.txt', { namePrefix: 'a//' }, /empty segment/],
    ['/work/x.txt', { namePrefix: './' }, /"\." or "\.\." segment/],
    ['/work/x.txt', { namePrefix: '../' }, /"\." or "\.\." segment/],
    ['/work/tab\there.txt', {}, /control characters/],
    ['/work/line\nbreak.txt', {}, /control characters/]
  ])('refuses %s %j with a reason', (localPath, options, reason) => {
    const result = named(localPath, { ...posixDefaults, ...options }, path.posix)
    expect('problem' in result).toBe(true)
    expect('problem' in result && result.problem).toMatch(reason)
  })
})

describe('nameProblems', () => {
  it.each([
    ['a.txt', []],
    ['dir/sub/a.txt', []],
    ['with space and: colon', []],
    ['', ['is empty']],
    ['/lead', ['starts with "/"']],
    ['trail/', ['has an empty segment ("//" or a trailing "/")']],
    ['.', ['has a "." or ".." segment']],
    ['a/../b', ['has a "." or ".." segment']]
  ])('%j → %j', (name, problems) => {
    expect(nameProblems(name)).toEqual(problems)
  })

  it('lists every reason at once', () => {
    const problems = nameProblems('/a//../é\u0001')
    expect(problems).toHaveLength(5)
  })

  it('is case-sensitive: names differing in case are both fine and distinct', () => {
    expect(nameProblems('A.txt')).toEqual([])
    expect(nameProblems('a.txt')).toEqual([])
  })
})

describe('name-prefix problems', () => {
  it.each([
    [
      '/w/b.txt',
      'a//',
      /^name "a\/\/b\.txt" \(from \/w\/b\.txt; name-prefix "a\/\/"\) has an empty segment/
    ],
    ['/w/b.txt', '/abs/', /name-prefix "\/abs\/"\) starts with "\/".*`name-prefix`/],
    ['/w/b.txt', '../', /name-prefix "\.\.\/"\) has a "\." or "\.\." segment/]
  ])('%s with name-prefix %j names the input', (localPath, namePrefix, message) => {
    const options = { preservePath: false, workingDirectory: '/w', namePrefix }
    expect(named(localPath, options, path.posix)).toEqual({
      problem: expect.stringMatching(message)
    })
  })

  it('does not blame the prefix for a file name that is bad on its own', () => {
    const options = { preservePath: false, workingDirectory: '/w', namePrefix: 'linux/' }
    const result = named('/w/café.txt', options, path.posix)
    expect('problem' in result && result.problem).not.toContain('name-prefix')
  })
})
