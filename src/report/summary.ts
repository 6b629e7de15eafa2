/**
 * The job summary (the action's; the command line writes the same Markdown with --summary):
 * the run, totals, a setup failure, the run status, warnings, and a table of artifacts with
 * failures first and many successes folded. Every value passes `forMarkdown`.
 */
import { SUMMARY_MAX_BYTES, SUMMARY_MAX_ROWS } from '../config.js'
import { errorText } from '../errors.js'
import { asText, forMarkdown, type Message } from '../log.js'
import type { Outcome } from '../outcome.js'
import { count, formatBytes, formatSeconds } from '../format.js'
import { tableRows } from './summary-table.js'
import { statusParts } from './totals.js'

export interface SummaryLimits {
  maxBytes?: number
  maxRows?: number
}

const md = forMarkdown
const mdText = (message: Message): string => asText(message).render(forMarkdown)

export function renderSummary(outcome: Outcome, limits: SummaryLimits = {}): string {
  const lines = [`## Simvue artifacts${outcome.dryRun ? ' (dry run)' : ''}`, '']
  const { run, failure, results } = outcome
  if (run) {
    const created = run.created ? ', created by this step' : ''
    lines.push(
      `Run [${md(run.name)}](${run.url}) (\`${md(run.id)}\`${created}), status ${md(run.status)}.`,
      ''
    )
  }
  if (failure) {
    lines.push(
      `> [!CAUTION]`,
      `> **Failed while ${failure.step}:** ${mdText(errorText(failure.error))}`,
      ''
    )
  }
  if (outcome.cancelled) lines.push('> [!WARNING]', '> **Cancelled:** no new file was started.', '')
  lines.push(totalsLine(outcome), '')
  const status = outcome.runStatus
  if (status) {
    const shown = {
      set: `Run status set to **${md(status.requested)}**.`,
      left: `Run status **not** set to ${md(status.requested)}: ${mdText(status.reason ?? '')}.`,
      failed: `Setting the run status to ${md(status.requested)} failed: ${mdText(status.reason ?? '')}.`
    }[status.state]
    lines.push(shown, '')
  }
  const warnings = outcome.warnings.filter((warning) => warning !== status?.warning)
  if (warnings.length) {
    lines.push(`**${count(warnings.length, 'warning')}:**`, '')
    for (const warning of warnings.slice(0, 20)) lines.push(`- ${mdText(warning)}`)
    if (warnings.length > 20) lines.push(`- … and ${warnings.length - 20} more (see the log)`)
    lines.push('')
  }
  const head = lines.join('\n') + '\n'
  if (results.length === 0) return head
  const maxBytes = (limits.maxBytes ?? SUMMARY_MAX_BYTES) - Buffer.byteLength(head) - 512
  return head + tableRows(outcome, { maxBytes, maxRows: limits.maxRows ?? SUMMARY_MAX_ROWS })
}

function totalsLine(outcome: Outcome): string {
  const { results } = outcome
  const bytes = formatBytes(results.reduce((sum, r) => sum + r.size, 0))
  if (outcome.dryRun) {
    return `**${results.length} planned** · ${bytes} in ${count(results.length, 'artifact')}; nothing was sent.`
  }
  if (results.length === 0)
    return outcome.failure ? 'No artifact was planned.' : 'No files to upload in this step.'
  return (
    `**${statusParts(results).join(' · ')}** of ${count(results.length, 'artifact')} (${bytes}); ` +
    `${formatBytes(outcome.bytesSent)} sent in ${formatSeconds(outcome.durationMs)}.`
  )
}
