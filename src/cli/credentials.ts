/**
 * Server URL and token for the command line, with the Python client's precedence:
 * `--server-url` (URL only), then SIMVUE_URL / SIMVUE_TOKEN, then the configuration file's
 * `[server]` or `--profile` (else SIMVUE_SERVER_PROFILE) section. Unlike the client, a
 * variable that is set but empty counts as missing. Where each value came from is kept, so
 * that the command can say which file and URL it uses and errors can name the place.
 */
import os from 'node:os'
import { InputError } from '../errors.js'
import { text, type Message } from '../log.js'
import { findConfigFile, readConfigFile, type ConfigFile } from './config-file.js'

/** Where a value came from, and how messages name it: `SIMVUE_URL`, `[server] in FILE`, … */
export interface Origin {
  kind: 'flag' | 'env' | 'file' | 'none'
  name: string
}

export interface Credentials {
  url: string
  urlFrom: Origin
  token: string
  tokenFrom: Origin
  /** The configuration file read, when one was needed and found. */
  file: ConfigFile | null
  /** Things a person should know (a profile overridden by the environment). */
  notes: Message[]
}

export interface CredentialOptions {
  flagUrl: string | null
  profile: string | null
  env: NodeJS.ProcessEnv
  cwd: string
  home?: string | null
}

export function resolveCredentials(options: CredentialOptions): Credentials {
  const { env } = options
  const envUrl = (env.SIMVUE_URL ?? '').trim()
  const envToken = (env.SIMVUE_TOKEN ?? '').trim()
  const flagUrl = (options.flagUrl ?? '').trim()
  const profile = options.profile?.trim() || (env.SIMVUE_SERVER_PROFILE ?? '').trim() || null
  const needFile = !(flagUrl || envUrl) || !envToken || profile !== null
  let file: ConfigFile | null = null
  if (needFile) {
    const home = options.home === undefined ? safeHome() : options.home
    const found = findConfigFile(options.cwd, home)
    if (found) file = readConfigFile(found, profile)
    else if (profile) {
      const flag = options.profile ? '--profile' : 'SIMVUE_SERVER_PROFILE'
      throw new InputError(
        text`Profile ${profile} was asked for (${flag}), but no simvue.toml or .simvue.toml was found in ${options.cwd}, its parents or the home directory.`
      )
    }
  }
  const fromFile = (value: string): Origin =>
    file && value
      ? { kind: 'file', name: `${file.section} in ${file.path}` }
      : { kind: 'none', name: '' }
  const notes: Message[] = []
  const url = flagUrl || envUrl || file?.server.url || ''
  const urlFrom: Origin = flagUrl
    ? { kind: 'flag', name: '--server-url' }
    : envUrl
      ? { kind: 'env', name: 'SIMVUE_URL' }
      : fromFile(url)
  const token = envToken || file?.server.token || ''
  const tokenFrom: Origin = envToken ? { kind: 'env', name: 'SIMVUE_TOKEN' } : fromFile(token)
  if (file?.profile) {
    if (urlFrom.kind !== 'file' && file.server.url) {
      notes.push(text`The url of profile ${file.profile} is not used: ${urlFrom.name} wins.`)
    }
    if (tokenFrom.kind !== 'file' && file.server.token) {
      notes.push(text`The token of profile ${file.profile} is not used: SIMVUE_TOKEN wins.`)
    }
  }
  return { url, urlFrom, token, tokenFrom, file, notes }
}

function safeHome(): string | null {
  try {
    return os.homedir() || null
  } catch {
    return null
  }
}
