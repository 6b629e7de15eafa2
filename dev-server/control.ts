/** A small typed client for the development server's control endpoint. */
import type { FaultSpec, RequestLogEntry } from './types.ts'

export type { Endpoint, FaultKind, FaultSpec, RequestLogEntry } from './types.ts'

export class DevServerControl {
  readonly controlUrl: string

  constructor(controlUrl: string) {
    this.controlUrl = controlUrl.replace(/\/+$/, '')
  }

  async #call(method: string, path: string, body?: unknown): Promise<unknown> {
    const init: RequestInit = { method }
    if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers = { 'content-type': 'application/json' }
    }
    const response = await fetch(`${this.controlUrl}${path}`, init)
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`dev-server control ${method} ${path} failed: ${response.status} ${text}`)
    }
    return text === '' ? undefined : JSON.parse(text)
  }

  async addFault(fault: FaultSpec): Promise<void> {
    await this.#call('POST', '/faults', fault)
  }

  async clearFaults(): Promise<void> {
    await this.#call('DELETE', '/faults')
  }

  /** Every request received by API and storage since the last clear, in arrival order. */
  async requests(): Promise<RequestLogEntry[]> {
    return (await this.#call('GET', '/requests')) as RequestLogEntry[]
  }

  async clearRequests(): Promise<void> {
    await this.#call('DELETE', '/requests')
  }

  /** Lifetime of presigned POST policies (and download URLs) issued from now on. */
  async setPolicyTtl(seconds: number): Promise<void> {
    await this.#call('PUT', '/policy', { ttlSeconds: seconds })
  }
}
