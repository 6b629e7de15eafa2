/**
 * The Simvue Python client's configuration file, found the way the client finds it:
 * `simvue.toml` in the current directory and each parent, then `.simvue.toml` the same way,
 * then `~/simvue.toml` and `~/.simvue.toml`; the first found wins. Only `[server]` and
 * `[profiles.<name>]` (`url`, `token`) are read here; the other sections belong to the client.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'smol-toml'
import { InputError } from '../errors.js'
import { text } from '../log.js'

const CONFIG_FILE_NAMES = ['simvue.toml', '.simvue.toml'] as const

export interface ConfigFile {
  path: string
  /** `[server]`, or the selected profile. */
  server: { url: string; token: string }
  /** The `[profiles.<name>]` used, null for `[server]`. */
  profile: string | null
  /** `[server]` or `[profiles.<name>]`, as messages name it. */
  section: string
}

/** The first configuration file in the client's search order, or null. */
export function findConfigFile(cwd: string, home: string | null): string | null {
  const candidates: string[] = []
  for (const name of CONFIG_FILE_NAMES) {
    for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
      candidates.push(path.join(dir, name))
      if (path.dirname(dir) === dir) break
    }
  }
  if (home) for (const name of CONFIG_FILE_NAMES) candidates.push(path.join(home, name))
  return candidates.find(isFile) ?? null
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** Reads `[server]` or `[profiles.<profile>]`; errors name the file and the fix. */
export function readConfigFile(file: string, profile: string | null): ConfigFile {
  let data: Record<string, unknown>
  try {
    data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch (error) {
    // Only the first line: the rest quotes the file, which may hold the token.
    const first = error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'unreadable'
    const where = error as { line?: number; column?: number }
    const reason = where.line ? `${first} (line ${where.line}, column ${where.column})` : first
    throw new InputError(
      text`Cannot read the Simvue configuration file ${file}: ${reason}. Fix the file (TOML, as the Python client reads it) or set SIMVUE_URL and SIMVUE_TOKEN instead.`
    )
  }
  const profiles = isTable(data.profiles) ? data.profiles : {}
  if (profile && !isTable(profiles[profile])) {
    const known = Object.keys(profiles)
    const which = known.length
      ? text`its profiles: ${known.join(', ')}`
      : text`it has no [profiles.NAME] sections`
    throw new InputError(
      text`Profile ${profile} is not in ${file} (${which}). Add [profiles.${profile}] with url and token, or pick another profile.`
    )
  }
  const section = profile ? `[profiles.${profile}]` : '[server]'
  const server = serverSettings(file, profile ? profiles[profile] : data.server, section)
  return { path: file, server, profile, section }
}

function serverSettings(file: string, value: unknown, section: string): ConfigFile['server'] {
  if (value === undefined) return { url: '', token: '' }
  if (!isTable(value)) {
    throw new InputError(
      text`${section} in ${file} is not a table; write it as ${section} with url = "…".`
    )
  }
  const stringKey = (key: 'url' | 'token'): string => {
    const given = value[key]
    if (given === undefined) return ''
    if (typeof given !== 'string') {
      throw new InputError(text`${key} in ${section} of ${file} must be a string in quotes.`)
    }
    return given.trim()
  }
  return { url: stringKey('url'), token: stringKey('token') }
}

function isTable(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
