/**
 * The report in words: the outcome line that ends the log, and the job summary (the action's;
 * the command line writes the same Markdown with --summary). Every value of the summary passes
 * `forMarkdown`.
 */
import { SUMMARY_MAX_BYTES, SUMMARY_MAX_ROWS } from '../config.js'
import { errorText } from '../errors.js'
import { count, formatBytes, formatSeconds } from '../format.js'
import { asText, forMarkdown, text, trusted, type Message, type Text } from '../log.js'
import type { Outcome } from '../outcome.js'
import type { ArtifactResult, ArtifactStatus } from '../upload/types.js'

export function countByStatus(results: ArtifactResult[]): Record<ArtifactStatus, number> {
  const counts: Record<ArtifactStatus, number> = {
    uploaded: 0,
    skipped: 0,
    stored: 0,
    deduplicated: 0,
    failed: 0,
    planned: 0
  }
  for (const result of results) counts[result.status]++
  return counts
}

/** "3 uploaded", "0 skipped", stored and deduplicated when any, "1 failed". */
function statusParts(results: ArtifactResult[]): string[] {
  const counts = countByStatus(results)
  const parts = [`${counts.uploaded} uploaded`, `${counts.skipped} skipped`]
  if (counts.stored) parts.push(`${counts.stored} stored`)
  if (counts.deduplicated) parts.push(`${counts.deduplicated} deduplicated`)
  return [...parts, `${counts.failed} failed`]
}

/** The one line, at top level after the groups, that says what the step did. */
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

export interface SummaryLimits {
  maxBytes?: number
  maxRows?: number
}

const md = forMarkdown
const mdText = (message: Message): string => asText(message).render(forMarkdown)

/**
 * The run, totals, a setup failure, the run status, warnings, and a table of artifacts:
 * failures first and always shown, many successes folded into `<details>`, every row within
 * GitHub's summary size limit. A dry run lists local path → name instead of statuses.
 */
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

/** Successful rows shown open; more than this fold into `<details>`. */
const OPEN_ROWS = 10

const STATUS: Record<ArtifactResult['status'], string> = {
  failed: '❌ failed',
  uploaded: '✅ uploaded',
  skipped: '⏭️ skipped: already uploaded with the same SHA-256',
  stored: '✅ stored: the server had this content already',
  deduplicated: '✅ deduplicated: an artifact with this content was reused',
  planned: '📝 planned'
}

function row(result: ArtifactResult, dryRun: boolean): string {
  const size = formatBytes(result.size)
  if (dryRun) {
    const source = result.path ? md(result.path) : '(object)'
    return `| ${source} | ${md(result.name)} | ${size} | ${md(result.mimeType)} |`
  }
  const status =
    result.status === 'failed' && result.error
      ? `${STATUS.failed}: ${md(result.error)}`
      : STATUS[result.status]
  return `| ${md(result.name)} | ${size} | ${result.category} | ${md(result.mimeType)} | ${status} |`
}

function header(dryRun: boolean): string {
  return dryRun
    ? '| Local path | Name | Size | MIME type |\n| --- | --- | ---: | --- |\n'
    : '| Name | Size | Category | MIME type | Status |\n| --- | ---: | --- | --- | --- |\n'
}

function tableRows(outcome: Outcome, limits: { maxBytes: number; maxRows: number }): string {
  const { results, dryRun } = outcome
  const failed = results.filter((r) => r.status === 'failed')
  const others = results.filter((r) => r.status !== 'failed')
  let budget = limits.maxBytes
  let rows = 0
  const take = (list: ArtifactResult[]): string => {
    let out = ''
    for (const result of list) {
      const line = row(result, dryRun) + '\n'
      const bytes = Buffer.byteLength(line)
      if (rows === limits.maxRows || bytes > budget) break
      out += line
      budget -= bytes
      rows++
    }
    return out
  }
  let out = ''
  if (failed.length)
    out += `### ${count(failed.length, 'failed artifact')}\n\n${header(false)}${take(failed)}\n`
  if (others.length) {
    const body = header(dryRun) + take(others)
    const what = dryRun
      ? count(others.length, 'planned artifact')
      : count(others.length, 'artifact') + ' done'
    out +=
      others.length > OPEN_ROWS
        ? `<details><summary>${what}</summary>\n\n${body}\n</details>\n`
        : `${failed.length ? `### ${what}\n\n` : ''}${body}\n`
  }
  if (rows < results.length) {
    out += `\n_Table truncated: ${count(results.length - rows, 'more artifact')} not shown to keep this summary short (at most ${limits.maxRows} rows, under GitHub’s 1 MiB limit); the \`artifacts\` output (or \`artifacts-file\`) lists them all._\n`
  }
  return out
}
