/** Small formatting helpers shared by logs, outputs and the summary. */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${UNITS[unit]}`
}

/** Any character `escapeMarkdown` changes. */
const MARKDOWN_SPECIAL = /[\r\n\\`*_{}[\]()<>#+!|~^&-]/

/** Escapes text for a GitHub-flavoured Markdown table cell. */
export function escapeMarkdown(text: string): string {
  // Summaries show thousands of rows: most names need nothing done.
  if (!MARKDOWN_SPECIAL.test(text)) return text
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~^-]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
}
