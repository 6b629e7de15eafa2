/** Fault registry: faults are matched in insertion order and removed when used up. */
import { ENDPOINTS, type Endpoint, type FaultSpec } from './types.ts'
import { isPlainObject } from './util.ts'

interface ActiveFault {
  spec: FaultSpec
  /** Remaining firings; Infinity for times = 0. */
  remaining: number
}

const KINDS = new Set(['status', 'latency', 'stall', 'reset', 'lost', 'trickle', 'early'])

/** Checks a fault received by the control endpoint; returns an error message or undefined. */
export function validateFault(value: unknown): string | undefined {
  if (!isPlainObject(value)) return 'fault must be a JSON object'
  const { endpoint, kind, status, retryAfter, delayMs, afterBytes, name, times, padBytes } = value
  if (endpoint !== '*' && !ENDPOINTS.includes(endpoint as Endpoint)) {
    return `unknown endpoint ${JSON.stringify(endpoint)}`
  }
  if (typeof kind !== 'string' || !KINDS.has(kind)) return `unknown kind ${JSON.stringify(kind)}`
  if (kind === 'status' && !(Number.isInteger(status) && Number(status) >= 100)) {
    return "kind 'status' needs an integer status"
  }
  if (retryAfter !== undefined && typeof retryAfter !== 'string') return 'retryAfter: string'
  if ((kind === 'trickle' || kind === 'early') && endpoint !== 'storage.upload') {
    return `kind '${kind}' is for endpoint 'storage.upload'`
  }
  if (value.echoAuthorization !== undefined && typeof value.echoAuthorization !== 'boolean') {
    return 'echoAuthorization: boolean'
  }
  for (const [key, num] of Object.entries({ delayMs, afterBytes, times, padBytes })) {
    if (num !== undefined && !(Number.isInteger(num) && Number(num) >= 0)) {
      return `${key}: non-negative integer`
    }
  }
  if (name !== undefined && typeof name !== 'string') return 'name: string'
  return undefined
}

export class FaultRegistry {
  #faults: ActiveFault[] = []

  add(spec: FaultSpec): void {
    const times = spec.times ?? 1
    this.#faults.push({ spec, remaining: times === 0 ? Infinity : times })
  }

  clear(): void {
    this.#faults = []
  }

  get size(): number {
    return this.#faults.length
  }

  /** The first fault matching the request, counted as fired (removed when used up). */
  take(endpoint: Endpoint | 'unknown', name: string | undefined): FaultSpec | undefined {
    if (this.#faults.length === 0) return undefined
    const index = this.#faults.findIndex(
      (f) => matches(f.spec, endpoint) && (f.spec.name === undefined || f.spec.name === name)
    )
    if (index < 0) return undefined
    const fault = this.#faults[index] as ActiveFault
    fault.remaining -= 1
    if (fault.remaining <= 0) this.#faults.splice(index, 1)
    return fault.spec
  }
}

function matches(spec: FaultSpec, endpoint: Endpoint | 'unknown'): boolean {
  return spec.endpoint === '*' || spec.endpoint === endpoint
}
