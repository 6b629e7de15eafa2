import { DisplayError } from '../errors.js'
import type { Message } from '../log.js'

/** A command line that cannot be run as written (exit code 2, like bad input). */
export class UsageError extends DisplayError {
  constructor(message: Message) {
    super(message)
    this.name = 'UsageError'
  }
}
