/** MIME types (DESIGN §4): detected from the extension; explicit ones validated. */
import mime from 'mime-types'
import { SIMVUE_OBJECT_MIME_TYPES } from '../config.js'

export const DEFAULT_MIME_TYPE = 'application/octet-stream'

export function detectMimeType(filePath: string): string {
  return mime.lookup(filePath) || DEFAULT_MIME_TYPE
}

/**
 * Known to the `mime-types` table (a type with registered extensions, compared exactly as
 * the table spells it, lower case, no parameters) or one of Simvue's object types.
 */
export function isValidMimeType(value: string): boolean {
  if ((SIMVUE_OBJECT_MIME_TYPES as readonly string[]).includes(value)) return true
  return Object.hasOwn(mime.extensions, value)
}
