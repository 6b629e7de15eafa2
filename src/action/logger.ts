/**
 * The core's Logger on the runner: workflow commands through @actions/core, every value
 * encoded by `forLog`. GitHub shows at most 10 warning and 10 error annotations per step, so
 * warnings raised while the step runs get a budget that leaves room for the final report's
 * annotations (the aggregate first); past it they stay plain log lines.
 */
import * as core from '@actions/core'
import { capitalise } from '../format.js'
import { asText, forLog, type Logger, type Message } from '../log.js'

/** GitHub's cap on annotations of one kind in one step. */
export const ANNOTATIONS_PER_STEP = 10
/** Warnings allowed while the step runs; the rest of the budget is the final report's. */
const RUNTIME_WARNINGS = 6

function line(message: Message): string {
  return asText(message).render(forLog)
}

export class ActionLogger implements Logger {
  readonly debugEnabled = core.isDebug()
  /** Annotations made, of each kind. */
  private readonly made = { error: 0, warning: 0 }

  debug(message: Message): void {
    if (this.debugEnabled) core.debug(line(message))
  }

  info(message: Message): void {
    core.info(line(message))
  }

  warning(message: Message, properties: { title?: Message } = {}): void {
    this.annotate('warning', message, properties, RUNTIME_WARNINGS)
  }

  error(message: Message, properties: { title?: Message } = {}): void {
    this.annotate('error', message, properties)
  }

  /** An annotation within `budget` annotations of its kind; past it, a plain log line. */
  annotate(
    kind: 'error' | 'warning',
    message: Message,
    properties: { title?: Message } = {},
    budget = ANNOTATIONS_PER_STEP
  ): void {
    if (this.made[kind] >= budget) return core.info(`${capitalise(kind)}: ${line(message)}`)
    this.made[kind]++
    core[kind](line(message), title(properties))
  }

  /** Fails the step with its error annotation (counted like any other). */
  fail(message: Message, properties: { title?: Message } = {}): void {
    process.exitCode = core.ExitCode.Failure
    this.annotate('error', message, properties)
  }

  group<T>(title: Message, work: () => Promise<T>): Promise<T> {
    return core.group(line(title), work)
  }
}

function title(properties: { title?: Message }): core.AnnotationProperties {
  return properties.title === undefined ? {} : { title: line(properties.title) }
}
