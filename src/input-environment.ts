/**
 * Inputs from the environment: each input's raw value, the server URL and token (inputs win
 * over SIMVUE_URL / SIMVUE_TOKEN, empty counts as missing) and the working directory.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from './errors.js'
import { quote } from './input-parsers.js'
import { normaliseServerUrl, type ServerUrls } from './simvue/url.js'

/** An input as the runner passes it: `INPUT_<NAME>`, upper-cased, spaces as `_`. */
export function inputValue(name: string, env: NodeJS.ProcessEnv): string {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}

const FORK_HINT =
  'If it comes from a secret, note that secrets are empty in workflows triggered by pull ' +
  'requests from forks.'

/** The token from input `token` or SIMVUE_TOKEN; '' when neither is given. */
export function readToken(input: string, env: NodeJS.ProcessEnv): string {
  return [input, env.SIMVUE_TOKEN].find((v) => v !== undefined && v.trim() !== '')?.trim() ?? ''
}

export function requireToken(token: string, env: NodeJS.ProcessEnv, dryRun: boolean): string {
  if (token || dryRun) return token
  const state = env.SIMVUE_TOKEN === undefined ? 'is not set' : 'is set but empty'
  throw new InputError(
    `No Simvue token: SIMVUE_TOKEN ${state} and input \`token\` is empty. Set ` +
      '`env: SIMVUE_TOKEN: ${{ secrets.SIMVUE_TOKEN }}` on the step or give `token`. ' +
      FORK_HINT
  )
}

/** The normalised server URLs; null only in a dry run without a server. */
export function readServer(
  input: string,
  env: NodeJS.ProcessEnv,
  options: { dryRun: boolean; allowInsecureHttp: boolean }
): ServerUrls | null {
  const fromInput = input.trim()
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

/** `working-directory`, absolute: relative values resolve against the workspace. */
export function resolveWorkingDirectory(input: string, workspace: string): string {
  const raw = input.trim()
  const resolved = path.resolve(workspace, raw || '.')
  if (!existsSync(resolved) || !statSync(resolved).isDirectory()) {
    throw new InputError(
      `Input \`working-directory\` is ${quote(raw)}, which is not a directory (resolved to ` +
        `${resolved}); give an existing directory, absolute or relative to the workspace.`
    )
  }
  return resolved
}
