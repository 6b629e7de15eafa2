/** Says what the walk found and skipped; applies `if-no-files-found` (README, Paths). */
import * as workflow from '../workflow/commands.js'
import { PlanError } from '../errors.js'
import type { CollectResult, IfNoFilesFound, SkippedItem } from '../plan/types.js'

const MAX_LISTED = 20

const REASON_TEXT: Record<SkippedItem['reason'], string> = {
  hidden: 'hidden',
  'broken-link': 'broken symbolic link',
  'link-outside': 'symbolic link to a target outside the workspace and search roots',
  'link-to-hidden': 'symbolic link to a hidden target',
  'link-not-followed': 'symbolic link not followed (follow-symbolic-links: false)',
  'link-cycle': 'symbolic link cycle',
  'special-file': 'not a regular file (FIFO, socket or device)',
  'empty-directory': 'empty directory',
  unreadable: 'unreadable'
}

export function reportCollection(result: CollectResult, ifNoFilesFound: IfNoFilesFound): void {
  workflow.info(`Found ${result.files.length} file${result.files.length === 1 ? '' : 's'}.`)
  const hidden = result.skipped.filter((item) => item.reason === 'hidden')
  if (hidden.length) {
    workflow.info(
      `Skipped ${hidden.length} hidden entr${hidden.length === 1 ? 'y' : 'ies'} (names starting with "."); ` +
        'set `include-hidden-files: true` to upload them, or name them in `path`.'
    )
    for (const item of hidden) workflow.debug(`hidden: ${item.path}`)
  }
  const others = result.skipped.filter((item) => item.reason !== 'hidden')
  for (const item of others.slice(0, MAX_LISTED)) {
    const detail = item.detail ? ` (${item.detail})` : ''
    workflow.warning(`Not uploaded: ${item.path}: ${REASON_TEXT[item.reason]}${detail}`)
  }
  if (others.length > MAX_LISTED) {
    workflow.warning(
      `... and ${others.length - MAX_LISTED} more entries not uploaded (see the debug log).`
    )
    for (const item of others.slice(MAX_LISTED))
      workflow.debug(`not uploaded: ${item.path}: ${item.reason}`)
  }
  if (result.unmatchedLines.length === 0 || ifNoFilesFound === 'ignore') {
    for (const line of result.unmatchedLines)
      workflow.info(`No files were found with the provided path: ${line}`)
    return
  }
  const lines = result.unmatchedLines.map((line) => `"${line}"`).join(', ')
  const message =
    `No files were found with the provided path${result.unmatchedLines.length > 1 ? 's' : ''}: ${lines}. ` +
    'Check the path relative to `working-directory`.'
  if (ifNoFilesFound === 'error') {
    throw new PlanError(`${message} (if-no-files-found: error)`, [])
  }
  workflow.warning(message)
}
