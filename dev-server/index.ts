/**
 * A Simvue-compatible development server: the API and S3-like storage on two loopback
 * ports (two origins), plus a control endpoint for fault injection and the request log.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { handleApi } from './api-server.ts'
import type { ServerContext } from './context.ts'
import { FaultRegistry } from './faults.ts'
import { RequestLog } from './request-log.ts'
import { Signer } from './signer.ts'
import { Store } from './state.ts'
import { handleStorage } from './storage-server.ts'
import type { DevServer, DevServerOptions } from './types.ts'
import { reportRequest } from './verbose.ts'

export type {
  DevServer,
  DevServerOptions,
  Endpoint,
  FaultSpec,
  FaultKind,
  RequestLogEntry
} from './types.ts'

function makeServer(handler: Parameters<typeof createServer>[1]): Server {
  const server = createServer({ keepAliveTimeout: 65_000, requestTimeout: 0 }, handler)
  server.headersTimeout = 66_000
  return server
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve()
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

function origin(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}

export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const host = options.host ?? '127.0.0.1'
  const token = options.token ?? 'dev-token'
  const tempDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'simvue-dev-server-')))
  await mkdir(join(dataDir, 'tmp'), { recursive: true })
  await mkdir(join(dataDir, 'artifacts'), { recursive: true })
  const closing = new AbortController()
  const ctx: ServerContext = {
    store: new Store(),
    signer: new Signer(options.policyTtlSeconds ?? 3600, options.maxUploadBytes ?? 5 * 2 ** 30),
    storageUrl: '',
    version: options.version ?? '1.2.16',
    token,
    faults: new FaultRegistry(),
    log: new RequestLog(),
    dataDir,
    closing: closing.signal
  }
  const print = options.onRequest
  const api = makeServer((req, res) => {
    if (print) reportRequest('api', req, res, print)
    handleApi(ctx, req, res).catch(() => req.socket.destroy())
  })
  const storage = makeServer((req, res) => {
    if (print) reportRequest('storage', req, res, print)
    handleStorage(ctx, req, res)
  })
  const close = async (): Promise<void> => {
    closing.abort()
    await Promise.all([closeServer(api), closeServer(storage)])
    if (tempDir) await rm(dataDir, { recursive: true, force: true })
  }
  try {
    const apiPort = await listen(api, options.apiPort ?? 0, host)
    const storagePort = await listen(storage, options.storagePort ?? 0, host)
    ctx.storageUrl = origin(host, storagePort)
    const url = origin(host, apiPort)
    return {
      url,
      apiUrl: `${url}/api`,
      storageUrl: ctx.storageUrl,
      controlUrl: `${url}/_control`,
      token,
      close
    }
  } catch (error) {
    await close()
    throw error
  }
}
