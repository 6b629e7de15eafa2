/** Flag parsing: names as action.yml spells the inputs, --no-… forms, refusals with reasons. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { BOOLEAN_INPUTS, INPUT_FLAGS, parseCliArgs } from '../../src/cli/flags.ts'
import { InputError } from '../../src/errors.ts'

const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}

describe('flags mirror the action inputs', () => {
  it('has a flag for every input except path (positional) and token (refused)', () => {
    const inputs = Object.keys(actionYml.inputs).filter(
      (name) => name !== 'path' && name !== 'token'
    )
    expect(inputs.length).toBeGreaterThan(20)
    expect([...INPUT_FLAGS].sort()).toEqual(inputs.sort())
  })

  it('treats exactly the true/false inputs as on/off flags', () => {
    const booleans = Object.entries(actionYml.inputs)
      .filter(([, spec]) => spec.default === 'true' || spec.default === 'false')
      .map(([name]) => name)
    expect([...BOOLEAN_INPUTS].sort()).toEqual(booleans.sort())
    expect(booleans).toContain('dry-run')
  })
})

describe('parseCliArgs', () => {
  const cases: { argv: string[]; inputs?: Record<string, string>; lines?: string[] }[] = [
    { argv: ['--run', 'demo', 'results/'], inputs: { run: 'demo' }, lines: ['results/'] },
    { argv: ['--run=demo', '--create-run'], inputs: { run: 'demo', 'create-run': 'true' } },
    { argv: ['--no-skip-existing'], inputs: { 'skip-existing': 'false' } },
    { argv: ['--no-follow-symbolic-links'], inputs: { 'follow-symbolic-links': 'false' } },
    {
      argv: ['--category', 'input', '--name-prefix', 'linux/', '--metadata', '{"a":1}'],
      inputs: { category: 'input', 'name-prefix': 'linux/', metadata: '{"a":1}' }
    },
    {
      argv: ['a', '!a/tmp/**', '--exclude', '*.bak', '--exclude', 'x/'],
      lines: ['a', '!a/tmp/**', '!*.bak', '!x/']
    },
    { argv: ['--', '--odd-name'], lines: ['--odd-name'] },
    { argv: ['--name-prefix=-dash'], inputs: { 'name-prefix': '-dash' } },
    { argv: ['--working-directory', 'case'], inputs: { 'working-directory': 'case' } }
  ]
  it.each(cases)('$argv', ({ argv, inputs, lines }) => {
    const args = parseCliArgs(argv)
    if (inputs) expect(Object.fromEntries(args.inputs)).toEqual(inputs)
    if (lines) expect(args.pathLines).toEqual(lines)
  })

  it('reads the command line flags', () => {
    const args = parseCliArgs([
      '--json',
      '-q',
      '--summary',
      's.md',
      '--profile',
      'p',
      '--workspace',
      'w'
    ])
    expect(args).toMatchObject({
      json: true,
      quiet: true,
      summary: 's.md',
      profile: 'p',
      workspace: 'w'
    })
    expect(parseCliArgs(['-v', '-h'])).toMatchObject({ verbose: true, help: true })
  })

  const refused: [string[], RegExp][] = [
    [['--token', 'abc'], /--token is refused: .*shell history.*SIMVUE_TOKEN.*simvue\.toml/],
    [['--token=abc'], /--token is refused/],
    [['--token'], /--token is refused: .*SIMVUE_TOKEN/],
    [['--run', 'r', '--token'], /--token is refused/],
    [['--path', 'x'], /--path is not a flag: give the files/],
    [['--path'], /--path is not a flag/],
    [['--workspace', 'a', '--workspace', 'b'], /--workspace is given 2 times; give it once/],
    [['--profile', 'a', '--profile', 'b'], /--profile is given 2 times/],
    [['--summary', 'a.md', '--summary=b.md'], /--summary is given 2 times/],
    [['--crate-run'], /Unknown option --crate-run\. Did you mean --create-run\?/],
    [['--preserve'], /Did you mean --preserve-path\?/],
    [['--zzzzzz'], /Unknown option --zzzzzz\. See `simvue-upload --help`/],
    [
      ['--create-run=false'],
      /--create-run takes no value: write --create-run for true or --no-create-run/
    ],
    [['--run'], /--run needs a value, e\.g\. --run VALUE/],
    [
      ['--run', '--create-run'],
      /--run needs a value, but the next argument is the option --create-run/
    ],
    [['--run', 'a', '--run', 'b'], /--run is given 2 times; give it once/],
    [['--dry-run', '--no-dry-run'], /--dry-run and --no-dry-run contradict/],
    [['-q', '--verbose'], /--quiet and --verbose contradict each other/]
  ]
  it.each(refused)('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(InputError)
    expect(() => parseCliArgs(argv)).toThrow(message)
  })

  it('takes --token after `--` as a path argument, like any other word there', () => {
    expect(parseCliArgs(['--run', 'r', '--', '--token']).pathLines).toEqual(['--token'])
  })

  it('never echoes the token it refuses', () => {
    for (const argv of [['--token', 'sekrit-value'], ['--token=sekrit-value']]) {
      let message = ''
      try {
        parseCliArgs(argv)
      } catch (error) {
        message = String(error)
      }
      expect(message).toMatch(/--token is refused/)
      expect(message).not.toContain('sekrit-value')
    }
  })
})
