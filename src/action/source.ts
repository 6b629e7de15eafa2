/** The action's inputs, as the runner passes them (`INPUT_<NAME>`), read through @actions/core. */
import * as core from '@actions/core'
import { ACTION_INPUT_NAMES, type CredentialInput, type InputSource } from '../input-source.js'

const FORK_HINT =
  'If it comes from a secret, note that secrets are empty in workflows triggered by pull ' +
  'requests from forks.'

const MISSING: Record<CredentialInput, string> = {
  'server-url':
    'Set `env: SIMVUE_URL: ${{ vars.SIMVUE_URL }}` on the step or give `server-url`. ' + FORK_HINT,
  token:
    'Set `env: SIMVUE_TOKEN: ${{ secrets.SIMVUE_TOKEN }}` on the step or give `token`. ' + FORK_HINT
}

export const actionInputSource: InputSource = {
  // Untrimmed: `path` lines keep their spaces, and the parsers trim where it is meant.
  value: (name) => core.getInput(name, { trimWhitespace: false }),
  ...ACTION_INPUT_NAMES,
  missing: (name) => MISSING[name]
}
