/**
 * What a step did, as data: the one thing both entry layers turn into outputs, a summary,
 * annotations and an exit code. Filled as the steps go, so a late failure still tells the
 * truth about every file and the run.
 */
import type { Message } from './log.js'
import type { Category, PlanEntry } from './plan/types.js'
import type { ResolvedRun } from './simvue/resolve-run.js'
import type { ArtifactResult } from './upload/types.js'

/** The phases, as an error names them ("finding the run failed: ..."). */
export type Step =
  | 'collecting files'
  | 'connecting to Simvue'
  | 'finding the run'
  | 'uploading'
  | 'setting the run status'

export interface RunInfo extends ResolvedRun {
  /** The run's page in the web UI. */
  url: string
}

export interface RunStatusOutcome {
  requested: string
  /** `set`; `left` unchanged because files failed; `failed` when the update itself failed. */
  state: 'set' | 'left' | 'failed'
  reason: Message | null
  /** The warning logged about it (the summary says it once, not twice). */
  warning?: Message
}

export interface Outcome {
  dryRun: boolean
  category: Category
  /** Null when the step failed before a plan existed. */
  plan: PlanEntry[] | null
  /** One per plan entry once the plan exists, in plan order. */
  results: ArtifactResult[]
  run: RunInfo | null
  runStatus: RunStatusOutcome | null
  failure: { step: Step; error: unknown } | null
  /** Every warning logged while the step ran, for the summary. */
  warnings: Message[]
  cancelled: boolean
  bytesSent: number
  durationMs: number
}

export function newOutcome(dryRun: boolean, category: Category): Outcome {
  return {
    dryRun,
    category,
    plan: null,
    results: [],
    run: null,
    runStatus: null,
    failure: null,
    warnings: [],
    cancelled: false,
    bytesSent: 0,
    durationMs: 0
  }
}
