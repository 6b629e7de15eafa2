/**
 * Whether a `.json` file is a Plotly figure that `plotly.io.from_json` (the Simvue Python
 * client's reader for application/vnd.plotly.v1+json) turns into a Figure: UTF-8 without a
 * BOM (Python's json refuses one), an object with a `data` array of traces that each have
 * a string `type`, and no keys besides `data`, `layout`, `frames` and `config`.
 */
import { readBytes, textOf } from './file-head.js'

/** Enough to see the first key: files that cannot be figures are read no further. */
const FIGURE_PREFIX_BYTES = 4 * 1024
/** Larger `.json` files are not read whole to find out (`.plotly.json` ones are trusted). */
const MAX_FIGURE_BYTES = 64 * 1024 * 1024

const FIGURE_KEYS = new Set(['data', 'layout', 'frames', 'config'])
const FIRST_KEY = /^[ \t\n\r]*\{[ \t\n\r]*"(data|layout|frames|config)"[ \t\n\r]*:/

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The rule above, on a parsed value. */
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
 * Reads the first 4 KiB; only a file that starts like a figure is then read whole and
 * parsed. A `.plotly.json` file too large to parse here is taken at its name.
 */
export function isPlotlyFigureFile(path: string, size: number, byName: boolean): boolean {
  const prefix = readBytes(path, Math.min(size, FIGURE_PREFIX_BYTES))
  const start = prefix && textOf(prefix, prefix.length < size)
  if (!start || !FIRST_KEY.test(start)) return false
  if (size > MAX_FIGURE_BYTES) return byName
  const whole = prefix.length === size ? prefix : readBytes(path, size)
  const text = whole && whole.length === size ? textOf(whole) : null
  if (text === null) return false
  try {
    return isFigure(JSON.parse(text))
  } catch {
    return false
  }
}
