/**
 * Reads and validates every input in one place (DESIGN §2, §3 step 1). Nothing here sends a
 * request; any problem is one InputError that names the input, the value and the fix.
 */
import * as core from '@actions/core'
import { existsSync, statSync } from 'node:fs'
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
  parseBoolean,
  parseChoice,
  parseInteger,
  parseJsonObject,
  parseMetadata,
  quote
} from './input-parsers.js'
import { isValidMimeType } from './plan/mime.js'
import { CATEGORIES, type Category, type IfNoFilesFound } from './plan/types.js'
import { normaliseServerUrl, type ServerUrls } from './simvue/url.js'

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

const read = (name: string): string => core.getInput(name)

export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  // Mask first, so that no later message can print the token.
  const token = firstNonEmpty(read(INPUT.token), env.SIMVUE_TOKEN)
  if (token) core.setSecret(token)

  const bool = (name: string, fallback: boolean): boolean =>
    parseBoolean(name, read(name), fallback)
  const dryRun = bool(INPUT.dryRun, false)
  const allowInsecureHttp = bool(INPUT.allowInsecureHttp, false)
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())

  const pathLines = core.getMultilineInput(INPUT.path, { trimWhitespace: false })
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
    concurrency: parseInteger(
      INPUT.concurrency,
      read(INPUT.concurrency),
      DEFAULT_CONCURRENCY,
      1,
      MAX_CONCURRENCY
    ),
    maxAttempts: parseInteger(
      INPUT.maxAttempts,
      read(INPUT.maxAttempts),
      DEFAULT_MAX_ATTEMPTS,
      1,
      20
    ),
    stallTimeoutMs:
      1000 *
      parseInteger(
        INPUT.stallTimeout,
        read(INPUT.stallTimeout),
        DEFAULT_STALL_TIMEOUT_S,
        1,
        86_400
      ),
    failOnError: bool(INPUT.failOnError, true),
    dryRun,
    workspace,
    workingDirectory: readWorkingDirectory(workspace),
    server: readServer(env, { dryRun, allowInsecureHttp }),
    token: requireToken(token, env, dryRun),
    allowInsecureHttp
  }
}

function firstNonEmpty(...values: (string | undefined)[]): string {
  return values.find((value) => value !== undefined && value.trim() !== '')?.trim() ?? ''
}

function readWorkingDirectory(workspace: string): string {
  const raw = read(INPUT.workingDirectory).trim()
  const resolved = path.resolve(workspace, raw || '.')
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    throw new InputError(
      `Input \`working-directory\` is ${quote(raw)}, which is not a directory (resolved to ${resolved}); ` +
        'give an existing directory, absolute or relative to the workspace.'
    )
  }
  return resolved
}

const FORK_HINT =
  'If it comes from a secret, note that secrets are empty in workflows triggered by pull requests from forks.'

function readServer(
  env: NodeJS.ProcessEnv,
  options: { dryRun: boolean; allowInsecureHttp: boolean }
): ServerUrls | null {
  const fromInput = read(INPUT.serverUrl).trim()
  const raw = fromInput || (env.SIMVUE_URL ?? '').trim()
  if (!raw) {
    if (options.dryRun) return null
    const state = env.SIMVUE_URL === undefined ? 'is not set' : 'is set but empty'
    throw new InputError(
      `No Simvue server URL: SIMVUE_URL ${state} and input \`server-url\` is empty. Set ` +
        '`env: SIMVUE_URL: ${{ vars.SIMVUE_URL }}` on the step or give `server-url`. ' +
        FORK_HINT
    )
  }
  return normaliseServerUrl(raw, {
    source: fromInput ? 'input `server-url`' : 'environment variable SIMVUE_URL',
    allowInsecureHttp: options.allowInsecureHttp
  })
}

function requireToken(token: string, env: NodeJS.ProcessEnv, dryRun: boolean): string {
  if (token || dryRun) return token
  const state = env.SIMVUE_TOKEN === undefined ? 'is not set' : 'is set but empty'
  throw new InputError(
    `No Simvue token: SIMVUE_TOKEN ${state} and input \`token\` is empty. Set ` +
      '`env: SIMVUE_TOKEN: ${{ secrets.SIMVUE_TOKEN }}` on the step or give `token`. ' +
      FORK_HINT
  )
}
