/**
 * The step's outputs as data: set once the plan exists, failures included. `artifacts` is
 * exact JSON (names reach later steps unchanged); past GitHub's output limit it keeps the
 * failed entries and as many others as fit, and the whole list goes to `artifacts-file`.
 */
import path from 'node:path'
import { OUTPUT_ARTIFACTS_MAX_BYTES } from '../config.js'
import { text, type Text } from '../log.js'
import type { Outcome } from '../outcome.js'
import type { ArtifactResult } from '../upload/types.js'
import { countByStatus } from './summary.js'

export interface Outputs {
  values: Record<string, string>
  /** The whole list, when `artifacts` had to be shortened. */
  file: { path: string; contents: string } | null
  /** Says what was shortened (a warning). */
  note: Text | null
}

export function outputsOf(outcome: Outcome, options: { tempDir: string }): Outputs | null {
  if (!outcome.plan) return null
  const { results } = outcome
  const counts = countByStatus(results)
  const all = JSON.stringify(results)
  const fits = Buffer.byteLength(all) <= OUTPUT_ARTIFACTS_MAX_BYTES
  const shortened = fits
    ? { json: all, kept: results.length }
    : shortenedArtifacts(results, OUTPUT_ARTIFACTS_MAX_BYTES)
  const file = fits
    ? null
    : { path: path.join(options.tempDir, `simvue-artifacts-${process.pid}.json`), contents: all }
  return {
    values: {
      'run-id': outcome.run?.id ?? '',
      'run-url': outcome.run?.url ?? '',
      artifacts: shortened.json,
      'artifacts-file': file?.path ?? '',
      'uploaded-count': String(counts.uploaded),
      'skipped-count': String(counts.skipped),
      'failed-count': String(counts.failed),
      'total-bytes': String(results.reduce((sum, r) => sum + r.size, 0))
    },
    file,
    note: file
      ? text`The \`artifacts\` output holds ${shortened.kept} of ${results.length} entries (failed ones first) to stay under GitHub's output limit; all of them are in ${file.path} (output \`artifacts-file\`).`
      : null
  }
}

/** Every failed entry, then as many others as fit within `maxBytes`, in plan order. */
export function shortenedArtifacts(
  results: ArtifactResult[],
  maxBytes: number
): { json: string; kept: number } {
  const failed = results.filter((r) => r.status === 'failed')
  const others = results.filter((r) => r.status !== 'failed')
  const kept: string[] = []
  let bytes = 2
  const take = (result: ArtifactResult): boolean => {
    const json = JSON.stringify(result)
    const size = Buffer.byteLength(json) + (kept.length ? 1 : 0)
    if (bytes + size > maxBytes) return false
    kept.push(json)
    bytes += size
    return true
  }
  failed.forEach(take)
  for (const result of others) if (!take(result)) break
  return { json: `[${kept.join(',')}]`, kept: kept.length }
}
