/**
 * S3-like presigning: POST policies for uploads and signed query strings for downloads,
 * both HMAC-SHA256 with a per-server secret.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const BUCKET = 'bucket'
const ALGORITHM = 'AWS4-HMAC-SHA256'
const REGION = 'us-east-1'

export interface S3Failure {
  status: number
  code: string
  message: string
}

export interface VerifiedPost {
  key: string
  /** Base64 SHA-256 the upload must match, when the policy has one. */
  checksum?: string
  minBytes: number
  maxBytes: number
}

type Condition = Record<string, string> | [string, string | number, string | number]

/** `YYYYMMDDTHHMMSSZ`. */
function amzDate(date: Date): string {
  const iso = date.toISOString()
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`
}

function accessDenied(message: string): S3Failure {
  return { status: 403, code: 'AccessDenied', message }
}

const BAD_SIGNATURE: S3Failure = {
  status: 403,
  code: 'SignatureDoesNotMatch',
  message: 'The request signature we calculated does not match the signature you provided.'
}

export class Signer {
  ttlSeconds: number
  readonly maxUploadBytes: number
  /** A hex string: createHmac is several times faster with a string key than a Buffer. */
  #secret = randomBytes(32).toString('hex')

  constructor(ttlSeconds: number, maxUploadBytes: number) {
    this.ttlSeconds = ttlSeconds
    this.maxUploadBytes = maxUploadBytes
  }

  #sign(text: string): string {
    return createHmac('sha256', this.#secret).update(text).digest('hex')
  }

  #signatureMatches(text: string, signature: string): boolean {
    const expected = Buffer.from(this.#sign(text))
    const given = Buffer.from(signature)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  #credential(now: Date): string {
    return `DEVSERVERACCESSKEY/${amzDate(now).slice(0, 8)}/${REGION}/s3/aws4_request`
  }

  /** Form fields of a presigned POST for `key`, with a SHA-256 condition when given. */
  presignPost(key: string, checksumHex: string | null): Record<string, string> {
    const now = new Date()
    const fields: Record<string, string> = {
      key,
      'x-amz-algorithm': ALGORITHM,
      'x-amz-credential': this.#credential(now),
      'x-amz-date': amzDate(now)
    }
    if (checksumHex !== null) {
      fields['x-amz-checksum-sha256'] = Buffer.from(checksumHex, 'hex').toString('base64')
    }
    const conditions: Condition[] = [{ bucket: BUCKET }]
    for (const [name, value] of Object.entries(fields)) conditions.push({ [name]: value })
    conditions.push(['content-length-range', 0, this.maxUploadBytes])
    const expiration = new Date(now.getTime() + this.ttlSeconds * 1000).toISOString()
    const policy = Buffer.from(JSON.stringify({ expiration, conditions })).toString('base64')
    return { ...fields, policy, 'x-amz-signature': this.#sign(policy) }
  }

  /** Checks the form fields (lower-case names) of an upload against their signed policy. */
  verifyPost(form: Map<string, string>): VerifiedPost | S3Failure {
    const policy = form.get('policy')
    const signature = form.get('x-amz-signature')
    if (policy === undefined || signature === undefined) {
      return accessDenied('Bucket POST must contain the fields policy and x-amz-signature')
    }
    if (!this.#signatureMatches(policy, signature)) return BAD_SIGNATURE
    const decoded = JSON.parse(Buffer.from(policy, 'base64').toString('utf8')) as {
      expiration: string
      conditions: Condition[]
    }
    if (Date.parse(decoded.expiration) <= Date.now()) {
      return accessDenied('Invalid according to Policy: Policy expired.')
    }
    const covered = new Set(['policy', 'x-amz-signature', 'file', 'bucket'])
    const result: VerifiedPost = { key: '', minBytes: 0, maxBytes: Infinity }
    for (const condition of decoded.conditions) {
      if (Array.isArray(condition)) {
        const [op, a, b] = condition
        if (op === 'content-length-range') {
          result.minBytes = Number(a)
          result.maxBytes = Number(b)
          continue
        }
        const name = String(a).replace(/^\$/, '').toLowerCase()
        covered.add(name)
        const value = form.get(name) ?? ''
        if (op === 'eq' ? value !== b : !value.startsWith(String(b))) {
          return accessDenied(`Invalid according to Policy: Policy Condition failed: ${condition}`)
        }
        continue
      }
      for (const [rawName, expected] of Object.entries(condition)) {
        const name = rawName.toLowerCase()
        covered.add(name)
        if (name === 'bucket') continue
        if (form.get(name) !== expected) {
          const failed = JSON.stringify(['eq', `$${rawName}`, expected])
          return accessDenied(`Invalid according to Policy: Policy Condition failed: ${failed}`)
        }
      }
    }
    const extra = [...form.keys()].filter((n) => !covered.has(n) && !n.startsWith('x-ignore-'))
    if (extra.length > 0) {
      return accessDenied(`Invalid according to Policy: Extra input fields: ${extra.join(', ')}`)
    }
    result.key = form.get('key') ?? ''
    const checksum = form.get('x-amz-checksum-sha256')
    if (checksum !== undefined) result.checksum = checksum
    return result
  }

  /** A presigned GET URL (path and query) for an object key. */
  presignGet(storageUrl: string, key: string): string {
    const now = new Date()
    const query = new URLSearchParams({
      'X-Amz-Algorithm': ALGORITHM,
      'X-Amz-Credential': this.#credential(now),
      'X-Amz-Date': amzDate(now),
      'X-Amz-Expires': String(this.ttlSeconds),
      'X-Amz-SignedHeaders': 'host'
    })
    const path = `/${BUCKET}/${key}`
    query.set('X-Amz-Signature', this.#sign(`GET\n${path}\n${query.toString()}`))
    return `${storageUrl}${path}?${query.toString()}`
  }

  /** Checks a presigned GET; `path` without query. */
  verifyGet(path: string, query: URLSearchParams): S3Failure | undefined {
    const signature = query.get('X-Amz-Signature')
    if (signature === null) return accessDenied('Request is missing X-Amz-Signature')
    const signed = new URLSearchParams(query)
    signed.delete('X-Amz-Signature')
    if (!this.#signatureMatches(`GET\n${path}\n${signed.toString()}`, signature)) {
      return BAD_SIGNATURE
    }
    const date = query.get('X-Amz-Date') ?? ''
    const start = Date.parse(
      date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')
    )
    if (start + Number(query.get('X-Amz-Expires')) * 1000 <= Date.now()) {
      return accessDenied('Request has expired')
    }
    return undefined
  }
}
