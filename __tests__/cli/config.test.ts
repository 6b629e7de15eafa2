/** simvue.toml discovery (real temp trees) and the precedence of flag, environment and file. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findConfigFile, readConfigFile } from '../../src/cli/config-file.ts'
import { resolveCredentials } from '../../src/cli/credentials.ts'

/** home/ and home/project/case/run, with config files where asked. */
function tree(files: Record<string, string>): { root: string; home: string; deep: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sua-cfg-'))
  const home = path.join(root, 'home')
  const deep = path.join(home, 'project', 'case', 'run')
  mkdirSync(deep, { recursive: true })
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, name), content)
  return { root, home, deep }
}

const server = (url: string, token = 'tok'): string =>
  `[server]\nurl = "${url}"\ntoken = "${token}"\n`

describe('findConfigFile follows the Python client search order', () => {
  const cases: { files: string[]; found: string | null }[] = [
    { files: [], found: null },
    { files: ['home/.simvue.toml'], found: 'home/.simvue.toml' },
    { files: ['home/simvue.toml', 'home/.simvue.toml'], found: 'home/simvue.toml' },
    {
      files: ['home/project/case/run/simvue.toml', 'home/simvue.toml'],
      found: 'home/project/case/run/simvue.toml'
    },
    // simvue.toml in any parent beats .simvue.toml in the current directory.
    {
      files: ['home/project/simvue.toml', 'home/project/case/run/.simvue.toml'],
      found: 'home/project/simvue.toml'
    },
    { files: ['home/project/case/.simvue.toml', 'home/simvue.toml'], found: 'home/simvue.toml' },
    { files: ['home/project/case/.simvue.toml'], found: 'home/project/case/.simvue.toml' }
  ]
  it.each(cases)('$files -> $found', ({ files, found }) => {
    const t = tree(Object.fromEntries(files.map((f) => [f, server('https://x.example')])))
    const outside = mkdtempSync(path.join(os.tmpdir(), 'sua-home-'))
    // The home directory is searched also when the current one is not below it.
    expect(findConfigFile(t.deep, t.home)).toBe(found ? path.join(t.root, found) : null)
    const homeOnly = files.filter((f) => path.dirname(f) === 'home')
    const expected = homeOnly.length ? path.join(t.root, homeOnly[0]!) : null
    expect(findConfigFile(outside, t.home)).toBe(expected)
  })
})

describe('readConfigFile', () => {
  it('reads [server] and profiles', () => {
    const t = tree({
      'home/simvue.toml':
        server('https://main.example', 'main-token') +
        '[run]\nfolder = "/x"\n[profiles.staging]\nurl = "https://staging.example"\ntoken = "st"\n'
    })
    const file = path.join(t.home, 'simvue.toml')
    expect(readConfigFile(file, null)).toEqual({
      path: file,
      profile: null,
      section: '[server]',
      server: { url: 'https://main.example', token: 'main-token' }
    })
    expect(readConfigFile(file, 'staging').server).toEqual({
      url: 'https://staging.example',
      token: 'st'
    })
    expect(() => readConfigFile(file, 'prod')).toThrow(
      /Profile prod is not in .*its profiles: staging/
    )
  })

  it('names the file and line of a TOML error without quoting the file', () => {
    const t = tree({ 'home/simvue.toml': '[server]\ntoken = eyJsecret\n' })
    const read = () => readConfigFile(path.join(t.home, 'simvue.toml'), null)
    expect(read).toThrow(
      /Cannot read the Simvue configuration file .*simvue\.toml: Invalid TOML document: .*\(line 2, column \d+\)/
    )
    try {
      read()
    } catch (error) {
      expect(String(error)).not.toContain('eyJsecret')
    }
  })

  it('refuses a url that is not a string', () => {
    const t = tree({ 'home/simvue.toml': '[server]\nurl = 42\n' })
    expect(() => readConfigFile(path.join(t.home, 'simvue.toml'), null)).toThrow(
      /url in \[server\] of .* must be a string/
    )
  })
})

describe('resolveCredentials', () => {
  it('environment beats the file, the flag beats both for the URL; empty counts as missing', () => {
    const t = tree({ 'home/simvue.toml': server('https://file.example', 'file-token') })
    const base = { cwd: t.deep, home: t.home, profile: null }
    const fromFile = resolveCredentials({
      ...base,
      flagUrl: null,
      env: { SIMVUE_URL: '', SIMVUE_TOKEN: ' ' }
    })
    expect(fromFile).toMatchObject({ url: 'https://file.example', token: 'file-token' })
    expect(fromFile.urlFrom).toEqual({
      kind: 'file',
      name: `[server] in ${path.join(t.home, 'simvue.toml')}`
    })
    const fromEnv = resolveCredentials({
      ...base,
      flagUrl: null,
      env: { SIMVUE_URL: 'https://env.example', SIMVUE_TOKEN: 'env-token' }
    })
    expect(fromEnv).toMatchObject({ url: 'https://env.example', token: 'env-token', file: null })
    const fromFlag = resolveCredentials({ ...base, flagUrl: 'https://flag.example', env: {} })
    expect(fromFlag).toMatchObject({
      url: 'https://flag.example',
      urlFrom: { kind: 'flag', name: '--server-url' },
      token: 'file-token'
    })
  })

  it('selects a profile by --profile, else SIMVUE_SERVER_PROFILE, and notes what the environment overrides', () => {
    const t = tree({
      'home/.simvue.toml':
        server('https://main.example') +
        '[profiles.hpc]\nurl = "https://hpc.example"\ntoken = "hpc-t"\n'
    })
    const base = { cwd: t.deep, home: t.home, flagUrl: null }
    expect(resolveCredentials({ ...base, profile: 'hpc', env: {} }).url).toBe('https://hpc.example')
    expect(
      resolveCredentials({ ...base, profile: null, env: { SIMVUE_SERVER_PROFILE: 'hpc' } }).token
    ).toBe('hpc-t')
    const mixed = resolveCredentials({
      ...base,
      profile: 'hpc',
      env: { SIMVUE_URL: 'https://env.example' }
    })
    expect(mixed.url).toBe('https://env.example')
    expect(mixed.token).toBe('hpc-t')
    expect(mixed.notes.map(String)).toEqual([
      'The url of profile hpc is not used: SIMVUE_URL wins.'
    ])
    expect(() => resolveCredentials({ ...base, profile: 'nope', env: {} })).toThrow(
      /Profile nope is not in/
    )
  })

  it('a profile without any configuration file is an error naming where it looked', () => {
    const t = tree({})
    expect(() =>
      resolveCredentials({ cwd: t.deep, home: t.home, flagUrl: null, profile: 'x', env: {} })
    ).toThrow(
      /Profile x was asked for \(--profile\), but no simvue\.toml or \.simvue\.toml was found in .*run, its parents or the home directory/
    )
  })

  it('does not read a file when the environment gives everything', () => {
    const t = tree({ 'home/simvue.toml': 'not toml at all [' })
    const env = { SIMVUE_URL: 'https://env.example', SIMVUE_TOKEN: 't' }
    expect(
      resolveCredentials({ cwd: t.deep, home: t.home, flagUrl: null, profile: null, env }).file
    ).toBeNull()
  })
})
