/** A Logger that keeps every line, encoded as a log line, for tests to read. */
import { asText, forLog, type Logger, type Message } from '../../src/log.js'

type Level = 'debug' | 'info' | 'warning' | 'error' | 'group'

export class MemoryLogger implements Logger {
  readonly lines: { level: Level; text: string }[] = []
  readonly debugEnabled: boolean

  constructor(options: { debug?: boolean } = {}) {
    this.debugEnabled = options.debug ?? true
  }

  private push(level: Level, message: Message): void {
    this.lines.push({ level, text: asText(message).render(forLog) })
  }

  debug = (message: Message): void => this.push('debug', message)
  info = (message: Message): void => this.push('info', message)
  warning = (message: Message): void => this.push('warning', message)
  error = (message: Message): void => this.push('error', message)

  async group<T>(title: Message, work: () => Promise<T>): Promise<T> {
    this.push('group', title)
    return work()
  }

  /** Every line of these levels, in order. */
  of(...levels: Level[]): string[] {
    return this.lines.filter((line) => levels.includes(line.level)).map((line) => line.text)
  }
}
