/**
 * Says what the walk found and skipped, and applies `if-no-files-found`. Skips are grouped
 * by reason, one warning per reason, so that many of them never crowd out the annotations
 * of the final report (GitHub shows 10 per step).
 */
import { PlanError } from '../errors.js'
import { say as spell, type InputNames } from '../input-source.js'
import { text, trusted, type Logger } from '../log.js'
import type { CollectResult, IfNoFilesFound, SkippedItem } from '../plan/types.js'
import { count, groupBy } from '../format.js'

/** Paths named in one warning; the debug log lists all of them. */
const MAX_LISTED = 5

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

export function logCollection(
  result: CollectResult,
  ifNoFilesFound: IfNoFilesFound,
  log: Logger,
  names?: InputNames
): void {
  const say = spell({ names })
  log.info(text`Found ${count(result.files.length, 'file')}.`)
  const hidden = result.skipped.filter((item) => item.reason === 'hidden')
  if (hidden.length) {
    log.info(
      text`Skipped ${count(hidden.length, 'hidden entry')} (names starting with "."); set ${say.suggest('include-hidden-files', 'true')} to upload them, or name them in ${say.describe('path')}.`
    )
    for (const item of hidden) log.debug(text`hidden: ${item.path}`)
  }
  const byReason = groupBy(
    result.skipped.filter((item) => item.reason !== 'hidden'),
    (item) => item.reason
  )
  for (const [reason, items] of byReason) {
    const listed = items.slice(0, MAX_LISTED).map((item) => describe(item))
    const more =
      items.length > MAX_LISTED ? text` and ${items.length - MAX_LISTED} more` : trusted('')
    log.warning(text`Not uploaded, ${trusted(REASON_TEXT[reason])}: ${listed.join(', ')}${more}.`, {
      title: text`${count(items.length, 'entry')} not uploaded`
    })
    for (const item of items) log.debug(text`not uploaded: ${describe(item)}: ${reason}`)
  }
  if (result.unmatchedLines.length === 0 || ifNoFilesFound === 'ignore') {
    for (const line of result.unmatchedLines) {
      log.info(text`No files were found with the provided path: ${line}`)
    }
    return
  }
  const lines = result.unmatchedLines.map((line) => `"${line}"`).join(', ')
  const paths = result.unmatchedLines.length > 1 ? 'paths' : 'path'
  const message = text`No files were found with the provided ${paths}: ${lines}. Check the path relative to ${say.describe('working-directory')}`
  if (ifNoFilesFound === 'error')
    throw new PlanError(text`${message} (if-no-files-found: error).`, [])
  log.warning(text`${message}.`)
}

function describe(item: SkippedItem): string {
  return item.detail ? `${item.path} (${item.detail})` : item.path
}
