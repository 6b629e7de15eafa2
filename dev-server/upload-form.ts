/**
 * The form of an S3 POST upload: collects the text fields (lower-case names, first value
 * wins) until the part named `file`, streams that part out, and ignores every later part.
 */
import { MultipartError, MultipartParser } from './multipart.ts'

const MAX_FIELD_BYTES = 20 * 1024

export interface FilePart {
  /** Called when the file part begins, with the fields seen before it. */
  start(form: Map<string, string>): void
  write(data: Buffer): void
}

export interface UploadForm {
  parser: MultipartParser
  /** True once the file part has begun. */
  hasFile(): boolean
}

export function uploadForm(boundary: string, file: FilePart): UploadForm {
  const form = new Map<string, string>()
  let phase: 'fields' | 'file' | 'after' = 'fields'
  let field: { name: string; chunks: Buffer[]; size: number } | undefined
  const parser = new MultipartParser(boundary, {
    onPartBegin(part) {
      if (phase !== 'fields') return
      if (part.name !== 'file') {
        field = { name: part.name.toLowerCase(), chunks: [], size: 0 }
        return
      }
      phase = 'file'
      file.start(form)
    },
    onPartData(data) {
      if (phase === 'file') return file.write(data)
      if (phase !== 'fields' || !field) return
      field.size += data.length
      if (field.size > MAX_FIELD_BYTES) throw new MultipartError(`field ${field.name} too large`)
      field.chunks.push(data)
    },
    onPartEnd() {
      if (phase === 'file') phase = 'after'
      if (phase !== 'fields' || !field) return
      if (!form.has(field.name)) form.set(field.name, Buffer.concat(field.chunks).toString('utf8'))
      field = undefined
    }
  })
  return { parser, hasFile: () => phase !== 'fields' }
}
