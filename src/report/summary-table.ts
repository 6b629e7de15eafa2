/**
 * The summary's table of artifacts: failures first and always shown, successes folded into
 * a `<details>` block when there are many, every row within GitHub's summary size limit.
 * A dry run lists local path → name instead of statuses.
 */
import { forMarkdown } from '../log.js'
import type { Outcome } from '../outcome.js'
import type { ArtifactResult } from '../upload/types.js'
import { count, formatBytes } from '../format.js'

/** Successful rows shown open; more than this fold into `<details>`. */
const OPEN_ROWS = 10

const md = forMarkdown

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

export function tableRows(outcome: Outcome, limits: { maxBytes: number; maxRows: number }): string {
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
