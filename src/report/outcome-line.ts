/** The one line, at top level after the groups, that says what the step did. */
import { text, trusted, type Text } from '../log.js'
import type { Outcome } from '../outcome.js'
import { count, formatBytes, formatSeconds } from '../format.js'
import { countByStatus } from './totals.js'

export function outcomeLine(outcome: Outcome): Text {
  const took = formatSeconds(outcome.durationMs)
  const planned = outcome.plan?.length ?? 0
  if (outcome.dryRun) {
    const bytes = formatBytes(outcome.results.reduce((sum, r) => sum + r.size, 0))
    return text`Dry run: ${count(planned, 'artifact')} planned (${bytes}), nothing sent, in ${took}.`
  }
  const counts = countByStatus(outcome.results)
  const parts = [`${counts.uploaded} uploaded`, `${counts.skipped} skipped`]
  if (counts.stored) parts.push(`${counts.stored} stored`)
  if (counts.deduplicated) parts.push(`${counts.deduplicated} deduplicated`)
  parts.push(`${counts.failed} failed`)
  const head = outcome.failure
    ? trusted('Failed')
    : trusted(outcome.cancelled ? 'Cancelled' : counts.failed ? 'Done with failures' : 'Done')
  const files = planned
    ? trusted(`${parts.join(', ')} of ${count(planned, 'artifact')}`)
    : trusted('no files')
  const run = outcome.run ? text`; run "${outcome.run.name}" ${outcome.run.url}` : trusted('')
  return text`${head}: ${files}, ${formatBytes(outcome.bytesSent)} sent in ${took}${run}.`
}
