/**
 * Pure parsers for input values. `label` is how the entry layer names the input ("input
 * `dry-run`" for the action, "--dry-run" for the command line); each error names it, shows
 * the value and says the fix.
 */
import { METADATA_KEY_REGEX } from './config.js'
import { errorMessage, InputError } from './errors.js'
import { capitalise } from './format.js'
import { text, trusted, type Text } from './log.js'

const TRUE_WORDS = ['true', 'True', 'TRUE']
const FALSE_WORDS = ['false', 'False', 'FALSE']
/** Deeper JSON is refused before anything is sent (deep nesting overflows serialisers). */
const MAX_JSON_DEPTH = 100

/** Shows a value in an error without flooding the log. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value
  return JSON.stringify(shown)
}

/** A label at the start of a sentence. */
export function subject(label: string): Text {
  return trusted(capitalise(label))
}

export function parseBoolean(label: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim()
  if (value === '') return fallback
  if (TRUE_WORDS.includes(value)) return true
  if (FALSE_WORDS.includes(value)) return false
  throw new InputError(text`${subject(label)} is ${quote(raw)}; it must be \`true\` or \`false\`.`)
}

export function parseInteger(
  label: string,
  raw: string,
  fallback: number,
  min: number,
  max: number
): number {
  const value = raw.trim()
  if (value === '') return fallback
  const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new InputError(
      text`${subject(label)} is ${quote(raw)}; it must be a whole number from ${min} to ${max}.`
    )
  }
  return parsed
}

export function parseChoice<T extends string>(
  label: string,
  raw: string,
  choices: readonly T[],
  fallback: T | null
): T | null {
  const value = raw.trim()
  if (value === '') return fallback
  const found = choices.find((choice) => choice === value)
  if (found) return found
  const hint = choices.find(
    (choice) => choice.toLowerCase() === value.toLowerCase().replace(/s$/, '')
  )
  const list = trusted(choices.map((c) => `\`${c}\``).join(', '))
  const end = hint ? text` (did you mean \`${hint}\`?)` : trusted('.')
  throw new InputError(text`${subject(label)} is ${quote(raw)}; it must be one of ${list}${end}`)
}

/** A JSON object input; `null` when empty. Nesting deeper than MAX_JSON_DEPTH is refused. */
export function parseJsonObject(label: string, raw: string): Record<string, unknown> | null {
  const value = raw.trim()
  if (value === '') return null
  const depth = nestingDepth(value)
  if (depth > MAX_JSON_DEPTH) {
    throw new InputError(
      text`${subject(label)} is nested ${depth} levels deep; at most ${MAX_JSON_DEPTH} levels are supported: flatten it, or upload the data as a file.`
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch (error) {
    throw new InputError(
      text`${subject(label)} is not valid JSON (${errorMessage(error)}); it must be a JSON object such as {"key": "value"}.`
    )
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed)
      ? 'an array'
      : parsed === null
        ? 'null'
        : `a ${typeof parsed}`
    throw new InputError(
      text`${subject(label)} is ${kind}; it must be a JSON object such as {"key": "value"}.`
    )
  }
  return parsed as Record<string, unknown>
}

/** Deepest bracket nesting of JSON text, strings skipped (no recursion, so no stack limit). */
function nestingDepth(json: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < json.length; i++) {
    const char = json[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']') depth--
  }
  return deepest
}

/** The user's `metadata`: keys as Simvue allows them; `reserved` is the provenance key. */
export function parseMetadata(
  label: string,
  raw: string,
  reserved = 'github'
): Record<string, unknown> | null {
  const metadata = parseJsonObject(label, raw)
  if (!metadata) return null
  const bad = Object.keys(metadata).filter((key) => !METADATA_KEY_REGEX.test(key))
  if (bad.length) {
    throw new InputError(
      text`${subject(label)} has keys Simvue refuses: ${bad.map(quote).join(', ')}. Keys may hold letters, digits, \`_\`, \`-\`, \`.\` and spaces only.`
    )
  }
  if (reserved in metadata) {
    throw new InputError(
      text`${subject(label)} uses the key ${quote(reserved)}, which is filled with the provenance of the upload; rename your key.`
    )
  }
  return metadata
}
