/**
 * In-memory state with the indexes the listings need, so that every request costs
 * O(matches), never O(all records): runs by name and folder, artifacts by run and checksum.
 */
import { newId, timestamp } from './util.ts'

export const USER = 'dev'
export const STORAGE_ID = 'DevServerStorage000001'

export interface RunRecord {
  id: string
  seq: number
  /** The run object as returned by the API (includes id, name, folder, status, …). */
  data: Record<string, unknown>
  /** Set by PUT /api/runs/<id>/abort: the reason given; the abort status then reads true. */
  abortReason?: string
}

export interface ArtifactRecord {
  id: string
  name: string
  original_path: string
  size: number
  mime_type: string
  checksum: string | null
  metadata: Record<string, unknown> | null
  uploaded: boolean
  created: string
  /** Bytes are present in storage (key artifacts/<id>). */
  stored: boolean
}

export interface Link {
  artifact: ArtifactRecord
  category: string
}

interface RunLinks {
  list: Link[]
  ids: Set<string>
  byName: Map<string, Link[]>
}

export type ArtifactInput = Pick<
  ArtifactRecord,
  'name' | 'original_path' | 'size' | 'mime_type' | 'checksum' | 'metadata'
>

function pushIndex<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export class Store {
  readonly folders = new Map<string, string>([['/', newId()]])
  readonly runs = new Map<string, RunRecord>()
  readonly runOrder: RunRecord[] = []
  readonly artifacts = new Map<string, ArtifactRecord>()
  readonly artifactOrder: ArtifactRecord[] = []
  #runsByName = new Map<string, RunRecord[]>()
  #runsByFolder = new Map<string, RunRecord[]>()
  #uploadedByChecksum = new Map<string, ArtifactRecord>()
  #links = new Map<string, RunLinks>()
  #seq = 0

  createRun(fields: Record<string, unknown>): RunRecord {
    const id = newId()
    const run: RunRecord = { id, seq: this.#seq++, data: { ...fields, id } }
    this.runs.set(id, run)
    this.runOrder.push(run)
    pushIndex(this.#runsByName, String(run.data.name), run)
    pushIndex(this.#runsByFolder, String(run.data.folder), run)
    return run
  }

  /** Merges fields into a run, keeping the name and folder indexes in creation order. */
  updateRun(run: RunRecord, fields: Record<string, unknown>): void {
    const before = { name: String(run.data.name), folder: String(run.data.folder) }
    Object.assign(run.data, fields, { id: run.id })
    reindex(this.#runsByName, before.name, String(run.data.name), run)
    reindex(this.#runsByFolder, before.folder, String(run.data.folder), run)
  }

  runsNamed(name: string): readonly RunRecord[] {
    return this.#runsByName.get(name) ?? []
  }

  runsInFolder(folder: string): readonly RunRecord[] {
    return this.#runsByFolder.get(folder) ?? []
  }

  createArtifact(input: ArtifactInput): ArtifactRecord {
    const artifact: ArtifactRecord = {
      id: newId(),
      ...input,
      uploaded: false,
      created: timestamp(),
      stored: false
    }
    this.artifacts.set(artifact.id, artifact)
    this.artifactOrder.push(artifact)
    return artifact
  }

  markUploaded(artifact: ArtifactRecord): void {
    artifact.uploaded = true
    if (artifact.checksum !== null && !this.#uploadedByChecksum.has(artifact.checksum)) {
      this.#uploadedByChecksum.set(artifact.checksum, artifact)
    }
  }

  /** An uploaded artifact with this checksum (the first one uploaded), for deduplication. */
  uploadedWithChecksum(checksum: string): ArtifactRecord | undefined {
    return this.#uploadedByChecksum.get(checksum)
  }

  isAttached(runId: string, artifactId: string): boolean {
    return this.#links.get(runId)?.ids.has(artifactId) ?? false
  }

  attach(runId: string, artifact: ArtifactRecord, category: string): void {
    let links = this.#links.get(runId)
    if (!links) {
      links = { list: [], ids: new Set(), byName: new Map() }
      this.#links.set(runId, links)
    }
    const link: Link = { artifact, category }
    links.list.push(link)
    links.ids.add(artifact.id)
    pushIndex(links.byName, artifact.name, link)
  }

  /** A run's links in attach order, optionally only those of one artifact name. */
  linksOf(runId: string, name?: string): readonly Link[] {
    const links = this.#links.get(runId)
    if (!links) return []
    return name === undefined ? links.list : (links.byName.get(name) ?? [])
  }
}

function reindex(map: Map<string, RunRecord[]>, from: string, to: string, run: RunRecord): void {
  if (from === to) return
  const old = map.get(from)
  if (old) {
    const index = old.indexOf(run)
    if (index >= 0) old.splice(index, 1)
    if (old.length === 0) map.delete(from)
  }
  const list = map.get(to)
  if (!list) return void map.set(to, [run])
  let at = list.length
  while (at > 0 && (list[at - 1] as RunRecord).seq > run.seq) at -= 1
  list.splice(at, 0, run)
}
