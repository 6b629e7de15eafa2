import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { SetupError } from '../../src/errors.js'
import { forMarkdown, text } from '../../src/log.js'
import { newOutcome, type Outcome } from '../../src/outcome.js'
import { count, formatBytes, groupBy, withArticle } from '../../src/format.js'
import { causeKey } from '../../src/report/annotations.js'
import { renderSummary, type SummaryLimits } from '../../src/report/summary.js'
import type { ArtifactResult, ArtifactStatus } from '../../src/upload/types.js'

function result(name: string, status: ArtifactStatus, error: string | null = null): ArtifactResult {
  return {
    name,
    path: `/w/${name}`,
    id: 'x',
    size: 1536,
    sha256: null,
    mimeType: 'text/plain',
    category: 'output',
    status,
    error
  }
}

const RUN = {
  name: 'nightly',
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  url: 'https://simvue.example/dashboard/runs/run/AbCdEfGhIjKlMnOpQrStUv',
  status: 'running',
  created: false
}

function outcome(results: ArtifactResult[], extra: Partial<Outcome> = {}): Outcome {
  return { ...newOutcome(false, 'output'), plan: [], results, run: RUN, ...extra }
}

function summary(results: ArtifactResult[], limits: SummaryLimits = {}): string {
  return renderSummary(outcome(results), limits)
}

function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false })
}

describe('renderSummary', () => {
  it('renders a readable GitHub-flavoured table, failures first, with the run linked', () => {
    const markdown = summary([
      result('a.txt', 'uploaded'),
      result('b.txt', 'skipped'),
      result('c.txt', 'failed', 'storage upload failed: 503 SlowDown')
    ])
    const html = marked.parse(markdown, { gfm: true, async: false })
    expect(html).toContain(`<a href="${RUN.url}">nightly</a>`)
    const rows = [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>/gs)].map((m) => m[1])
    expect(rows).toEqual(['c.txt', 'a.txt', 'b.txt'])
    expect(html).toContain('<th>Name</th>')
    expect(html).toMatch(/1 uploaded · 1 skipped · 1 failed/)
    expect(html).toContain('storage upload failed: 503 SlowDown')
  })

  it('escapes Markdown and HTML in names and server messages', () => {
    const markdown = summary([
      result('x|y *z* [link](http://evil) <img src=x>', 'failed', 'bad | <script>alert(1)</script>')
    ])
    const html = marked.parse(markdown, { gfm: true, async: false })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<em>')
    expect(html).not.toContain('href="http://evil"')
    const cells = [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>/gs)].map((m) => m[1])
    expect(cells).toHaveLength(1)
  })

  it('shows at most 1,000 rows, failures first, with a note on the rest', () => {
    const results = Array.from({ length: 20_000 }, (_, i) =>
      result(`dir/file-${i}.json`, i % 7000 === 6999 ? 'failed' : 'uploaded')
    )
    const markdown = summary(results)
    const rows = markdown.split('\n').filter((line) => line.startsWith('| dir/'))
    expect(rows).toHaveLength(1000)
    expect(rows.slice(0, 2).every((row) => row.includes('failed'))).toBe(true)
    expect(markdown).toContain('Table truncated: 19000 more artifacts')
    expect(markdown).toContain('at most 1000 rows')
  })

  it('stays under the size limit, whatever the row limit, with a note', () => {
    const results = Array.from({ length: 20_000 }, (_, i) =>
      result(`dir/file-${i}.json`, 'uploaded')
    )
    const markdown = summary(results, { maxRows: Infinity })
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
    expect(markdown).toMatch(/Table truncated: \d+ more artifacts/)
    const tight = summary(results, { maxBytes: 4096 })
    expect(Buffer.byteLength(tight)).toBeLessThan(4096)
  })
})

describe('summaries of other outcomes', () => {
  it('a dry run lists local path -> name, size and MIME type', () => {
    const planned = [result('a.txt', 'planned')]
    const markdown = renderSummary({ ...outcome(planned), dryRun: true, run: null })
    const page = html(markdown)
    expect(markdown).toContain('(dry run)')
    expect(page).toContain('<th>Local path</th>')
    expect(page).toMatch(/<td>\/w\/a\.txt<\/td>\s*<td>a\.txt<\/td>/)
  })

  it('a setup failure writes the error, and what was planned and done', () => {
    const failedRun = new SetupError(text`No run named ${'nightly'} exists on the server.`)
    const markdown = renderSummary(
      outcome([result('a.txt', 'failed', 'not attempted: finding the run failed: no run')], {
        run: null,
        failure: { step: 'finding the run', error: failedRun }
      })
    )
    expect(markdown).toContain('**Failed while finding the run:** No run named nightly exists')
    expect(markdown).toContain('not attempted')
  })

  it('a step that only creates a run or sets its status has no table', () => {
    const markdown = renderSummary(
      outcome([], { runStatus: { requested: 'completed', state: 'set', reason: null } })
    )
    expect(markdown).not.toContain('|')
    expect(markdown).toContain('Run status set to **completed**')
    expect(markdown).toContain('No files to upload')
  })

  it('lists warnings, escaped', () => {
    const markdown = renderSummary(outcome([], { warnings: [text`same name ${'a*b*'}`] }))
    expect(markdown).toContain('**1 warning:**')
    expect(markdown).toContain('same name a\\*b\\*')
  })

  it('folds many successes into details, failures stay open', () => {
    const results = [result('bad.txt', 'failed', 'x')].concat(
      Array.from({ length: 30 }, (_, i) => result(`ok-${i}.txt`, 'uploaded'))
    )
    const markdown = summary(results)
    expect(markdown.indexOf('bad.txt')).toBeLessThan(markdown.indexOf('<details>'))
    expect(markdown).toContain('<summary>30 artifacts done</summary>')
  })

  it('says why a row was skipped', () => {
    expect(summary([result('a.txt', 'skipped')])).toContain('skipped: already uploaded')
  })
})

