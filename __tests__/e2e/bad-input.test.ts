/**
 * Bad input matrix (docs/design.md: validation before any request): each case exits 1 with
 * one message naming the input or file and the fix, and the server sees no request at all.
 * The cases run concurrently, each against a dev server of its own (its request log).
 */
import { describe, expect, it } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { serverTest } from '../helpers/simvue.ts'

interface Case {
  title: string
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  files?: Record<string, string>
  /** Every pattern must appear in the ::error:: line. */
  expect: RegExp[]
}

const FILES = { 'out/a.txt': 'a', 'out/b.txt': 'b' }

const cases: Case[] = [
  {
    title: 'SIMVUE_URL not set',
    env: { SIMVUE_URL: undefined },
    expect: [/SIMVUE_URL is not set/, /server-url/, /fork/]
  },
  {
    title: 'SIMVUE_URL set but empty',
    env: { SIMVUE_URL: '' },
    expect: [/SIMVUE_URL is set but empty/, /vars\.SIMVUE_URL/]
  },
  {
    title: 'SIMVUE_TOKEN not set',
    env: { SIMVUE_TOKEN: undefined },
    expect: [/SIMVUE_TOKEN is not set/, /`token`/, /fork/]
  },
  {
    title: 'SIMVUE_TOKEN set but empty',
    env: { SIMVUE_TOKEN: ' ' },
    expect: [/SIMVUE_TOKEN is set but empty/, /secrets\.SIMVUE_TOKEN/]
  },
  {
    title: 'category outputs',
    inputs: { category: 'outputs' },
    expect: [/`category`/, /"outputs"/, /did you mean `output`/]
  },
  {
    title: 'mime-type text/text',
    inputs: { 'mime-type': 'text/text' },
    expect: [/`mime-type`/, /"text\/text"/, /text\/plain/]
  },
  { title: 'name with several files', inputs: { name: 'one.txt' }, expect: [/`name`/, /2/] },
  {
    title: 'metadata is an array',
    inputs: { metadata: '[1, 2]' },
    expect: [/`metadata`/, /an array/, /JSON object/]
  },
  {
    title: 'metadata is not JSON',
    inputs: { metadata: 'suite=unit' },
    expect: [/`metadata`/, /not valid JSON/]
  },
  {
    title: 'metadata key Simvue refuses',
    inputs: { metadata: '{"a/b": 1}' },
    expect: [/`metadata`/, /"a\/b"/, /letters, digits/]
  },
  {
    title: 'metadata uses the reserved github key',
    inputs: { metadata: '{"github": 1}' },
    expect: [/`metadata`/, /"github"/, /rename/]
  },
  {
    title: 'objects is not an object',
    inputs: { objects: '"text"' },
    expect: [/`objects`/, /JSON object/]
  },
  {
    title: 'unparsable server-url',
    inputs: { 'server-url': 'not a url' },
    expect: [/`server-url`/, /"not a url"/]
  },
  {
    title: 'server URL with user-info',
    env: { SIMVUE_URL: 'https://user:secret@simvue.example.com' },
    expect: [/SIMVUE_URL/, /user/i]
  },
  {
    title: 'plain http to a remote host',
    inputs: { 'server-url': 'http://simvue.example.com' },
    expect: [/`server-url`/, /https/, /allow-insecure-http/]
  },
  {
    title: 'unsupported scheme',
    inputs: { 'server-url': 'ftp://simvue.example.com' },
    expect: [/`server-url`/, /http/]
  },
  { title: 'run missing', inputs: { run: '' }, expect: [/`run`/, /id or the name/] },
  {
    title: 'boolean input not a boolean',
    inputs: { 'create-run': 'yes' },
    expect: [/`create-run`/, /"yes"/, /`true` or `false`/]
  },
  { title: 'concurrency zero', inputs: { concurrency: '0' }, expect: [/`concurrency`/, /1 to 64/] },
  {
    title: 'concurrency too large',
    inputs: { concurrency: '100' },
    expect: [/`concurrency`/, /1 to 64/]
  },
  {
    title: 'max-attempts not a number',
    inputs: { 'max-attempts': 'many' },
    expect: [/`max-attempts`/, /"many"/]
  },
  {
    title: 'stall-timeout negative',
    inputs: { 'stall-timeout': '-5' },
    expect: [/`stall-timeout`/, /whole number/]
  },
  {
    title: 'if-no-files-found unknown',
    inputs: { 'if-no-files-found': 'fail' },
    expect: [/`if-no-files-found`/, /`warn`, `error`, `ignore`/]
  },
  {
    title: 'run-status unknown',
    inputs: { 'run-status': 'done' },
    expect: [/`run-status`/, /`completed`/]
  },
  {
    title: 'folder without leading slash',
    inputs: { folder: 'ci/nightly' },
    expect: [/`folder`/, /start with "\/"/]
  },
  {
    title: 'working-directory missing',
    inputs: { 'working-directory': 'no/such/dir' },
    expect: [/`working-directory`/, /not a directory/]
  },
  { title: 'nothing to do', inputs: { path: '' }, expect: [/`path`/, /`objects`/, /create-run/] },
  {
    title: 'if-no-files-found: error with no match',
    inputs: { path: 'missing/**/*.xml', 'if-no-files-found': 'error' },
    expect: [/missing\/\*\*\/\*\.xml/, /if-no-files-found/]
  },
  {
    title: 'names Simvue refuses',
    files: { 'r/résumé (1).txt': 'x', 'r/ok.txt': 'y', 'r/a+b.txt': 'z' },
    inputs: { path: 'r' },
    expect: [/résumé \(1\)\.txt/, /a\+b\.txt/]
  },
  {
    title: 'two files with one name',
    files: { 'x/log.txt': '1', 'y/log.txt': '2' },
    inputs: { path: 'x\ny' },
    expect: [/log\.txt/, /x\/log\.txt/, /y\/log\.txt/, /preserve-path|name-prefix/]
  },
  {
    title: 'preserve-path with a file outside working-directory',
    files: { 'sub/in.txt': 'i', 'outside.txt': 'o' },
    inputs: { path: '../outside.txt', 'working-directory': 'sub', 'preserve-path': 'true' },
    expect: [/outside\.txt/, /working-directory/]
  },
  {
    title: 'path with only excludes',
    inputs: { path: '!out/tmp/**\n# comment' },
    expect: [/`path`/, /only exclude lines/]
  },
  {
    title: 'create-run with a name Simvue refuses',
    inputs: { run: 'nightly (retry)', 'create-run': 'true' },
    expect: [/`run`/, /"nightly \(retry\)"/, /create-run/]
  },
  {
    title: 'metadata nested 30,000 deep',
    inputs: { metadata: `{"a":${'['.repeat(30_000)}${']'.repeat(30_000)}}` },
    expect: [/`metadata`/, /30001 levels deep/, /at most 100/]
  },
  {
    title: 'objects nested 30,000 deep',
    inputs: { objects: `{"a":${'[{"b":'.repeat(10_000)}1${'}]'.repeat(10_000)}}` },
    expect: [/`objects`/, /levels deep/, /flatten/]
  },
  {
    title: 'a token that cannot go in a header',
    env: { SIMVUE_TOKEN: 'abc def\u0007' },
    expect: [/SIMVUE_TOKEN/, /`token`/, /header/]
  },
  {
    title: 'category Output in capitals',
    inputs: { category: 'Output' },
    expect: [/`category`/, /did you mean `output`/]
  }
]

describe.concurrent('bad input fails before any request', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
  })

  for (const c of cases) {
    serverTest(c.title, async ({ t, expect }) => {
      const result = await runAction({
        workspace: makeWorkspace(c.files ?? FILES),
        inputs: { run: 'some-run', path: 'out', ...c.inputs },
        env: { ...t.env, ...c.env }
      })
      expect(result.code, result.stdout).toBe(1)
      const error = result.errors.join('\n')
      for (const pattern of c.expect) expect(error).toMatch(pattern)
      expect(await t.control.requests()).toEqual([])
    })
  }
})
