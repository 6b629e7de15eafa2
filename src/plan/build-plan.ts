/**
 * Collected files and `objects` → the upload plan (DESIGN §3 step 2, §4): names, MIME types
 * and sizes decided and checked before any request; every problem reported at once.
 */
import { MAX_FILE_BYTES } from '../config.js'
import { PlanError } from '../errors.js'
import type { Message } from '../log.js'
import { artifactName, nameProblems, plainNamer } from './naming.js'
import { objectEntries } from './objects.js'
import { fileType, type ObjectType } from './typed-objects.js'
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
  /** Which files become typed objects (never set together with `mimeType`); `none` if unset. */
  objectType?: ObjectType
}

/** Paths listed per colliding name; the count says how many there are in all. */
const MAX_LISTED = 10

/** How messages refer to an entry: its path, or its `objects` key. */
type Origins = Map<PlanEntry, string>

function originOf(entry: PlanEntry, origins: Origins): string {
  return entry.kind === 'file' ? entry.localPath : (origins.get(entry) ?? '')
}

/** File entries, named: with `name` given, names are set later (and stay '' here). */
function fileEntries(options: PlanOptions, problems: Message[], named: boolean): PlanEntry[] {
  const { files } = options
  const plainName = plainNamer(options)
  const entries: PlanEntry[] = new Array<PlanEntry>(files.length)
  for (let i = 0; i < files.length; i++) {
    const localPath = files[i].path
    let name = named ? plainName(localPath) : ''
    if (name === null) {
      const result = artifactName(localPath, options)
      if ('name' in result) name = result.name
      else {
        problems.push(result.problem)
        name = ''
      }
    }
    const { fields, problem } = fileType(localPath, files[i].size, options)
    if (problem) problems.push(problem)
    entries[i] = { kind: 'file', name, localPath, size: files[i].size, ...fields }
  }
  return entries
}

function objectEntriesOf(options: PlanOptions, origins: Origins): PlanEntry[] {
  const objects = options.objects ?? {}
  const entries = objectEntries(objects, options.namePrefix)
  Object.keys(objects).forEach((key, i) =>
    origins.set(entries[i], `objects[${JSON.stringify(key)}]`)
  )
  return entries
}

function sizeProblems(entries: PlanEntry[]): string[] {
  const problems: string[] = []
  for (const entry of entries) {
    if (entry.kind !== 'file' || entry.size < MAX_FILE_BYTES) continue
    problems.push(
      `${entry.localPath} is ${entry.size} bytes: files of 5 GiB (${MAX_FILE_BYTES} bytes) ` +
        'or more exceed the single presigned POST limit; split or compress it'
    )
  }
  return problems
}

/** `name` problems: it names the one entry, or cannot (several entries or none). */
function explicitNameProblems(
  files: PlanEntry[],
  objects: PlanEntry[],
  options: PlanOptions
): string[] {
  const { explicitName, namePrefix } = options
  if (explicitName === null) return []
  const count = files.length + objects.length
  if (count === 1) {
    // `name-prefix` is "prepended to every name", so an explicit `name` gets it too.
    const entry = files[0] ?? objects[0]
    entry.name = namePrefix + explicitName
    const reasons = nameProblems(entry.name)
    return reasons.length ? [`name: "${entry.name}" ${reasons.join('; ')}`] : []
  }
  return [
    `name: "${explicitName}" can name exactly one artifact, but ${count} are planned ` +
      `(${files.length} file(s), ${objects.length} object(s)); remove \`name\` or narrow ` +
      '`path` / `objects` to one entry'
  ]
}

function objectNameProblems(objects: PlanEntry[], origins: Origins): string[] {
  const problems: string[] = []
  for (const entry of objects) {
    const reasons = nameProblems(entry.name)
    if (reasons.length) {
      problems.push(`name "${entry.name}" (from ${originOf(entry, origins)}) ${reasons.join('; ')}`)
    }
  }
  return problems
}

function byNameThenPath(x: PlanEntry, y: PlanEntry): number {
  if (x.name !== y.name) return x.name < y.name ? -1 : 1
  return x.localPath < y.localPath ? -1 : x.localPath > y.localPath ? 1 : 0
}

/**
 * Sorts by name, then path. Walks give sorted paths and often sorted names: an O(n) check
 * first. Returns whether two entries may share a name (false: every name is distinct).
 */
function sortEntries(entries: PlanEntry[]): boolean {
  let repeated = false
  for (let i = 1; i < entries.length; i++) {
    const previous = entries[i - 1].name
    const name = entries[i].name
    if (previous < name) continue
    if (previous !== name || entries[i - 1].localPath > entries[i].localPath) {
      entries.sort(byNameThenPath)
      return true
    }
    repeated = true
  }
  return repeated
}

/** Runs of one name in entries sorted by name (no map: plans may hold 100k+ entries). */
function collisionProblems(sorted: PlanEntry[], origins: Origins): string[] {
  const problems: string[] = []
  for (let start = 0; start < sorted.length;) {
    const name = sorted[start].name
    let end = start + 1
    while (end < sorted.length && sorted[end].name === name) end++
    if (end - start > 1 && name !== '') {
      const listed = sorted.slice(start, Math.min(end, start + MAX_LISTED))
      const paths = listed.map((entry) => originOf(entry, origins))
      const more = end - start - paths.length
      problems.push(
        `${end - start} entries would be named "${name}": ${paths.join(', ')}` +
          `${more ? ` and ${more} more` : ''}; ` +
          'set `preserve-path: true`, use `name-prefix`, or narrow `path`'
      )
    }
    start = end
  }
  return problems
}

export function buildPlan(options: PlanOptions): PlanEntry[] {
  const origins: Origins = new Map()
  const objects = objectEntriesOf(options, origins)
  const single = options.explicitName !== null && options.files.length + objects.length === 1
  const fileProblems: Message[] = []
  const files = fileEntries(options, fileProblems, !single)
  // Problems in the order of the entries: `name`'s first, then files, then objects.
  const problems: Message[] = explicitNameProblems(files, objects, options)
  // With `name`, files are not named here, so fileProblems holds only object-type refusals.
  problems.push(...fileProblems)
  if (!single) problems.push(...objectNameProblems(objects, origins))
  const entries = objects.length ? files.concat(objects) : files
  const mayCollide = sortEntries(entries)
  problems.push(...sizeProblems(entries))
  if (mayCollide) problems.push(...collisionProblems(entries, origins))
  if (problems.length) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
    throw new PlanError(`The upload plan has ${count}; nothing was sent:`, problems)
  }
  return entries
}
