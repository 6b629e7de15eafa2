/** The one line, at top level after the groups, that says what the step did. */
import { text, trusted, type Text } from '../log.js'
import type { Outcome } from '../outcome.js'
import { count, formatBytes, formatSeconds } from '../format.js'
import { countByStatus, statusParts } from './totals.js'

export function outcomeLine(outcome: Outcome): Text {
  const took = formatSeconds(outcome.durationMs)
  const planned = outcome.plan?.length ?? 0
  if (outcome.dryRun) {
    const bytes = formatBytes(outcome.results.reduce((sum, r) => sum + r.size, 0))
    return text`Dry run: ${count(planned, 'artifact')} planned (${bytes}), nothing sent, in ${took}.`
  }
  const parts = statusParts(outcome.results)
  const failed = countByStatus(outcome.results).failed
  const head = outcome.failure
    ? trusted('Failed')
    : trusted(outcome.cancelled ? 'Cancelled' : failed ? 'Done with failures' : 'Done')
  const files = planned
    ? trusted(`${parts.join(', ')} of ${count(planned, 'artifact')}`)
    : trusted('no files')
  const run = outcome.run ? text`; run "${outcome.run.name}" ${outcome.run.url}` : trusted('')
  return text`${head}: ${files}, ${formatBytes(outcome.bytesSent)} sent in ${took}${run}.`
}
