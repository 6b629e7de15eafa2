/**
 * A bounded pool: `concurrency` workers share one cursor over the items, so a slow file
 * never holds a lane idle. An item is not started once `canStart()` says no (cancelled,
 * systemic failure). A worker that throws stops the pool (only a refused token throws;
 * per-file failures are results).
 */
export async function runPool<T>(
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
