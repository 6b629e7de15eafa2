/**
 * Runs the development server: `node dev-server/cli.ts [--token T | --jwt] [--host H]
 * [--api-port N] [--storage-port N] [--latency-ms N] [--data-dir D] [--verbose]`. Prints one
 * JSON line with the URLs once listening; with --verbose, one line per request on stderr.
 * Exits cleanly on SIGINT/SIGTERM. dev-server/README.md describes every flag.
 */
import { parseArgs } from 'node:util'
import { startDevServer } from './index.ts'
import type { DevServerOptions } from './types.ts'
import { JWT_TOKEN } from './util.ts'

function port(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${flag}: not a port: ${value}`)
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      token: { type: 'string' },
      jwt: { type: 'boolean' },
      host: { type: 'string' },
      'api-port': { type: 'string' },
      'storage-port': { type: 'string' },
      'latency-ms': { type: 'string' },
      'data-dir': { type: 'string' },
      verbose: { type: 'boolean' }
    },
    strict: true
  })
  if (values.jwt && values.token !== undefined)
    throw new Error('--jwt and --token exclude each other')
  const options: DevServerOptions = {}
  if (values.token !== undefined) options.token = values.token
  if (values.jwt) options.token = JWT_TOKEN
  if (values.host !== undefined) options.host = values.host
  const apiPort = port(values['api-port'], '--api-port')
  const storagePort = port(values['storage-port'], '--storage-port')
  if (apiPort !== undefined) options.apiPort = apiPort
  if (storagePort !== undefined) options.storagePort = storagePort
  if (values['data-dir'] !== undefined) options.dataDir = values['data-dir']
  if (values.verbose) options.onRequest = (line) => void process.stderr.write(`${line}\n`)
  const latency = values['latency-ms'] === undefined ? 0 : Number(values['latency-ms'])
  if (!Number.isInteger(latency) || latency < 0) throw new Error('--latency-ms: not a number')

  const server = await startDevServer(options)
  if (latency > 0) {
    const response = await fetch(`${server.controlUrl}/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: '*', kind: 'latency', delayMs: latency, times: 0 })
    })
    if (!response.ok) throw new Error(`could not set latency: ${response.status}`)
  }
  const { url, apiUrl, storageUrl, controlUrl, token } = server
  process.stdout.write(`${JSON.stringify({ url, apiUrl, storageUrl, controlUrl, token })}\n`)

  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    server.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`dev-server: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
