/**
 * Step 2: the `path` lines and `objects` become the plan (nothing is sent). What the walk
 * found and skipped is said here: skips grouped by reason, one warning per reason, so that
 * many of them never crowd out the annotations of the final report (GitHub shows 10 per
 * step); `if-no-files-found` applies. A dry run logs the plan itself.
 */
import { PlanError } from '../errors.js'
import { count, formatBytes, groupBy } from '../format.js'
import type { Inputs } from '../inputs.js'
import { say as spell } from '../input-source.js'
import { text, trusted, type Logger } from '../log.js'
import { buildPlan } from '../plan/build-plan.js'
import { collectFiles } from '../plan/collect.js'
import type { Category, CollectResult, PlanEntry, SkippedItem } from '../plan/types.js'

export async function makePlan(inputs: Inputs, log: Logger): Promise<PlanEntry[]> {
  const hasPaths = inputs.pathLines.some((line) => line.trim() && !line.trim().startsWith('#'))
  const collected = hasPaths
    ? await collectFiles({
        lines: inputs.pathLines,
        workingDirectory: inputs.workingDirectory,
        workspace: inputs.workspace,
        includeHiddenFiles: inputs.includeHiddenFiles,
        followSymbolicLinks: inputs.followSymbolicLinks
      })
    : null
  if (collected) logCollection(collected, inputs, log)
  const plan = buildPlan({
    files: collected?.files ?? [],
    objects: inputs.objects,
    preservePath: inputs.preservePath,
    workingDirectory: inputs.workingDirectory,
    namePrefix: inputs.namePrefix,
    explicitName: inputs.name,
    mimeType: inputs.mimeType,
    objectType: inputs.objectType,
    names: inputs.names
  })
  const bytes = plan.reduce((sum, entry) => sum + entry.size, 0)
  log.info(text`Plan: ${count(plan.length, 'artifact')}, ${formatBytes(bytes)}.`)
  return plan
}

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

function logCollection(result: CollectResult, inputs: Inputs, log: Logger): void {
  const say = spell(inputs)
  const { ifNoFilesFound } = inputs
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
    const listed = items.slice(0, MAX_LISTED).map(describe)
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

/** Plan lines a dry run prints before the rest is left to the outputs. */
const DRY_RUN_LINES = 1000

export function logDryRun(plan: PlanEntry[], category: Category, log: Logger): void {
  log.info(
    text`Dry run: nothing is sent. ${count(plan.length, 'artifact')} would be uploaded as ${category}:`
  )
  const shown = log.debugEnabled ? plan : plan.slice(0, DRY_RUN_LINES)
  for (const entry of shown) {
    const source = entry.kind === 'object' ? '(object)' : entry.localPath
    log.info(text`  ${source} -> ${entry.name} (${formatBytes(entry.size)}, ${entry.mimeType})`)
  }
  if (shown.length < plan.length) {
    log.info(
      text`... and ${plan.length - shown.length} more: the \`artifacts\` output (or \`artifacts-file\`) lists every entry; step debug logging prints them all here.`
    )
  }
}
