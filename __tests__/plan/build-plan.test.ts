import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../../src/config.js'
import { PlanError } from '../../src/errors.js'
import { buildPlan, type PlanOptions } from '../../src/plan/build-plan.js'
import type { CollectedFile } from '../../src/plan/types.js'

const file = (path: string, size = 1): CollectedFile => ({
  path,
  size,
  dev: 1,
  ino: 2,
  linked: false,
  line: 'x'
})

function plan(options: Partial<PlanOptions>) {
  return buildPlan({
    files: [],
    objects: null,
    preservePath: false,
    workingDirectory: '/work',
    namePrefix: '',
    explicitName: null,
    mimeType: null,
    ...options
  })
}

function problemsOf(options: Partial<PlanOptions>): string[] {
  try {
    plan(options)
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError)
    return (error as PlanError).problems.map(String)
  }
  throw new Error('expected a PlanError')
}

describe('buildPlan', () => {
  it('names, sizes and types files and objects, sorted by name', () => {
    const entries = plan({
      files: [file('/work/b/data.csv', 10), file('/work/a/notes.unknownext', 3)],
      objects: { summary: { ok: true } }
    })
    expect(
      entries.map(({ kind, name, localPath, size, mimeType }) => [
        kind,
        name,
        localPath,
        size,
        mimeType
      ])
    ).toEqual([
      ['file', 'data.csv', '/work/b/data.csv', 10, 'text/csv'],
      ['file', 'notes.unknownext', '/work/a/notes.unknownext', 3, 'application/octet-stream'],
      ['object', 'summary', '', 11, 'application/json']
    ])
  })

  it('reports collisions with both paths and the fixes, and allows preserve-path to solve them', () => {
    const files = [file('/work/linux/report.xml'), file('/work/mac/report.xml')]
    const [problem] = problemsOf({ files })
    expect(problem).toContain('"report.xml"')
    expect(problem).toContain('/work/linux/report.xml, /work/mac/report.xml')
    expect(problem).toMatch(/preserve-path.*name-prefix/)
    expect(plan({ files, preservePath: true }).map((entry) => entry.name)).toEqual([
      'linux/report.xml',
      'mac/report.xml'
    ])
  })

  it('lists at most ten paths per colliding name, with the count', () => {
    const files = Array.from({ length: 12 }, (_, i) => file(`/work/d${i}/same.txt`))
    const [problem] = problemsOf({ files })
    expect(problem).toMatch(/^12 entries would be named "same.txt": .* and 2 more; /)
  })

  it('treats names differing only in case as distinct', () => {
    const names = plan({ files: [file('/work/A.txt'), file('/work/a.txt')] }).map((e) => e.name)
    expect(names).toEqual(['A.txt', 'a.txt'])
  })

  it('detects a file and an object with one name', () => {
    const [problem] = problemsOf({ files: [file('/work/x/summary')], objects: { summary: 1 } })
    expect(problem).toContain('objects["summary"], /work/x/summary')
    const [prefixed] = problemsOf({
      files: [file('/work/x/summary')],
      objects: { summary: 1 },
      namePrefix: 'job/'
    })
    expect(prefixed).toContain('"job/summary": objects["summary"], /work/x/summary')
  })

  it('lists every problem in one error', () => {
    const problems = problemsOf({
      files: [
        file('/work/café.txt'),
        file('/work/a(1).txt'),
        file('/work/huge.bin', MAX_FILE_BYTES),
        file('/elsewhere/out.txt')
      ],
      objects: { 'bad key!': 1 },
      preservePath: true
    })
    expect(problems).toHaveLength(5)
    expect(problems.join('\n')).toMatch(/café\.txt/)
    expect(problems.join('\n')).toMatch(/a\(1\)\.txt/)
    expect(problems.join('\n')).toMatch(/huge\.bin is 5368709120 bytes.*presigned POST/)
    expect(problems.join('\n')).toMatch(
      /\/elsewhere\/out\.txt is not inside input `working-directory` \(\/work\), which input `preserve-path`/
    )
    expect(problems.join('\n')).toMatch(/objects\["bad key!"\]/)
  })

  it('accepts files just under 5 GiB', () => {
    expect(plan({ files: [file('/work/big.bin', MAX_FILE_BYTES - 1)] })).toHaveLength(1)
  })

  it('uses `name` (with the prefix) when exactly one entry is planned', () => {
    const [entry] = plan({
      files: [file('/work/deep/result.json')],
      explicitName: 'final result.json',
      namePrefix: 'linux/'
    })
    expect(entry.name).toBe('linux/final result.json')
    const [object] = plan({ objects: { anything: [1] }, explicitName: 'renamed' })
    expect(object.name).toBe('renamed')
    // The file's own name would be invalid, the explicit one is fine.
    expect(plan({ files: [file('/work/é.txt')], explicitName: 'e.txt' })[0].name).toBe('e.txt')
  })

  it('refuses `name` with several (or no) entries, saying how many', () => {
    const [problem] = problemsOf({
      files: [file('/work/a.txt'), file('/work/b.txt')],
      objects: { c: 1 },
      explicitName: 'x'
    })
    expect(problem).toMatch(
      /name: "x".*3 are planned \(2 file\(s\), 1 object\(s\)\).*remove input `name`/
    )
    expect(problemsOf({ explicitName: 'x' })[0]).toMatch(/0 are planned/)
  })

  it('refuses an invalid explicit name', () => {
    expect(problemsOf({ files: [file('/work/a.txt')], explicitName: 'a/../b' })[0]).toMatch(
      /^name: "a\/\.\.\/b"/
    )
  })

  it('applies a MIME override to files only', () => {
    const entries = plan({
      files: [file('/work/array.npy')],
      objects: { meta: {} },
      mimeType: 'application/vnd.simvue.numpy.v1'
    })
    expect(entries.map((entry) => entry.mimeType)).toEqual([
      'application/vnd.simvue.numpy.v1',
      'application/json'
    ])
  })

  it('returns an empty plan for nothing', () => {
    expect(plan({})).toEqual([])
  })
})

describe('objects', () => {
  it('serialises compact UTF-8 JSON whose bytes decode to the value', () => {
    const value = { π: 3.14, list: [1, 'two', null], nested: { ok: true } }
    const [, entry] = plan({ objects: { 'params.json': value, count: 3 }, namePrefix: 'job/' })
    expect(entry.name).toBe('job/params.json')
    expect(entry.content?.toString('utf8')).toBe(JSON.stringify(value))
    expect(JSON.parse(entry.content?.toString('utf8') ?? '')).toEqual(value)
    expect(entry.size).toBe(Buffer.byteLength(JSON.stringify(value)))
    expect(entry.size).toBeGreaterThan(JSON.stringify(value).length) // π is two bytes
    expect(entry).toMatchObject({ kind: 'object', localPath: '', mimeType: 'application/json' })
  })

  it('stores null, strings and numbers as JSON', () => {
    const entries = plan({ objects: { a: null, b: 'text', c: 1.5 } })
    expect(entries.map((entry) => entry.content?.toString())).toEqual(['null', '"text"', '1.5'])
  })
})
