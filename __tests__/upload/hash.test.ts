import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { READ_CHUNK_BYTES } from '../../src/config.js'
import { sha256Buffer, sha256File } from '../../src/upload/hash.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'simvue-hash-'))

describe('sha256File', () => {
  it.each([0, 1, 4096, READ_CHUNK_BYTES - 1, READ_CHUNK_BYTES, 2 * READ_CHUNK_BYTES + 17])(
    'hashes %i bytes like sha256sum, lowercase hex',
    async (size) => {
      const content = randomBytes(size)
      const file = path.join(dir, `f${size}`)
      writeFileSync(file, content)
      const expected = createHash('sha256').update(content).digest('hex')
      await expect(sha256File(file)).resolves.toEqual({ sha256: expected, size })
      expect(sha256Buffer(content)).toEqual({ sha256: expected, size })
    }
  )

  it('knows the empty digest', async () => {
    const file = path.join(dir, 'empty')
    writeFileSync(file, '')
    expect((await sha256File(file)).sha256).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    )
  })

  it('rejects with the fs error code for a missing file', async () => {
    await expect(sha256File(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
