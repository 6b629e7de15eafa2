/** Wire shapes of the Simvue API as used here (docs/design.md, "The Simvue contract used"). */

export interface RunRecord {
  id: string
  name: string
  /** created, running, completed, failed, terminated or lost. */
  status: string
  folder?: string
  [key: string]: unknown
}

/** Body of POST /api/artifacts: exactly these six fields (422 otherwise). */
export interface ArtifactCreateBody {
  name: string
  original_path: string
  size: number
  mime_type: string
  checksum: string
  metadata: Record<string, unknown> | null
}

export interface ArtifactCreated {
  id: string
  /** Presigned POST target, or null when the content is already stored. */
  url: string | null
  fields: Record<string, string>
}

/** What is read of a listed artifact (skip-existing, and a 409 on attach). */
export interface ArtifactRecord {
  id: string
  name: string
  checksum: string | null
  uploaded: boolean
}

export interface RunCreateBody {
  name: string
  folder: string
  status: 'running'
  tags: string[]
  metadata: Record<string, unknown>
  heartbeat_timeout: null
  system: null
}
