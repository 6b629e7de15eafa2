/**
 * Finds the run the artifacts go to, or creates it (docs/design.md, "Runs"). An id-shaped
 * value (22 alphanumerics) is tried as an id first; names match exactly.
 */
import { OBJECT_ID_REGEX } from '../config.js'
import { SetupError } from '../errors.js'
import { say, type InputNames } from '../input-source.js'
import { joinText, text } from '../log.js'
import type { SimvueClient } from './client.js'
import type { RunRecord } from './types.js'

export interface RunRequest {
  run: string
  folder: string
  folderFilter: boolean
  createRun: boolean
  /** Metadata of a created run (the workflow's provenance). */
  metadata: Record<string, unknown>
  /** Tag of a created run. */
  tag: string
  /** How messages name inputs (the action's spelling by default). */
  names?: InputNames
}

export interface ResolvedRun {
  id: string
  name: string
  status: string
  created: boolean
}

export async function resolveRun(client: SimvueClient, request: RunRequest): Promise<ResolvedRun> {
  if (OBJECT_ID_REGEX.test(request.run)) {
    const byId = await client.getRun(request.run)
    if (byId) return found(byId, request.run)
  }
  const where = request.folderFilter ? text` in folder ${request.folder}` : ''
  const matches = await client.findRunsByName(
    request.run,
    request.folderFilter ? request.folder : null
  )
  if (matches.length === 1) return found(matches[0] as RunRecord, request.run)
  if (matches.length > 1) {
    const list = joinText(
      matches.map((r) => text`${r.id} (folder ${String(r.folder ?? '?')})`),
      ', '
    )
    throw new SetupError(
      text`${matches.length} runs are named "${request.run}"${where}: ${list}. Give the run's id in ${say(request).describe('run')}, or set ${say(request).describe('folder')} to the one you mean.`
    )
  }
  if (!request.createRun) {
    throw new SetupError(
      text`No run named "${request.run}"${where} exists on the server. Check ${say(request).describe('run')} (an id or the exact, case-sensitive name), or set ${say(request).suggest('create-run', 'true')} to create it.`
    )
  }
  await client.createFolder(request.folder)
  const created = await client.createRun({
    name: request.run,
    folder: request.folder,
    status: 'running',
    tags: [request.tag],
    metadata: request.metadata,
    heartbeat_timeout: null,
    system: null
  })
  return {
    id: created.id,
    name: created.name || request.run,
    status: 'running',
    created: true
  }
}

function found(run: RunRecord, fallbackName: string): ResolvedRun {
  return {
    id: run.id,
    name: typeof run.name === 'string' && run.name ? run.name : fallbackName,
    status: String(run.status ?? ''),
    created: false
  }
}
