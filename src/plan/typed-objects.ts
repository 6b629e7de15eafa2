/**
 * `object-type`: which planned files are uploaded as Simvue typed objects (the MIME types
 * the Python client's `save_object` gives NumPy arrays, dataframes, Plotly figures and
 * torch tensors), and which are refused. Typed objects are created as that client creates
 * objects: `original_path` empty, the local path in the metadata. See docs/design.md,
 * "Typed objects from files".
 */
import { say, type InputNames } from '../input-source.js'
import { text, type Text } from '../log.js'
import { readBytes, textOf } from './file-head.js'
import { detectMimeType, extensionOf, TEXT_SNIFF_BYTES } from './mime.js'
import { NPY_HEAD_BYTES, npyProblem } from './npy.js'
import type { PlanEntry } from './types.js'

export const OBJECT_TYPES = ['none', 'auto', 'dataframe', 'torch'] as const
export type ObjectType = (typeof OBJECT_TYPES)[number]

export const NUMPY_MIME_TYPE = 'application/vnd.simvue.numpy.v1'
export const PLOTLY_MIME_TYPE = 'application/vnd.plotly.v1+json'
export const DATAFRAME_MIME_TYPE = 'application/vnd.simvue.df.v1'
export const TORCH_MIME_TYPE = 'application/vnd.simvue.torch.v1'

/** The metadata key that keeps a typed object's local path (its `original_path` is ''). */
const LOCAL_PATH_KEY = 'local_path'

export interface FileTypeOptions {
  /**
   * The `mime-type` input, validated already; applies to every file (objects stay
   * application/json). Never set together with an object type.
   */
  mimeType: string | null
  /** Which files become typed objects; `none` when unset. */
  objectType?: ObjectType
  /** How messages name inputs (the action's spelling by default). */
  names?: InputNames
}

interface FileType {
  fields: Pick<PlanEntry, 'mimeType' | 'originalPath' | 'metadata'>
  /** Why `object-type` refuses this file; the plan then fails before any request. */
  problem: Text | null
}

function typed(mimeType: string, path: string): FileType {
  return {
    fields: { mimeType, originalPath: '', metadata: { [LOCAL_PATH_KEY]: path } },
    problem: null
  }
}

/** pandas.read_csv(index_col=0): `.csv`, UTF-8 text (first 8 KiB), a header line. */
function csvProblem(path: string, size: number): Text | null {
  if (extensionOf(path) !== 'csv') return text`a .csv file (this one is not named *.csv)`
  const head = readBytes(path, Math.min(size, TEXT_SNIFF_BYTES))
  if (head === null) return text`a readable file (this one cannot be read)`
  const decoded = textOf(head, head.length < size)
  if (decoded === null) return text`UTF-8 text (this file is binary or another encoding)`
  // pandas skips blank lines before the header; an all-blank file has no columns to parse.
  if (!/\S/.test(decoded.replace(/^\uFEFF/, ''))) {
    return text`a header line (this file is empty or blank)`
  }
  return null
}

const ZIP_ENTRY = Buffer.from('PK\x03\x04', 'latin1')
const ZIP_END = Buffer.from('PK\x05\x06', 'latin1')
/** Fixed part of a zip local file header; the entry name follows it. */
const ZIP_HEADER_BYTES = 30
/** The end record (22 bytes) plus the longest comment searched for it. */
const ZIP_TAIL_BYTES = 1024

/**
 * torch.load: the zip archive torch.save writes (PyTorch 1.6+): its first entry is
 * `<archive>/data.pkl`, and the end-of-archive record is present (not truncated).
 */
function torchProblem(path: string, size: number): Text | null {
  const extension = extensionOf(path)
  if (extension !== 'pt' && extension !== 'pth') {
    return text`a .pt or .pth file (this one is not named so)`
  }
  const head = readBytes(path, Math.min(size, ZIP_HEADER_BYTES + 512))
  if (head === null) return text`a readable file (this one cannot be read)`
  if (head.length < ZIP_HEADER_BYTES || !head.subarray(0, 4).equals(ZIP_ENTRY)) {
    return text`the zip archive torch.save writes (this file is not a zip archive)`
  }
  const nameEnd = ZIP_HEADER_BYTES + head.readUInt16LE(26)
  const first = head.subarray(ZIP_HEADER_BYTES, nameEnd).toString('utf8')
  if (!/^[^/]+\/data\.pkl$/.test(first)) {
    return text`the zip archive torch.save writes (its first entry is ${first}, not <archive>/data.pkl)`
  }
  const tailAt = Math.max(0, size - ZIP_TAIL_BYTES)
  const tail = readBytes(path, size - tailAt, tailAt) ?? Buffer.alloc(0)
  const end = tail.lastIndexOf(ZIP_END)
  if (end < 0 || tail.length - end < 22) {
    return text`a whole zip archive (this one has no end record: truncated?)`
  }
  return null
}

