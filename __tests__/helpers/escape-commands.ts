/**
 * Workflow commands in test output: the runner parses a line `::name::…` or
 * `::name key=value::…` on the project's own CI as an annotation (or hides it), so the tests
 * never let one through: a zero-width space between the colons keeps it readable to people.
 */

/** A line the runner would parse as a command. */
const COMMAND = /^(\s*):(:[A-Za-z][\w-]*(?:\s[^\n]*?)?::)/gm

/** The text with every command line escaped, or the same string when it has none. */
export function escapeCommands(text: string): string {
  COMMAND.lastIndex = 0
  return COMMAND.test(text) ? text.replace(COMMAND, '$1:\u200b$2') : text
}

/**
 * Makes `stream.write` escape command lines in what it is given; `onEscape` hears each
 * chunk that needed it.
 */
export function guardStream(
  stream: NodeJS.WriteStream,
  onEscape: (escaped: string) => void = () => {}
): void {
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text =
      typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString() : undefined
    if (text === undefined) return write(chunk, ...rest)
    const escaped = escapeCommands(text)
    if (escaped !== text) onEscape(escaped)
    return write(escaped, ...rest)
  }) as typeof stream.write
}
