/** The demo's renderings of a log and a job summary (pure functions, table-driven). */
import { describe, expect, it } from 'vitest'
import { renderLog } from '../../dev-server/demo-log.ts'
import { markdownToText, width } from '../../dev-server/demo-markdown.ts'

describe('renderLog', () => {
  it.each([
    ['plain line', 'Found 2 files.', ['Found 2 files.']],
    [
      'group',
      '::group::Collecting%0A files\nFound 2.\n::endgroup::\nDone.',
      ['▾ Collecting', '   files', '  Found 2.', 'Done.']
    ],
    ['debug hidden', '::debug::secret detail\nshown', ['shown']],
    ['mask', '::add-mask::tok3n\nBearer tok3n refused', ['Bearer *** refused']],
    ['warning', '::warning title=Links::a link%25 left', ['Warning: a link% left']],
    ['multi-line error', '::error::2 failed:%0A - a.txt', ['Error: 2 failed:', '        - a.txt']],
    ['indented command', '  ::notice::hi', ['Notice: hi']],
    ['other commands', '::set-output name=x::1\n::stop-commands::tok\nafter', ['after']]
  ])('%s', (_, stdout, lines) => {
    expect(renderLog(stdout).lines).toEqual(lines)
  })

  it('lists annotations with their level and title', () => {
    const { annotations } = renderLog('::warning title=Links::one\n::error::two\n::debug::no')
    expect(annotations).toEqual([
      { level: 'warning', title: 'Links', message: 'one' },
      { level: 'error', message: 'two' }
    ])
  })
})

describe('markdownToText', () => {
  it.each([
    ['heading', '## Simvue artifacts', ['Simvue artifacts', '════════════════']],
    [
      'link, escapes and entities',
      'Run: [demo\\-run](https://x/y) &lt;b&gt; **3** `a`',
      ['Run: demo-run <b> 3 a']
    ],
    [
      'table, right-aligned column',
      '| Name | Size |\n| --- | ---: |\n| a.txt | 5 B |\n| bb | 10 B |',
      ['Name   Size', '─────  ────', 'a.txt   5 B', 'bb     10 B']
    ],
    ['alert', '> [!CAUTION]\n> **Failed** here', ['│ Caution', '│ Failed here']],
    [
      'details folded and indented',
      '<details><summary>2 uploaded</summary>\n\n- a\n- b\n\n</details>\n\nafter',
      ['▸ 2 uploaded', '', '  • a', '  • b', '', 'after']
    ]
  ])('%s', (_, markdown, lines) => {
    expect(markdownToText(markdown)).toEqual(lines)
  })

  it.each([
    ['abc', 3],
    ['✅ ok', 5],
    ['⏭️', 2]
  ])('width(%j) is %d', (text, columns) => {
    expect(width(text)).toBe(columns)
  })
})
