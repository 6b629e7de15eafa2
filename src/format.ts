/** Small formatting helpers shared by logs, outputs and the summary: sizes and counted words. */
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${UNITS[unit]}`
}

/** Words whose plural is not the word plus "s". */
const PLURALS: Record<string, string> = { entry: 'entries', directory: 'directories' }

/** "1 artifact", "0 artifacts", "2 hidden entries" (the last word takes the plural). */
export function count(n: number, phrase: string): string {
  if (n === 1) return `1 ${phrase}`
  const at = phrase.lastIndexOf(' ') + 1
  const word = phrase.slice(at)
  return `${n} ${phrase.slice(0, at)}${PLURALS[word] ?? `${word}s`}`
}

export function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** "a code artifact", "an output artifact", "an input file". */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`
}

/**
 * Items grouped by a key, in first-seen order (Map.groupBy, which the command line's
 * Node 20 lacks). Appends in place: one failure cause can hold 100,000 files.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}
