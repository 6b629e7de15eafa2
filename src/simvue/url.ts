/** Server URL handling: normalisation like the Python client, and the http:// guard. */
import { InputError } from '../errors.js'

export interface ServerUrls {
  /** Ends with `/api`, no trailing slash. */
  apiUrl: string
  /** apiUrl without its last `/api`: base of the web UI links. */
  webUrl: string
}

const EXAMPLE = 'e.g. https://uk.simvue.io'

/**
 * Appends `/api` unless the URL already ends with it (after stripping one trailing `/`).
 * Unlike the Python client, `https://h/api/` gives `https://h/api`, not `https://h/api/api`.
 */
export function normaliseServerUrl(
  raw: string,
  options: { source: string; allowInsecureHttp: boolean }
): ServerUrls {
  const { source } = options
  const text = raw.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new InputError(`${source} is not a valid URL: "${text}" (${EXAMPLE}).`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      `${source} must be an https:// URL (${EXAMPLE}); got scheme "${url.protocol}".`
    )
  }
  if (url.username || url.password) {
    throw new InputError(
      `${source} must not contain user-info (user:password@): remove it and pass the token ` +
        'as SIMVUE_TOKEN or input `token`.'
    )
  }
  if (url.search || url.hash || /[?#]/.test(text)) {
    throw new InputError(
      `${source} must not contain a query string or fragment (?… or #…): give the server's ` +
        `base URL (${EXAMPLE}).`
    )
  }
  if (url.protocol === 'http:' && !options.allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    throw new InputError(
      `${source} uses http:// to ${url.host}, which would send the token unencrypted: use ` +
        'https, or set allow-insecure-http: true.'
    )
  }
  let path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname
  if (!path.endsWith('/api')) path += '/api'
  const apiUrl = `${url.origin}${path}`
  return { apiUrl, webUrl: apiUrl.slice(0, -'/api'.length) }
}

/** localhost, *.localhost, 127.0.0.0/8 and ::1, judged by the literal host (no DNS). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (host === '[::1]' || host === '::1') return true
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  return octets !== null && octets[1] === '127' && octets.slice(2).every((o) => Number(o) <= 255)
}

/** A URL safe to log: no user-info, query or fragment (presigned signatures live there). */
export function redactUrl(url: string | URL, base?: URL): string {
  try {
    const parsed = typeof url === 'string' ? new URL(url, base) : url
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return '(invalid URL)'
  }
}

/** Joins path segments onto a base URL, encoding each segment (ids come from the server). */
export function joinUrl(base: string, ...segments: string[]): string {
  return [base.replace(/\/+$/, ''), ...segments.map((s) => encodeURIComponent(s))].join('/')
}
