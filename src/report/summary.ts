/**
 * The job summary (DESIGN §7): the run, totals and a table of artifacts, failures first.
 * Everything user- or server-provided is escaped; the text stays under GitHub's 1 MiB limit.
 */
import { SUMMARY_MAX_BYTES } from '../config.js'
import type { ArtifactResult } from '../upload/types.js'
import { escapeMarkdown, formatBytes } from './format.js'
import { countByStatus } from './totals.js'

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

export function renderSummary(
  results: ArtifactResult[],
  run: SummaryRun | null,
  options: { dryRun: boolean; maxBytes?: number }
): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES
  const counts = countByStatus(results)
  const totalBytes = results.reduce((sum, r) => sum + r.size, 0)
  const head: string[] = [`## Simvue artifacts${options.dryRun ? ' (dry run)' : ''}`, '']
  if (run) {
    head.push(`Run: [${escapeMarkdown(run.name)}](${run.url}) (\`${run.id}\`)`, '')
  }
  const totals = options.dryRun
    ? [`${results.length} planned`]
    : [
        `${counts.uploaded} uploaded`,
        `${counts.skipped} skipped`,
        counts.stored ? `${counts.stored} stored` : '',
        counts.deduplicated ? `${counts.deduplicated} deduplicated` : '',
        `${counts.failed} failed`
      ].filter(Boolean)
  head.push(`**${totals.join(' · ')}** · ${formatBytes(totalBytes)} in ${results.length} artifacts`)
  head.push(
    '',
    '| Name | Size | Category | MIME type | Status |',
    '| --- | ---: | --- | --- | --- |'
  )

  const ordered = [
    ...results.filter((r) => r.status === 'failed'),
    ...results.filter((r) => r.status !== 'failed')
  ]
  let text = head.join('\n') + '\n'
  let bytes = Buffer.byteLength(text)
  let shown = 0
  const reserve = 512
  for (const result of ordered) {
    const row = tableRow(result) + '\n'
    const rowBytes = Buffer.byteLength(row)
    if (bytes + rowBytes > maxBytes - reserve) break
    text += row
    bytes += rowBytes
    shown++
  }
  if (shown < ordered.length) {
    text +=
      `\n_Table truncated: ${ordered.length - shown} more artifacts are not shown to keep this ` +
      'summary under GitHub’s 1 MiB limit; the `artifacts` output lists them all._\n'
  }
  return text
}

function tableRow(result: ArtifactResult): string {
  const status =
    result.status === 'failed' && result.error
      ? `${STATUS_ICON.failed}: ${escapeMarkdown(result.error)}`
      : STATUS_ICON[result.status]
  return `| ${escapeMarkdown(result.name)} | ${formatBytes(result.size)} | ${result.category} | ${escapeMarkdown(result.mimeType)} | ${status} |`
}
