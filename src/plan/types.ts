/** What the plan step produces: every artifact to upload, decided before any request. */

export { CATEGORIES, type Category } from '../category.js'

export type IfNoFilesFound = 'warn' | 'error' | 'ignore'

/** One file found on disk by the `path` lines. */
export interface CollectedFile {
  /** Absolute path as found (links not resolved), native separators. */
  path: string
  /** Bytes, following links (stat, not lstat). */
  size: number
  /** Device and inode from the same stat as `size`: the upload checks it opens this file. */
  dev: number
  ino: number
  /** The path's last component was a symbolic link when planned (the upload follows it). */
  linked: boolean
  /** The `path` line that first produced it. */
  line: string
}

/** Something a walk met and did not upload, with why (reported, never silent). */
export interface SkippedItem {
  path: string
  reason:
    | 'hidden'
    | 'broken-link'
    | 'link-outside'
    | 'link-to-hidden'
    | 'link-not-followed'
    | 'link-cycle'
    | 'special-file'
    | 'empty-directory'
    | 'unreadable'
  detail?: string
}

export interface CollectOptions {
  /** Raw `path` input lines (untrimmed, comments and blanks included). */
  lines: string[]
  /** Absolute; base for relative lines. */
  workingDirectory: string
  /** Absolute GITHUB_WORKSPACE (links resolving outside it and every root are refused). */
  workspace: string
  includeHiddenFiles: boolean
  followSymbolicLinks: boolean
}

export interface CollectResult {
  /** Unique by absolute path, sorted by path (code-unit order). */
  files: CollectedFile[]
  /** Include lines that matched no file, as written by the user. */
  unmatchedLines: string[]
  skipped: SkippedItem[]
}

export interface PlanEntry {
  kind: 'file' | 'object'
  /** Final artifact name: prefix applied, `/` separated, validated. */
  name: string
  /** Absolute local path as found; '' for objects. */
  localPath: string
  size: number
  mimeType: string
  /** Sent as `original_path` when set: '' for files uploaded as typed objects. */
  originalPath?: string
  /** Keys added to the step's metadata for this artifact (a typed object's local path). */
  metadata?: Record<string, string>
  /** Serialised bytes, objects only. */
  content?: Buffer
  /**
   * Files: the identity at planning time (stat's dev and ino) and whether the last path
   * component was a symbolic link then. When present, upload opens exactly that file.
   */
  dev?: number
  ino?: number
  linked?: boolean
}
