/**
 * The job summary (DESIGN §7): the run, totals and a table of artifacts, failures first.
 * Everything user- or server-provided is escaped; the text stays under GitHub's 1 MiB limit.
 */
import { SUMMARY_MAX_BYTES, SUMMARY_MAX_ROWS } from '../config.js'
import type { Category, PlanEntry } from '../plan/types.js'
import type { ArtifactResult, ArtifactStatus } from '../upload/types.js'
import { escapeMarkdown, formatBytes } from './format.js'
import { countByStatus, type StatusCounts } from './totals.js'

export interface SummaryRun {
  name: string
  id: string
  url: string
}

const STATUS_ICON: Record<ArtifactResult['status'], string> = {
  failed: '❌ failed',
  uploaded: '✅ uploaded',
  skipped: '⏭️ skipped',
  stored: '✅ stored',
  deduplicated: '✅ deduplicated',
  planned: '📝 planned'
}

/** What the summary shows: totals, and the table rows in order (`visit` false: stop). */
interface SummaryTable {
  total: number
  counts: StatusCounts
  totalBytes: number
  eachRow(visit: (row: string) => boolean): void
}

/** Defaults: SUMMARY_MAX_BYTES and SUMMARY_MAX_ROWS (tests set their own). */
export interface SummaryLimits {
  maxBytes?: number
  maxRows?: number
}

export function renderSummary(
  results: ArtifactResult[],
  run: SummaryRun | null,
  options: { dryRun: boolean } & SummaryLimits
): string {
  const table: SummaryTable = {
    total: results.length,
    counts: countByStatus(results),
    totalBytes: results.reduce((sum, r) => sum + r.size, 0),
    eachRow(visit) {
      // Failures first; only as many rows as fit are ever built.
      const failed = table.counts.failed
      for (let i = 0, seen = 0; seen < failed && i < results.length; i++) {
        if (results[i].status !== 'failed') continue
        seen++
        if (!visit(resultRow(results[i]))) return
      }
      for (const result of results) {
        if (result.status !== 'failed' && !visit(resultRow(result))) return
      }
    }
  }
  return render(table, run, options)
}

/** A dry run's summary: every plan entry `planned`, without a result object per entry. */
export function renderPlanSummary(
  plan: PlanEntry[],
  category: Category,
  options: SummaryLimits = {}
): string {
  const counts = countByStatus([])
  counts.planned = plan.length
  const table: SummaryTable = {
    total: plan.length,
    counts,
    totalBytes: plan.reduce((sum, entry) => sum + entry.size, 0),
    eachRow(visit) {
      for (const entry of plan) {
        const row = tableRow(entry.name, entry.size, category, entry.mimeType, 'planned', null)
        if (!visit(row)) return
      }
    }
  }
  return render(table, null, { dryRun: true, ...options })
}

function render(
  table: SummaryTable,
  run: SummaryRun | null,
  options: { dryRun: boolean } & SummaryLimits
): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES
  const maxRows = options.maxRows ?? SUMMARY_MAX_ROWS
  const { counts, total } = table
  const head: string[] = [`## Simvue artifacts${options.dryRun ? ' (dry run)' : ''}`, '']
  if (run) {
    head.push(`Run: [${escapeMarkdown(run.name)}](${run.url}) (\`${run.id}\`)`, '')
  }
  const totals = options.dryRun
    ? [`${total} planned`]
    : [
        `${counts.uploaded} uploaded`,
        `${counts.skipped} skipped`,
        counts.stored ? `${counts.stored} stored` : '',
        counts.deduplicated ? `${counts.deduplicated} deduplicated` : '',
        `${counts.failed} failed`
      ].filter(Boolean)
  head.push(`**${totals.join(' · ')}** · ${formatBytes(table.totalBytes)} in ${total} artifacts`)
  head.push(
    '',
    '| Name | Size | Category | MIME type | Status |',
    '| --- | ---: | --- | --- | --- |'
  )

  const parts = [head.join('\n') + '\n']
  let bytes = Buffer.byteLength(parts[0])
  let shown = 0
  const limit = maxBytes - 512
  table.eachRow((row) => {
    const rowBytes = Buffer.byteLength(row) + 1
    if (shown === maxRows || bytes + rowBytes > limit) return false
    parts.push(row, '\n')
    bytes += rowBytes
    shown++
    return true
  })
  if (shown < total) {
    parts.push(
      `\n_Table truncated: ${total - shown} more artifacts are not shown to keep this ` +
        `summary short (at most ${maxRows} rows, under GitHub’s 1 MiB limit); the \`artifacts\` ` +
        'output (or `artifacts-file`) lists them all._\n'
    )
  }
  return parts.join('')
}

function resultRow(result: ArtifactResult): string {
  const { name, size, category, mimeType, status, error } = result
  return tableRow(name, size, category, mimeType, status, error)
}

function tableRow(
  name: string,
  size: number,
  category: Category,
  mimeType: string,
  status: ArtifactStatus,
  error: string | null
): string {
  const shownStatus =
    status === 'failed' && error
      ? `${STATUS_ICON.failed}: ${escapeMarkdown(error)}`
      : STATUS_ICON[status]
  return `| ${escapeMarkdown(name)} | ${formatBytes(size)} | ${category} | ${escapeMarkdown(mimeType)} | ${shownStatus} |`
}
