/**
 * Bench plumbing: the scratch directory and its cleanup (also on Ctrl-C), timed child
 * processes with optional peak RSS, medians and formatting.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const TIME_BIN = '/usr/bin/time'
const HAVE_TIME = existsSync(TIME_BIN)

/** Children still running (the measured process, the dev server): killed on exit. */
const children = new Set<ChildProcess>()
const cleanups: (() => void | Promise<void>)[] = []
let scratch: string | undefined

/** The bench's scratch directory (created on first use, removed at exit). */
export function scratchDir(): string {
  scratch ??= mkdtempSync(path.join(os.tmpdir(), 'simvue-bench-'))
  return scratch
}

export function track(child: ChildProcess): void {
  children.add(child)
  child.once('exit', () => children.delete(child))
}

/** Registers an async cleanup step (run before the scratch directory is removed). */
export function onCleanup(step: () => void | Promise<void>): void {
  cleanups.push(step)
}

let cleaning: Promise<void> | undefined

/** Stops the children, runs the cleanup steps, removes the scratch directory (once). */
export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of children) child.kill('SIGTERM')
    for (const step of cleanups.reverse()) {
      try {
        await step()
      } catch (error) {
        console.error(`cleanup: ${String(error)}`)
      }
    }
    if (scratch) rmSync(scratch, { recursive: true, force: true })
  })()
  return cleaning
}

let interrupted = false

/** True once a signal has started the cleanup (the failures that follow are expected). */
export function wasInterrupted(): boolean {
  return interrupted
}

/** Ctrl-C or a kill: stop the children, remove the data, exit 130. */
export function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      interrupted = true
      console.error(`\n${signal}: stopping and removing the bench data…`)
      void cleanup().finally(() => process.exit(130))
    })
  }
}

export interface TimedOptions {
  env?: Record<string, string>
  cwd?: string
  /** stdout and stderr go to this file (else /dev/null). */
  log?: string
  /** Measure the peak RSS (KiB) and the CPU time of the process. */
  rss?: boolean
  timeoutMs?: number
}

export interface Timed {
  ms: number
  code: number | null
  /** Peak resident set size in KiB, when asked for. */
  peakKiB?: number
  /** User + system CPU time in ms, when asked for (and /usr/bin/time exists). */
  cpuMs?: number
}

/**
 * Runs one command and returns its wall time (spawn to exit). With `rss`, the peak RSS
 * and CPU time come from `/usr/bin/time -f '%M %U %S'` (wait4's rusage), else the peak
 * from polling VmHWM (and no CPU time).
 */
export async function timed(
  cmd: string,
  args: string[],
  options: TimedOptions = {}
): Promise<Timed> {
  let argv = [cmd, ...args]
  let rssFile: string | undefined
  if (options.rss && HAVE_TIME) {
    rssFile = path.join(scratchDir(), `rss-${process.hrtime.bigint()}`)
    argv = [TIME_BIN, '-f', '%M %U %S', '-o', rssFile, ...argv]
  }
  const out = options.log ? openSync(options.log, 'w') : 'ignore'
  const start = performance.now()
  const child = spawn(argv[0] as string, argv.slice(1), {
    env: options.env ?? (process.env as Record<string, string>),
    cwd: options.cwd,
    stdio: ['ignore', out, out]
  })
  track(child)
  let hwm = 0
  const poll =
    options.rss && !HAVE_TIME
      ? setInterval(() => {
          hwm = Math.max(hwm, readHwm(child.pid))
        }, 5)
      : undefined
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (exitCode) => resolve(exitCode))
  })
  const ms = performance.now() - start
  clearTimeout(timer)
  if (poll) clearInterval(poll)
  if (typeof out === 'number') closeSync(out)
  const result: Timed = { ms, code }
  if (rssFile) {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n')
    const [peak, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number)
    result.peakKiB = peak
    result.cpuMs = ((user ?? NaN) + (system ?? NaN)) * 1000
    rmSync(rssFile, { force: true })
  } else if (options.rss) {
    result.peakKiB = hwm
  }
  return result
}

function readHwm(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat. */
export function cpuOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10 // clock ticks of 10 ms
  } catch {
    return NaN
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export function fmtMs(ms: number): string {
  return ms >= 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${Math.round(ms)} ms`
}

export function fmtMiB(kib: number): string {
  return `${(kib / 1024).toFixed(1)} MiB`
}

/** "1.2 s, 1.3 s, 1.1 s" — every run, for the raw lines. */
export function fmtRuns(values: readonly number[], format: (v: number) => string = fmtMs): string {
  return values.map(format).join(', ')
}

/** Tail of a log file, for error messages. */
export function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

export class BenchError extends Error {}
