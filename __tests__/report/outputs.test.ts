import { describe, expect, it } from 'vitest'
import { shortenedArtifacts } from '../../src/report/outputs.js'
import type { ArtifactResult, ArtifactStatus } from '../../src/upload/types.js'

function result(index: number, status: ArtifactStatus): ArtifactResult {
  return {
    name: `file-${index}.txt`,
    path: `/work/file-${index}.txt`,
    id: `id${index}`,
    size: index,
    sha256: 'a'.repeat(64),
    mimeType: 'text/plain',
    category: 'output',
    status,
    error: status === 'failed' ? 'storage upload failed: 503 SlowDown' : null
  }
}

describe('shortenedArtifacts', () => {
  const serialise = (results: ArtifactResult[]) => shortenedArtifacts(results, 2000)

  it('keeps every entry when they fit', () => {
    const results = [result(1, 'uploaded'), result(2, 'skipped')]
    const { json, kept } = serialise(results)
    expect(kept).toBe(2)
    expect(JSON.parse(json)).toEqual(results)
  })

  it('keeps failed entries first, then as many others as fit, in plan order, under the limit', () => {
    const results = Array.from({ length: 40 }, (_, i) =>
      result(i, i % 10 === 9 ? 'failed' : 'uploaded')
    )
    const { json, kept } = serialise(results)
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(2000)
    const parsed = JSON.parse(json) as ArtifactResult[]
    expect(parsed).toHaveLength(kept)
    expect(parsed.slice(0, 4).map((r) => r.status)).toEqual(Array(4).fill('failed'))
    expect(parsed.slice(4).map((r) => r.name)).toEqual(
      results
        .filter((r) => r.status !== 'failed')
        .slice(0, kept - 4)
        .map((r) => r.name)
    )
  })
})
