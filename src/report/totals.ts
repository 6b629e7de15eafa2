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
