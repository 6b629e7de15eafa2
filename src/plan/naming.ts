/**
 * Artifact names (DESIGN §4): the file name, or with `preserve-path` the path relative to
 * `working-directory`; `name-prefix` prepended as written; `/` separators on every OS.
 */
import nodePath from 'node:path'
import { NAME_REGEX } from '../config.js'

export interface NamingOptions {
  preservePath: boolean
  workingDirectory: string
  namePrefix: string
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/u
const ALLOWED = 'letters A-Z a-z, digits, spaces, "-", "_", ".", "/" and ":"'

/** Leading `/`, `//`, trailing `/`, or a `.` / `..` segment. */
const BAD_STRUCTURE = /^\/|\/\/|\/$|(?:^|\/)\.{1,2}(?:\/|$)/

/** Printable ASCII that NAME_REGEX allows: letters, digits, space, `-`, `_`, `/`, `.`, `:`. */
const PLAIN_ALLOWED = new Uint8Array(128)
for (const char of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_/.:') {
  PLAIN_ALLOWED[char.charCodeAt(0)] = 1
}
const SLASH = 0x2f
const DOT = 0x2e

/**
 * One scan for the usual name (plans may hold 100k+ entries): true only for a name that
 * `nameProblems` accepts, made of printable ASCII. false means "not sure": anything else
 * (non-ASCII, such as Unicode spaces that NAME_REGEX's `\s` allows) goes to `nameProblems`.
 */
export function isPlainValidName(name: string): boolean {
  const length = name.length
  if (length === 0) return false
  let segmentStart = 0
  for (let i = 0; i <= length; i++) {
    const code = i < length ? name.charCodeAt(i) : SLASH
    if (code === SLASH) {
      // Leading `/`, `//` or a trailing `/` (empty segment); a `.` or `..` segment.
      const segment = i - segmentStart
      if (segment === 0) return false
      if (segment <= 2 && name.charCodeAt(segmentStart) === DOT) {
        if (segment === 1 || name.charCodeAt(segmentStart + 1) === DOT) return false
      }
      segmentStart = i + 1
    } else if (code > 127 || PLAIN_ALLOWED[code] === 0) {
      return false
    }
  }
  return true
}

/** Every reason this name is unacceptable ([] when fine). */
export function nameProblems(name: string): string[] {
  if (isPlainValidName(name)) return []
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

/** `.` or `..` segments, or doubled separators: the path needs `path.relative`'s care. */
const NOT_NORMAL = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/][\\/]/

/** `path.relative`, with a fast path for the usual file below the directory. */
function relativeTo(directory: string, localPath: string, pathApi: typeof nodePath): string {
  const prefix = directory.endsWith(pathApi.sep) ? directory : directory + pathApi.sep
  const simple =
    localPath.startsWith(prefix) && !NOT_NORMAL.test(directory) && !NOT_NORMAL.test(localPath)
  return simple ? localPath.slice(prefix.length) : pathApi.relative(directory, localPath)
}

/**
 * A plan's names for the usual files, decided with one scan each: `name(localPath)` is the
 * name `artifactName` gives, or null when that needs `artifactName` itself (a problem to
 * describe, a path that needs `path.relative`'s care, Windows separators, non-ASCII).
 */
export function plainNamer(
  options: NamingOptions,
  pathApi: typeof nodePath = nodePath
): (localPath: string) => string | null {
  const { namePrefix, workingDirectory } = options
  if (pathApi.sep !== '/') return () => null
  const withPrefix = (base: string): string | null => {
    if (namePrefix === '') return base
    const name = namePrefix + base
    return isPlainValidName(name) ? name : null
  }
  if (!options.preservePath) {
    return (localPath) => {
      const base = localPath.slice(localPath.lastIndexOf('/') + 1)
      return isPlainValidName(base) ? withPrefix(base) : null
    }
  }
  const prefix = workingDirectory.endsWith('/') ? workingDirectory : workingDirectory + '/'
  if (NOT_NORMAL.test(workingDirectory)) return () => null
  // Below a normal directory, a relative part with no `.`, `..` or empty segment (and no
  // `\`) makes the whole path normal: `path.relative` would return that part as it is.
  return (localPath) => {
    if (!localPath.startsWith(prefix)) return null
    const relative = localPath.slice(prefix.length)
    return isPlainValidName(relative) ? withPrefix(relative) : null
  }
}

/** Artifact name for a local file, or a problem message. pathApi lets tests pass path.win32. */
export function artifactName(
  localPath: string,
  options: NamingOptions,
  pathApi: typeof nodePath = nodePath
): { name: string } | { problem: string } {
  let base: string
  if (options.preservePath) {
    const relative = relativeTo(options.workingDirectory, localPath, pathApi)
    const outside =
      relative === '' ||
      relative === '..' ||
      relative.startsWith(`..${pathApi.sep}`) ||
      pathApi.isAbsolute(relative)
    if (outside) {
      return {
        problem:
          `preserve-path: ${localPath} is not inside working-directory ${options.workingDirectory}; ` +
          'set `working-directory` to a folder that contains it, or give it a `name`'
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
  return problems.length
    ? { problem: `name "${name}" (from ${localPath}) ${problems.join('; ')}` }
    : { name }
}
