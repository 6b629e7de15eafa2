/** Runs the dev server as a child process through its CLI (`node dev-server/cli.ts`). */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { DevServer } from '../../dev-server/index.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** A Node able to run .ts files directly (type stripping: Node ≥ 23.6, or the pinned one). */
export function nodeBinary(): string {
  const major = Number(process.versions.node.split('.')[0])
  const pinned = `${root}node_modules/.bin/node`
  return major >= 24 || !existsSync(pinned) ? process.execPath : pinned
}

export interface SpawnedServer extends Omit<DevServer, 'close'> {
  child: ChildProcess
  /** Everything the process wrote to stdout after the JSON line. */
  extraStdout: () => string
  /** Everything the process wrote to stderr so far. */
  stderr: () => string
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export function spawnServer(args: string[] = []): Promise<SpawnedServer> {
  const child = spawn(nodeBinary(), [`${root}dev-server/cli.ts`, ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code))
  )
  let started = false
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev-server did not start: ${stderr}`)), 15_000)
    child.once('exit', (code) => reject(new Error(`dev-server exited (${code}): ${stderr}`)))
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const newline = stdout.indexOf('\n')
      if (newline < 0 || started) return
      started = true
      clearTimeout(timer)
      const info = JSON.parse(stdout.slice(0, newline)) as Omit<DevServer, 'close'>
      resolve({
        ...info,
        child,
        extraStdout: () => stdout.slice(newline + 1),
        stderr: () => stderr,
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null) child.kill(signal)
          return exited
        }
      })
    })
  })
}

/** Resident set size and its peak (VmHWM), in bytes, of a process (Linux only). */
export async function memoryOf(pid: number): Promise<{ rss: number; peak: number } | undefined> {
  const { readFile } = await import('node:fs/promises')
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined)
  if (status === undefined) return undefined
  const kb = (name: string): number =>
    Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]) * 1024
  return { rss: kb('VmRSS'), peak: kb('VmHWM') }
}
