/**
 * Conformance: the storage origin's S3 presigned-POST semantics (docs/design.md, the Simvue
 * contract: the object-storage upload; dev-server/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DevServer, startDevServer } from '../../dev-server/index.ts'
import { DevServerControl } from '../../dev-server/control.ts'
import { api, createArtifact, multipart, obj, rawRequest, upload } from './helpers.ts'

let server: DevServer
let control: DevServerControl
beforeAll(async () => {
  server = await startDevServer({ maxUploadBytes: 64 * 1024 })
  control = new DevServerControl(server.controlUrl)
})
afterAll(() => server.close())

function xmlCode(text: string): string | undefined {
  return /<Error><Code>([^<]+)<\/Code><Message>[^<]*<\/Message>/.exec(text)?.[1]
}

async function isStored(id: string): Promise<boolean> {
  await api(server, 'PUT', `/artifacts/${id}`, { uploaded: true })
  const url = String(obj(await api(server, 'GET', `/artifacts/${id}`)).url)
  return (await rawRequest(url)).status === 200
}

describe('storage POST /bucket', () => {
  it('stores fields-then-file uploads and answers 204 without a body', async () => {
    const content = Buffer.from('stored bytes')
    const created = await createArtifact(server, 's.txt', content)
    const reply = await upload(created, content)
    expect(reply.status).toBe(204)
    expect(reply.text).toBe('')
    expect(await isStored(created.id)).toBe(true)
  })

  it('ignores fields after the file part', async () => {
    const content = Buffer.from('later fields')
    const created = await createArtifact(server, 'later.txt', content)
    const form = multipart(created.fields, content, { key: 'artifacts/other', junk: 'x' })
    const reply = await rawRequest(created.url ?? '', {
      method: 'POST',
      headers: { 'content-type': form.contentType },
      body: form.body
    })
    expect(reply.status).toBe(204)
  })

  it('answers 400 InvalidRequest when an Authorization header is sent', async () => {
    const content = Buffer.from('no auth please')
    const created = await createArtifact(server, 'auth.txt', content)
    const reply = await upload(created, content, { authorization: `Bearer ${server.token}` })
    expect(reply.status).toBe(400)
    expect(reply.headers['content-type']).toBe('application/xml')
    expect(xmlCode(reply.text)).toBe('InvalidRequest')
  })

  it('answers 411 MissingContentLength for a chunked body', async () => {
    const content = Buffer.from('chunked')
    const created = await createArtifact(server, 'chunked.txt', content)
    const form = multipart(created.fields, content)
    const reply = await rawRequest(created.url ?? '', {
      method: 'POST',
      headers: { 'content-type': form.contentType },
      body: form.body,
      chunked: true
    })
    expect(reply.status).toBe(411)
    expect(xmlCode(reply.text)).toBe('MissingContentLength')
  })

  it('answers 403 for a forged policy or signature', async () => {
    const content = Buffer.from('forged')
    const created = await createArtifact(server, 'forged.txt', content)
    const policy = JSON.parse(Buffer.from(created.fields.policy ?? '', 'base64').toString('utf8'))
    policy.conditions = policy.conditions.filter((c: unknown) => !Array.isArray(c))
    const forgedPolicy = Buffer.from(JSON.stringify(policy)).toString('base64')
    const forged = await upload(
      { ...created, fields: { ...created.fields, policy: forgedPolicy } },
      content
    )
    expect(forged.status).toBe(403)
    expect(xmlCode(forged.text)).toBe('SignatureDoesNotMatch')

    const badSig = { ...created.fields, 'x-amz-signature': '0'.repeat(64) }
    expect((await upload({ ...created, fields: badSig }, content)).status).toBe(403)

    const otherKey = { ...created.fields, key: 'artifacts/AAAAAAAAAAAAAAAAAAAAAA' }
    const moved = await upload({ ...created, fields: otherKey }, content)
    expect(moved.status).toBe(403)
    expect(xmlCode(moved.text)).toBe('AccessDenied')

    const extra = await upload(
      { ...created, fields: { ...created.fields, acl: 'public' } },
      content
    )
    expect(extra.status).toBe(403)

    const noPolicy = { ...created.fields }
    delete noPolicy.policy
    expect((await upload({ ...created, fields: noPolicy }, content)).status).toBe(403)
    expect(await isStored(created.id)).toBe(false)
  })

  it('answers 403 AccessDenied "Policy expired" after the policy lifetime', async () => {
    await control.setPolicyTtl(-1)
    const content = Buffer.from('late')
    const created = await createArtifact(server, 'late.txt', content)
    await control.setPolicyTtl(3600)
    const reply = await upload(created, content)
    expect(reply.status).toBe(403)
    expect(xmlCode(reply.text)).toBe('AccessDenied')
    expect(reply.text).toContain('Policy expired')
  })

  it('answers 400 BadDigest for bytes that do not match the declared checksum', async () => {
    const created = await createArtifact(server, 'digest.txt', 'declared content')
    const reply = await upload(created, Buffer.from('different content'))
    expect(reply.status).toBe(400)
    expect(xmlCode(reply.text)).toBe('BadDigest')
    expect(reply.text).toContain('The SHA256 you specified did not match the calculated checksum.')
    expect(await isStored(created.id)).toBe(false)
  })

  it('answers 400 EntityTooLarge beyond the content-length-range', async () => {
    const content = Buffer.alloc(64 * 1024 + 1, 7)
    const created = await createArtifact(server, 'large.bin', content)
    const reply = await upload(created, content)
    expect(reply.status).toBe(400)
    expect(xmlCode(reply.text)).toBe('EntityTooLarge')
    const exact = Buffer.alloc(64 * 1024, 7)
    expect((await upload(await createArtifact(server, 'max.bin', exact), exact)).status).toBe(204)
  })

  it('answers 400 for a body that is not multipart, has no file part or is truncated', async () => {
    const content = Buffer.from('shapes')
    const created = await createArtifact(server, 'shapes.txt', content)
    const json = await rawRequest(created.url ?? '', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{}')
    })
    expect(json.status).toBe(400)
    const noFile = multipart(created.fields, null)
    const reply = await rawRequest(created.url ?? '', {
      method: 'POST',
      headers: { 'content-type': noFile.contentType },
      body: noFile.body
    })
    expect(reply.status).toBe(400)
    const form = multipart(created.fields, content)
    const truncated = await rawRequest(created.url ?? '', {
      method: 'POST',
      headers: { 'content-type': form.contentType },
      body: form.body.subarray(0, form.body.length - 10)
    })
    expect(truncated.status).toBe(400)
    expect(xmlCode(truncated.text)).toBe('MalformedPOSTRequest')
  })

  it('keeps the connection usable after an early error (keep-alive)', async () => {
    const content = Buffer.alloc(32 * 1024, 1)
    const created = await createArtifact(server, 'keep.bin', content)
    const agentUrl = created.url ?? ''
    const bad = await upload({ ...created, fields: { ...created.fields, policy: 'x' } }, content)
    expect(bad.status).toBe(403)
    expect((await upload(created, content)).status).toBe(204)
    expect(agentUrl).toContain(server.storageUrl)
  })

  it('answers S3 XML 404/405 for unknown storage paths and methods', async () => {
    expect((await rawRequest(`${server.storageUrl}/other`)).status).toBe(404)
    const put = await rawRequest(`${server.storageUrl}/bucket`, {
      method: 'PUT',
      body: Buffer.from('x')
    })
    expect(put.status).toBe(405)
    expect(xmlCode(put.text)).toBe('MethodNotAllowed')
  })
})
