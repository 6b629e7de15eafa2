/**
 * A bounded pool: `concurrency` workers share one cursor over the items, so a slow file
 * never holds a lane idle. Results keep the items' order; an item is not started once
 * `canStart()` says no (cancelled, systemic failure), and its slot stays undefined. A worker
 * that throws stops the pool (only a refused token throws; per-file failures are results).
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<R>,
  canStart: () => boolean = () => true
): Promise<(R | undefined)[]> {
  const results = new Array<R | undefined>(items.length)
  let next = 0
  let failure: { error: unknown } | null = null
  const lane = async (): Promise<void> => {
    while (failure === null && next < items.length && canStart()) {
      const index = next++
      try {
        results[index] = await worker(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  const lanes = Math.max(1, Math.min(concurrency, items.length))
  await Promise.all(Array.from({ length: lanes }, lane))
  if (failure !== null) throw (failure as { error: unknown }).error
  return results
}
