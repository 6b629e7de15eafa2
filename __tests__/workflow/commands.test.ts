/** The workflow commands and environment files, in the format the runner parses. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseOutputs } from '../../dev-server/runner.ts'
import * as workflow from '../../src/workflow/commands.ts'
import { appendSummary, outputEntry, setOutput } from '../../src/workflow/files.ts'

let printed: string[]
const savedEnv = { ...process.env }
const savedExitCode = process.exitCode

beforeEach(() => {
  printed = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk))
    return true
  })
})

afterEach(() => {
  vi.restoreAllMocks()
  process.env = { ...savedEnv }
  process.exitCode = savedExitCode
})

describe('commandLine', () => {
  it.each([
    ['plain', 'warning', {}, 'disk is full', '::warning::disk is full'],
    ['percent first', 'debug', {}, '100%\n', '::debug::100%25%0A'],
    ['CR and LF', 'error', {}, 'a\r\nb', '::error::a%0D%0Ab'],
    ['a title', 'error', { title: 'Upload: a,b' }, 'x', '::error title=Upload%3A a%2Cb::x'],
    ['empty properties dropped', 'warning', { title: '' }, 'x', '::warning::x'],
    ['a mask', 'add-mask', {}, 's3cr%t', '::add-mask::s3cr%25t'],
    ['an output', 'set-output', { name: 'a' }, 'v', '::set-output name=a::v']
  ])('%s', (_case, name, properties, message, expected) => {
    expect(workflow.commandLine(name, properties, message)).toBe(expected)
  })
})

describe('log commands', () => {
  it('prints each command on its own line', async () => {
    workflow.info('hello')
    workflow.debug('detail')
    workflow.warning('careful\nnow')
    workflow.error('failed', { title: 'Upload failed: a.txt' })
    workflow.setSecret('token-value')
    const value = await workflow.group('Step', async () => {
      workflow.info('inside')
      return 42
    })
    expect(value).toBe(42)
    expect(printed.join('')).toBe(
      [
        'hello',
        '::debug::detail',
        '::warning::careful%0Anow',
        '::error title=Upload failed%3A a.txt::failed',
        '::add-mask::token-value',
        '::group::Step',
        'inside',
        '::endgroup::',
        ''
      ].join(os.EOL)
    )
  })

  it('closes a group when its work throws', async () => {
    await expect(workflow.group('Step', () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom'
    )
    expect(printed.at(-1)).toBe(`::endgroup::${os.EOL}`)
  })

  it('setFailed marks the step failed and prints an error annotation', () => {
    workflow.setFailed('Input `run` is required')
    expect(process.exitCode).toBe(1)
    expect(printed).toEqual([`::error::Input \`run\` is required${os.EOL}`])
  })

  it.each([
    ['1', true],
    ['0', false],
    ['true', false],
    [undefined, false]
  ])('isDebug with RUNNER_DEBUG=%s is %s', (value, expected) => {
    if (value === undefined) delete process.env.RUNNER_DEBUG
    else process.env.RUNNER_DEBUG = value
    expect(workflow.isDebug()).toBe(expected)
  })
})

describe('environment files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sua-workflow-'))

  it('writes outputs as delimited entries the runner reads back', () => {
    const file = path.join(dir, 'output')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    setOutput('artifacts', '[{"name":"a\nb"}]')
    setOutput('run-id', '')
    const text = readFileSync(file, 'utf8')
    expect(text).toMatch(/^artifacts<<ghadelimiter_[0-9a-f-]{36}\n/)
    expect(parseOutputs(text)).toEqual({ artifacts: '[{"name":"a\nb"}]', 'run-id': '' })
    expect(printed).toEqual([])
  })

  it('uses a fresh delimiter per output and refuses a value that contains it', () => {
    expect(outputEntry('n', 'v', 'D')).toBe(`n<<D${os.EOL}v${os.EOL}D${os.EOL}`)
    expect(() => outputEntry('n', 'a D b', 'D')).toThrow('contains its delimiter')
  })

  it('falls back to the set-output command without GITHUB_OUTPUT', () => {
    delete process.env.GITHUB_OUTPUT
    setOutput('total-bytes', '12')
    expect(printed.join('')).toBe(`${os.EOL}::set-output name=total-bytes::12${os.EOL}`)
  })

  it('appends to the job summary, and says when there is none', async () => {
    const file = path.join(dir, 'summary')
    writeFileSync(file, '# earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = file
    expect(await appendSummary('| a | b |\n')).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe('# earlier step\n| a | b |\n')
    delete process.env.GITHUB_STEP_SUMMARY
    expect(await appendSummary('x')).toBe(false)
  })
})
