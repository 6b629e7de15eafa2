/** The CLI as a process: its one JSON line, signals, flags, and streaming memory use. */
import { createHash, randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { api, artifactBody, multipart, obj, rawRequest, sha256hex, upload } from './helpers.ts'
import { type SpawnedServer, memoryOf, spawnServer } from './spawn.ts'

let running: SpawnedServer | undefined
afterEach(async () => {
  await running?.stop('SIGKILL')
  running = undefined
})

describe('cli', () => {
  it('prints one JSON line with the URLs, nothing else, and exits 0 on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const server = await spawnServer(['--token', 'cli-token'])
      running = server
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.apiUrl).toBe(`${server.url}/api`)
      expect(server.controlUrl).toBe(`${server.url}/_control`)
      expect(server.storageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.token).toBe('cli-token')
      const reply = await api(server, 'GET', '/version')
      expect(reply.json).toEqual({ version: '1.2.0' })
      expect(await server.stop(signal)).toBe(0)
      expect(server.extraStdout()).toBe('')
      running = undefined
    }
  })

  it('adds latency to every request with --latency-ms', async () => {
    const server = await spawnServer(['--latency-ms', '150'])
    running = server
    await api(server, 'GET', '/version')
    const started = performance.now()
    await api(server, 'GET', '/version')
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    const storage = performance.now()
    await rawRequest(`${server.storageUrl}/bucket/artifacts/x?X-Amz-Signature=0`)
    expect(performance.now() - storage).toBeGreaterThanOrEqual(140)
  })

  it('fails with a message for a bad flag', async () => {
    await expect(spawnServer(['--api-port', 'abc'])).rejects.toThrow(/--api-port/)
  })
})

describe('streaming', () => {
  it('uploads 64 MiB without the server RSS growing by anything like 64 MiB', async () => {
    if (process.platform !== 'linux') return
    const server = await spawnServer()
    running = server
    const pid = server.child.pid ?? 0
    // Warm up the upload path so that code and buffers exist before measuring.
    const warm = Buffer.alloc(1024 * 1024, 1)
    const warmCreated = obj(await api(server, 'POST', '/artifacts', artifactBody('warm.bin', warm)))
    const warmReply = await upload(
      { id: String(warmCreated.id), url: String(warmCreated.url), fields: warmCreated.fields as Record<string, string> },
      warm
    )
    expect(warmReply.status).toBe(204)

    const block = randomBytes(1024 * 1024)
    const blocks = Number(process.env.BLOCKS ?? 64)
    const hash = createHash('sha256')
    for (let i = 0; i < blocks; i += 1) hash.update(block)
    const checksum = hash.digest('hex')
    const size = block.length * blocks
    const created = obj(
      await api(server, 'POST', '/artifacts', {
        ...artifactBody('big.bin', ''),
        size,
        checksum
      })
    )
    const fields = created.fields as Record<string, string>
    const form = multipart(fields, Buffer.alloc(0))
    // Split the prebuilt form around its (empty) file to stream 64 MiB in between.
    const marker = form.body.indexOf('filename="f.bin"\r\n\r\n') + 'filename="f.bin"\r\n\r\n'.length
    const head = form.body.subarray(0, marker)
    const tail = form.body.subarray(marker)
    async function* body(): AsyncGenerator<Buffer> {
      yield head
      for (let i = 0; i < blocks; i += 1) yield block
      yield tail
    }
    const before = await memoryOf(pid)
    const reply = await rawRequest(String(created.url), {
      method: 'POST',
      headers: {
        'content-type': form.contentType,
        'content-length': String(head.length + size + tail.length)
      },
      body: Readable.from(body())
    })
    expect(reply.status).toBe(204)
    const after = await memoryOf(pid)
    const growth = (after?.peak ?? 0) - (before?.rss ?? 0)
    console.log("growth MiB", growth / 2 ** 20, before, after)
    expect(growth).toBeLessThan(40 * 1024 * 1024)

    await api(server, 'PUT', `/artifacts/${String(created.id)}`, { uploaded: true })
    const url = String(obj(await api(server, 'GET', `/artifacts/${String(created.id)}`)).url)
    const download = await fetch(url)
    const downloaded = createHash('sha256')
    for await (const chunk of download.body as unknown as AsyncIterable<Uint8Array>) {
      downloaded.update(chunk)
    }
    expect(downloaded.digest('hex')).toBe(checksum)
    expect(sha256hex('')).toHaveLength(64)
  })
})
