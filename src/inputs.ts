/**
 * Reads and validates every input in one place, the same for the action and the command
 * line: nothing here sends a request, and any problem is one InputError that names the input
 * (through the source), the value and the fix.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { NAME_REGEX } from './config.js'
import { InputError } from './errors.js'
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
import { normaliseServerUrl, type ServerUrls } from './simvue/url.js'

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
    concurrency: int(INPUT.concurrency, 32, 1, 64),
    maxAttempts: int(INPUT.maxAttempts, 5, 1, 20),
    stallTimeoutMs: 1000 * int(INPUT.stallTimeout, 300, 1, 86_400),
    failOnError: bool(INPUT.failOnError, true),
    dryRun,
    // The link policy's boundary: GITHUB_WORKSPACE for the action.
    workspace,
    workingDirectory: resolveWorkingDirectory(source, workspace),
    // Null only in a dry run without a server configured.
    server: readServer(source, env, { dryRun, allowInsecureHttp }),
    token: requireToken(token, source, env, dryRun),
    allowInsecureHttp
  }
}

/** Characters a header value may hold: visible ASCII (a token is sent as `Bearer <token>`). */
const HEADER_SAFE = /^[\x21-\x7e]+$/

/** The token from input `token` or SIMVUE_TOKEN (inputs win, empty counts as missing). */
export function readToken(input: string, env: NodeJS.ProcessEnv): string {
  return [input, env.SIMVUE_TOKEN].find((v) => v !== undefined && v.trim() !== '')?.trim() ?? ''
}

export function requireToken(
  token: string,
  source: InputSource,
  env: NodeJS.ProcessEnv,
  dryRun: boolean
): string {
  const label = trusted(source.describe(INPUT.token))
  if (token && !HEADER_SAFE.test(token)) {
    throw new InputError(
      text`The Simvue token (SIMVUE_TOKEN or ${label}) holds spaces or characters that cannot be sent in an HTTP header; copy the token again without them.`
    )
  }
  if (token || dryRun) return token
  const state = env.SIMVUE_TOKEN === undefined ? 'is not set' : 'is set but empty'
  throw new InputError(
    text`No Simvue token: SIMVUE_TOKEN ${state} and ${label} is empty. ${trusted(source.missing(INPUT.token))}`
  )
}

/** The server URLs from `server-url`, else SIMVUE_URL; null only in a dry run without either. */
export function readServer(
  source: InputSource,
  env: NodeJS.ProcessEnv,
  options: { dryRun: boolean; allowInsecureHttp: boolean }
): ServerUrls | null {
  const label = source.describe(INPUT.serverUrl)
  const fromInput = source.value(INPUT.serverUrl).trim()
  const raw = fromInput || (env.SIMVUE_URL ?? '').trim()
  if (!raw) {
    if (options.dryRun) return null
    const state = env.SIMVUE_URL === undefined ? 'is not set' : 'is set but empty'
    throw new InputError(
      text`No Simvue server URL: SIMVUE_URL ${state} and ${trusted(label)} is empty. ${trusted(source.missing(INPUT.serverUrl))}`
    )
  }
  return normaliseServerUrl(raw, {
    source: fromInput ? label : 'environment variable SIMVUE_URL',
    allowInsecureHttp: options.allowInsecureHttp
  })
}

/** `working-directory`, absolute: relative values resolve against `base`. */
function resolveWorkingDirectory(source: InputSource, base: string): string {
  const raw = source.value(INPUT.workingDirectory).trim()
  const resolved = path.resolve(base, raw || '.')
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    throw new InputError(
      text`${subject(source.describe(INPUT.workingDirectory))} is ${quote(raw)}, which is not a directory (resolved to ${resolved}); give an existing directory, absolute or relative to the workspace.`
    )
  }
  return resolved
}
