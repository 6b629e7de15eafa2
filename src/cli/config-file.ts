/**
 * The Simvue Python client's configuration file, found the way the client finds it:
 * `simvue.toml` in the current directory and each parent, then `.simvue.toml` the same way,
 * then `~/simvue.toml` and `~/.simvue.toml`; the first found wins. Only `[server]` and
 * `[profiles.<name>]` (`url`, `token`) are read here; the other sections belong to the client.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'smol-toml'
import { text } from '../log.js'
import { UsageError } from './usage-error.js'

export const CONFIG_FILE_NAMES = ['simvue.toml', '.simvue.toml'] as const

export interface ServerSettings {
  url: string
  token: string
}

export interface ConfigFile {
  path: string
  /** `[server]`, or the selected profile. */
  server: ServerSettings
  /** The `[profiles.<name>]` used, null for `[server]`. */
  profile: string | null
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
    throw new UsageError(
      text`Cannot read the Simvue configuration file ${file}: ${reason}. Fix the file (TOML, as the Python client reads it) or set SIMVUE_URL and SIMVUE_TOKEN instead.`
    )
  }
  if (!profile) return { path: file, server: section(file, data.server, '[server]'), profile }
  const profiles = isTable(data.profiles) ? data.profiles : {}
  if (!isTable(profiles[profile])) {
    const known = Object.keys(profiles)
    const which = known.length
      ? text`its profiles: ${known.join(', ')}`
      : text`it has no [profiles.NAME] sections`
    throw new UsageError(
      text`Profile ${profile} is not in ${file} (${which}). Add [profiles.${profile}] with url and token, or pick another profile.`
    )
  }
  return { path: file, server: section(file, profiles[profile], `[profiles.${profile}]`), profile }
}

function section(file: string, value: unknown, name: string): ServerSettings {
  if (value === undefined) return { url: '', token: '' }
  if (!isTable(value)) {
    throw new UsageError(
      text`${name} in ${file} is not a table; write it as ${name} with url = "…".`
    )
  }
  return { url: stringKey(file, value, 'url', name), token: stringKey(file, value, 'token', name) }
}

function stringKey(
  file: string,
  table: Record<string, unknown>,
  key: string,
  name: string
): string {
  const value = table[key]
  if (value === undefined) return ''
  if (typeof value !== 'string') {
    throw new UsageError(text`${key} in ${name} of ${file} must be a string in quotes.`)
  }
  return value.trim()
}

function isTable(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
