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
  const texts = results.map((result) => JSON.stringify(result))
  const { json, kept } = artifactsJson(results, texts, OUTPUT_ARTIFACTS_MAX_BYTES)
  core.setOutput('artifacts', json)
  if (kept === results.length) {
    core.setOutput('artifacts-file', '')
    return
  }
  const file = path.join(env.RUNNER_TEMP || os.tmpdir(), `simvue-artifacts-${process.pid}.json`)
  writeFileSync(file, `[${texts.join(',')}]`)
  core.setOutput('artifacts-file', file)
  core.warning(
    `The \`artifacts\` output holds ${kept} of ${results.length} entries (failed ones first) ` +
      `to stay under GitHub's output limit; all of them are in ${file} (output \`artifacts-file\`).`
  )
}

/**
 * The JSON array within `maxBytes`: all entries when they fit; otherwise every failed entry
 * and as many others as fit, in plan order. `texts` are the entries already serialised.
 */
export function artifactsJson(
  results: ArtifactResult[],
  texts: string[],
  maxBytes: number
): { json: string; kept: number } {
  const sizes = texts.map((text) => Buffer.byteLength(text) + 1)
  const total = sizes.reduce((sum, size) => sum + size, 1)
  if (total <= maxBytes) return { json: `[${texts.join(',')}]`, kept: texts.length }
  const indexes = [...results.keys()]
  const failedFirst = [
    ...indexes.filter((i) => results[i]?.status === 'failed'),
    ...indexes.filter((i) => results[i]?.status !== 'failed')
  ]
  const kept: string[] = []
  let bytes = 1
  for (const index of failedFirst) {
    const size = sizes[index] as number
    if (bytes + size > maxBytes) {
      if (results[index]?.status === 'failed') continue
      break
    }
    kept.push(texts[index] as string)
    bytes += size
  }
  return { json: `[${kept.join(',')}]`, kept: kept.length }
}
