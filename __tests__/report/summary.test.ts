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

  it('stays under the size limit for 20,000 artifacts, with a note', () => {
    const results = Array.from({ length: 20_000 }, (_, i) =>
      result(`dir/file-${i}.json`, 'uploaded')
    )
    const markdown = renderSummary(results, RUN, { dryRun: false })
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
    expect(markdown).toMatch(/Table truncated: \d+ more artifacts/)
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