/** Enough to see the first key: files that cannot be figures are read no further. */
const FIGURE_PREFIX_BYTES = 4 * 1024
/** Larger `.json` files are not read whole to find out (`.plotly.json` ones are trusted). */
const MAX_FIGURE_BYTES = 64 * 1024 * 1024

const FIGURE_KEYS = new Set(['data', 'layout', 'frames', 'config'])
const FIRST_KEY = /^[ \t\n\r]*\{[ \t\n\r]*"(data|layout|frames|config)"[ \t\n\r]*:/

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A value `plotly.io.from_json` (the Simvue Python client's reader for
 * application/vnd.plotly.v1+json) turns into a Figure: an object with a `data` array of
 * traces that each have a string `type`, and no keys besides `data`, `layout`, `frames` and
 * `config`.
 */
export function isFigure(value: unknown): boolean {
  if (!isObject(value) || !Array.isArray(value.data)) return false
  if (!Object.keys(value).every((key) => FIGURE_KEYS.has(key))) return false
  if (!value.data.every((trace) => isObject(trace) && typeof trace.type === 'string')) {
    return false
  }
  if ('layout' in value && !isObject(value.layout)) return false
  return !('frames' in value) || (Array.isArray(value.frames) && value.frames.every(isObject))
}

/**
 * A figure in UTF-8 without a BOM (Python's json refuses one). Reads the first 4 KiB; only
 * a file that starts like a figure is then read whole and parsed. A `.plotly.json` file too
 * large to parse here is taken at its name.
 */
function isPlotlyFigureFile(path: string, size: number): boolean {
  const prefix = readBytes(path, Math.min(size, FIGURE_PREFIX_BYTES))
  const start = prefix && textOf(prefix, prefix.length < size)
  if (!start || !FIRST_KEY.test(start)) return false
  if (size > MAX_FIGURE_BYTES) return path.toLowerCase().endsWith('.plotly.json')
  const whole = prefix.length === size ? prefix : readBytes(path, size)
  const json = whole && whole.length === size ? textOf(whole) : null
  if (json === null) return false
  try {
    return isFigure(JSON.parse(json))
  } catch {
    return false
  }
}

/** `auto`: a NumPy array or a Plotly figure; null for every other file. */
function autoType(path: string, size: number): string | null {
  const extension = extensionOf(path)
  if (extension === 'npy') {
    const head = readBytes(path, Math.min(size, NPY_HEAD_BYTES))
    return head !== null && npyProblem(head, size) === null ? NUMPY_MIME_TYPE : null
  }
  return extension === 'json' && isPlotlyFigureFile(path, size) ? PLOTLY_MIME_TYPE : null
}

/**
 * The MIME type and object fields of one planned file. Reads from the file only what the
 * inputs need: nothing for `mime-type` or a known extension, at most a few KiB otherwise
 * (a `.json` that starts like a Plotly figure is read whole, to parse it).
 */
export function fileType(path: string, size: number, options: FileTypeOptions): FileType {
  const objectType = options.objectType ?? 'none'
  if (options.mimeType !== null) return { fields: { mimeType: options.mimeType }, problem: null }
  if (objectType === 'dataframe' || objectType === 'torch') {
    const [mimeType, check] =
      objectType === 'dataframe'
        ? [DATAFRAME_MIME_TYPE, csvProblem]
        : [TORCH_MIME_TYPE, torchProblem]
    const why = check(path, size)
    if (why === null) return typed(mimeType, path)
    const problem = text`${path}: ${say(options).suggest('object-type', objectType)} needs ${why}; narrow ${say(options).describe('path')} to such files or upload this one in another step`
    return { fields: { mimeType }, problem }
  }
  const objectMime = objectType === 'auto' ? autoType(path, size) : null
  if (objectMime !== null) return typed(objectMime, path)
  return { fields: { mimeType: detectMimeType(path, size) }, problem: null }
}
