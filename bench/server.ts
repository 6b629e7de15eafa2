/**
 * The development server in its own process (so that it never shares an event loop with a
 * measured process), plus the untimed API calls the bench makes for setup.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, openSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { DevServerControl } from '../dev-server/control.ts'
import { NODE24, ROOT } from '../dev-server/runner.ts'
import { BenchError, cpuOf, onCleanup, scratchDir, tail, track } from './harness.ts'

export interface BenchServer {
  url: string
  apiUrl: string
  storageUrl: string
  token: string
  control: DevServerControl
  api<T>(method: string, route: string, body?: unknown): Promise<T>
  /** A fresh run (status running) in folder /bench. */
  createRun(name: string): Promise<string>
  /** The number of artifacts attached to a run in a category. */
  countArtifacts(runId: string, category?: string): Promise<number>
  /** CPU time the server process has used so far (ms). */
  cpuMs(): number
  /**
   * Deletes the uploaded bytes the server stored (its records stay): after a large upload,
   * so that gigabytes of dirty pages being written back do not slow the next timed run.
   */
  dropStoredBytes(): void
  /** `latencyMs` > 0: every API and storage request is delayed; 0: no faults. */
  setLatency(latencyMs: number): Promise<void>
}

interface Urls {
  url: string
  apiUrl: string
  storageUrl: string
  controlUrl: string
  token: string
}

export async function startServer(): Promise<BenchServer> {
  const dataDir = path.join(scratchDir(), 'server-data')
  mkdirSync(dataDir, { recursive: true })
  const logFile = path.join(scratchDir(), 'server.log')
  const child = spawn(NODE24, [path.join(ROOT, 'dev-server', 'cli.ts'), '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', openSync(logFile, 'w')]
  })
  track(child)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    }
  })
  const stdout = child.stdout
  if (!stdout) throw new BenchError('dev server: no stdout')
  const urls = await new Promise<Urls>((resolve, reject) => {
    let text = ''
    stdout.setEncoding('utf8')
    stdout.on('data', (chunk: string) => {
      text += chunk
      const newline = text.indexOf('\n')
      if (newline < 0) return
      try {
        resolve(JSON.parse(text.slice(0, newline)) as Urls)
      } catch (error) {
        reject(new BenchError(`dev server printed ${text.slice(0, newline)}: ${String(error)}`))
      }
    })
    child.once('exit', (code) =>
      reject(new BenchError(`dev server exited (${code}) before listening:\n${tail(logFile)}`))
    )
  })
  stdout.resume()
  const control = new DevServerControl(urls.controlUrl)

  async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${urls.apiUrl}${route}`, {
      method,
      headers: {
        Authorization: `Bearer ${urls.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    if (!response.ok && response.status !== 409) {
      throw new BenchError(`${method} ${route} -> ${response.status} ${text.slice(0, 300)}`)
    }
    return JSON.parse(text) as T
  }

  await api('POST', '/folders', { path: '/bench' })
  return {
    ...urls,
    control,
    api,
    async createRun(name) {
      const run = await api<{ id: string }>('POST', '/runs', {
        name,
        folder: '/bench',
        status: 'running'
      })
      return run.id
    },
    async countArtifacts(runId, category = 'output') {
      const list = await api<unknown[]>('GET', `/runs/${runId}/artifacts?category=${category}`)
      return list.length
    },
    cpuMs: () => cpuOf(child.pid),
    dropStoredBytes() {
      const stored = path.join(dataDir, 'artifacts')
      for (const name of readdirSync(stored)) rmSync(path.join(stored, name), { force: true })
    },
    async setLatency(latencyMs) {
      await control.clearFaults()
      if (latencyMs > 0) {
        await control.addFault({ endpoint: '*', kind: 'latency', delayMs: latencyMs, times: 0 })
      }
    }
  }
}
