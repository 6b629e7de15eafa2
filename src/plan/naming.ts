/**
 * Artifact names (docs/design.md, "Names"): the file name, or with `preserve-path` the path
 * relative to `working-directory`; `name-prefix` prepended as written; `/` separators on
 * every OS.
 */
import nodePath from 'node:path'
import { NAME_REGEX } from '../config.js'
import { say, type InputNames } from '../input-source.js'
import { text, type Text } from '../log.js'

export interface NamingOptions {
  preservePath: boolean
  workingDirectory: string
  namePrefix: string
  /** How messages name inputs (the action's spelling by default). */
  names?: InputNames
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/u
const ALLOWED = 'letters A-Z a-z, digits, spaces, "-", "_", ".", "/" and ":"'

/** Leading `/`, `//`, trailing `/`, or a `.` / `..` segment. */
const BAD_STRUCTURE = /^\/|\/\/|\/$|(?:^|\/)\.{1,2}(?:\/|$)/

/** Every reason this name is unacceptable ([] when fine). */
export function nameProblems(name: string): string[] {
  if (NAME_REGEX.test(name) && !CONTROL_CHARACTERS.test(name) && !BAD_STRUCTURE.test(name)) {
    return []
  }
  if (name === '') return ['is empty']
  const problems: string[] = []
  if (name.startsWith('/')) problems.push('starts with "/"')
  const segments = name.split('/')
  if (segments.slice(name.startsWith('/') ? 1 : 0).some((segment) => segment === '')) {
    problems.push('has an empty segment ("//" or a trailing "/")')
  }
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    problems.push('has a "." or ".." segment')
  }
  if (CONTROL_CHARACTERS.test(name)) problems.push('contains control characters')
  if (!NAME_REGEX.test(name)) {
    const offenders = [...new Set([...name].filter((char) => !NAME_REGEX.test(char)))]
      .filter((char) => !CONTROL_CHARACTERS.test(char))
      .map((char) => JSON.stringify(char))
    if (offenders.length) {
      problems.push(`contains ${offenders.join(', ')}; Simvue names allow only ${ALLOWED}`)
    }
  }
  return problems
}

/** Artifact name for a local file, or a problem message. pathApi lets tests pass path.win32. */
export function artifactName(
  localPath: string,
  options: NamingOptions,
  pathApi: typeof nodePath = nodePath
): { name: string } | { problem: Text } {
  let base: string
  if (options.preservePath) {
    const relative = pathApi.relative(options.workingDirectory, localPath)
    const outside =
      relative === '' ||
      relative === '..' ||
      relative.startsWith(`..${pathApi.sep}`) ||
      pathApi.isAbsolute(relative)
    if (outside) {
      return {
        problem: text`${localPath} is not inside ${say(options).describe('working-directory')} (${options.workingDirectory}), which ${say(options).describe('preserve-path')} names artifacts relative to; set ${say(options).describe('working-directory')} to a folder that contains it, or give it ${say(options).describe('name')}`
      }
    }
    base = relative
  } else {
    base = pathApi.basename(localPath)
  }
  // Windows paths use `\`; artifact names use `/` everywhere.
  if (pathApi.sep === '\\') base = base.replaceAll('\\', '/')
  const name = options.namePrefix + base
  const problems = nameProblems(name)
  if (problems.length === 0) return { name }
  const reasons = problems.join('; ')
  // A name that is fine without the prefix is the prefix's fault: say so, naming the input.
  const prefix = options.namePrefix
  const blame = prefix !== '' && nameProblems(base).length === 0
  return {
    problem: blame
      ? text`name "${name}" (from ${localPath}; name-prefix "${prefix}") ${reasons}; fix ${say(options).describe('name-prefix')}`
      : text`name "${name}" (from ${localPath}) ${reasons}`
  }
}
