/** The terminal logger, the command line's input source and the `ci` provenance. */
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/flags.ts'
import { ciProvenance } from '../../src/cli/provenance.ts'
import { cliInputSource } from '../../src/cli/source.ts'
import { forTerminal, TerminalLogger, wantsColor } from '../../src/cli/terminal-logger.ts'
import type { Credentials } from '../../src/cli/credentials.ts'
import type { InputName } from '../../src/input-source.ts'
import { text } from '../../src/log.ts'

function capture(isTTY = false): { write(chunk: string): void; isTTY: boolean; text: string } {
  return {
    isTTY,
    text: '',
    write(chunk: string) {
      this.text += chunk
    }
  }
}

function logger(
  options: { json?: boolean; quiet?: boolean; verbose?: boolean; color?: boolean } = {}
) {
  const stdout = capture()
  const stderr = capture()
  const color = options.color ?? false
  const log = new TerminalLogger({
    stdout,
    stderr,
    json: options.json ?? false,
    quiet: options.quiet ?? false,
    verbose: options.verbose ?? false,
    color: { out: color, err: color }
  })
  return { log, stdout, stderr }
}

describe('TerminalLogger', () => {
  it('info and headings on stdout, warnings and errors on stderr, group content indented', async () => {
    const { log, stdout, stderr } = logger()
    await log.group('Collecting files', async () => {
      log.info('Found 2 files.')
      log.warning(text`Not uploaded: ${'a'}`)
    })
    log.error('boom')
    log.debug('hidden')
    expect(stdout.text).toBe('==> Collecting files\n  Found 2 files.\n')
    expect(stderr.text).toBe('  warning: Not uploaded: a\nerror: boom\n')
  })

  it('--json sends every line to stderr; --quiet keeps warnings and errors; --verbose shows debug', async () => {
    const json = logger({ json: true, verbose: true })
    json.log.info('x')
    json.log.debug('y')
    expect(json.stdout.text).toBe('')
    expect(json.stderr.text).toBe('x\ndebug: y\n')
    const quiet = logger({ quiet: true })
    await quiet.log.group('G', async () => quiet.log.info('i'))
    quiet.log.warning('w')
    expect(quiet.stdout.text).toBe('')
    expect(quiet.stderr.text).toBe('warning: w\n')
  })

  it('colours only when asked', () => {
    const plain = logger()
    plain.log.error('e')
    expect(plain.stderr.text).not.toContain('\u001b')
    const coloured = logger({ color: true })
    coloured.log.error('e')
    expect(coloured.stderr.text).toBe('\u001b[31merror: e\u001b[39m\n')
  })

  it('encodes untrusted values: no escape sequence, line break or bidi override gets through', () => {
    const { log, stdout } = logger()
    log.info(text`file ${'evil\u001b[2J\nname\u202e.txt'} done`)
    expect(stdout.text).toBe('file evil\\u001b[2J\\nname\\u202e.txt done\n')
  })

  const colorCases: [boolean, Record<string, string>, boolean][] = [
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { TERM: 'dumb' }, false]
  ]
  it.each(colorCases)('wantsColor(tty %s, %j) is %s', (isTTY, env, expected) => {
    expect(wantsColor({ isTTY, write: () => true }, env)).toBe(expected)
  })

  it('forTerminal keeps tabs and plain text', () => {
    expect(forTerminal('a\tb ü')).toBe('a\tb ü')
  })
})

