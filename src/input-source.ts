/**
 * Where input values come from, and how messages name them. The action reads the runner's
 * `INPUT_<NAME>` variables through @actions/core; the command line reads its flags. The
 * validation in inputs.ts is the same for both and names an input only through the source.
 */
import { trusted } from './log.js'

/** Input names as action.yml spells them (the command line's flags carry the same names). */
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

export type InputName = (typeof INPUT)[keyof typeof INPUT]

export interface InputSource {
  /** The raw value as given, '' when not given (the action's defaults already applied). */
  value(name: InputName): string
  /** How a message names the input: "input `create-run`", or "--create-run". */
  describe(name: InputName): string
  /** How a message tells the user to set it: "`create-run: true`", or "`--create-run`". */
  suggest(name: InputName, value: string): string
  /** The sentence that tells the user how to give the server URL or the token. */
  missing(name: CredentialInput): string
}

/** How messages of the core name inputs: the entry layer's spelling. */
export type InputNames = Pick<InputSource, 'describe' | 'suggest'>

/** The action's spelling (action.yml), and the default where a caller gives none. */
export const ACTION_INPUT_NAMES: InputNames = {
  describe: (name) => `input \`${name}\``,
  suggest: (name, value) => `\`${name}: ${value}\``
}

/** Inputs whose absence has its own help: where a server URL and a token come from. */
export type CredentialInput = typeof INPUT.serverUrl | typeof INPUT.token

/** The spelling of input names for messages, as trusted text. */
export function say(options: { names?: InputNames }) {
  const names = options.names ?? ACTION_INPUT_NAMES
  return {
    describe: (name: InputName) => trusted(names.describe(name)),
    suggest: (name: InputName, value: string) => trusted(names.suggest(name, value))
  }
}
