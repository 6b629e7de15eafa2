/** Small helpers: ids, timestamps, generated run names, cancellable sleeps. */
import { randomBytes } from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

let pool = Buffer.alloc(0)
let poolAt = 0

/** A 22-character alphanumeric id, like Simvue's OBJECT_ID. */
export function newId(): string {
  if (poolAt + 22 > pool.length) {
    pool = randomBytes(22 * 256)
    poolAt = 0
  }
  let id = ''
  for (let i = poolAt; i < poolAt + 22; i += 1) id += ALPHABET[(pool[i] as number) % 62]
  poolAt += 22
  return id
}

/** UTC timestamp in Simvue's `%Y-%m-%dT%H:%M:%S.%f` (6-digit fraction, no zone). */
export function timestamp(date: Date = new Date()): string {
  return `${date.toISOString().slice(0, 23)}000`
}

const ADJECTIVES = ['mild', 'brave', 'calm', 'eager', 'fancy', 'gentle', 'jolly', 'lucky', 'proud']
const NOUNS = ['bassoon', 'falcon', 'meadow', 'harbor', 'comet', 'willow', 'ember', 'glacier']

/** A generated run name such as `mild-bassoon-1234`. */
export function generateRunName(): string {
  const bytes = randomBytes(4)
  const adjective = ADJECTIVES[(bytes[0] ?? 0) % ADJECTIVES.length]
  const noun = NOUNS[(bytes[1] ?? 0) % NOUNS.length]
  return `${adjective}-${noun}-${bytes.readUInt16BE(2) % 10000}`
}

/** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The header value as one string (repeated headers joined with ', '). */
export function headerRecord(raw: NodeJS.Dict<string | string[]>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue
    out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

const base64url = (text: string): string => Buffer.from(text).toString('base64url')

/**
 * A JWT-shaped token that expires in 2100, for the Python client, which decodes the token
 * it is given (without checking the signature) and refuses one without a future `exp`. Its
 * signature part is a placeholder: no one signed it, and this server compares tokens as text.
 */
export const JWT_TOKEN = [
  base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })),
  base64url(JSON.stringify({ sub: 'dev', exp: 4_102_444_800 })),
  base64url('dev-server')
].join('.')
