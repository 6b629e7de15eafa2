/** The `objects` input as artifacts (docs/design.md, "Objects and metadata"): compact JSON, application/json. */
import type { PlanEntry } from './types.js'

export const OBJECT_MIME_TYPE = 'application/json'

/** JSON.stringify each value (compact UTF-8), MIME application/json, original path ''. */
export function objectEntries(objects: Record<string, unknown>, namePrefix: string): PlanEntry[] {
  return Object.entries(objects).map(([key, value]) => {
    // Values come from parsed JSON, so they always serialise; `?? 'null'` only satisfies types.
    const content = Buffer.from(JSON.stringify(value) ?? 'null', 'utf8')
    return {
      kind: 'object',
      name: namePrefix + key,
      localPath: '',
      size: content.length,
      mimeType: OBJECT_MIME_TYPE,
      content
    }
  })
}
