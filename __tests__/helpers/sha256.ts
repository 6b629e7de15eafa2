/** The tests' one SHA-256 helper: lower-case hex, as Simvue's `checksum` field holds it. */
import { createHash } from 'node:crypto'

export function sha256(data: Buffer | Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex')
}
