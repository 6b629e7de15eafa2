/**
 * Inputs that fall back on the environment: the server URL and token (inputs win over
 * SIMVUE_URL / SIMVUE_TOKEN, empty counts as missing) and the working directory.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from './errors.js'
import { quote, subject } from './input-parsers.js'
import type { InputSourceHelp } from './input-source.js'
import { text, trusted } from './log.js'
import { normaliseServerUrl, type ServerUrls } from './simvue/url.js'

/** Characters a header value may hold: visible ASCII (a token is sent as `Bearer <token>`). */
const HEADER_SAFE = /^[\x21-\x7e]+$/

/** The token from input `token` or SIMVUE_TOKEN; '' when neither is given. */
export function readToken(input: string, env: NodeJS.ProcessEnv): string {
  return [input, env.SIMVUE_TOKEN].find((v) => v !== undefined && v.trim() !== '')?.trim() ?? ''
}

export function requireToken(
  token: string,
  env: NodeJS.ProcessEnv,
  options: { dryRun: boolean; label: string; help: InputSourceHelp }
): string {
  if (token && !HEADER_SAFE.test(token)) {
    throw new InputError(
      text`The Simvue token (SIMVUE_TOKEN or ${trusted(options.label)}) holds spaces or characters that cannot be sent in an HTTP header; copy the token again without them.`
    )
  }
  if (token || options.dryRun) return token
  const state = env.SIMVUE_TOKEN === undefined ? 'is not set' : 'is set but empty'
  throw new InputError(
    text`No Simvue token: SIMVUE_TOKEN ${state} and ${trusted(options.label)} is empty. ${trusted(options.help.missing('token'))}`
  )
}

/** The normalised server URLs; null only in a dry run without a server. */
export function readServer(
  input: string,
  env: NodeJS.ProcessEnv,
  options: { dryRun: boolean; allowInsecureHttp: boolean; label: string; help: InputSourceHelp }
): ServerUrls | null {
  const fromInput = input.trim()
  const raw = fromInput || (env.SIMVUE_URL ?? '').trim()
  if (!raw) {
    if (options.dryRun) return null
    const state = env.SIMVUE_URL === undefined ? 'is not set' : 'is set but empty'
    throw new InputError(
      text`No Simvue server URL: SIMVUE_URL ${state} and ${trusted(options.label)} is empty. ${trusted(options.help.missing('server-url'))}`
    )
  }
  return normaliseServerUrl(raw, {
    source: fromInput ? options.label : 'environment variable SIMVUE_URL',
    allowInsecureHttp: options.allowInsecureHttp
  })
}

/** `working-directory`, absolute: relative values resolve against `base`. */
export function resolveWorkingDirectory(input: string, base: string, label: string): string {
  const raw = input.trim()
  const resolved = path.resolve(base, raw || '.')
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    throw new InputError(
      text`${subject(label)} is ${quote(raw)}, which is not a directory (resolved to ${resolved}); give an existing directory, absolute or relative to the workspace.`
    )
  }
  return resolved
}
