/**
 * Collected files and `objects` → the upload plan (DESIGN §3 step 2, §4): names, MIME types
 * and sizes decided and checked before any request; every problem reported at once.
 */
import { MAX_FILE_BYTES } from '../config.js'
import { PlanError } from '../errors.js'
import { detectMimeType } from './mime.js'
import { artifactName, nameProblems } from './naming.js'
import { objectEntries } from './objects.js'
import type { CollectedFile, PlanEntry } from './types.js'

export interface PlanOptions {
  files: CollectedFile[]
  objects: Record<string, unknown> | null
  preservePath: boolean
  workingDirectory: string
  namePrefix: string
  /** The `name` input: only valid when exactly one file or object (together) is planned. */
  explicitName: string | null
  /** Validated already; applies to every file (objects stay application/json). */
  mimeType: string | null
}

/** Paths listed per colliding name; the count says how many there are in all. */
const MAX_LISTED = 10

/** A planned entry and how messages refer to it: its path, or its `objects` key. */
interface Draft {
  entry: PlanEntry
  origin: string
}

function fileDrafts(options: PlanOptions): Draft[] {
  return options.files.map((file) => ({
    entry: {
      kind: 'file',
      name: '',
      localPath: file.path,
      size: file.size,
      mimeType: options.mimeType ?? detectMimeType(file.path)
    },
    origin: file.path
  }))
}

function objectDrafts(options: PlanOptions): Draft[] {
  const objects = options.objects ?? {}
  const entries = objectEntries(objects, options.namePrefix)
  return Object.keys(objects).map((key, i) => ({
    entry: entries[i],
    origin: `objects[${JSON.stringify(key)}]`
  }))
}

function sizeProblems(drafts: Draft[]): string[] {
  return drafts
    .filter(({ entry }) => entry.kind === 'file' && entry.size >= MAX_FILE_BYTES)
    .map(
      ({ entry }) =>
        `${entry.localPath} is ${entry.size} bytes: files of 5 GiB (${MAX_FILE_BYTES} bytes) ` +
        'or more exceed the single presigned POST limit; split or compress it'
    )
}

/** Sets every entry's name; returns the problems (one per entry at most). */
function nameDrafts(drafts: Draft[], options: PlanOptions): string[] {
  const problems: string[] = []
  const { explicitName, namePrefix } = options
  if (explicitName !== null && drafts.length === 1) {
    // `name-prefix` is "prepended to every name", so an explicit `name` gets it too.
    const entry = drafts[0].entry
    entry.name = namePrefix + explicitName
    const reasons = nameProblems(entry.name)
    if (reasons.length) problems.push(`name: "${entry.name}" ${reasons.join('; ')}`)
    return problems
  }
  if (explicitName !== null) {
    const files = drafts.filter(({ entry }) => entry.kind === 'file').length
    problems.push(
      `name: "${explicitName}" can name exactly one artifact, but ${drafts.length} are planned ` +
        `(${files} file(s), ${drafts.length - files} object(s)); remove \`name\` or narrow ` +
        '`path` / `objects` to one entry'
    )
  }
  for (const { entry, origin } of drafts) {
    if (entry.kind === 'file') {
      const named = artifactName(entry.localPath, options)
      if ('name' in named) entry.name = named.name
      else problems.push(named.problem)
      continue
    }
    const reasons = nameProblems(entry.name)
    if (reasons.length) problems.push(`name "${entry.name}" (from ${origin}) ${reasons.join('; ')}`)
  }
  return problems
}

function byNameThenPath(a: Draft, b: Draft): number {
  const x = a.entry
  const y = b.entry
  if (x.name !== y.name) return x.name < y.name ? -1 : 1
  return x.localPath < y.localPath ? -1 : x.localPath > y.localPath ? 1 : 0
}

/** Runs of one name in drafts sorted by name (no map: plans may hold 100k+ entries). */
function collisionProblems(sorted: Draft[]): string[] {
  const problems: string[] = []
  for (let start = 0; start < sorted.length;) {
    let end = start + 1
    while (end < sorted.length && sorted[end].entry.name === sorted[start].entry.name) end++
    const name = sorted[start].entry.name
    if (end - start > 1 && name !== '') {
      const origins = sorted.slice(start, Math.min(end, start + MAX_LISTED)).map((d) => d.origin)
      const more = end - start - origins.length
      problems.push(
        `${end - start} entries would be named "${name}": ${origins.join(', ')}` +
          `${more ? ` and ${more} more` : ''}; ` +
          'set `preserve-path: true`, use `name-prefix`, or narrow `path`'
      )
    }
    start = end
  }
  return problems
}

export function buildPlan(options: PlanOptions): PlanEntry[] {
  const drafts = [...fileDrafts(options), ...objectDrafts(options)]
  const nameProblems = nameDrafts(drafts, options)
  drafts.sort(byNameThenPath)
  const problems = [...nameProblems, ...sizeProblems(drafts), ...collisionProblems(drafts)]
  if (problems.length) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
    throw new PlanError(`The upload plan has ${count}; nothing was sent:`, problems)
  }
  return drafts.map(({ entry }) => entry)
}
