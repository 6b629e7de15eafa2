/** Step outputs (DESIGN §2): always set once the plan exists, failures included. */
import * as core from '@actions/core'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { OUTPUT_ARTIFACTS_MAX_BYTES } from '../config.js'
import type { ArtifactResult } from '../upload/types.js'
import { countByStatus } from './totals.js'

export interface RunOutputs {
  runId: string
  runUrl: string
}

export function setOutputs(
  results: ArtifactResult[],
  run: RunOutputs | null,
  env: NodeJS.ProcessEnv = process.env
): void {
  const counts = countByStatus(results)
  core.setOutput('run-id', run?.runId ?? '')
  core.setOutput('run-url', run?.runUrl ?? '')
  core.setOutput('uploaded-count', String(counts.uploaded))
  core.setOutput('skipped-count', String(counts.skipped))
  core.setOutput('failed-count', String(counts.failed))
  core.setOutput('total-bytes', String(results.reduce((sum, r) => sum + r.size, 0)))
  const { json, complete } = artifactsJson(results, OUTPUT_ARTIFACTS_MAX_BYTES)
  core.setOutput('artifacts', json)
  if (complete) {
    core.setOutput('artifacts-file', '')
    return
  }
  const file = path.join(env.RUNNER_TEMP || os.tmpdir(), `simvue-artifacts-${process.pid}.json`)
  writeFileSync(file, JSON.stringify(results))
  core.setOutput('artifacts-file', file)
  core.warning(
    `The \`artifacts\` output holds ${JSON.parse(json).length} of ${results.length} entries ` +
      `(failed ones first) to stay under GitHub's output limit; all of them are in ${file} ` +
      '(output `artifacts-file`).'
  )
}

/**
 * The JSON array, within `maxBytes`: all entries when they fit; otherwise every failed
 * entry and as many others as fit, in plan order.
 */
export function artifactsJson(
  results: ArtifactResult[],
  maxBytes: number
): { json: string; complete: boolean } {
  const all = JSON.stringify(results)
  if (Buffer.byteLength(all) <= maxBytes) return { json: all, complete: true }
  const ordered = [
    ...results.filter((r) => r.status === 'failed'),
    ...results.filter((r) => r.status !== 'failed')
  ]
  const kept: string[] = []
  let bytes = 2
  for (const result of ordered) {
    const text = JSON.stringify(result)
    const cost = Buffer.byteLength(text) + (kept.length ? 1 : 0)
    if (bytes + cost > maxBytes) {
      if (result.status === 'failed') continue
      break
    }
    kept.push(text)
    bytes += cost
  }
  return { json: `[${kept.join(',')}]`, complete: false }
}
