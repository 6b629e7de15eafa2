/**
 * Reads and validates every input in one place (DESIGN §2, §3 step 1). Nothing here sends a
 * request; any problem is one InputError that names the input, the value and the fix.
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
  inputValue,
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
  quote
} from './input-parsers.js'
import { isValidMimeType } from './plan/mime.js'
import { OBJECT_TYPES, type ObjectType } from './plan/typed-objects.js'
import { CATEGORIES, type Category, type IfNoFilesFound } from './plan/types.js'
import type { ServerUrls } from './simvue/url.js'
import { setSecret } from './workflow/commands.js'

/** Input names as action.yml spells them. */
export const INPUT = {
  path: 'path',
  objects: 'objects',
  category: 'category',
  run: 'run',
  createRun: 'create-run',
  folder: 'folder',
  runStatus: 'run-status',
  preservePath: 'preserve-path',
  name: 'name',
  namePrefix: 'name-prefix',
  mimeType: 'mime-type',
  objectType: 'object-type',
  metadata: 'metadata',
  ifNoFilesFound: 'if-no-files-found',
  includeHiddenFiles: 'include-hidden-files',
  followSymbolicLinks: 'follow-symbolic-links',
  skipExisting: 'skip-existing',
  deduplicate: 'deduplicate',
  concurrency: 'concurrency',
  maxAttempts: 'max-attempts',
  stallTimeout: 'stall-timeout',
  failOnError: 'fail-on-error',
  dryRun: 'dry-run',
  workingDirectory: 'working-directory',
  serverUrl: 'server-url',
  token: 'token',
  allowInsecureHttp: 'allow-insecure-http'
} as const

export type RunStatusInput = 'completed' | 'failed' | 'terminated'

export interface Inputs {
  pathLines: string[]
  objects: Record<string, unknown> | null
  category: Category
  run: string
  createRun: boolean
  folder: string
  /** Whether `folder` narrows the run name lookup (any folder other than `/`). */
  folderFilter: boolean
  runStatus: RunStatusInput | null
  preservePath: boolean
  name: string | null
  namePrefix: string
  mimeType: string | null
  objectType: ObjectType
  metadata: Record<string, unknown> | null
  ifNoFilesFound: IfNoFilesFound
  includeHiddenFiles: boolean
  followSymbolicLinks: boolean
  skipExisting: boolean
  deduplicate: boolean
  concurrency: number
  maxAttempts: number
  stallTimeoutMs: number
  failOnError: boolean
  dryRun: boolean
  workspace: string
  workingDirectory: string
  /** Null only in a dry run without a server configured. */
  server: ServerUrls | null
  token: string
  allowInsecureHttp: boolean
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const read = (name: string): string => inputValue(name, env).trim()
  // Mask first, so that no later message can print the token.
  const token = readToken(read(INPUT.token), env)
  if (token) setSecret(token)

  const bool = (name: string, fallback: boolean): boolean =>
    parseBoolean(name, read(name), fallback)
  const int = (name: string, fallback: number, min: number, max: number): number =>
    parseInteger(name, read(name), fallback, min, max)
  const dryRun = bool(INPUT.dryRun, false)
  const allowInsecureHttp = bool(INPUT.allowInsecureHttp, false)
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())

  // Lines keep their spaces (a file name may end in one); empty lines are dropped.
  const pathLines = inputValue(INPUT.path, env)
    .split('\n')
    .filter((line) => line !== '')
  const objects = parseJsonObject(INPUT.objects, read(INPUT.objects))
  const createRun = bool(INPUT.createRun, false)
  const runStatus = parseChoice(
    INPUT.runStatus,
    read(INPUT.runStatus),
    ['completed', 'failed', 'terminated'] as const,
    null
  )
  const lines = pathLines.map((line) => line.trim()).filter((l) => l && !l.startsWith('#'))
  if (lines.length > 0 && lines.every((line) => line.startsWith('!'))) {
    throw new InputError(
      'Input `path` has only exclude lines (starting with "!"); add the files, directories ' +
        'or patterns to upload above them.'
    )
  }
  if (lines.length === 0 && !objects && !createRun && !runStatus) {
    throw new InputError(
      'Nothing to do: set `path` (files to upload), `objects`, `create-run: true` or `run-status`.'
    )
  }

  const run = read(INPUT.run).trim()
  if (!run) {
    throw new InputError('Input `run` is required: give the id or the name of the Simvue run.')
  }

  if (createRun && !NAME_REGEX.test(run)) {
    throw new InputError(
      `Input \`run\` is ${quote(run)}, which Simvue refuses as the name of a new run ` +
        '(create-run: true); use letters, digits, spaces, "-", "_", ".", "/" and ":" only.'
    )
  }

  const folder = read(INPUT.folder).trim() || '/'
  if (!folder.startsWith('/')) {
    throw new InputError(
      `Input \`folder\` is ${quote(folder)}; a folder path must start with "/", e.g. "/ci/nightly".`
    )
  }

  const mimeType = read(INPUT.mimeType).trim() || null
  if (mimeType && !isValidMimeType(mimeType)) {
    throw new InputError(
      `Input \`mime-type\` is ${quote(mimeType)}, which is not a known MIME type; use a registered ` +
        'type such as text/plain or application/json, or leave it empty to detect it per file.'
    )
  }

  const objectType = parseChoice(
    INPUT.objectType,
    read(INPUT.objectType),
    OBJECT_TYPES,
    'none'
  ) as ObjectType
  if (objectType !== 'none' && mimeType) {
    throw new InputError(
      `Input \`object-type\` is ${quote(objectType)} and \`mime-type\` is ${quote(mimeType)}; ` +
        'an object type sets the MIME type of each file, so set only one of them.'
    )
  }

  return {
    pathLines,
    objects,
    category: parseChoice(INPUT.category, read(INPUT.category), CATEGORIES, 'output') as Category,
    run,
    createRun,
    folder,
    folderFilter: folder !== '/',
    runStatus,
    preservePath: bool(INPUT.preservePath, false),
    name: read(INPUT.name).trim() || null,
    namePrefix: read(INPUT.namePrefix),
    mimeType,
    objectType,
    metadata: parseMetadata(INPUT.metadata, read(INPUT.metadata)),
    ifNoFilesFound: parseChoice(
      INPUT.ifNoFilesFound,
      read(INPUT.ifNoFilesFound),
      ['warn', 'error', 'ignore'] as const,
      'warn'
    ) as IfNoFilesFound,
    includeHiddenFiles: bool(INPUT.includeHiddenFiles, false),
    followSymbolicLinks: bool(INPUT.followSymbolicLinks, true),
    skipExisting: bool(INPUT.skipExisting, true),
    deduplicate: bool(INPUT.deduplicate, false),
    concurrency: int(INPUT.concurrency, DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY),
    maxAttempts: int(INPUT.maxAttempts, DEFAULT_MAX_ATTEMPTS, 1, 20),
    stallTimeoutMs: 1000 * int(INPUT.stallTimeout, DEFAULT_STALL_TIMEOUT_S, 1, 86_400),
    failOnError: bool(INPUT.failOnError, true),
    dryRun,
    workspace,
    workingDirectory: resolveWorkingDirectory(read(INPUT.workingDirectory), workspace),
    server: readServer(read(INPUT.serverUrl), env, { dryRun, allowInsecureHttp }),
    token: requireToken(token, env, dryRun),
    allowInsecureHttp
  }
}
