/** Per-server shared state, and the fault effects common to API and storage. */
import type { IncomingMessage } from 'node:http'
import type { ApiContext } from './api-types.ts'
import type { FaultRegistry } from './faults.ts'
import type { RequestLog } from './request-log.ts'
import type { FaultSpec } from './types.ts'

export interface ServerContext extends ApiContext {
  token: string
  faults: FaultRegistry
  log: RequestLog
  dataDir: string
  /** Aborted when the server closes: ends every pending delay. */
  closing: AbortSignal
}

/**
 * Waits `ms` (forever when undefined) unless the client disconnects or the server closes.
 * Resolves true when the request can go on, false when it is gone.
 */
export function hold(
  req: IncomingMessage,
  ms: number | undefined,
  closing: AbortSignal
): Promise<boolean> {
  const socket = req.socket
  if (socket.destroyed || closing.aborted) return Promise.resolve(false)
  return new Promise((resolve) => {
    const finish = (goOn: boolean): void => {
      if (timer) clearTimeout(timer)
      socket.off('close', onClose)
      closing.removeEventListener('abort', onClose)
      resolve(goOn)
    }
    const onClose = (): void => finish(false)
    const timer = ms === undefined ? undefined : setTimeout(() => finish(true), ms)
    socket.once('close', onClose)
    closing.addEventListener('abort', onClose, { once: true })
  })
}

/** How long a `latency` or `stall` fault holds a request (a stall without delay: forever). */
export function faultDelayMs(fault: FaultSpec): number | undefined {
  return fault.kind === 'latency' ? (fault.delayMs ?? 0) : fault.delayMs
}

/**
 * The faults that act before a request is processed, alike for API and storage: `status` is
 * answered through `answer`, `reset` drops the socket, `latency` and `stall` wait. Resolves
 * true when the request is finished (answered or gone), false when it should be processed.
 */
export async function applyEarlyFault(
  req: IncomingMessage,
  fault: FaultSpec | undefined,
  closing: AbortSignal,
  answer: (status: number, headers: Record<string, string>) => void
): Promise<boolean> {
  switch (fault?.kind) {
    case 'status': {
      const headers: Record<string, string> = {}
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter
      answer(fault.status ?? 500, headers)
      return true
    }
    case 'reset':
      req.socket.destroy()
      return true
    case 'latency':
    case 'stall':
      return !(await hold(req, faultDelayMs(fault), closing))
    default:
      return false
  }
}
