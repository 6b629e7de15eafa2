/**
 * Reads and validates every input in one place, the same for the action and the command
 * line: nothing here sends a request, and any problem is one InputError that names the input
 * (through the source), the value and the fix.
 */
import path from 'node:path'
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_STALL_TIMEOUT_S,
  MAX_CONCURRENCY,
  NAME_REGEX
} from './config.js'
import { InputError } from './errors.js'
import {
  readServer,
  readToken,
  requireToken,
  resolveWorkingDirectory
} from './input-environment.js'
import {
  parseBoolean,
  parseChoice,
  parseInteger,
  parseJsonObject,
  parseMetadata,
  quote,
  subject
} from './input-parsers.js'
import { INPUT, type InputName, type InputNames, type InputSource } from './input-source.js'
import { text, trusted } from './log.js'
import { isValidMimeType } from './plan/mime.js'
import { OBJECT_TYPES, type ObjectType } from './plan/typed-objects.js'
import { CATEGORIES, type Category, type IfNoFilesFound } from './plan/types.js'

export { INPUT } from './input-source.js'

const IF_NO_FILES_FOUND = ['warn', 'error', 'ignore'] as const

/** Every input, validated: what the steps read (the same for the action and the command line). */
export type Inputs = ReturnType<typeof readInputs>

export interface ReadOptions {
  /** SIMVUE_URL and SIMVUE_TOKEN are read from here when the inputs are empty. */
  env: NodeJS.ProcessEnv
  /** Absolute; relative `working-directory` values resolve against it. */
  workspace: string
  /** Called with the token as soon as it is known, before any message can print it. */
  mask?: (secret: string) => void
  /** The metadata key reserved for provenance (`github`, or `ci` for the command line). */
  provenanceKey?: string
}

export function readInputs(source: InputSource, options: ReadOptions) {
  const { env } = options
  const label = (name: InputName): string => source.describe(name)
  const read = (name: InputName): string => source.value(name).trim()
  const token = readToken(read(INPUT.token), env)
  if (token) options.mask?.(token)

  const bool = (name: InputName, fallback: boolean): boolean =>
    parseBoolean(label(name), read(name), fallback)
  const int = (name: InputName, fallback: number, min: number, max: number): number =>
    parseInteger(label(name), read(name), fallback, min, max)
  const choice = <T extends string>(name: InputName, choices: readonly T[], fallback: T | null) =>
    parseChoice(label(name), read(name), choices, fallback)
  const dryRun = bool(INPUT.dryRun, false)
  const allowInsecureHttp = bool(INPUT.allowInsecureHttp, false)
  const workspace = path.resolve(options.workspace)

  // Lines keep their spaces (a file name may end in one); empty lines are dropped.
  const pathLines = source
    .value(INPUT.path)
    .split(/\r?\n/)
    .filter((line) => line !== '')
  const objects = parseJsonObject(label(INPUT.objects), read(INPUT.objects))
  const createRun = bool(INPUT.createRun, false)
  const runStatus = choice(INPUT.runStatus, ['completed', 'failed', 'terminated'] as const, null)
  const lines = pathLines.map((line) => line.trim()).filter((l) => l && !l.startsWith('#'))
  if (lines.length > 0 && lines.every((line) => line.startsWith('!'))) {
    throw new InputError(
      text`${subject(label(INPUT.path))} has only exclude lines (starting with "!"); add the files, directories or patterns to upload above them.`
    )
  }
  if (lines.length === 0 && !objects && !createRun && !runStatus) {
    const createHint = trusted(source.suggest(INPUT.createRun, 'true'))
    throw new InputError(
      text`Nothing to do: give ${trusted(label(INPUT.path))} (files to upload), ${trusted(label(INPUT.objects))}, ${createHint} or ${trusted(label(INPUT.runStatus))}.`
    )
  }

  const run = read(INPUT.run)
  if (!run) {
    throw new InputError(
      text`${subject(label(INPUT.run))} is required: give the id or the name of the Simvue run.`
    )
  }
  if (createRun && !NAME_REGEX.test(run)) {
    throw new InputError(
      text`${subject(label(INPUT.run))} is ${quote(run)}, which Simvue refuses as the name of a new run (${trusted(source.suggest(INPUT.createRun, 'true'))}); use letters, digits, spaces, "-", "_", ".", "/" and ":" only.`
    )
  }

  const folder = read(INPUT.folder) || '/'
  if (!folder.startsWith('/')) {
    throw new InputError(
      text`${subject(label(INPUT.folder))} is ${quote(folder)}; a folder path must start with "/", e.g. "/ci/nightly".`
    )
  }

  const mimeType = read(INPUT.mimeType) || null
  if (mimeType && !isValidMimeType(mimeType)) {
    throw new InputError(
      text`${subject(label(INPUT.mimeType))} is ${quote(mimeType)}, which is not a known MIME type; use a registered type such as text/plain or application/json, or leave it empty to detect it per file.`
    )
  }

  const objectType = choice(INPUT.objectType, OBJECT_TYPES, 'none') as ObjectType
  if (objectType !== 'none' && mimeType) {
    throw new InputError(
      text`${subject(label(INPUT.objectType))} is ${quote(objectType)} and ${trusted(label(INPUT.mimeType))} is ${quote(mimeType)}; an object type sets the MIME type of each file, so set only one of them.`
    )
  }

  return {
    /** How later messages name inputs: this source's spelling. */
    names: {
      describe: (name) => source.describe(name),
      suggest: (name, value) => source.suggest(name, value)
    } as InputNames,
    pathLines,
    objects,
    category: choice(INPUT.category, CATEGORIES, 'output') as Category,
    run,
    createRun,
    folder,
    // Any folder other than `/` narrows the look-up of a run by name.
    folderFilter: folder !== '/',
    runStatus,
    preservePath: bool(INPUT.preservePath, false),
    name: read(INPUT.name) || null,
    namePrefix: source.value(INPUT.namePrefix),
    mimeType,
    objectType,
    metadata: parseMetadata(label(INPUT.metadata), read(INPUT.metadata), options.provenanceKey),
    ifNoFilesFound: choice(INPUT.ifNoFilesFound, IF_NO_FILES_FOUND, 'warn') as IfNoFilesFound,
    includeHiddenFiles: bool(INPUT.includeHiddenFiles, false),
    followSymbolicLinks: bool(INPUT.followSymbolicLinks, true),
    skipExisting: bool(INPUT.skipExisting, true),
    deduplicate: bool(INPUT.deduplicate, false),
    concurrency: int(INPUT.concurrency, DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY),
    maxAttempts: int(INPUT.maxAttempts, DEFAULT_MAX_ATTEMPTS, 1, 20),
    stallTimeoutMs: 1000 * int(INPUT.stallTimeout, DEFAULT_STALL_TIMEOUT_S, 1, 86_400),
    failOnError: bool(INPUT.failOnError, true),
    dryRun,
    // The link policy's boundary: GITHUB_WORKSPACE for the action.
    workspace,
    workingDirectory: resolveWorkingDirectory(
      read(INPUT.workingDirectory),
      // The link policy's boundary: GITHUB_WORKSPACE for the action.
      workspace,
      label(INPUT.workingDirectory)
    ),
    // Null only in a dry run without a server configured.
    server: readServer(read(INPUT.serverUrl), env, {
      dryRun,
      allowInsecureHttp,
      label: label(INPUT.serverUrl),
      help: source
    }),
    token: requireToken(token, env, { dryRun, label: label(INPUT.token), help: source }),
    allowInsecureHttp
  }
}
