/**
 * Messages for people, and the one place where untrusted text is encoded for where it goes.
 *
 * A message is written with the `text` tag: its literal parts are this project's own words,
 * every interpolated value is untrusted (a file name, a server answer, an input value) and
 * is encoded by the sink, per value, for its place: a log line or annotation (`forLog`), the
 * job summary (`forMarkdown`). A plain string passed where a message is expected counts as
 * one untrusted value as a whole. See docs/design.md, "Untrusted text".
 */

export type Message = Text | string

export class Text {
  readonly strings: readonly string[]
  readonly values: readonly unknown[]

  constructor(strings: readonly string[], values: readonly unknown[]) {
    this.strings = strings
    this.values = values
  }

  /** The message with every value passed through `encode` (nested texts keep their parts). */
  render(encode: (value: string) => string): string {
    let out = this.strings[0] ?? ''
    for (let i = 0; i < this.values.length; i++) {
      out += renderValue(this.values[i], encode) + (this.strings[i + 1] ?? '')
    }
    return out
  }

  /** Unencoded: for error messages' `.message`, outputs and tests. */
  plain(): string {
    return this.render((value) => value)
  }

  /** Encoded for a log line, so that a Text concatenated into a string by mistake stays safe. */
  toString(): string {
    return this.render(forLog)
  }
}

function renderValue(value: unknown, encode: (value: string) => string): string {
  if (value instanceof Text) return value.render(encode)
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  return encode(String(value))
}

/** `text\`Found run ${name}\``: literal parts trusted, values encoded by the sink. */
export function text(strings: TemplateStringsArray, ...values: unknown[]): Text {
  return new Text([...strings], values)
}

/** Text that is all ours (no untrusted part), e.g. a constant built elsewhere. */
export function trusted(words: string): Text {
  return new Text([words], [])
}

/** Joins messages with a trusted separator (e.g. '\n  - ' for a list). */
export function joinText(parts: readonly Message[], separator: string): Text {
  if (parts.length === 0) return trusted('')
  const strings = ['', ...Array<string>(parts.length - 1).fill(separator), '']
  return new Text(strings, parts)
}

export function asText(message: Message): Text {
  return message instanceof Text ? message : new Text(['', ''], [message])
}

/** Plain rendering of a message (strings unchanged): for `.message` and machine outputs. */
export function plain(message: Message): string {
  return message instanceof Text ? message.plain() : message
}

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const LOG_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]|\r|\n|::|##\[/g

/**
 * A value in a log line or annotation: CR and LF (and other controls) become visible
 * escapes, so a value never starts a line; `::` and `##[` get a zero-width space, so a value
 * never opens a workflow command. Tabs stay.
 */
export function forLog(value: string): string {
  return value.replace(LOG_UNSAFE, (match) => {
    if (match === '\n') return '\\n'
    if (match === '\r') return '\\r'
    if (match === '::') return ':\u200b:'
    if (match === '##[') return '#\u200b#['
    return `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~^&-]/g

/** A value in the job summary (Markdown and HTML): one line, every special character escaped. */
export function forMarkdown(value: string): string {
  return forLog(value)
    .replace(/\u200b/g, '')
    .replace(MARKDOWN_SPECIAL, (char) => (char === '&' ? '&amp;' : `\\${char}`))
}

/**
 * Where the core writes what a person reads. The action's entry layer writes workflow
 * commands through @actions/core; the command line writes to a terminal; tests collect.
 */
export interface Logger {
  /** Whether debug lines are shown (RUNNER_DEBUG=1, or --verbose). */
  readonly debugEnabled: boolean
  debug(message: Message): void
  info(message: Message): void
  warning(message: Message, properties?: { title?: Message }): void
  error(message: Message, properties?: { title?: Message }): void
  /** Folds what `work` logs under `title`. */
  group<T>(title: Message, work: () => Promise<T>): Promise<T>
}
