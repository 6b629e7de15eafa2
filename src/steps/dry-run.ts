/** A dry run's log: the plan, line by line (all of them with debug logging). */
import { text, type Logger } from '../log.js'
import type { Category, PlanEntry } from '../plan/types.js'
import { count, formatBytes } from '../format.js'

/** Plan lines printed before the rest is left to the outputs. */
export const DRY_RUN_LINES = 1000

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
