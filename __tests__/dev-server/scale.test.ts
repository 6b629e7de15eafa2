/**
 * The server must not get slower as it fills: a run's listing and a name lookup read the
 * store's indexes (O(matches)), never every record. Checked deterministically through the
 * route table and handlers on a store of 20,000 artifacts and 1,000 runs whose full tables
 * refuse to be read, rather than by timing HTTP calls (noisy on a shared machine).
 */
import { describe, expect, it } from 'vitest'
import type { ApiContext, ApiRequest } from '../../dev-server/api-types.ts'
import { matchRoute } from '../../dev-server/routes.ts'
import { Signer } from '../../dev-server/signer.ts'
import { Store } from '../../dev-server/state.ts'

/** An array or map that throws when anything reads its elements or its size. */
function untouchable<T extends object>(target: T, label: string): T {
  const isMap = target instanceof Map
  const reads = new Set<PropertyKey>([
    Symbol.iterator,
    'length',
    'size',
    'values',
    'keys',
    'entries',
    'forEach'
  ])
  return new Proxy(target, {
    get(object, key, receiver) {
      if (reads.has(key)) throw new Error(`${label} was read in full (${String(key)})`)
      if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error(`${label}[${key}] read`)
      // Map methods need the map itself as `this`; array methods run on the proxy, so that
      // what they read (length, elements) trips the trap.
      const value: unknown = Reflect.get(object, key, isMap ? object : receiver)
      return isMap && typeof value === 'function' ? (value as () => unknown).bind(object) : value
    }
  })
}

function call(ctx: ApiContext, method: string, target: string): { status: number; body: unknown } {
  const url = new URL(target, 'http://dev')
  const route = matchRoute(method, url.pathname)
  if (!('handler' in route)) throw new Error(`no route for ${method} ${target}`)
  const req: ApiRequest = {
    method,
    params: route.params,
    query: url.searchParams,
    body: Buffer.alloc(0),
    contentType: undefined
  }
  return route.handler(ctx, req)
}

describe('scale', () => {
  it('lists a small run and finds a run by name without reading the 20,000 other records', () => {
    const store = new Store()
    const ctx: ApiContext = {
      store,
      signer: new Signer(3600, 2 ** 30),
      storageUrl: 'http://storage',
      version: '1.2.16'
    }
    const artifact = (name: string) =>
      store.createArtifact({
        name,
        original_path: `/tmp/${name}`,
        size: 1,
        mime_type: 'text/plain',
        checksum: null,
        metadata: null
      })
    const small = store.createRun({ name: 'small-run', folder: '/', status: 'running' })
    for (let i = 0; i < 5; i += 1) store.attach(small.id, artifact(`s${i}.txt`), 'output')
    const big = store.createRun({ name: 'big-run', folder: '/', status: 'running' })
    for (let i = 0; i < 20_000; i += 1) {
      const created = artifact(`f${i}.txt`)
      if (i % 10 === 0) store.attach(big.id, created, 'output')
    }
    for (let i = 0; i < 1_000; i += 1) store.createRun({ name: 'filler', folder: '/f' })
    expect(store.artifactOrder).toHaveLength(20_005)

    const tables = store as unknown as Record<string, object>
    for (const key of ['artifactOrder', 'runOrder', 'artifacts', 'runs']) {
      Object.defineProperty(store, key, { value: untouchable(tables[key] as object, key) })
    }
    const runArtifacts = call(ctx, 'GET', `/api/runs/${small.id}/artifacts`)
    expect(runArtifacts.status).toBe(200)
    expect((runArtifacts.body as { name: string }[]).map((a) => a.name)).toEqual([
      's0.txt',
      's1.txt',
      's2.txt',
      's3.txt',
      's4.txt'
    ])
    const named = call(ctx, 'GET', `/api/runs/${small.id}/artifacts?name=s3.txt`)
    expect(named.body).toHaveLength(1)
    const filters = encodeURIComponent('["name == small-run"]')
    const found = call(ctx, 'GET', `/api/runs?filters=${filters}`).body as { count: number }
    expect(found.count).toBe(1)
    const inFolder = encodeURIComponent('["folder.path == /f", "name == filler"]')
    expect(
      (call(ctx, 'GET', `/api/runs?filters=${inFolder}`).body as { count: number }).count
    ).toBe(1_000)
    const byRun = call(ctx, 'GET', `/api/artifacts?runs=${encodeURIComponent(`["${small.id}"]`)}`)
    expect((byRun.body as { count: number }).count).toBe(5)
    // The trap itself works: a full listing does read the table.
    expect(() => call(ctx, 'GET', '/api/artifacts?count=1')).toThrow(/artifactOrder/)
  })
})