describe('cliInputSource', () => {
  const credentials: Credentials = {
    url: 'https://file.example',
    urlFrom: { kind: 'file', name: '[server] in /home/u/simvue.toml' },
    token: 't',
    tokenFrom: { kind: 'env', name: 'SIMVUE_TOKEN' },
    file: null,
    notes: []
  }
  const source = cliInputSource(
    parseCliArgs(['--run', 'r', '--working-directory', 'case', 'a', '--exclude', 'b']),
    credentials,
    '/work'
  )
  it('gives values under the action names', () => {
    expect(source.value('run')).toBe('r')
    expect(source.value('path')).toBe('a\n!b')
    expect(source.value('working-directory')).toBe('/work/case')
    expect(source.value('server-url')).toBe('https://file.example')
    expect(source.value('category')).toBe('')
  })
  const described: [InputName, string][] = [
    ['create-run', '--create-run'],
    ['path', 'the PATH arguments'],
    ['server-url', '[server] in /home/u/simvue.toml'],
    ['token', 'SIMVUE_TOKEN']
  ]
  it.each(described)('describes %s as %s', (name, words) => {
    expect(source.describe(name)).toBe(words)
  })
  const suggested: [InputName, string, string][] = [
    ['create-run', 'true', '`--create-run`'],
    ['skip-existing', 'false', '`--no-skip-existing`'],
    ['category', 'input', '`--category input`'],
    ['metadata', '{"a": 1}', '`--metadata "{\\"a\\": 1}"`']
  ]
  it.each(suggested)('suggests %s %s as %s', (name, value, words) => {
    expect(source.suggest(name, value)).toBe(words)
  })
})

describe('ciProvenance', () => {
  const cases: [string, Record<string, string>, Record<string, string>][] = [
    [
      'gitlab',
      {
        GITLAB_CI: 'true',
        CI_PROJECT_PATH: 'group/proj',
        CI_COMMIT_SHA: 'abc',
        CI_COMMIT_REF_NAME: 'main',
        CI_PIPELINE_ID: '77',
        CI_JOB_NAME: 'test',
        CI_JOB_ID: '99',
        CI_JOB_URL: 'https://gitlab.example/group/proj/-/jobs/99'
      },
      {
        repository: 'group/proj',
        sha: 'abc',
        ref: 'main',
        pipeline: '77',
        job: 'test',
        build_id: '99',
        url: 'https://gitlab.example/group/proj/-/jobs/99'
      }
    ],
    [
      'jenkins',
      {
        JENKINS_URL: 'https://ci/',
        JOB_NAME: 'sim/main',
        BUILD_NUMBER: '12',
        BUILD_URL: 'https://ci/job/sim/12/',
        GIT_COMMIT: 'def'
      },
      { pipeline: 'sim/main', build_id: '12', url: 'https://ci/job/sim/12/', sha: 'def' }
    ],
    [
      'buildkite',
      {
        BUILDKITE: 'true',
        BUILDKITE_PIPELINE_SLUG: 'sims',
        BUILDKITE_BUILD_NUMBER: '5',
        BUILDKITE_BUILD_URL: 'https://buildkite.com/o/sims/builds/5',
        BUILDKITE_LABEL: ':test:',
        BUILDKITE_COMMIT: 'f00',
        BUILDKITE_BRANCH: 'dev',
        BUILDKITE_REPO: 'git@x:o/sims.git'
      },
      {
        pipeline: 'sims',
        build_id: '5',
        job: ':test:',
        sha: 'f00',
        ref: 'dev',
        repository: 'git@x:o/sims.git'
      }
    ],
    [
      'github',
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '3',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_JOB: 'j',
        GITHUB_WORKFLOW: 'CI'
      },
      {
        repository: 'o/r',
        build_id: '3',
        url: 'https://github.com/o/r/actions/runs/3',
        job: 'j',
        pipeline: 'CI'
      }
    ],
    [
      'slurm',
      { SLURM_JOB_ID: '4242', SLURM_JOB_NAME: 'cfd', SLURM_CLUSTER_NAME: 'archer' },
      { build_id: '4242', job: 'cfd', pipeline: 'archer' }
    ],
    ['local', {}, { repository: '', url: '', build_id: '' }]
  ]
  it.each(cases)('%s', (system, env, expected) => {
    const ci = ciProvenance(env)
    expect(ci).toMatchObject({ system, ...expected })
    expect(typeof ci.host).toBe('string')
    expect(ci.host.length).toBeGreaterThan(0)
    expect(Object.keys(ci).sort()).toEqual([
      'build_id',
      'host',
      'job',
      'pipeline',
      'ref',
      'repository',
      'sha',
      'system',
      'url'
    ])
  })
})
