/**
 * In the main vitest process: end-to-end tests run the committed bundle, so fail early with
 * a clear message when it is missing instead of letting every test time out; and escape
 * workflow commands in everything vitest prints (a failed assertion may quote a child's
 * `::error::` lines), which the runner would otherwise parse on the project's own CI.
 */
import { existsSync } from 'node:fs'
import { guardStream } from './escape-commands.ts'

export default function setup(): void {
  if (!existsSync(new URL('../../dist/index.js', import.meta.url))) {
    throw new Error('dist/index.js is missing: run `npm run bundle` first')
  }
  guardStream(process.stdout)
  guardStream(process.stderr)
}
