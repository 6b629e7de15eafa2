/** The server must not get slower as it fills: listings cost O(matches), not O(all). */
import { Agent, request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, artifactBody, createRun, list, obj } from './helpers.ts'
import { type SpawnedServer, spawnServer } from './spawn.ts'

// A separate process, so that server and test client do not share one thread.
let server: SpawnedServer
const agent = new Agent({ keepAlive: true, maxSockets: 16 })
beforeAll(async () => {
  server = await spawnServer()
})
afterAll(async () => {
  agent.destroy()
  await server.stop()
})

/** A JSON API call over a keep-alive node:http agent (faster than fetch for bulk work). */
function call(method: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const payload = JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const headers = {
      authorization: `Bearer ${server.token}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload)
    }
    const req = request(`${server.apiUrl}${path}`, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`${path}: ${res.statusCode}`))
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
      })
    })
    req.on('error', reject)
    req.end(payload)
  })
}

/** Runs `task(i)` for i < n with `concurrency` requests in flight. */
async function pool(
  n: number,
  concurrency: number,
  task: (i: number) => Promise<void>
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < n) await task(next++)
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

/** Median duration (ms) of `rounds` sequential calls. */
async function median(rounds: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now()
    await task()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(rounds / 2)] ?? 0
}

describe('scale', () => {
  it('lists a small run as fast with 20,000 artifacts stored as with a handful', async () => {
    const small = await createRun(server, { name: 'small-run' })
    for (let i = 0; i < 5; i += 1) {
      const created = await call('POST', '/artifacts', artifactBody(`s${i}.txt`, `${i}`))
      await call('PUT', `/runs/${small}/artifacts/${created.id}`, { category: 'output' })
    }
    const filters = encodeURIComponent('["name == small-run"]')
    const listSmall = (): Promise<unknown> => api(server, 'GET', `/runs/${small}/artifacts`)
    const findByName = (): Promise<unknown> => api(server, 'GET', `/runs?filters=${filters}`)
    await median(20, listSmall) // warm up
    const before = await median(31, listSmall)
    const beforeFind = await median(31, findByName)

    const big = await createRun(server, { name: 'big-run' })
    await pool(20_000, 16, async (i) => {
      const created = await call('POST', '/artifacts', artifactBody(`f${i}.txt`, `${i}`))
      if (i % 10 === 0) {
        await call('PUT', `/runs/${big}/artifacts/${created.id}`, { category: 'output' })
      }
    })
    await pool(1_000, 16, async () => {
      await call('POST', '/runs', { folder: '/', name: 'filler' })
    })

    const after = await median(31, listSmall)
    const afterFind = await median(31, findByName)
    expect(list(await api(server, 'GET', `/runs/${small}/artifacts`))).toHaveLength(5)
    expect(obj(await api(server, 'GET', '/artifacts?count=1')).count).toBe(20_005)
    expect(list(await api(server, 'GET', `/runs/${big}/artifacts`))).toHaveLength(2_000)
    // Loose bounds: an O(n) scan over 20,000 records would show up as a large factor.
    expect(after).toBeLessThan(Math.max(before * 3, before + 5))
    expect(afterFind).toBeLessThan(Math.max(beforeFind * 3, beforeFind + 5))
  })
})
