/** Step outputs (DESIGN §2): always set once the plan exists, failures included. */
import * as workflow from '../workflow/commands.js'
import { setOutput } from '../workflow/files.js'
import { close, openSync, write } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { OUTPUT_ARTIFACTS_MAX_BYTES } from '../config.js'
import type { Category, PlanEntry } from '../plan/types.js'
import type { ArtifactResult } from '../upload/types.js'
import { ArtifactsJson } from './artifacts-json.js'
import { countByStatus, type StatusCounts } from './totals.js'

export interface RunOutputs {
  runId: string
  runUrl: string
}

export async function setOutputs(
  results: ArtifactResult[],
  run: RunOutputs | null,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const list = new ArtifactsList(results.length, env)
  let totalBytes = 0
  for (const result of results) {
    list.json.addResult(result)
    list.entryAdded()
    totalBytes += result.size
  }
  await publish(list, countByStatus(results), totalBytes, run)
}

/** A dry run's outputs: every plan entry `planned`, without a result object per entry. */
export async function setPlanOutputs(
  plan: PlanEntry[],
  category: Category,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const list = new ArtifactsList(plan.length, env)
  const { json } = list
  let totalBytes = 0
  for (const entry of plan) {
    json.add(
      entry.name,
      entry.localPath,
      null,
      entry.size,
      null,
      entry.mimeType,
      category,
      'planned',
      null
    )
    list.entryAdded()
    totalBytes += entry.size
  }
  const counts = countByStatus([])
  counts.planned = plan.length
  await publish(list, counts, totalBytes, null)
}

/** Sets every output; the `artifacts-file` (when needed) is complete when this resolves. */
async function publish(
  list: ArtifactsList,
  counts: StatusCounts,
  totalBytes: number,
  run: RunOutputs | null
): Promise<void> {
  const written = list.finish()
  written?.catch(() => undefined) // awaited below; a throw before then must not leave it unhandled
  setOutput('run-id', run?.runId ?? '')
  setOutput('run-url', run?.runUrl ?? '')
  setOutput('uploaded-count', String(counts.uploaded))
  setOutput('skipped-count', String(counts.skipped))
  setOutput('failed-count', String(counts.failed))
  setOutput('total-bytes', String(totalBytes))
  if (!written) {
    setOutput('artifacts', list.json.all().toString('utf8'))
    setOutput('artifacts-file', '')
    return
  }
  const { json: shortened, kept } = list.json.shortened(OUTPUT_ARTIFACTS_MAX_BYTES)
  setOutput('artifacts', shortened)
  setOutput('artifacts-file', list.file)
  workflow.warning(
    `The \`artifacts\` output holds ${kept} of ${list.json.count} entries (failed ones first) ` +
      `to stay under GitHub's output limit; all of them are in ${list.file} (output \`artifacts-file\`).`
  )
  await written
}

/** Bytes handed to the file at a time while entries are still being added. */
const SPILL_CHUNK_BYTES = 2 * 1024 * 1024

const writeFile = promisify(write)
const closeFile = promisify(close)

/**
 * The `artifacts` JSON, and the `artifacts-file` for a list too large for the output: once
 * the list passes the limit, the file is written in large chunks as entries are added (tens
 * of MB for large plans), so that little of it is left to write at the end. The file is
 * opened synchronously, so those writes run on the thread pool while entries are added.
 */
class ArtifactsList {
  readonly json: ArtifactsJson
  readonly file: string
  private fd: number | null = null
  private openError: Error | null = null
  private spilled = 0
  private readonly writes: Promise<void>[] = []

  constructor(expectedEntries: number, env: NodeJS.ProcessEnv) {
    this.json = new ArtifactsJson(expectedEntries)
    this.file = path.join(env.RUNNER_TEMP || os.tmpdir(), `simvue-artifacts-${process.pid}.json`)
  }

  entryAdded(): void {
    const length = this.json.byteLength
    if (length > OUTPUT_ARTIFACTS_MAX_BYTES && length - this.spilled >= SPILL_CHUNK_BYTES) {
      this.spill(this.json.bytesFrom(this.spilled))
    }
  }

  /** The file's completion, or null when the list fits the output (no file). */
  finish(): Promise<void> | null {
    if (this.json.byteLength <= OUTPUT_ARTIFACTS_MAX_BYTES) return null
    this.spill(this.json.all().subarray(this.spilled))
    return Promise.allSettled(this.writes).then(async (settled) => {
      if (this.fd !== null) await closeFile(this.fd)
      const failed = settled.find((outcome) => outcome.status === 'rejected')
      if (failed) throw failed.reason
    })
  }

  /** Starts writing `bytes` at once (no promise turn first): it runs beside the loop. */
  private spill(bytes: Uint8Array): void {
    const position = this.spilled
    this.spilled += bytes.length
    const fd = this.open()
    const done = fd === null ? Promise.reject(this.openError) : writeAll(fd, bytes, position)
    done.catch(() => undefined) // reported by finish()
    this.writes.push(done)
  }

  private open(): number | null {
    if (this.fd === null && this.openError === null) {
      try {
        this.fd = openSync(this.file, 'w')
      } catch (error) {
        this.openError = error as Error
      }
    }
    return this.fd
  }
}

async function writeAll(fd: number, bytes: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < bytes.length;) {
    const { bytesWritten } = await writeFile(fd, bytes, done, bytes.length - done, position + done)
    done += bytesWritten
  }
}

/** Every failed entry, then as many others as fit within `maxBytes`, in plan order. */
export function shortenedArtifacts(
  results: ArtifactResult[],
  maxBytes: number
): { json: string; kept: number } {
  const json = new ArtifactsJson(results.length)
  for (const result of results) json.addResult(result)
  return json.shortened(maxBytes)
}
