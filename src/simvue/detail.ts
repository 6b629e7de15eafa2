/** Turning error bodies into one readable explanation (FastAPI `detail`, S3 XML). */

const MAX_TEXT = 300

/** FastAPI `{"detail": …}`: a string, or the 422 list formatted as `loc: msg` lines. */
export function formatDetail(body: Buffer): string {
  const text = body.toString('utf8').trim()
  if (!text) return ''
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return shorten(text)
  }
  const detail = isObject(json) && 'detail' in json ? json.detail : json
  if (typeof detail === 'string') return shorten(detail)
  if (Array.isArray(detail)) return detail.map(formatIssue).join('\n')
  return shorten(JSON.stringify(detail))
}

function formatIssue(issue: unknown): string {
  if (!isObject(issue)) return shorten(JSON.stringify(issue))
  const loc = Array.isArray(issue.loc) ? issue.loc.map(String).join('.') : ''
  const msg = typeof issue.msg === 'string' ? issue.msg : JSON.stringify(issue)
  return loc ? `${loc}: ${msg}` : msg
}

/** S3 error documents: `<Error><Code>BadDigest</Code><Message>…</Message></Error>`. */
export function parseS3Error(body: Buffer): { code: string; message: string } {
  const text = body.toString('utf8')
  const code = xmlText(text, 'Code')
  const message = xmlText(text, 'Message')
  if (code || message) return { code, message }
  return { code: '', message: shorten(text.trim()) }
}

function xmlText(xml: string, tag: string): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)
  return match?.[1] ? decodeEntities(match[1].trim()) : ''
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

export function shorten(text: string, max = MAX_TEXT): string {
  const oneLine = text.replace(/\s+/g, ' ')
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
