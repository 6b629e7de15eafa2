/** Per-server shared state, and the fault effects common to API and storage. */
import type { IncomingMessage } from 'node:http'
import type { ApiContext } from './api-types.ts'
import type { FaultRegistry } from './faults.ts'
import type { RequestLog } from './request-log.ts'

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
