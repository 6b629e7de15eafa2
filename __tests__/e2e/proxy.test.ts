/**
 * Proxies (docs/design.md, "Security"): API requests go through HTTP_PROXY / HTTPS_PROXY as CONNECT tunnels,
 * and NO_PROXY bypasses them. The server is named `simvue.localhost`, which only the proxy
 * can reach: loopback addresses always bypass proxies in @actions/http-client.
 */
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { useTestServer } from '../helpers/simvue.ts'

const t = useTestServer()
const tunnels: string[] = []
let proxy: Server
let proxyUrl = ''

beforeAll(async () => {
  proxy = createServer((_request, response) => response.writeHead(405).end())
  proxy.on('connect', (request, client, head) => {
    const target = request.url ?? ''
    tunnels.push(target)
    const port = Number(target.split(':').pop())
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    const close = (): void => {
      client.destroy()
      upstream.destroy()
    }
    upstream.on('error', close)
    client.on('error', close)
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
})
afterAll(() => {
  proxy.close()
})

describe('proxies', () => {
  it('sends API requests through the proxy', async () => {
    const runId = await t.createRun('proxied')
    const apiPort = new URL(t.server.url).port
    tunnels.length = 0
    const result = await runAction({
      workspace: makeWorkspace({ 'a.txt': 'through the proxy' }),
      inputs: { run: runId, path: 'a.txt' },
      env: { ...t.env, SIMVUE_URL: `http://simvue.localhost:${apiPort}`, HTTP_PROXY: proxyUrl }
    })
    expect(result.code, result.stdout).toBe(0)
    expect(tunnels).toContain(`simvue.localhost:${apiPort}`)
    expect((await t.runArtifacts(runId)).map((a) => a.name)).toEqual(['a.txt'])
  })

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const apiPort = new URL(t.server.url).port
    tunnels.length = 0
    const result = await runAction({
      workspace: makeWorkspace({ 'a.txt': 'x' }),
      inputs: { run: 'any', path: 'a.txt', 'max-attempts': '1' },
      env: {
        ...t.env,
        SIMVUE_URL: `http://simvue.localhost:${apiPort}`,
        HTTP_PROXY: proxyUrl,
        NO_PROXY: 'simvue.localhost'
      }
    })
    // Without the proxy the name does not resolve: the action went direct.
    expect(result.code).toBe(1)
    expect(result.errors.join('\n')).toMatch(/simvue\.localhost/)
    expect(tunnels).toEqual([])
  })
})
