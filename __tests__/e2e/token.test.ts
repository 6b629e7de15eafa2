/** The token goes to the API origin only and never into logs, outputs or the summary. */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { makeWorkspace, runAction } from '../helpers/action.ts'
import { useTestServer } from '../helpers/simvue.ts'

const t = useTestServer()

describe('token handling', () => {
  it('sends the token only to the API origin and never prints it, even with step debug on', async () => {
    const runId = await t.createRun('token-check')
    await t.control.clearRequests()
    const result = await runAction({
      workspace: makeWorkspace({ 'logs/a.log': 'alpha', 'logs/b.log': 'beta' }),
      inputs: { run: runId, path: 'logs', objects: '{"params": {"lr": 0.1}}' },
      env: { ...t.env, RUNNER_DEBUG: '1' }
    })
    expect(result.code, result.stdout).toBe(0)

    const requests = await t.control.requests()
    const storage = requests.filter((r) => r.origin === 'storage')
    const api = requests.filter((r) => r.origin === 'api')
    expect(storage.length).toBe(3)
    expect(api.length).toBeGreaterThan(3)
    for (const request of storage) expect(request.headers.authorization).toBeUndefined()
    for (const request of api)
      expect(request.headers.authorization).toBe(`Bearer ${t.server.token}`)

    // The runner swallows the ::add-mask:: announcement; nothing else may show the token.
    const shown = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(result.stdout).toContain(`::add-mask::${t.server.token}`)
    expect(shown).not.toContain(t.server.token)
    expect(result.stderr).not.toContain(t.server.token)
    expect(JSON.stringify(result.outputs)).not.toContain(t.server.token)
    expect(result.summary).not.toContain(t.server.token)
    expect(readFileSync(result.workspace + '/logs/a.log', 'utf8')).toBe('alpha')
    expect(shown).toContain('::debug::')
  })

  it('fails once with one message about the token when the server refuses it', async () => {
    await t.control.clearRequests()
    const result = await runAction({
      workspace: makeWorkspace({ 'a.txt': 'a' }),
      inputs: { run: 'any', path: 'a.txt' },
      env: { ...t.env, SIMVUE_TOKEN: 'wrong-token' }
    })
    expect(result.code).toBe(1)
    expect(result.errors.join('\n')).toMatch(/token/i)
    const requests = await t.control.requests()
    expect(requests.map((r) => r.endpoint)).toEqual(['version'])
  })

  it('does not follow a redirecting API to another origin, and shows where it pointed', async () => {
    const seen: IncomingHttpHeaders[] = []
    const redirector = createServer((request, response) => {
      seen.push(request.headers)
      response.writeHead(307, { Location: `${t.server.apiUrl}${request.url?.slice(4) ?? ''}` })
      response.end()
    })
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve))
    const port = (redirector.address() as AddressInfo).port
    await t.control.clearRequests()
    try {
      const result = await runAction({
        workspace: makeWorkspace({ 'a.txt': 'a' }),
        inputs: { run: 'any', path: 'a.txt' },
        env: { ...t.env, SIMVUE_URL: `http://127.0.0.1:${port}`, RUNNER_DEBUG: '1' }
      })
      expect(result.code).toBe(1)
      expect(result.errors.join('\n')).toContain(`${t.server.apiUrl}/version`)
      expect(seen.length).toBeGreaterThan(0)
      expect(seen[0]?.authorization).toBe(`Bearer ${t.server.token}`)
      // The other origin never heard from the action.
      expect(await t.control.requests()).toEqual([])
    } finally {
      redirector.close()
    }
  })
})
