/** "Did you mean …?" for a mistyped flag. */

/** A known flag within two edits of what was typed (typos), or one that starts with it. */
export function closestFlag(typed: string, flags: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = 3
  for (const flag of flags) {
    const distance = flag.startsWith(typed) && typed.length >= 3 ? 1 : editDistance(typed, flag)
    if (distance < bestDistance) {
      best = flag
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    previous = current
  }
  return previous[b.length]
}
