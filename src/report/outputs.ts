/** Step outputs (DESIGN §2): always set once the plan exists, failures included. */
import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { OUTPUT_ARTIFACTS_MAX_BYTES } from '../config.js'
import type { ArtifactResult } from '../upload/types.js'
import { countByStatus } from './totals.js'

export interface RunOutputs {
  runId: string
  runUrl: string
}

export async function setOutputs(
  results: ArtifactResult[],
  run: RunOutputs | null,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const counts = countByStatus(results)
  core.setOutput('run-id', run?.runId ?? '')
  core.setOutput('run-url', run?.runUrl ?? '')
  core.setOutput('uploaded-count', String(counts.uploaded))
  core.setOutput('skipped-count', String(counts.skipped))
  core.setOutput('failed-count', String(counts.failed))
  core.setOutput('total-bytes', String(results.reduce((sum, r) => sum + r.size, 0)))
  const all = JSON.stringify(results)
  if (Buffer.byteLength(all) <= OUTPUT_ARTIFACTS_MAX_BYTES) {
    core.setOutput('artifacts', all)
    core.setOutput('artifacts-file', '')
    return
  }
  const file = path.join(env.RUNNER_TEMP || os.tmpdir(), `simvue-artifacts-${process.pid}.json`)
  // Written while the shortened output is computed; large plans make this file tens of MB.
  const written = writeFile(file, all)
  const { json, kept } = shortenedArtifacts(results, OUTPUT_ARTIFACTS_MAX_BYTES)
  core.setOutput('artifacts', json)
  core.setOutput('artifacts-file', file)
  core.warning(
    `The \`artifacts\` output holds ${kept} of ${results.length} entries (failed ones first) ` +
      `to stay under GitHub's output limit; all of them are in ${file} (output \`artifacts-file\`).`
  )
  await written
}

/** Every failed entry, then as many others as fit within `maxBytes`, in plan order. */
export function shortenedArtifacts(
  results: ArtifactResult[],
  maxBytes: number
): { json: string; kept: number } {
  const failedFirst = [
    ...results.filter((r) => r.status === 'failed'),
    ...results.filter((r) => r.status !== 'failed')
  ]
  const kept: string[] = []
  let bytes = 1
  for (const result of failedFirst) {
    const text = JSON.stringify(result)
    const size = Buffer.byteLength(text) + 1
    if (bytes + size > maxBytes) {
      if (result.status === 'failed') continue
      break
    }
    kept.push(text)
    bytes += size
  }
  return { json: `[${kept.join(',')}]`, kept: kept.length }
}
