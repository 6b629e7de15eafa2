/**
 * The token in server text: a server may echo the request's Authorization header in an
 * error `detail`. Every answer is scrubbed here, at the transport, before any of it is
 * stored, printed, shortened or output; "Bearer <token>" and the token alone become "***".
 */
export type Scrubber = ReturnType<typeof makeScrubber>

const REDACTED = '***'

export function makeScrubber(secrets: readonly string[]) {
  const kept = secrets.filter((secret) => secret.length > 0)
  const bytes = kept.map((secret) => Buffer.from(secret, 'utf8'))
  const text = (value: string): string => {
    let out = value
    for (const secret of kept) {
      if (!out.includes(secret)) continue
      out = out.split(`Bearer ${secret}`).join(REDACTED).split(secret).join(REDACTED)
    }
    return out
  }
  return {
    text,
    // Answers are only decoded when they hold a secret: listings can be megabytes.
    buffer: (value: Buffer): Buffer =>
      bytes.some((secret) => value.includes(secret))
        ? Buffer.from(text(value.toString('utf8')), 'utf8')
        : value
  }
}
