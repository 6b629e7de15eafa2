/**
 * The command line's flags: every action input under its own name (booleans also as
 * `--no-…`), the `path` lines as positional arguments, and the flags only a terminal needs.
 * Parsed with node:util `parseArgs`; `--no-…` is declared as its own flag rather than with
 * `allowNegative`, which Node 20 before 20.16 lacks.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { INPUT, type InputName } from '../input-source.js'
import { InputError } from '../errors.js'
import { text } from '../log.js'

/** Inputs that are `true`/`false` in action.yml. */
export const BOOLEAN_INPUTS: ReadonlySet<InputName> = new Set<InputName>([
  INPUT.createRun,
  INPUT.preservePath,
  INPUT.includeHiddenFiles,
  INPUT.followSymbolicLinks,
  INPUT.skipExisting,
  INPUT.deduplicate,
  INPUT.failOnError,
  INPUT.dryRun,
  INPUT.allowInsecureHttp
])

/** Every input that is a flag of the same name: not `path` (the arguments) nor `token`. */
export const INPUT_FLAGS: readonly InputName[] = Object.values(INPUT).filter(
  (name) => name !== INPUT.path && name !== INPUT.token
)

/** Flags of the command line alone (not action inputs). */
const CLI_FLAGS = {
  exclude: { type: 'string', multiple: true },
  workspace: { type: 'string', multiple: true },
  profile: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  summary: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const

/** The command line's own flags, as parseArgs types them (undefined when not given). */
type OwnFlags = ReturnType<typeof parseArgs<{ options: typeof CLI_FLAGS }>>['values']

export interface CliArgs extends Omit<OwnFlags, 'exclude' | 'workspace' | 'profile' | 'summary'> {
  workspace?: string
  profile?: string
  summary?: string
  /** Input values as the action would receive them ('true'/'false' for booleans). */
  inputs: Map<InputName, string>
  /** `path` lines: positional arguments, then `--exclude` patterns as `!pattern`. */
  pathLines: string[]
}

/**
 * Every flag but --token and --path: the inputs' (`multiple`, so that one given twice is
 * refused), then the command line's own.
 */
const FLAGS: ParseArgsOptionsConfig = {}
for (const name of INPUT_FLAGS) {
  if (BOOLEAN_INPUTS.has(name)) {
    FLAGS[name] = { type: 'boolean', multiple: true }
    FLAGS[`no-${name}`] = { type: 'boolean', multiple: true }
  } else {
    FLAGS[name] = { type: 'string', multiple: true }
  }
}
Object.assign(FLAGS, CLI_FLAGS)

/** Every flag the parser knows, for suggestions and the help text check. */
export const KNOWN_FLAGS: readonly string[] = Object.keys(FLAGS)

/** Refused with their reason whatever follows them: a value, nothing, or another flag. */
const REFUSED_FLAGS: Record<string, string> = {
  token:
    '--token is refused: a token on the command line lands in shell history and in `ps` ' +
    'for every user of the machine. Set SIMVUE_TOKEN in the environment, or put it in ' +
    'simvue.toml ([server] token = "..."), the Python client’s configuration file.',
  path:
    '--path is not a flag: give the files, directories and quoted globs as arguments, ' +
    "e.g. `simvue-upload --run NAME results/ 'logs/**/*.txt'`."
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const end = argv.indexOf('--')
  for (const arg of end < 0 ? argv : argv.slice(0, end)) {
    const refused = /^--(token|path)(=|$)/.exec(arg)?.[1]
    if (refused) throw new InputError(REFUSED_FLAGS[refused] as string)
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true })
  } catch (error) {
    throw usageFromParseError(error, argv)
  }
  const values = parsed.values as Record<string, (string | boolean)[] | string | boolean>
  const inputs = new Map<InputName, string>()
  for (const name of INPUT_FLAGS) {
    const value = BOOLEAN_INPUTS.has(name) ? booleanFlag(name, values) : single(name, values)
    if (value !== null) inputs.set(name, value)
  }
  const own = Object.keys(CLI_FLAGS).map((name) => [name, values[name]])
  const { exclude = [], ...flags } = Object.fromEntries(own) as OwnFlags
  if (flags.quiet && flags.verbose) {
    throw new InputError('--quiet and --verbose contradict each other.')
  }
  return {
    ...flags,
    // Given at most once, like every input flag.
    workspace: single('workspace', values) ?? undefined,
    profile: single('profile', values) ?? undefined,
    summary: single('summary', values) ?? undefined,
    inputs,
    pathLines: [...parsed.positionals, ...exclude.map((pattern) => `!${pattern}`)]
  }
}

function booleanFlag(name: string, values: Record<string, unknown>): string | null {
  const yes = values[name] !== undefined
  const no = values[`no-${name}`] !== undefined
  if (yes && no) throw new InputError(`--${name} and --no-${name} contradict each other.`)
  return yes ? 'true' : no ? 'false' : null
}

function single(name: string, values: Record<string, unknown>): string | null {
  const given = values[name]
  if (given === undefined) return null
  const list = Array.isArray(given) ? (given as string[]) : [given as string]
  if (list.length > 1) {
    throw new InputError(`--${name} is given ${list.length} times; give it once.`)
  }
  return list[0] ?? null
}

function usageFromParseError(error: unknown, argv: readonly string[]): InputError {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? ''
  const name = flag.replace(/^-+/, '').replace(/=.*$/, '')
  // The flag and the next argument are the user's words: values of the message.
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const hint = closestFlag(name, KNOWN_FLAGS)
    const mean = hint ? text` Did you mean --${hint}?` : ''
    return new InputError(
      text`Unknown option ${flag}.${mean} See \`simvue-upload --help\`; a path that starts with "-" goes after \`--\`.`
    )
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (FLAGS[name]?.type === 'boolean') {
      const base = name.replace(/^no-/, '')
      return new InputError(
        text`--${name} takes no value: write --${base} for true or --no-${base} for false.`
      )
    }
    const at = argv.findIndex((arg) => arg === `--${name}` || arg === `-${name}`)
    const next = at >= 0 ? argv[at + 1] : undefined
    return new InputError(
      next === undefined
        ? text`--${name} needs a value, e.g. --${name} VALUE.`
        : text`--${name} needs a value, but the next argument is the option ${next}; write --${name}=VALUE for a value that starts with "-".`
    )
  }
  return new InputError(message)
}

/** A known flag within two edits of what was typed (typos), or one that starts with it. */
function closestFlag(typed: string, flags: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = 3
  for (const flag of flags) {
    const distance = flag.startsWith(typed) && typed.length >= 3 ? 1 : editDistance(typed, flag)
    if (distance < bestDistance) {
      best = flag
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    previous = current
  }
  return previous[b.length]
}
