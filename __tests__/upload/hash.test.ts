import { createHash, randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { READ_CHUNK_BYTES } from '../../src/config.js'
import { FileChangedError } from '../../src/errors.js'
import { sha256Buffer, sha256Stream, verifiedStream } from '../../src/upload/hash.js'

const chunked = (content: Buffer, size: number): Readable => {
  const chunks: Buffer[] = []
  for (let i = 0; i < content.length; i += size) chunks.push(content.subarray(i, i + size))
  return Readable.from(chunks)
}

describe('sha256Stream and sha256Buffer', () => {
  it.each([0, 1, 4096, READ_CHUNK_BYTES - 1, READ_CHUNK_BYTES, 2 * READ_CHUNK_BYTES + 17])(
    'hash %i bytes like sha256sum, lowercase hex',
    async (size) => {
      const content = randomBytes(size)
      const expected = createHash('sha256').update(content).digest('hex')
      await expect(sha256Stream(chunked(content, READ_CHUNK_BYTES))).resolves.toEqual({
        sha256: expected,
        size
      })
      expect(sha256Buffer(content)).toEqual({ sha256: expected, size })
    }
  )

  it('knows the empty digest', () => {
    expect(sha256Buffer(Buffer.alloc(0)).sha256).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    )
  })
})

describe('verifiedStream', () => {
  const content = randomBytes(3 * 1000 + 5)
  const digest = createHash('sha256').update(content).digest('hex')

  it.each([
    ['the same bytes', content, content.length, digest, null],
    ['one byte flipped', Buffer.from(content).fill(0, 10, 11), content.length, digest, 'changed'],
    ['fewer bytes', content.subarray(0, 100), content.length, digest, 'changed'],
    ['a wrong size', content, content.length - 1, digest, 'changed']
  ])('%s', async (_title, bytes, size, sha256, error) => {
    const out: Buffer[] = []
    const expected = { size: size as number, sha256: sha256 as string }
    const stream = verifiedStream(chunked(bytes as Buffer, 1000), expected, 'f')
    const done = (async () => {
      for await (const chunk of stream) out.push(chunk as Buffer)
    })()
    if (error) {
      await expect(done).rejects.toThrow(FileChangedError)
      // The last chunk is held back: what was passed on is never the whole content.
      expect(Buffer.concat(out).length).toBeLessThan((bytes as Buffer).length)
    } else {
      await done
      expect(Buffer.concat(out).equals(content)).toBe(true)
    }
  })
})
