/**
 * The core's Logger for a terminal or a CI log: info and debug lines on stdout (on stderr
 * with --json, whose stdout is the artifacts list), warnings and errors on stderr, groups as
 * headings. Every untrusted value is encoded for a terminal: control characters (escape
 * sequences included), line breaks and bidirectional overrides become visible escapes.
 */
import { asText, forLog, type Logger, type Message } from '../log.js'

// Bidirectional overrides and isolates could make a file name read backwards.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g

export function forTerminal(value: string): string {
  return forLog(value).replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
}

export interface Stream {
  write(chunk: string): unknown
  isTTY?: boolean
}

export interface TerminalOptions {
  stdout: Stream
  stderr: Stream
  /** Info and debug lines go to stderr too (stdout carries the JSON). */
  json?: boolean
  quiet?: boolean
  verbose?: boolean
  /** Colour per stream (see wantsColor). */
  color: { out: boolean; err: boolean }
}

/** Colour only on a terminal, never with NO_COLOR (any non-empty value) or TERM=dumb. */
export function wantsColor(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb'
}

const STYLE = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  red: ['\u001b[31m', '\u001b[39m']
} as const

export class TerminalLogger implements Logger {
  readonly debugEnabled: boolean
  private readonly options: TerminalOptions
  private depth = 0
  /** A progress bar: while it is shown, every line goes through it (above the bar). */
  overlay: { readonly active: boolean; log(line: string): void } | null = null

  constructor(options: TerminalOptions) {
    this.options = options
    this.debugEnabled = options.verbose === true
  }

  debug(message: Message): void {
    if (this.debugEnabled) this.line('out', 'dim', 'debug: ', message)
  }

  info(message: Message): void {
    if (!this.options.quiet) this.line('out', null, '', message)
  }

  warning(message: Message): void {
    this.line('err', 'yellow', 'warning: ', message)
  }

  error(message: Message): void {
    this.line('err', 'red', 'error: ', message)
  }

  async group<T>(title: Message, work: () => Promise<T>): Promise<T> {
    if (!this.options.quiet) this.line('out', 'bold', '==> ', title)
    this.depth++
    try {
      return await work()
    } finally {
      this.depth--
    }
  }

  private line(
    to: 'out' | 'err',
    style: keyof typeof STYLE | null,
    label: string,
    message: Message
  ): void {
    const indent = '  '.repeat(this.depth)
    // A message may hold several lines of our own (a list): each is indented.
    const body = `${label}${asText(message).render(forTerminal)}`.replace(/^/gm, indent)
    const overlay = this.overlay?.active ? this.overlay : null
    const toErr = to === 'err' || this.options.json || overlay !== null
    const color = toErr ? this.options.color.err : this.options.color.out
    const output = `${paint(style, color, body)}\n`
    if (overlay) return overlay.log(output)
    ;(toErr ? this.options.stderr : this.options.stdout).write(output)
  }
}

function paint(style: keyof typeof STYLE | null, color: boolean, text: string): string {
  if (!style || !color) return text
  const [open, close] = STYLE[style]
  return `${open}${text}${close}`
}
