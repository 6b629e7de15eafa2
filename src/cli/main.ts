/**
 * The command line's entry layer: flags and configuration into the shared inputs, the shared
 * steps (execute.ts), and the outcome as terminal lines, `--json`, `--summary` and an exit
 * code. Nothing here imports @actions/core.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { ACTION_VERSION, CLI_USER_AGENT } from '../config.js'
import { errorMessage, errorText } from '../errors.js'
import { execute } from '../execute.js'
import { INPUT } from '../input-source.js'
import { readInputs, type Inputs } from '../inputs.js'
import { text } from '../log.js'
import type { Outcome } from '../outcome.js'
import { renderSummary } from '../report/summary.js'
import { resolveCredentials, type Credentials } from './credentials.js'
import { parseCliArgs, type CliArgs } from './flags.js'
import { HELP } from './help.js'
import { ProgressBar } from './progress-bar.js'
import { ciProvenance } from './provenance.js'
import { reportOutcome, reportServer } from './report.js'
import { cliInputSource } from './source.js'
import { TerminalLogger, wantsColor } from './terminal-logger.js'

const RUN_TAG = 'simvue-upload'

/** Exit codes, as --help and the README document them. */
export const EXIT = { done: 0, filesFailed: 1, usage: 2, interrupted: 130 } as const

/** Runs the command line of this process; `signal` is aborted by SIGINT or SIGTERM. */
export async function runCli(signal: AbortSignal): Promise<number> {
  const argv = process.argv.slice(2)
  const { env, stdout, stderr } = process
  const cwd = process.cwd()
  const color = { out: wantsColor(stdout, env), err: wantsColor(stderr, env) }
  const logFor = ({ json, quiet, verbose }: Pick<CliArgs, 'json' | 'quiet' | 'verbose'>) =>
    new TerminalLogger({ stdout, stderr, color, json, quiet, verbose })
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    logFor({ json: argv.includes('--json') }).error(errorText(error))
    return EXIT.usage
  }
  if (argv.length === 0) {
    stderr.write(HELP)
    return EXIT.usage
  }
  if (args.help || args.version) {
    stdout.write(args.help ? HELP : `simvue-upload ${ACTION_VERSION}\n`)
    return EXIT.done
  }

  const log = logFor(args)
  log.debug(text`simvue-upload ${ACTION_VERSION} on Node ${process.version}.`)
  let inputs: Inputs
  let credentials: Credentials
  try {
    credentials = resolveCredentials({
      flagUrl: args.inputs.get(INPUT.serverUrl) ?? null,
      profile: args.profile ?? null,
      env,
      cwd
    })
    const source = cliInputSource(args, credentials, cwd)
    const workingDirectory = source.value(INPUT.workingDirectory)
    inputs = readInputs(source, {
      env,
      workspace: args.workspace ? path.resolve(cwd, args.workspace) : workingDirectory,
      provenanceKey: 'ci'
    })
  } catch (error) {
    log.error(errorText(error))
    return EXIT.usage
  }
  reportServer(log, credentials, inputs, cwd)

  const bar = showsBar(env, args, inputs) ? new ProgressBar(stderr, color.err) : null
  log.overlay = bar
  const outcome = await execute(inputs, {
    log,
    signal,
    provenance: { ci: ciProvenance(env) },
    runTag: RUN_TAG,
    userAgent: CLI_USER_AGENT,
    onProgress: bar ? (state) => bar.update(state) : undefined
  })
  bar?.stop()

  if (args.json && outcome.plan) stdout.write(`${JSON.stringify(outcome.results)}\n`)
  if (args.summary) writeSummary(args.summary, cwd, outcome, log)
  reportOutcome(outcome, log, { failOnError: inputs.failOnError })
  return signal.aborted ? EXIT.interrupted : exitCode(outcome, inputs)
}

function showsBar(env: NodeJS.ProcessEnv, args: CliArgs, inputs: Inputs): boolean {
  return process.stderr.isTTY === true && env.TERM !== 'dumb' && !args.quiet && !inputs.dryRun
}

function writeSummary(file: string, cwd: string, outcome: Outcome, log: TerminalLogger): void {
  const target = path.resolve(cwd, file)
  try {
    writeFileSync(target, renderSummary(outcome), 'utf8')
    log.info(text`Summary written to ${target}.`)
  } catch (error) {
    log.warning(text`Could not write the summary to ${target}: ${errorMessage(error)}`)
  }
}

function exitCode(outcome: Outcome, inputs: Pick<Inputs, 'failOnError'>): number {
  if (outcome.failure) return EXIT.usage
  if (outcome.cancelled) return EXIT.interrupted
  const failed = outcome.results.some((result) => result.status === 'failed')
  return failed && inputs.failOnError ? EXIT.filesFailed : EXIT.done
}
