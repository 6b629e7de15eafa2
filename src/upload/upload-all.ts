/**
 * The upload phase: every plan entry through the per-file pipeline in a bounded pool, with
 * the skip-existing look-up, progress, rate-limited retry lines, cancellation and the
 * systemic-failure stop. Returns what happened to each entry; prints no result line.
 */
import { SYSTEMIC_FAILURE_LIMIT } from '../config.js'
import { errorMessage } from '../errors.js'
import { text, type Text } from '../log.js'
import type { PlanEntry } from '../plan/types.js'
import { TokenRefusedError } from '../simvue/errors.js'
import { loadExisting } from './existing.js'
import { entryResult } from './types.js'
import { uploadEntry, type CauseClass, type EntryContext } from './file-upload.js'
import { Progress, RetryNotices } from './progress.js'
import type { ArtifactResult, UploadContext, UploadOutcome } from './types.js'

export async function uploadAll(plan: PlanEntry[], context: UploadContext): Promise<UploadOutcome> {
  const { logger } = context
  // Stops requests in flight on a refused token; the caller's signal on cancellation.
  const stop = new AbortController()
  const signal = context.signal ? AbortSignal.any([context.signal, stop.signal]) : stop.signal
  const totalBytes = plan.reduce((sum, entry) => sum + entry.size, 0)
  // A live display replaces the timed line: both would say the same, one above the other.
  const progress = new Progress(plan.length, totalBytes, context.onProgress ? null : logger)
  const notices = new RetryNotices(logger)
  const breaker = new SystemicStop()
  let bytesSent = 0
  let fatal: Error | null = null
  const done = new Array<ArtifactResult | undefined>(plan.length)
  try {
    const existing =
      context.skipExisting && plan.length > 0
        ? await loadExisting(context.client, context.runId, context.category, logger, signal)
        : null
    const shared = { ...context, existing, notices, signal }
    const canStart = () => !signal.aborted && breaker.cause === null
    await runPool(
      plan,
      context.concurrency,
      async (entry, index) => {
        let sent = 0
        const entryContext: EntryContext = {
          ...shared,
          onBytes: (n) => {
            sent += n
            bytesSent += n
            progress.addBytes(n)
            context.onProgress?.(progress.state())
          }
        }
        const outcome = await uploadEntry(entry, entryContext).catch((error: unknown) => {
          // A refused token stops everything at once: requests in flight are aborted.
          if (error instanceof TokenRefusedError) stop.abort()
          throw error
        })
        // Bytes a file did not send (skipped, stored, failed) count as done for the ETA.
        progress.fileDone(Math.max(0, entry.size - sent))
        context.onProgress?.(progress.state())
        breaker.record(outcome.result, outcome.cause, (line) => logger.warning(line))
        done[index] = outcome.result
      },
      canStart
    )
    return finish()
  } catch (error) {
    if (!(error instanceof TokenRefusedError)) throw error
    fatal = error
    stop.abort()
    return finish()
  } finally {
    progress.stop()
    notices.flush()
  }

  function finish(): UploadOutcome {
    const why = fatal
      ? `token refused (${errorMessage(fatal)})`
      : context.signal?.aborted
        ? 'cancelled'
        : (breaker.cause ?? 'stopped')
    const results = plan.map((entry, i) => {
      const result = done[i]
      if (!result) return entryResult(entry, context.category, 'failed', `not attempted: ${why}`)
      // Aborted because the token was refused, not because anyone cancelled.
      if (fatal && result.error?.startsWith('cancelled')) result.error = `not completed: ${why}`
      return result
    })
    return { results, bytesSent, fatal }
  }
}

/** Counts files in a row that failed for one server-side cause, with no success between. */
class SystemicStop {
  cause: string | null = null
  private cls: CauseClass | null = null
  private count = 0

  record(result: ArtifactResult, cls: CauseClass | null, warn: (line: Text) => void): void {
    if (result.status !== 'failed') {
      this.cls = null
      this.count = 0
      return
    }
    if (cls === null) return
    this.count = this.cls === cls ? this.count + 1 : 1
    this.cls = cls
    if (this.cause === null && this.count >= SYSTEMIC_FAILURE_LIMIT) {
      const last = result.error ?? ''
      this.cause = `${SYSTEMIC_FAILURE_LIMIT} files in a row failed (last: ${last})`
      warn(
        text`Stopping: ${SYSTEMIC_FAILURE_LIMIT} files in a row failed for the same cause (${last}); no further file is started.`
      )
    }
  }
}

/**
 * A bounded pool: `concurrency` workers share one cursor over the items, so a slow file
 * never holds a lane idle. An item is not started once `canStart()` says no (cancelled,
 * systemic failure). A worker that throws stops the pool (only a refused token throws;
 * per-file failures are results).
 */
async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<void>,
  canStart: () => boolean
): Promise<void> {
  let next = 0
  let failure: { error: unknown } | null = null
  const lane = async (): Promise<void> => {
    while (failure === null && next < items.length && canStart()) {
      const index = next++
      try {
        await worker(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  const lanes = Math.max(1, Math.min(concurrency, items.length))
  await Promise.all(Array.from({ length: lanes }, lane))
  if (failure !== null) throw (failure as { error: unknown }).error
}
