/**
 * No test may print a workflow command (`::warning::…`, `::error::…`, `::debug::…`): on the
 * project's own CI such a line becomes an annotation or a hidden line. Run in every test
 * worker (vitest `setupFiles`), this escapes such lines written to stdout, stderr or the
 * console and fails the test that printed them. Code under test logs through a
 * `MemoryLogger` (memory-logger.ts); a child process's output is captured, not echoed.
 */
import { format } from 'node:util'
import { afterAll, afterEach, expect } from 'vitest'
import { escapeCommands, guardStream } from './escape-commands.ts'

const printed: string[] = []

function record(escaped: string): void {
  const state = expect.getState()
  printed.push(`${state.currentTestName ?? '(outside a test)'}: ${escaped.trim()}`)
}

guardStream(process.stdout, record)
guardStream(process.stderr, record)

for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console)
  console[method] = (...args: unknown[]) => {
    const text = format(...args)
    const escaped = escapeCommands(text)
    if (escaped === text) return original(...args)
    record(escaped)
    original(escaped)
  }
}

function check(): void {
  if (printed.length === 0) return
  const lines = printed.splice(0)
  throw new Error(
    `printed ${lines.length} workflow command line(s); ` +
      `pass a MemoryLogger or capture the output:\n${lines.join('\n')}`
  )
}

afterEach(check)
afterAll(check)
