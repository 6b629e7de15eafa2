/**
 * End-to-end tests run the committed bundle; fail early with a clear message when it is
 * missing instead of letting every test time out.
 */
import { existsSync } from 'node:fs'

export default function setup(): void {
  if (!existsSync(new URL('../../dist/index.js', import.meta.url))) {
    throw new Error('dist/index.js is missing: run `npm run bundle` first')
  }
}
