/**
 * The demo's view of a step's log: what a workflow author sees on GitHub rather than the
 * workflow commands the action writes. Groups become a title with their lines indented,
 * `::debug::` lines are hidden (as without step debug logging), `::add-mask::` is swallowed
 * and its value shown as `***`, and annotations read `Error: …` / `Warning: …` as in the
 * GitHub log, with their list kept for the annotations box.
 */

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title?: string
  message: string
}

export interface RenderedLog {
  lines: string[]
  annotations: Annotation[]
}

const LABEL = { error: 'Error', warning: 'Warning', notice: 'Notice' } as const

/** Undoes the workflow-command escaping of a message (`%25`, `%0D`, `%0A`). */
function unescapeData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

/** Undoes the escaping of a property value (also `%3A` and `%2C`). */
function unescapeProperty(value: string): string {
  return unescapeData(value.replace(/%3A/gi, ':').replace(/%2C/gi, ','))
}

function properties(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const part of text.split(',')) {
    const at = part.indexOf('=')
    if (at > 0) result[part.slice(0, at).trim()] = unescapeProperty(part.slice(at + 1))
  }
  return result
}

export function renderLog(stdout: string, options: { debug?: boolean } = {}): RenderedLog {
  const lines: string[] = []
  const annotations: Annotation[] = []
  const masks: string[] = []
  let indent = ''
  const show = (text: string, prefix = ''): void => {
    let masked = text
    for (const secret of masks) masked = masked.split(secret).join('***')
    for (const [i, line] of masked.split(/\r?\n/).entries()) {
      lines.push(indent + (i === 0 ? prefix : ' '.repeat(prefix.length)) + line)
    }
  }
  for (const raw of stdout.replace(/\r?\n$/, '').split(/\r?\n/)) {
    // The runner recognises commands after leading whitespace.
    const command = /^\s*::([a-z-]+)( [^:]*)?::(.*)$/.exec(raw)
    if (!command) {
      show(raw)
      continue
    }
    const [, name, props = '', data = ''] = command
    const message = unescapeData(data)
    switch (name) {
      case 'group':
        show(message, '▾ ')
        indent += '  '
        break
      case 'endgroup':
        indent = indent.slice(2)
        break
      case 'add-mask':
        if (message) masks.push(message)
        break
      case 'debug':
        if (options.debug) show(message, '##[debug]')
        break
      case 'error':
      case 'warning':
      case 'notice': {
        const { title } = properties(props.trim())
        annotations.push({ level: name, message, ...(title ? { title } : {}) })
        show(message, `${LABEL[name]}: `)
        break
      }
      default:
        // Other commands (set-output, echo, stop-commands) never reach the visible log.
        break
    }
  }
  return { lines, annotations }
}
