/**
 * Conformance: artifacts create, mark, attach and download (docs/design.md, the Simvue
 * contract: uploading an artifact); listings, deduplication and download signatures are in
 * artifact-reads.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DevServer, startDevServer } from '../../dev-server/index.ts'
import {
  api,
  artifactBody,
  createArtifact,
  createRun,
  obj,
  upload,
  uploadArtifact
} from './helpers.ts'
import { sha256 } from '../helpers/sha256.ts'

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/

let server: DevServer
let runId: string
beforeAll(async () => {
  server = await startDevServer()
  runId = await createRun(server, { name: 'artifacts-run', status: 'running' })
})
afterAll(() => server.close())

describe('POST /api/artifacts', () => {
  it('answers 200 with id, url and S3-like presigned POST fields', async () => {
    const content = 'hello'
    const reply = await api(server, 'POST', '/artifacts', artifactBody('a.txt', content))
    expect(reply.status).toBe(200)
    const body = obj(reply)
    expect(body.id).toMatch(/^[A-Za-z0-9]{22}$/)
    expect(body.url).toBe(`${server.storageUrl}/bucket`)
    const fields = body.fields as Record<string, string>
    expect(Object.keys(fields)).toEqual([
      'key',
      'x-amz-algorithm',
      'x-amz-credential',
      'x-amz-date',
      'x-amz-checksum-sha256',
      'policy',
      'x-amz-signature'
    ])
    expect(fields.key).toBe(`artifacts/${body.id}`)
    expect(fields['x-amz-checksum-sha256']).toBe(
      Buffer.from(sha256(content), 'hex').toString('base64')
    )
    const policy = JSON.parse(Buffer.from(fields.policy ?? '', 'base64').toString('utf8'))
    expect(Date.parse(policy.expiration)).toBeGreaterThan(Date.now())
    expect(policy.conditions).toContainEqual(['content-length-range', 0, 5 * 2 ** 30])
    expect(policy.conditions).toContainEqual({ key: fields.key })
  })

  it('answers 422 listing a missing field, and one listing an extra field', async () => {
    const body = artifactBody('b.txt', 'x')
    delete body.metadata
    const missing = await api(server, 'POST', '/artifacts', body)
    expect(missing.status).toBe(422)
    expect(missing.json).toEqual({
      detail: [{ type: 'missing', loc: ['body', 'metadata'], msg: 'Field required' }]
    })
    const extra = await api(server, 'POST', '/artifacts', {
      ...artifactBody('b.txt', 'x'),
      storage: 'abc',
      category: 'output'
    })
    expect(extra.status).toBe(422)
    expect(obj(extra).detail).toEqual([
      expect.objectContaining({ type: 'extra_forbidden', loc: ['body', 'storage'] }),
      expect.objectContaining({ type: 'extra_forbidden', loc: ['body', 'category'] })
    ])
  })

  it('answers 422 for names outside NAME_REGEX and accepts the allowed characters', async () => {
    for (const name of ['a(b).txt', 'päth.txt', 'a+b', 'x,y', '']) {
      const reply = await api(server, 'POST', '/artifacts', artifactBody(name, 'x'))
      expect(reply.status, name).toBe(422)
      expect(reply.json).toMatchObject({ detail: [{ loc: ['body', 'name'] }] })
    }
    const ok = await api(
      server,
      'POST',
      '/artifacts',
      artifactBody('dir/sub_1/a-b c.tar.gz:1', 'x')
    )
    expect(ok.status).toBe(200)
  })

  it('validates the field types', async () => {
    const cases: Record<string, unknown>[] = [
      { size: -1 },
      { size: 1.5 },
      { size: '3' },
      { checksum: 'ABC' },
      { checksum: 'A'.repeat(64) },
      { metadata: [] },
      { mime_type: 3 },
      { original_path: null }
    ]
    for (const override of cases) {
      const reply = await api(server, 'POST', '/artifacts', artifactBody('t.txt', 'x', override))
      expect(reply.status, JSON.stringify(override)).toBe(422)
    }
    const nulls = artifactBody('t.txt', 'x', { checksum: null, metadata: null })
    expect((await api(server, 'POST', '/artifacts', nulls)).status).toBe(200)
    const meta = artifactBody('t.txt', 'x', { metadata: { a: 1 }, original_path: '' })
    expect((await api(server, 'POST', '/artifacts', meta)).status).toBe(200)
  })

  it('answers 422 for a body that is not an object', async () => {
    expect((await api(server, 'POST', '/artifacts', [1, 2])).status).toBe(422)
  })
})

describe('mark uploaded, get, attach, list, download', () => {
  it('runs the whole sequence and downloads the same bytes', async () => {
    const content = Buffer.from('the artifact bytes\n'.repeat(1000))
    const created = await createArtifact(server, 'seq.txt', content)
    const before = await api(server, 'GET', `/artifacts/${created.id}`)
    expect(before.json).toMatchObject({ id: created.id, uploaded: false, url: null })

    expect((await upload(created, content)).status).toBe(204)
    const marked = await api(server, 'PUT', `/artifacts/${created.id}`, { uploaded: true })
    expect(marked.status).toBe(200)
    expect(obj(marked).uploaded).toBe(true)

    const attached = await api(server, 'PUT', `/runs/${runId}/artifacts/${created.id}`, {
      category: 'output'
    })
    expect(attached.status).toBe(200)
    expect(attached.json).toMatchObject({ category: 'output' })

    const got = await api(server, 'GET', `/artifacts/${created.id}`)
    expect(got.json).toMatchObject({
      id: created.id,
      name: 'seq.txt',
      original_path: '/tmp/seq.txt',
      size: content.length,
      mime_type: 'application/octet-stream',
      checksum: sha256(content),
      metadata: null,
      uploaded: true,
      storage_id: expect.any(String),
      user: 'dev'
    })
    expect(obj(got).created).toMatch(TIMESTAMP)
    const url = String(obj(got).url)
    expect(url.startsWith(`${server.storageUrl}/`)).toBe(true)

    const download = await fetch(url)
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true)
  })

  it('answers 409 on a second attach of the same artifact to the same run', async () => {
    const id = await uploadArtifact(server, runId, 'twice.txt', 'twice')
    const again = await api(server, 'PUT', `/runs/${runId}/artifacts/${id}`, { category: 'output' })
    expect(again.status).toBe(409)
    expect(typeof obj(again).detail).toBe('string')
    const otherCategory = await api(server, 'PUT', `/runs/${runId}/artifacts/${id}`, {
      category: 'input'
    })
    expect(otherCategory.status).toBe(409)
    const otherRun = await createRun(server)
    const elsewhere = await api(server, 'PUT', `/runs/${otherRun}/artifacts/${id}`, {
      category: 'code'
    })
    expect(elsewhere.status).toBe(200)
  })

  it('allows attaching an artifact that is not uploaded yet', async () => {
    const created = await createArtifact(server, 'pending.txt', 'pending')
    const reply = await api(server, 'PUT', `/runs/${runId}/artifacts/${created.id}`, {
      category: 'input'
    })
    expect(reply.status).toBe(200)
  })

  it('answers 404 for unknown runs or artifacts and 422 for bad categories', async () => {
    const created = await createArtifact(server, 'x.txt', 'x')
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAA'
    const noRun = await api(server, 'PUT', `/runs/${unknown}/artifacts/${created.id}`, {
      category: 'output'
    })
    expect(noRun.status).toBe(404)
    const noArtifact = await api(server, 'PUT', `/runs/${runId}/artifacts/${unknown}`, {
      category: 'output'
    })
    expect(noArtifact.status).toBe(404)
    const bad = await api(server, 'PUT', `/runs/${runId}/artifacts/${created.id}`, {
      category: 'outputs'
    })
    expect(bad.status).toBe(422)
    expect(bad.json).toMatchObject({ detail: [{ loc: ['body', 'category'] }] })
    expect((await api(server, 'GET', `/artifacts/${unknown}`)).status).toBe(404)
    expect((await api(server, 'PUT', `/artifacts/${unknown}`, { uploaded: true })).status).toBe(404)
    expect((await api(server, 'GET', `/runs/${unknown}/artifacts`)).status).toBe(404)
  })

  it('answers 422 for a mark-uploaded body other than {"uploaded": true}', async () => {
    const created = await createArtifact(server, 'y.txt', 'y')
    for (const body of [{ uploaded: false }, { uploaded: 'true' }, {}, { uploaded: true, x: 1 }]) {
      const reply = await api(server, 'PUT', `/artifacts/${created.id}`, body)
      expect(reply.status, JSON.stringify(body)).toBe(422)
    }
  })
})
