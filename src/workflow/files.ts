/**
 * The runner's environment files: step outputs (`GITHUB_OUTPUT`) and the job summary
 * (`GITHUB_STEP_SUMMARY`), in the format @actions/core writes them.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import os from 'node:os'
import { commandLine } from './commands.js'

/**
 * `name<<delimiter`, the value, `delimiter`: a random delimiter, so that no value can end
 * the entry early and forge another output.
 */
export function outputEntry(name: string, value: string, delimiter: string): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The output ${name} contains its delimiter ${delimiter}`)
  }
  return `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`
}

export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT
  if (file) {
    appendFileSync(file, outputEntry(name, value, `ghadelimiter_${randomUUID()}`), 'utf8')
    return
  }
  // No output file (an old runner, or a local trial): the deprecated command still works.
  process.stdout.write(os.EOL + commandLine('set-output', { name }, value) + os.EOL)
}

/** Appends markdown to the job summary; false when the runner gave no summary file. */
export async function appendSummary(markdown: string): Promise<boolean> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return false
  await appendFile(file, markdown, 'utf8')
  return true
}
