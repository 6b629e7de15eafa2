/** Input parsers and environment inputs: pure, table-driven (e2e covers the wiring). */
import { describe, expect, it } from 'vitest'
import { readServer, readToken, requireToken } from '../src/inputs.js'
import type { InputName, InputSource } from '../src/input-source.js'
import {
  parseBoolean,
  parseChoice,
  parseInteger,
  parseJsonObject,
  parseMetadata
} from '../src/input-parsers.js'

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['', true],
    ['  ', true]
  ])('%j → %s (fallback true)', (raw, value) => {
    expect(parseBoolean('input `x`', raw, true)).toBe(value)
  })
  it.each(['yes', '1', 'on', 'tru'])('refuses %j naming the input', (raw) => {
    expect(() => parseBoolean('input `dry-run`', raw, false)).toThrow(
      /`dry-run`.*`true` or `false`/
    )
  })
})

describe('parseInteger', () => {
  it.each([
    ['', 7],
    ['1', 1],
    [' 64 ', 64]
  ])('%j → %d', (raw, value) => {
    expect(parseInteger('input `concurrency`', raw, 7, 1, 64)).toBe(value)
  })
  it.each(['0', '65', '-1', '1.5', '1e3', 'ten'])('refuses %j', (raw) => {
    expect(() => parseInteger('input `concurrency`', raw, 7, 1, 64)).toThrow(
      /`concurrency`.*1 to 64/
    )
  })
})

describe('parseChoice', () => {
  const choices = ['input', 'output', 'code'] as const
  it('accepts exact values and falls back on empty', () => {
    expect(parseChoice('input `category`', 'code', choices, 'output')).toBe('code')
    expect(parseChoice('input `category`', '', choices, 'output')).toBe('output')
  })
  it.each([
    ['outputs', /did you mean `output`/],
    ['Input', /did you mean `input`/],
    ['data', /one of `input`, `output`, `code`\./]
  ])('refuses %j', (raw, message) => {
    expect(() => parseChoice('input `category`', raw, choices, 'output')).toThrow(message)
  })
})

describe('JSON inputs', () => {
  it('parses objects and treats empty as null', () => {
    expect(parseJsonObject('objects', ' {"a": [1]} ')).toEqual({ a: [1] })
    expect(parseJsonObject('objects', '')).toBeNull()
  })
  it.each([
    ['[1]', /an array/],
    ['null', /null/],
    ['3', /a number/],
    ['{a: 1}', /not valid JSON/]
  ])('refuses %j', (raw, message) => {
    expect(() => parseJsonObject('objects', raw)).toThrow(message)
  })
  it('checks metadata keys and reserves github', () => {
    expect(parseMetadata('metadata', '{"suite name": "x", "v1.2": 3}')).toEqual({
      'suite name': 'x',
      'v1.2': 3
    })
    expect(() => parseMetadata('metadata', '{"a/b": 1}')).toThrow(/"a\/b"/)
    expect(() => parseMetadata('metadata', '{"github": {}}')).toThrow(/reserved|rename/)
  })
})

describe('server URL and token', () => {
  it('prefers the inputs and treats empty as missing', () => {
    expect(readToken('', { SIMVUE_TOKEN: ' env-token ' })).toBe('env-token')
    expect(readToken('input-token', { SIMVUE_TOKEN: 'env-token' })).toBe('input-token')
    expect(readToken(' ', { SIMVUE_TOKEN: '' })).toBe('')
    const server = readServer(source(''), { SIMVUE_URL: 'https://simvue.example' }, options(false))
    expect(server?.apiUrl).toBe('https://simvue.example/api')
    expect(
      readServer(source('https://other.example/api'), { SIMVUE_URL: 'x' }, options(false))?.apiUrl
    ).toBe('https://other.example/api')
  })
  it('says whether a variable is unset or empty, and allows both in a dry run', () => {
    expect(() => readServer(source(''), {}, options(false))).toThrow(/SIMVUE_URL is not set/)
    expect(() => readServer(source(''), { SIMVUE_URL: '' }, options(false))).toThrow(
      /set but empty/
    )
    expect(readServer(source(''), {}, options(true))).toBeNull()
    expect(() => requireToken('', source(''), { SIMVUE_TOKEN: '' }, false)).toThrow(
      /set but empty.*Set it/
    )
    expect(requireToken('', source(''), {}, true)).toBe('')
  })
})

/** The action's spelling, with `serverUrl` as input `server-url`. */
function source(serverUrl: string): InputSource {
  return {
    value: (name: InputName) => (name === 'server-url' ? serverUrl : ''),
    describe: (name) => `input \`${name}\``,
    suggest: (name, value) => `\`${name}: ${value}\``,
    missing: () => 'Set it.'
  }
}

function options(dryRun: boolean) {
  return { dryRun, allowInsecureHttp: false }
}
