/** Pure parsers for input values; each error names the input, the value and the fix. */
import { InputError } from './errors.js'
import { METADATA_KEY_REGEX } from './config.js'

const TRUE_WORDS = ['true', 'True', 'TRUE']
const FALSE_WORDS = ['false', 'False', 'FALSE']

/** Shows a value in an error without flooding the log. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value
  return JSON.stringify(shown)
}

export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim()
  if (value === '') return fallback
  if (TRUE_WORDS.includes(value)) return true
  if (FALSE_WORDS.includes(value)) return false
  throw new InputError(`Input \`${input}\` is ${quote(raw)}; it must be \`true\` or \`false\`.`)
}

export function parseInteger(
  input: string,
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
      `Input \`${input}\` is ${quote(raw)}; it must be a whole number from ${min} to ${max}.`
    )
  }
  return parsed
}

export function parseChoice<T extends string>(
  input: string,
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
  throw new InputError(
    `Input \`${input}\` is ${quote(raw)}; it must be one of ${choices.map((c) => `\`${c}\``).join(', ')}` +
      (hint ? ` (did you mean \`${hint}\`?)` : '.')
  )
}

/** A JSON object input; `null` when empty. */
export function parseJsonObject(input: string, raw: string): Record<string, unknown> | null {
  const value = raw.trim()
  if (value === '') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new InputError(
      `Input \`${input}\` is not valid JSON (${reason}); it must be a JSON object such as {"key": "value"}.`
    )
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const kind = Array.isArray(parsed)
      ? 'an array'
      : parsed === null
        ? 'null'
        : `a ${typeof parsed}`
    throw new InputError(
      `Input \`${input}\` is ${kind}; it must be a JSON object such as {"key": "value"}.`
    )
  }
  return parsed as Record<string, unknown>
}

/** The user's `metadata`: keys as Simvue allows them, and `github` kept for provenance. */
export function parseMetadata(input: string, raw: string): Record<string, unknown> | null {
  const metadata = parseJsonObject(input, raw)
  if (!metadata) return null
  const bad = Object.keys(metadata).filter((key) => !METADATA_KEY_REGEX.test(key))
  if (bad.length) {
    throw new InputError(
      `Input \`${input}\` has keys Simvue refuses: ${bad.map(quote).join(', ')}. ` +
        'Keys may hold letters, digits, `_`, `-`, `.` and spaces only.'
    )
  }
  if ('github' in metadata) {
    throw new InputError(
      `Input \`${input}\` uses the key "github", which this action fills with the workflow's ` +
        'provenance; rename your key.'
    )
  }
  return metadata
}
