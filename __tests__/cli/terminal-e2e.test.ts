/**
 * The bundle as people see it: simvue.toml found like the Python client finds it (temp HOME,
 * nested folders), output on a pseudo-terminal (progress bar, colour, NO_COLOR) and in a log.
 */
import { chownSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeWorkspace } from '../helpers/action.ts'
import { useTestServer } from '../helpers/simvue.ts'
import { runCli } from './helpers.ts'

const t = useTestServer()

/** HOME and HOME/project/case, with files to upload in the case folder. */
function layout(): { home: string; project: string; cwd: string } {
  // Real paths: the command line searches from the physical working directory.
  const home = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'sua-home-')))
  const project = path.join(home, 'project')
  const cwd = path.join(project, 'case')
  mkdirSync(path.join(cwd, 'out'), { recursive: true })
  writeFileSync(path.join(cwd, 'out', 'result.csv'), 'a,b\n1,2\n')
  return { home, project, cwd }
}

const serverSection = (url: string, token: string): string =>
  `[server]\nurl = "${url}"\ntoken = "${token}"\n`

describe('configuration files', () => {
  it('uses ~/.simvue.toml as the Python client does, and says so', async () => {
    const { home, cwd } = layout()
    const file = path.join(home, '.simvue.toml')
    writeFileSync(file, serverSection(t.server.url, t.server.token))
    const run = await runCli(['--run', 'cfg-home', '--create-run', 'out/'], { cwd, home })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`Using ${t.server.url}: URL and token from [server] in ${file}.`)
    expect(run.stdout).toContain('Done: 1 uploaded')
  })

  it('a simvue.toml in a parent folder beats the home one, and is pointed out', async () => {
    const { home, project, cwd } = layout()
    writeFileSync(path.join(home, 'simvue.toml'), serverSection('http://127.0.0.1:9', 'wrong'))
    const file = path.join(project, 'simvue.toml')
    writeFileSync(file, serverSection(t.server.url, t.server.token))
    const run = await runCli(['--run', 'cfg-parent', '--create-run', 'out/'], { cwd, home })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`URL and token from [server] in ${file}.`)
    expect(run.stdout).toContain(`Note: ${file} was found in a parent of the current directory.`)
    expect(run.stderr).toBe('')
  })

  // Giving a file to another user needs root (as CI runs); elsewhere this is skipped.
  it.skipIf(process.getuid?.() !== 0)(
    'warns when the URL comes from another user’s file',
    async () => {
      const { project, cwd } = layout()
      const file = path.join(project, 'simvue.toml')
      writeFileSync(file, serverSection(t.server.url, t.server.token))
      chownSync(file, 65534, 65534)
      const run = await runCli(['--run', 'cfg-other', '--create-run', '-q', 'out/'], { cwd })
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).toContain(
        `warning: The server URL comes from ${file}, which belongs to another user (uid 65534)`
      )
    }
  )

  it('--profile picks [profiles.NAME]; SIMVUE_URL still wins for the URL', async () => {
    const { home, cwd } = layout()
    const file = path.join(home, '.simvue.toml')
    writeFileSync(
      file,
      serverSection('http://127.0.0.1:9', 'wrong') +
        `[profiles.dev]\nurl = "http://127.0.0.1:9"\ntoken = "${t.server.token}"\n`
    )
    const run = await runCli(['--run', 'cfg-profile', '--create-run', '--profile', 'dev', 'out/'], {
      cwd,
      home,
      env: { SIMVUE_URL: t.server.url }
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`URL from SIMVUE_URL, token from [profiles.dev] in ${file}.`)
    expect(run.stderr).toContain('warning: The url of profile dev is not used: SIMVUE_URL wins.')
    const unknown = await runCli(['--run', 'x', '--profile', 'prod', 'out/'], { cwd, home })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(`error: Profile prod is not in ${file} (its profiles: dev).`)
  })

  it('a file without a token says which file lacks it', async () => {
    const { home, cwd } = layout()
    const file = path.join(home, 'simvue.toml')
    writeFileSync(file, `[server]\nurl = "${t.server.url}"\n`)
    const run = await runCli(['--run', 'x', 'out/'], { cwd, home })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${file} has no token in [server]`)
  })
})

describe('terminal output', () => {
  afterEach(async () => {
    await t.control.clearFaults()
  })

  // Slow storage, so that the bar is drawn while files are in flight.
  const slowStorage = () =>
    t.control.addFault({ endpoint: 'storage.upload', kind: 'latency', delayMs: 150, times: 0 })

  function manyFiles(): string {
    const files: Record<string, Buffer> = {}
    for (let i = 0; i < 12; i++) files[`data/f${i}.bin`] = Buffer.alloc(50_000, i)
    return makeWorkspace(files)
  }

  // eslint-disable-next-line no-control-regex -- terminal control sequences are the point
  const SGR = /\u001b\[[0-9;]*m/

  it('draws a progress bar and colour on a terminal', async () => {
    await slowStorage()
    const run = await runCli(['--run', 'tty', '--create-run', '--concurrency', '2', 'data/'], {
      cwd: manyFiles(),
      env: { ...t.env, SIMVUE_UPLOAD_PROGRESS_INTERVAL_MS: '200' },
      tty: true
    })
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/\d+% \| \d+\/12 files \| .* of 585\.9 KiB \| .*\/s \| ETA /)
    expect(run.stdout).toContain('\u001b[?25l') // cursor hidden while the bar is shown …
    expect(run.stdout).toContain('\u001b[?25h') // … and shown again
    expect(run.stdout).toContain('\u001b[1m==> Uploading 12 artifacts')
    expect(run.stdout).toContain('Done: 12 uploaded')
    // The bar replaces the core's timed progress line.
    expect(run.stdout).not.toContain('Progress:')
  })

  it('NO_COLOR keeps the bar and drops the colour', async () => {
    await slowStorage()
    const run = await runCli(
      ['--run', 'tty', '--concurrency', '2', '--no-skip-existing', 'data/'],
      {
        cwd: manyFiles(),
        env: { ...t.env, NO_COLOR: '1' },
        tty: true
      }
    )
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/\/12 files \|/)
    expect(run.stdout).not.toMatch(SGR)
  })

  it('writes plain lines to a pipe: no bar, no colour, no control sequence', async () => {
    await slowStorage()
    const run = await runCli(['--run', 'pipe', '--create-run', '--concurrency', '2', 'data/'], {
      cwd: manyFiles(),
      env: { ...t.env, SIMVUE_UPLOAD_PROGRESS_INTERVAL_MS: '200' }
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout + run.stderr).not.toContain('\u001b')
    expect(run.stdout).toMatch(/^==> Uploading 12 artifacts$/m)
    // The core's timed progress line stands in for the bar.
    expect(run.stdout).toMatch(/^ {2}Progress: \d+\/12 files/m)
  })
})
