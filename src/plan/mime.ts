/** MIME types (DESIGN §4): detected from the extension; explicit ones validated. */
import mime from 'mime-types'
import { SIMVUE_OBJECT_MIME_TYPES } from '../config.js'

export const DEFAULT_MIME_TYPE = 'application/octet-stream'

/** Types by the extension as spelt (plans of 100k files share a handful of extensions). */
const byExtension = new Map<string, string>()
let lastExtension = ''
let lastType = ''

export function detectMimeType(filePath: string): string {
  const dot = filePath.lastIndexOf('.')
  const separator = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'))
  // A separator, then at least one character before the last dot: `mime.lookup` then depends
  // on nothing but what follows the dot (whichever of `/` and `\` the platform separates by).
  if (separator < 0 || dot <= separator + 1) return mime.lookup(filePath) || DEFAULT_MIME_TYPE
  const length = filePath.length - dot - 1
  if (lastType && length === lastExtension.length && filePath.endsWith(lastExtension)) {
    return lastType
  }
  const extension = filePath.slice(dot + 1)
  let type = byExtension.get(extension)
  if (type === undefined) {
    type = mime.lookup(filePath) || DEFAULT_MIME_TYPE
    byExtension.set(extension, type)
  }
  lastExtension = extension
  lastType = type
  return type
}

/**
 * Known to the `mime-types` table (a type with registered extensions, compared exactly as
 * the table spells it, lower case, no parameters) or one of Simvue's object types.
 */
export function isValidMimeType(value: string): boolean {
  if ((SIMVUE_OBJECT_MIME_TYPES as readonly string[]).includes(value)) return true
  return Object.hasOwn(mime.extensions, value)
}