describe('format helpers', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * 2 ** 30, '5.0 GiB']
  ])('formatBytes(%d) = %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })

  it('escapes table and emphasis characters, and keeps a value on one line', () => {
    expect(forMarkdown('a|b*c_d')).toBe('a\\|b\\*c\\_d')
    expect(forMarkdown('line\nbreak')).not.toContain('\n')
  })

  // Every phrase the log and the summary count, at 0, 1 and 2.
  it.each([
    [0, 'artifact', '0 artifacts'],
    [1, 'artifact', '1 artifact'],
    [2, 'artifact', '2 artifacts'],
    [0, 'entry', '0 entries'],
    [1, 'entry', '1 entry'],
    [2, 'entry', '2 entries'],
    [0, 'failed artifact', '0 failed artifacts'],
    [1, 'failed artifact', '1 failed artifact'],
    [2, 'failed artifact', '2 failed artifacts'],
    [0, 'file', '0 files'],
    [1, 'file', '1 file'],
    [2, 'file', '2 files'],
    [0, 'hidden entry', '0 hidden entries'],
    [1, 'hidden entry', '1 hidden entry'],
    [2, 'hidden entry', '2 hidden entries'],
    [0, 'more artifact', '0 more artifacts'],
    [1, 'more artifact', '1 more artifact'],
    [2, 'more artifact', '2 more artifacts'],
    [0, 'more failed artifact', '0 more failed artifacts'],
    [1, 'more failed artifact', '1 more failed artifact'],
    [2, 'more failed artifact', '2 more failed artifacts'],
    [0, 'planned artifact', '0 planned artifacts'],
    [1, 'planned artifact', '1 planned artifact'],
    [2, 'planned artifact', '2 planned artifacts'],
    [0, 'warning', '0 warnings'],
    [1, 'warning', '1 warning'],
    [2, 'warning', '2 warnings']
  ])('count(%d, %s) = %s', (n, word, phrase) => {
    expect(count(n, word)).toBe(phrase)
  })

  it.each([
    ['input artifact', 'an input artifact'],
    ['output artifact', 'an output artifact'],
    ['code artifact', 'a code artifact']
  ])('withArticle(%s) = %s', (phrase, shown) => {
    expect(withArticle(phrase)).toBe(shown)
  })
})

describe('layout', () => {
  it('leaves a blank line before every table, so that GitHub renders it as one', () => {
    const markdown = renderSummary(
      outcome([result('a.txt', 'uploaded')], {
        runStatus: { requested: 'completed', state: 'set', reason: null }
      })
    )
    const lines = markdown.split('\n')
    const header = lines.findIndex((line) => line.startsWith('| Name |'))
    expect(header).toBeGreaterThan(0)
    expect(lines[header - 1]).toBe('')
    expect(html(markdown)).toContain('<table>')
  })
})

describe('the run status', () => {
  it('is said once, not again among the warnings', () => {
    const warning = text`Run status left as "running", not set to "completed": 1 artifact failed.`
    const markdown = renderSummary(
      outcome([result('a.txt', 'failed', 'x')], {
        runStatus: { requested: 'completed', state: 'left', reason: '1 artifact failed', warning },
        warnings: [warning]
      })
    )
    expect(markdown).toContain('Run status **not** set to completed')
    expect(markdown).not.toContain('warning:')
  })
})

describe('grouping', () => {
  it('groupBy keeps first-seen order and every item', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (word) => word[0])
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']]
    ])
  })

  it('100,000 failures of one cause are one group (appended, not copied per file)', () => {
    const failed = Array.from({ length: 100_000 }, (_, i) =>
      result(`f${i}.txt`, 'failed', 'storage upload failed: 503 SlowDown')
    )
    const groups = groupBy(failed, causeKey)
    expect(groups.size).toBe(1)
    expect([...groups.values()][0]).toHaveLength(100_000)
  })
})
