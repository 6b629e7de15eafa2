/** The server version gate (docs/design.md, "The Simvue contract used"): 1.1.0 ≤ version < 2.0.0. */
import { SERVER_VERSION_MAX_EXCLUSIVE, SERVER_VERSION_MIN } from '../config.js'
import { SetupError } from '../errors.js'

type Triple = [number, number, number]

/** Strict `MAJOR.MINOR.PATCH` (build metadata ignored); prereleases and garbage give null. */
export function parseVersion(text: string): Triple | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim())
  if (!match) return null
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

const compare = (a: Triple, b: Triple): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]

/** Throws SetupError unless `version` is a release within the supported range. */
export function checkServerVersion(version: unknown, apiUrl: string): string {
  const range = `${SERVER_VERSION_MIN} ≤ version < ${SERVER_VERSION_MAX_EXCLUSIVE}`
  const parsed = typeof version === 'string' ? parseVersion(version) : null
  if (!parsed) {
    throw new SetupError(
      `${apiUrl}/version did not report a release version (got ${JSON.stringify(version)}); ` +
        `this action supports Simvue servers with API ${range}. Check server-url.`
    )
  }
  const min = parseVersion(SERVER_VERSION_MIN) as Triple
  const max = parseVersion(SERVER_VERSION_MAX_EXCLUSIVE) as Triple
  if (compare(parsed, min) < 0 || compare(parsed, max) >= 0) {
    throw new SetupError(
      `The Simvue server at ${apiUrl} reports API version ${String(version)}; this action ` +
        `supports ${range}. Use a matching server or action version.`
    )
  }
  return String(version)
}
