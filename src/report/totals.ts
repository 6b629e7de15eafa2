import type { ArtifactResult, ArtifactStatus } from '../upload/types.js'

export type StatusCounts = Record<ArtifactStatus, number>

export function countByStatus(results: ArtifactResult[]): StatusCounts {
  const counts: StatusCounts = {
    uploaded: 0,
    skipped: 0,
    stored: 0,
    deduplicated: 0,
    failed: 0,
    planned: 0
  }
  for (const result of results) counts[result.status]++
  return counts
}

/** "3 uploaded", "0 skipped", stored and deduplicated when any, "1 failed". */
export function statusParts(results: ArtifactResult[]): string[] {
  const counts = countByStatus(results)
  const parts = [`${counts.uploaded} uploaded`, `${counts.skipped} skipped`]
  if (counts.stored) parts.push(`${counts.stored} stored`)
  if (counts.deduplicated) parts.push(`${counts.deduplicated} deduplicated`)
  return [...parts, `${counts.failed} failed`]
}
