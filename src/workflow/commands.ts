/**
 * The GitHub Actions workflow commands this action prints (log lines, annotations, groups,
 * masks), in the runner's wire format.
 *
 * Written here rather than imported from @actions/core: core 3 loads @actions/http-client,
 * undici and @actions/exec when it is imported (for OIDC tokens and platform details that
 * this action never asks for), which measured 40 ms of a 75 ms cold start (DESIGN §5).
 * The format is the one core prints, byte for byte.
 */
import os from 'node:os'

export interface AnnotationProperties {
  title?: string
}

/** A command's message: `%`, CR and LF would end or corrupt the command line. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value: as data, plus the `:` and `,` that separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,…::message`, the line the runner parses. */
export function commandLine(
  name: string,
  properties: Record<string, string | undefined>,
  message: string
): string {
  const pairs = Object.entries(properties)
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
  const props = pairs.length > 0 ? ` ${pairs.join(',')}` : ''
  return `::${name}${props}::${escapeData(message)}`
}

function issue(name: string, message: string, properties: Record<string, string | undefined> = {}) {
  process.stdout.write(commandLine(name, properties, message) + os.EOL)
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL)
}

/** Shown only with step debug logging (`RUNNER_DEBUG=1`). */
export function debug(message: string): void {
  issue('debug', message)
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', message, { title: properties.title })
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', message, { title: properties.title })
}

/** An error annotation, and the step fails when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** The runner replaces the value with *** in every later line of the log. */
export function setSecret(secret: string): void {
  issue('add-mask', secret)
}

/** Folds the lines `work` prints under `name` in the log. */
export async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  issue('group', name)
  try {
    return await work()
  } finally {
    issue('endgroup', '')
  }
}
