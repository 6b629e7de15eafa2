/**
 * The final report as annotations: the aggregate first, then one per cause of failure (the
 * same step, status and server message once the file's own name, path and ids are taken out),
 * naming the count and the first files. GitHub shows 10 annotations of a kind per step; the
 * caller spends its budget in this order, and the summary and outputs hold the full list.
 */
import { errorText } from '../errors.js'
import { text, trusted, type Text } from '../log.js'
import type { Outcome } from '../outcome.js'
import type { ArtifactResult } from '../upload/types.js'
import { capitalise, count, groupBy } from '../format.js'

export interface Annotation {
  message: Text
  title: Text
}

export interface FinalReport {
  /** `error` fails the step; `warning` with `fail-on-error: false`; null: nothing to say. */
  kind: 'error' | 'warning' | null
  annotations: Annotation[]
}

/** Files named in one cause's annotation. */
const NAMED = 5

export function finalReport(outcome: Outcome, options: { failOnError: boolean; budget: number }) {
  const { failure, results } = outcome
  if (failure) {
    const aggregate = text`${trusted(capitalise(failure.step))} failed: ${errorText(failure.error)}`
    return {
      kind: 'error',
      annotations: [{ message: aggregate, title: trusted('Simvue upload failed') }]
    } satisfies FinalReport
  }
  const failed = results.filter((r) => r.status === 'failed')
  if (failed.length === 0) return { kind: null, annotations: [] } satisfies FinalReport
  const groups = groupBy(failed, causeKey)
  const suffix = options.failOnError ? '' : ' (fail-on-error: false, so the step succeeds)'
  const causes = groups.size === 1 ? 'one cause' : `${groups.size} causes`
  const aggregate: Annotation = {
    message: text`${failed.length} of ${count(results.length, 'artifact')} failed (${causes}); the job summary and the \`artifacts\` output list every file.${suffix}`,
    title: text`${count(failed.length, 'artifact')} failed`
  }
  const annotations = [aggregate]
  const list = [...groups.values()]
  const room = Math.max(0, options.budget - 1)
  list
    .slice(0, list.length > room ? room - 1 : room)
    .forEach((group) => annotations.push(causeAnnotation(group)))
  if (list.length > room && room > 0) {
    const rest = list.slice(room - 1).reduce((sum, group) => sum + group.length, 0)
    annotations.push({
      message: text`${count(rest, 'more failed artifact')} with ${list.length - room + 1} other causes; see the job summary.`,
      title: trusted('More failures')
    })
  }
  return { kind: options.failOnError ? 'error' : 'warning', annotations } satisfies FinalReport
}

function causeAnnotation(group: ArtifactResult[]): Annotation {
  const first = group[0] as ArtifactResult
  const names = group
    .slice(0, NAMED)
    .map((r) => r.name)
    .join(', ')
  const more = group.length > NAMED ? ` and ${group.length - NAMED} more` : ''
  return {
    message: text`${count(group.length, 'artifact')} failed: ${first.error ?? 'failed'} (${names}${more})`,
    title: text`Upload failed: ${group.length === 1 ? first.name : count(group.length, 'artifact')}`
  }
}

/** A failed result's error with the file's own words and ids taken out: its cause. */
export function causeKey(result: ArtifactResult): string {
  let key = result.error ?? ''
  for (const own of [result.path, result.name, result.id].filter(Boolean) as string[]) {
    key = key.split(own).join('<own>')
  }
  // Ids (Simvue's 22 alphanumerics, digests) and numbers differ per file, not per cause.
  return key
    .replace(/\b[A-Za-z0-9]{22}\b|\b[0-9a-f]{64}\b/g, '<id>')
    .replace(/\d+ bytes/g, '<n> bytes')
}
