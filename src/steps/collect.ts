/** Step 2: the `path` lines and `objects` become the plan (nothing is sent). */
import type { Inputs } from '../inputs.js'
import { text, type Logger } from '../log.js'
import { buildPlan } from '../plan/build-plan.js'
import { collectFiles } from '../plan/collect.js'
import type { PlanEntry } from '../plan/types.js'
import { count, formatBytes } from '../format.js'
import { logCollection } from './collection-log.js'

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
  if (collected) logCollection(collected, inputs.ifNoFilesFound, log, inputs.names)
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
