/** dev-server/README.md stays true to the server: endpoint names, fault kinds, the JWT. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateFault } from '../../dev-server/faults.ts'
import { ENDPOINTS } from '../../dev-server/types.ts'
import { JWT_TOKEN } from '../../dev-server/util.ts'

const read = (file: string): string =>
  readFileSync(new URL(`../../dev-server/${file}`, import.meta.url), 'utf8')
const readme = read('README.md')

/** The rows of the README table whose header row starts with `| <first> |`. */
function tableRows(first: string): string[][] {
  const lines = readme.split('\n')
  const start = lines.indexOf(lines.find((l) => l.startsWith(`| ${first} |`)) ?? '')
  expect(start, `a table headed "${first}"`).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
    )
  }
  return rows
}

describe('dev-server/README.md', () => {
  it('names every endpoint a fault can target', () => {
    for (const endpoint of ENDPOINTS) expect(readme).toContain(`\`${endpoint}\``)
  })

  it('documents exactly the fault kinds there are', () => {
    const union = /export type FaultKind =([^]*?)\n\n/.exec(read('types.ts'))?.[1] ?? ''
    const kinds = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).sort()
    const documented = tableRows('kind')
      .map((row) => (row[0] ?? '').replace(/`/g, ''))
      .sort()
    expect(documented).toEqual(kinds)
    for (const kind of documented) {
      // trickle and early exist only for storage uploads.
      const endpoint = kind === 'trickle' || kind === 'early' ? 'storage.upload' : '*'
      const fault = { endpoint, kind, status: 503 }
      expect(validateFault(fault), kind).toBeUndefined()
    }
  })

  it('shows the token that --jwt makes the server accept', () => {
    expect(readme.split(JWT_TOKEN).length - 1).toBeGreaterThanOrEqual(3)
  })

  it('lists every command-line flag', () => {
    const flags = [...read('cli.ts').matchAll(/^ {6}'?([a-z-]+)'?: \{ type:/gm)].map(
      (m) => `--${m[1]}`
    )
    expect(flags.length).toBeGreaterThan(5)
    const documented = tableRows('flag').map((row) =>
      (row[0] ?? '').split(' ')[0]?.replace(/`/g, '')
    )
    expect(documented.sort()).toEqual(flags.sort())
  })
})
