import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { escapeMarkdown, formatBytes } from '../../src/report/format.js'
import { renderSummary } from '../../src/report/summary.js'
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
  url: 'https://simvue.example/dashboard/runs/run/AbCdEfGhIjKlMnOpQrStUv'
}

describe('renderSummary', () => {
  it('renders a readable GitHub-flavoured table, failures first, with the run linked', () => {
    const markdown = renderSummary(
      [
        result('a.txt', 'uploaded'),
        result('b.txt', 'skipped'),
        result('c.txt', 'failed', 'storage upload failed: 503 SlowDown')
      ],
      RUN,
      { dryRun: false }
    )
    const html = marked.parse(markdown, { gfm: true, async: false })
    expect(html).toContain(`<a href="${RUN.url}">nightly</a>`)
    const rows = [...html.matchAll(/<tr>\s*<td>(.*?)<\/td>/gs)].map((m) => m[1])
    expect(rows).toEqual(['c.txt', 'a.txt', 'b.txt'])
    expect(html).toContain('<th>Name</th>')
    expect(html).toMatch(/1 uploaded · 1 skipped · 1 failed/)
    expect(html).toContain('storage upload failed: 503 SlowDown')
  })

  it('escapes Markdown and HTML in names and server messages', () => {
    const markdown = renderSummary(
      [
        result(
          'x|y *z* [link](http://evil) <img src=x>',
          'failed',
          'bad | <script>alert(1)</script>'
        )
      ],
      RUN,
      { dryRun: false }
    )
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
    const markdown = renderSummary(results, RUN, { dryRun: false })
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
    const markdown = renderSummary(results, RUN, { dryRun: false, maxRows: Infinity })
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
    expect(markdown).toMatch(/Table truncated: \d+ more artifacts/)
    const tight = renderSummary(results, RUN, { dryRun: false, maxBytes: 4096 })
    expect(Buffer.byteLength(tight)).toBeLessThan(4096)
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

  it('escapes table and emphasis characters', () => {
    expect(escapeMarkdown('a|b*c_d')).toBe('a\\|b\\*c\\_d')
    expect(escapeMarkdown('line\nbreak')).toBe('line break')
  })
})
