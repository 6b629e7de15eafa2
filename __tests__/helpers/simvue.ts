/**
 * Test-side access to the development server through the contract's own endpoints
 * (independent of the action's client code) and its control endpoint.
 */
import { afterAll, beforeAll, test } from 'vitest'
import { DevServerControl } from '../../dev-server/control.ts'
import { startDevServer, type DevServer } from '../../dev-server/index.ts'

export interface TestServer {
  server: DevServer
  control: DevServerControl
  env: Record<string, string>
  api<T>(method: string, path: string, body?: unknown): Promise<T>
  createRun(name: string, options?: { status?: string; folder?: string }): Promise<string>
  runArtifacts(runId: string, category?: string): Promise<StoredArtifact[]>
  download(artifact: StoredArtifact): Promise<Buffer>
  close(): Promise<void>
}

export interface StoredArtifact {
  id: string
  name: string
  size: number
  mime_type: string
  checksum: string
  original_path: string
  uploaded: boolean
  url: string | null
  category?: string
  metadata: Record<string, unknown> | null
}

export async function startTestServer(): Promise<TestServer> {
  const server = await startDevServer()
  const control = new DevServerControl(server.controlUrl)
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.apiUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${server.token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    if (!response.ok && response.status !== 409) {
      throw new Error(`${method} ${path} -> ${response.status} ${text}`)
    }
    return JSON.parse(text) as T
  }
  return {
    server,
    control,
    env: { SIMVUE_URL: server.url, SIMVUE_TOKEN: server.token },
    api,
    async createRun(name, options = {}) {
      const folder = options.folder ?? '/'
      await api('POST', '/folders', { path: folder })
      const run = await api<{ id: string }>('POST', '/runs', {
        name,
        folder,
        status: options.status ?? 'running'
      })
      return run.id
    },
    async runArtifacts(runId, category) {
      const query = category ? `?category=${category}` : ''
      return api<StoredArtifact[]>('GET', `/runs/${runId}/artifacts${query}`)
    },
    async download(artifact) {
      if (!artifact.url) throw new Error(`artifact ${artifact.name} has no download url`)
      const response = await fetch(artifact.url)
      if (response.status !== 200) throw new Error(`download ${artifact.name}: ${response.status}`)
      return Buffer.from(await response.arrayBuffer())
    },
    close: () => server.close()
  }
}

export { sha256 } from './sha256.ts'

/** A dev server for the whole test file: started before its tests, closed after them. */
export function useTestServer(): TestServer {
  const handle = {} as TestServer
  beforeAll(async () => {
    Object.assign(handle, await startTestServer())
  })
  afterAll(async () => {
    await handle.close()
  })
  return handle
}

/**
 * `test` with a dev server of its own for each test (`serverTest('…', async ({ t }) => …)`):
 * for concurrent tests (`serverTest.concurrent`, `describe.concurrent`) that switch faults,
 * since faults and the request log are switches on one server.
 */
export const serverTest = test.extend<{ t: TestServer }>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a test uses from this pattern
  t: async ({}, use) => {
    const server = await startTestServer()
    try {
      await use(server)
    } finally {
      await server.close()
    }
  }
})
