/**
 * Collected files and `objects` → the upload plan (docs/design.md, "Plan"): names, MIME
 * types and sizes decided and checked before any request; every problem reported at once.
 */
import { MAX_FILE_BYTES } from '../config.js'
import { say } from '../input-source.js'
import { PlanError } from '../errors.js'
import { joinText, text, type Message, type Text } from '../log.js'
import { artifactName, nameProblems, type NamingOptions } from './naming.js'
import { fileType, type FileTypeOptions } from './typed-objects.js'
import type { CollectedFile, PlanEntry } from './types.js'

export interface PlanOptions extends NamingOptions, FileTypeOptions {
  files: CollectedFile[]
  objects: Record<string, unknown> | null
  /** The `name` input: only valid when exactly one file or object (together) is planned. */
  explicitName: string | null
}

/** Paths listed per colliding name; the count says how many there are in all. */
const MAX_LISTED = 10

/** How messages refer to an entry: its path, or its `objects` key (the name without prefix). */
function originOf(entry: PlanEntry, namePrefix: string): string {
  if (entry.kind === 'file') return entry.localPath
  return `objects[${JSON.stringify(entry.name.slice(namePrefix.length))}]`
}

/** File entries, named: with `name` given, names are set later (and stay '' here). */
function fileEntries(options: PlanOptions, problems: Message[], named: boolean): PlanEntry[] {
  return options.files.map((file): PlanEntry => {
    let name = ''
    if (named) {
      const result = artifactName(file.path, options)
      if ('name' in result) name = result.name
      else problems.push(result.problem)
    }
    const { path: localPath, size, dev, ino, linked } = file
    const { fields, problem } = fileType(localPath, size, options)
    if (problem) problems.push(problem)
    return { kind: 'file', name, localPath, size, dev, ino, linked, ...fields }
  })
}

/** The `objects` input (docs/design.md, "Objects and metadata"): compact JSON, application/json. */
function objectEntries(options: PlanOptions): PlanEntry[] {
  return Object.entries(options.objects ?? {}).map(([key, value]) => {
    // Values come from parsed JSON, so they always serialise; `?? 'null'` only satisfies types.
    const content = Buffer.from(JSON.stringify(value) ?? 'null', 'utf8')
    return {
      kind: 'object',
      name: options.namePrefix + key,
      localPath: '',
      size: content.length,
      mimeType: 'application/json',
      content
    }
  })
}

function sizeProblems(entries: PlanEntry[]): Text[] {
  return entries
    .filter((entry) => entry.kind === 'file' && entry.size >= MAX_FILE_BYTES)
    .map(
      (entry) =>
        text`${entry.localPath} is ${entry.size} bytes: files of 5 GiB (${MAX_FILE_BYTES} bytes) or more exceed the single presigned POST limit; split or compress it`
    )
}

/** `name` problems: it names the one entry, or cannot (several entries or none). */
function explicitNameProblems(
  files: PlanEntry[],
  objects: PlanEntry[],
  options: PlanOptions
): Text[] {
  const { explicitName, namePrefix } = options
  if (explicitName === null) return []
  const count = files.length + objects.length
  if (count === 1) {
    // `name-prefix` is "prepended to every name", so an explicit `name` gets it too.
    const entry = files[0] ?? objects[0]
    entry.name = namePrefix + explicitName
    const reasons = nameProblems(entry.name).join('; ')
    if (!reasons) return []
    if (namePrefix !== '' && nameProblems(explicitName).length === 0) {
      return [
        text`name: "${entry.name}" (name-prefix "${namePrefix}") ${reasons}; fix ${say(options).describe('name-prefix')}`
      ]
    }
    return [text`name: "${entry.name}" ${reasons}`]
  }
  return [
    text`name: "${explicitName}" can name exactly one artifact, but ${count} are planned (${files.length} file(s), ${objects.length} object(s)); remove ${say(options).describe('name')} or narrow ${say(options).describe('path')} / ${say(options).describe('objects')} to one entry`
  ]
}

function objectNameProblems(objects: PlanEntry[], namePrefix: string): Text[] {
  return objects.flatMap((entry) => {
    const reasons = nameProblems(entry.name).join('; ')
    return reasons
      ? [text`name "${entry.name}" (from ${originOf(entry, namePrefix)}) ${reasons}`]
      : []
  })
}

function byNameThenPath(x: PlanEntry, y: PlanEntry): number {
  if (x.name !== y.name) return x.name < y.name ? -1 : 1
  return x.localPath < y.localPath ? -1 : x.localPath > y.localPath ? 1 : 0
}

/** Runs of one name in entries sorted by name (no map: plans may hold 100k+ entries). */
function collisionProblems(sorted: PlanEntry[], options: PlanOptions): Text[] {
  const names = say(options)
  const problems: Text[] = []
  for (let start = 0; start < sorted.length;) {
    const name = sorted[start].name
    let end = start + 1
    while (end < sorted.length && sorted[end].name === name) end++
    if (end - start > 1 && name !== '') {
      const listed = sorted.slice(start, Math.min(end, start + MAX_LISTED))
      const paths = listed.map((entry) => originOf(entry, options.namePrefix))
      const more = end - start - paths.length
      const listing = joinText(paths, ', ')
      const rest = more ? text` and ${more} more` : text``
      problems.push(
        text`${end - start} entries would be named "${name}": ${listing}${rest}; set ${names.suggest('preserve-path', 'true')}, use ${names.describe('name-prefix')}, or narrow ${names.describe('path')}`
      )
    }
    start = end
  }
  return problems
}

export function buildPlan(options: PlanOptions): PlanEntry[] {
  const objects = objectEntries(options)
  const single = options.explicitName !== null && options.files.length + objects.length === 1
  const fileProblems: Message[] = []
  const files = fileEntries(options, fileProblems, !single)
  // Problems in the order of the entries: `name`'s first, then files, then objects.
  const problems: Message[] = explicitNameProblems(files, objects, options)
  // With `name`, files are not named here, so fileProblems holds only object-type refusals.
  problems.push(...fileProblems)
  if (!single) problems.push(...objectNameProblems(objects, options.namePrefix))
  const entries = objects.length ? files.concat(objects) : files
  entries.sort(byNameThenPath)
  problems.push(...sizeProblems(entries), ...collisionProblems(entries, options))
  if (problems.length) {
    const plural = problems.length === 1 ? '' : 's'
    throw new PlanError(
      text`The upload plan has ${problems.length} problem${plural}; nothing was sent:`,
      problems
    )
  }
  return entries
}
