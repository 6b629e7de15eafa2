/**
 * The command line as an InputSource: flag values under the action's input names, the
 * positional arguments as `path` lines, and the server URL and token from wherever
 * credentials.ts found them, so that validation errors name the flag or the file.
 */
import path from 'node:path'
import { INPUT, type InputName, type InputSource } from '../input-source.js'
import type { CliArgs } from './flags.js'
import { BOOLEAN_INPUTS } from './flags.js'
import type { Credentials } from './credentials.js'

export class CliInputSource implements InputSource {
  private readonly args: CliArgs
  private readonly credentials: Credentials
  private readonly workingDirectory: string

  constructor(args: CliArgs, credentials: Credentials, cwd: string) {
    this.args = args
    this.credentials = credentials
    // Relative to where the command runs, not to --workspace.
    this.workingDirectory = path.resolve(cwd, args.inputs.get(INPUT.workingDirectory) ?? '.')
  }

  value(name: InputName): string {
    switch (name) {
      case INPUT.path:
        return this.args.pathLines.join('\n')
      case INPUT.workingDirectory:
        return this.workingDirectory
      case INPUT.serverUrl:
        return this.credentials.url
      case INPUT.token:
        return this.credentials.token
      default:
        return this.args.inputs.get(name) ?? ''
    }
  }

  describe(name: InputName): string {
    if (name === INPUT.path) return 'the PATH arguments'
    if (name === INPUT.serverUrl) return this.originName(this.credentials.urlFrom, '--server-url')
    if (name === INPUT.token) return this.originName(this.credentials.tokenFrom, 'SIMVUE_TOKEN')
    return `--${name}`
  }

  suggest(name: InputName, value: string): string {
    if (name === INPUT.path) return `\`simvue-upload … ${value}\``
    if (name === INPUT.token) return '`export SIMVUE_TOKEN=…` (or token in simvue.toml)'
    if (BOOLEAN_INPUTS.has(name)) return value === 'false' ? `\`--no-${name}\`` : `\`--${name}\``
    return `\`--${name} ${/^[\w./:@-]+$/.test(value) ? value : JSON.stringify(value)}\``
  }

  /** How to give the server URL or the token, when neither flag, environment nor file did. */
  missing(name: typeof INPUT.serverUrl | typeof INPUT.token): string {
    const key = name === INPUT.token ? 'token' : 'url'
    const variable = name === INPUT.token ? 'SIMVUE_TOKEN' : 'SIMVUE_URL'
    const flag = name === INPUT.token ? '' : ', give --server-url'
    const file = this.credentials.file
    if (file) {
      const section = file.profile ? `[profiles.${file.profile}]` : '[server]'
      return `${file.path} has no ${key} in ${section}: add it there, or set ${variable}${flag}.`
    }
    return (
      `Set ${variable} in the environment${flag}, or put ${key} in the [server] section of a ` +
      'simvue.toml as the Python client does (none was found in the current directory, its ' +
      'parents or the home directory).'
    )
  }

  private originName(origin: Credentials['urlFrom'], fallback: string): string {
    if (origin.kind === 'env') return origin.name
    if (origin.kind === 'file') return `${origin.section} in ${origin.path}`
    return fallback
  }
}
