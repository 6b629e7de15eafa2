/**
 * The documentation stays true to action.yml: the README's Inputs and Outputs tables, the
 * metadata GitHub reads (runtime, entry point, branding), `.env.example` for local-action,
 * and the workflow files (scripts/validate-workflows.mjs).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}
interface ActionYaml {
  name?: string
  description?: string
  author?: string
  branding?: { icon?: string; color?: string }
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

const action = parse(read('action.yml')) as ActionYaml
const readme = read('README.md')

/** The rows of the first Markdown table under `## <heading>`, cells trimmed. */
function tableRows(heading: string): string[][] {
  const lines = readme.split(/\r?\n/)
  const start = lines.indexOf(`## ${heading}`)
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  let inTable = false
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break
    if (!line.startsWith('|')) {
      if (inTable) break
      continue
    }
    inTable = true
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll('\\|', '|'))
    rows.push(cells)
  }
  // Drop the header and the `| --- |` separator.
  return rows.slice(2)
}

/** How the README's Default column writes an input's default. */
function defaultCell(input: ActionInput): string {
  if (input.required === true && input.default === undefined) return '(required)'
  const value = input.default ?? ''
  return value === '' ? '' : `\`${value}\``
}

describe('README tables', () => {
  it('lists every input of action.yml, in order, with its default and description', () => {
    const expected = Object.entries(action.inputs).map(([name, input]) => [
      `\`${name}\``,
      defaultCell(input),
      input.description ?? ''
    ])
    expect(tableRows('Inputs')).toEqual(expected)
  })

  it('lists every output of action.yml, in order, with its description', () => {
    const expected = Object.entries(action.outputs).map(([name, output]) => [
      `\`${name}\``,
      output.description ?? ''
    ])
    expect(tableRows('Outputs')).toEqual(expected)
  })

  it('uses the published action name in examples, not a placeholder repository', () => {
    expect(readme).not.toContain('simvue-io/upload-artifact')
    expect(readme).toContain('<owner>/simvue-upload-artifact@v1')
  })
})

describe('action.yml', () => {
  it('describes every input and output', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description?.trim(), `input ${name}`).toBeTruthy()
      expect(input.description, `input ${name} is one line`).not.toMatch(/\n/)
    }
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.description?.trim(), `output ${name}`).toBeTruthy()
    }
  })

  it('gives every optional input a default and uses kebab-case names', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
      if (input.required !== true) expect(input.default, `input ${name}`).toBeTypeOf('string')
    }
    for (const name of Object.keys(action.outputs)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it('runs the committed bundle on Node 24', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toBe('dist/index.js')
  })

  it('has a name, description, author and branding for the Marketplace', () => {
    expect(action.name).toBeTruthy()
    expect(action.description).toBeTruthy()
    // The Marketplace refuses descriptions longer than 125 characters.
    expect(action.description?.length).toBeLessThanOrEqual(125)
    expect(action.author).toBeTruthy()
    expect(action.branding?.icon).toBeTruthy()
    expect(action.branding?.color).toBeTruthy()
  })
})

describe('.env.example', () => {
  const keys = read('.env.example')
    .split(/\r?\n/)
    .map((line) => /^([A-Za-z0-9_.-]+)=/.exec(line)?.[1])
    .filter((key): key is string => key !== undefined)

  it('sets INPUT_<NAME> for every input of action.yml (hyphens kept) and no other', () => {
    const expected = Object.keys(action.inputs).map((name) => `INPUT_${name.toUpperCase()}`)
    const inputs = keys.filter((key) => key.startsWith('INPUT_'))
    expect([...inputs].sort()).toEqual([...expected].sort())
  })

  it('points at a local development server', () => {
    expect(keys).toEqual(expect.arrayContaining(['SIMVUE_URL', 'SIMVUE_TOKEN']))
    expect(read('.env.example')).toMatch(/^SIMVUE_URL=http:\/\/127\.0\.0\.1:\d+$/m)
  })
})

describe('scripts/validate-workflows.mjs', () => {
  const script = path.join(root, 'scripts', 'validate-workflows.mjs')
  const validate = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' })

  it('finds no problem in .github/workflows/ and action.yml', () => {
    const result = validate()
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('action.yml')
    expect(result.stdout).toContain('.github/workflows/ci.yml')
  })

  it('reports broken workflows and `uses: ./` inputs that action.yml lacks', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'validate-workflows-'))
    try {
      mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true })
      writeFileSync(path.join(dir, 'action.yml'), read('action.yml'))
      writeFileSync(
        path.join(dir, '.github', 'workflows', 'bad.yml'),
        [
          'name: bad',
          'on: pushh',
          'jobs:',
          '  a:',
          '    runs-on: ubuntu-latest',
          '    needs: [missing]',
          '    steps:',
          '      - id: up',
          '        uses: ./',
          '        with:',
          '          paths: x',
          '      - run: echo ${{ steps.up.outputs.uploaded }}',
          ''
        ].join('\n')
      )
      const result = validate(dir)
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('unknown Webhook event "pushh"')
      expect(result.stderr).toContain('[action-validator]')
      expect(result.stderr).toContain('input "paths" is not in action.yml')
      expect(result.stderr).toContain('required input "run" missing')
      expect(result.stderr).toContain('output "uploaded" of step up is not in action.yml')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('repository automation', () => {
  it('has Dependabot updates for npm and GitHub Actions, weekly, minor and patch grouped', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number
      updates: {
        'package-ecosystem': string
        schedule: { interval: string }
        groups?: Record<string, { 'update-types'?: string[] }>
      }[]
    }
    expect(config.version).toBe(2)
    const ecosystems = config.updates.map((u) => u['package-ecosystem']).sort()
    expect(ecosystems).toEqual(['github-actions', 'npm'])
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly')
      const grouped = Object.values(update.groups ?? {}).flatMap((g) => g['update-types'] ?? [])
      expect(grouped).toEqual(expect.arrayContaining(['minor', 'patch']))
    }
  })

  it('points CodeQL at a configuration that ignores dist/ and node_modules/', () => {
    const workflow = read('.github/workflows/codeql.yml')
    const configPath = /config-file:\s*\.\/(\S+)/.exec(workflow)?.[1]
    expect(configPath).toBeDefined()
    const config = parse(read(configPath ?? '')) as { 'paths-ignore': string[] }
    expect(config['paths-ignore']).toEqual(expect.arrayContaining(['dist', 'node_modules']))
  })
})
