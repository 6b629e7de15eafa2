/**
 * Runs the committed command line bundle as a user would: a fresh copy of dist/cli/ in a
 * temp directory (no node_modules anywhere above it), under Node 20 (the machine's `node`)
 * or Node 24, with a clean environment and a temp HOME, optionally on a pseudo-terminal.
 */
import { spawn, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { NODE24, ROOT } from '../helpers/action.ts'

const CLI_DIST = path.join(ROOT, 'dist', 'cli')

let copied: string | null = null

/** dist/cli/ copied once per test file to a temp directory; its index.js. */
export function cliBundle(): string {
  if (!existsSync(path.join(CLI_DIST, 'index.js'))) {
    throw new Error('dist/cli/index.js is missing: run `npm run bundle` first')
  }
  if (!copied) {
    copied = mkdtempSync(path.join(os.tmpdir(), 'sua-cli-'))
    cpSync(CLI_DIST, copied, { recursive: true })
  }
  return path.join(copied, 'index.js')
}

/** PATH without node_modules/.bin (npm scripts put the `node` package's Node 24 there). */
export const USER_PATH = (process.env.PATH ?? '/usr/bin:/bin')
  .split(path.delimiter)
  .filter((dir) => !dir.split(/[\\/]/).includes('node_modules'))
  .join(path.delimiter)

/** The machine's `node` (Node 20 here), found on PATH as a user's shell would. */
export const NODE20 = execFileSync('node', ['-p', 'process.execPath'], {
  encoding: 'utf8',
  env: { ...process.env, PATH: USER_PATH }
}).trim()
export { NODE24 }

export function nodeMajor(node: string): number {
  const version = execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' })
  return Number(version.split('.')[0])
}

export interface CliRun {
  code: number | null
  stdout: string
  /** On a pseudo-terminal stdout and stderr are one stream, all in `stdout`. */
  stderr: string
}

export interface CliOptions {
  cwd: string
  env?: Record<string, string | undefined>
  /** A temp directory when omitted, so that the developer's ~/.simvue.toml never counts. */
  home?: string
  node?: string
  /** Run on a pseudo-terminal (Python's pty module) instead of pipes. */
  tty?: boolean
  timeoutMs?: number
  /** Sends SIGINT once stdout or stderr matches (Ctrl-C at the terminal). */
  interruptWhen?: RegExp
}

const PTY = [
  'import os, pty, sys',
  // A wide terminal, so that the progress bar is not cut.
  'os.environ["COLUMNS"] = "160"',
  'status = pty.spawn(sys.argv[1:])',
  'sys.exit(os.waitstatus_to_exitcode(status))'
].join('\n')

export async function runCli(args: string[], options: CliOptions): Promise<CliRun> {
  const home = options.home ?? mkdtempSync(path.join(os.tmpdir(), 'sua-home-'))
  const base: Record<string, string | undefined> = {
    PATH: USER_PATH,
    HOME: home,
    ...options.env
  }
  const env = Object.fromEntries(
    Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
  const command = [options.node ?? NODE20, cliBundle(), ...args]
  const [file, ...rest] = options.tty ? ['python3', '-c', PTY, ...command] : command
  const child = spawn(file as string, rest, {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  let interrupted = false
  const watch = (): void => {
    if (!interrupted && options.interruptWhen?.test(stdout + stderr)) {
      interrupted = true
      child.kill('SIGINT')
    }
  }
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    watch()
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    watch()
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return { code, stdout, stderr }
}
