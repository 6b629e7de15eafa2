/**
 * The command line as an InputSource: flag values under the action's input names, the
 * positional arguments as `path` lines, and the server URL and token from wherever
 * credentials.ts found them, so that validation errors name the flag or the file.
 */
import path from 'node:path'
import { INPUT, type InputSource } from '../input-source.js'
import { BOOLEAN_INPUTS, type CliArgs } from './flags.js'
import type { Credentials } from './credentials.js'

export function cliInputSource(args: CliArgs, credentials: Credentials, cwd: string): InputSource {
  // Relative to where the command runs, not to --workspace.
  const workingDirectory = path.resolve(cwd, args.inputs.get(INPUT.workingDirectory) ?? '.')
  return {
    value(name) {
      switch (name) {
        case INPUT.path:
          return args.pathLines.join('\n')
        case INPUT.workingDirectory:
          return workingDirectory
        case INPUT.serverUrl:
          return credentials.url
        case INPUT.token:
          return credentials.token
        default:
          return args.inputs.get(name) ?? ''
      }
    },

    describe(name) {
      if (name === INPUT.path) return 'the PATH arguments'
      if (name === INPUT.serverUrl) return credentials.urlFrom.name || '--server-url'
      if (name === INPUT.token) return credentials.tokenFrom.name || 'SIMVUE_TOKEN'
      return `--${name}`
    },

    suggest(name, value) {
      if (name === INPUT.path) return `\`simvue-upload … ${value}\``
      if (name === INPUT.token) return '`export SIMVUE_TOKEN=…` (or token in simvue.toml)'
      if (BOOLEAN_INPUTS.has(name)) return value === 'false' ? `\`--no-${name}\`` : `\`--${name}\``
      return `\`--${name} ${/^[\w./:@-]+$/.test(value) ? value : JSON.stringify(value)}\``
    },

    /** How to give the server URL or the token, when neither flag, environment nor file did. */
    missing(name) {
      const key = name === INPUT.token ? 'token' : 'url'
      const variable = name === INPUT.token ? 'SIMVUE_TOKEN' : 'SIMVUE_URL'
      const flag = name === INPUT.token ? '' : ', give --server-url'
      const file = credentials.file
      if (file) {
        return `${file.path} has no ${key} in ${file.section}: add it there, or set ${variable}${flag}.`
      }
      return (
        `Set ${variable} in the environment${flag}, or put ${key} in the [server] section of a ` +
        'simvue.toml as the Python client does (none was found in the current directory, its ' +
        'parents or the home directory).'
      )
    }
  }
}
