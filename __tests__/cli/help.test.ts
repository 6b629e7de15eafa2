/** `--help` names every flag the parser knows, and the README's CLI section documents each. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { KNOWN_FLAGS } from '../../src/cli/flags.ts'
import { HELP } from '../../src/cli/help.ts'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const section = readme.slice(
  readme.indexOf('## Command line'),
  readme.indexOf('\n## ', readme.indexOf('## Command line') + 5)
)

/** Flags as --help writes them at the start of a line: `  --name VALUE` or `  -q, --quiet`. */
function helpFlags(): string[] {
  return [...HELP.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((match) => match[1] as string)
}

describe('--help and README agree', () => {
  it('--help lists every flag once (on/off flags by their positive name)', () => {
    const listed = helpFlags()
    expect(new Set(listed).size).toBe(listed.length)
    const positive = KNOWN_FLAGS.filter((flag) => !flag.startsWith('no-'))
    expect(listed.sort()).toEqual(positive.sort())
  })

  it.each(helpFlags())('the README documents --%s', (flag) => {
    expect(section).toContain(`\`--${flag}`)
  })

  it('documents the exit codes in both', () => {
    for (const code of ['0', '1', '2', '130']) {
      expect(section).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'))
      expect(HELP).toContain(` ${code} `)
    }
  })

  it('every on/off flag has its --no- form', () => {
    for (const flag of KNOWN_FLAGS.filter((f) => f.startsWith('no-'))) {
      expect(KNOWN_FLAGS).toContain(flag.slice(3))
    }
  })
})
