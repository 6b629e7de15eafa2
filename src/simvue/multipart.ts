/**
 * multipart/form-data framing for S3-style presigned POSTs: the server's fields first, in order,
 * then the `file` part (no Content-Type of its own). Built as two buffers around the file bytes
 * so the exact Content-Length is known before sending (S3 refuses chunked POSTs).
 */
import { randomBytes } from 'node:crypto'

export interface MultipartFrame {
  contentType: string
  /** Every field part, then the file part's headers. */
  head: Buffer
  /** Closes the file part and the body. */
  tail: Buffer
  /** The exact Content-Length for a file of the size given. */
  length: number
}

export function multipartFrame(
  fields: Record<string, string>,
  filename: string,
  size: number,
  boundary: string = `----SimvueUpload${randomBytes(12).toString('hex')}`
): MultipartFrame {
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`
  )
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(filename)}"` +
      '\r\n\r\n'
  )
  const head = Buffer.from(parts.join(''), 'utf8')
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')
  const length = head.length + size + tail.length
  return { contentType: `multipart/form-data; boundary=${boundary}`, head, tail, length }
}

/** HTML5 form encoding of names in Content-Disposition: `"`, CR and LF percent-encoded. */
function quote(text: string): string {
  return text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
