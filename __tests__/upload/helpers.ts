/** Plan entries on real temp files, and uploadAll against the dev server with a MemoryLogger. */
import { lstatSync, mkdtempSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MemoryLogger } from '../helpers/memory-logger.js'
import type { PlanEntry } from '../../src/plan/types.js'
import { SimvueClient, type SimvueClientOptions } from '../../src/simvue/client.js'
import type { UploadContext, UploadOutcome } from '../../src/upload/types.js'
import { uploadAll } from '../../src/upload/upload-all.js'
import type { TestServer } from '../helpers/simvue.js'

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'simvue-upload-'))
}

/** A planned file as the plan records it: size, identity, whether it was a link. */
export function plannedFile(file: string, name = path.basename(file)): PlanEntry {
  const stat = statSync(file)
  return {
    kind: 'file',
    name,
    localPath: file,
    size: stat.size,
    mimeType: 'text/plain',
    dev: stat.dev,
    ino: stat.ino,
    linked: lstatSync(file).isSymbolicLink()
  }
}

export function fileEntry(dir: string, name: string, content: Buffer | string): PlanEntry {
  const file = path.join(dir, name.replace(/\//g, '_'))
  writeFileSync(file, content)
  return plannedFile(file, name)
}

export function objectEntry(name: string, value: unknown): PlanEntry {
  const content = Buffer.from(JSON.stringify(value))
  return {
    kind: 'object',
    name,
    localPath: '',
    size: content.length,
    mimeType: 'application/json',
    content
  }
}

export async function connect(
  t: TestServer,
  options: Partial<SimvueClientOptions> = {}
): Promise<SimvueClient> {
  return SimvueClient.connect({
    apiUrl: t.server.apiUrl,
    token: t.server.token,
    maxAttempts: 3,
    concurrency: 4,
    stallTimeoutMs: 5_000,
    ...options
  })
}

export interface Uploaded extends UploadOutcome {
  logger: MemoryLogger
}

/** uploadAll with the test's defaults; the client is disposed afterwards. */
export async function upload(
  t: TestServer,
  plan: PlanEntry[],
  runId: string,
  overrides: Partial<UploadContext> & { clientOptions?: Partial<SimvueClientOptions> } = {}
): Promise<Uploaded> {
  const { clientOptions, ...context } = overrides
  const logger = new MemoryLogger()
  const client = await connect(t, { logger, ...clientOptions })
  try {
    const outcome = await uploadAll(plan, {
      client,
      runId,
      category: 'output',
      metadata: { github: { sha: 'abc' } },
      deduplicate: false,
      skipExisting: false,
      concurrency: 4,
      logger,
      ...context
    })
    return { ...outcome, logger }
  } finally {
    client.dispose()
  }
}

/** Requests of one endpoint in the dev server's log (optionally for one artifact name). */
export async function requestsTo(t: TestServer, endpoint: string, name?: string) {
  const log = await t.control.requests()
  return log.filter(
    (r) => r.endpoint === endpoint && (name === undefined || r.artifactName === name)
  )
}
