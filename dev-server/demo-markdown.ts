/**
 * Renders the job summary's Markdown as plain text for the demo, close to what GitHub
 * shows: headings underlined, tables aligned, links as their text, escapes and entities
 * resolved, `<details>` as a ▸ line with its content indented (GitHub shows it folded).
 * Uses `marked`'s lexer, so the Markdown is read the way a CommonMark/GFM renderer reads it.
 */
import { marked, type Token, type Tokens } from 'marked'

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  middot: '·'
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1))
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole
    }
    return ENTITIES[code.toLowerCase()] ?? whole
  })
}

/** Columns a string takes in a terminal: wide for emoji and East Asian characters. */
export function width(text: string): number {
  let n = 0
  for (const ch of text) {
    if (/\p{Mn}|\u200b|\ufe0f/u.test(ch)) continue
    n += /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uff00-\uff60]/u.test(
      ch
    )
      ? 2
      : 1
  }
  return n
}

function inline(tokens: Token[] | undefined): string {
  let out = ''
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += 'tokens' in token && token.tokens ? inline(token.tokens) : decode(token.text)
        break
      case 'codespan':
      case 'escape':
        out += decode(token.text)
        break
      case 'br':
        out += '\n'
        break
      case 'html':
        out += /^<br\s*\/?>$/i.test(token.raw.trim()) ? '\n' : ''
        break
      default:
        out += decode('text' in token ? String(token.text) : token.raw)
    }
  }
  return out
}

function table(token: Tokens.Table): string[] {
  const rows = [token.header, ...token.rows].map((row) => row.map((cell) => inline(cell.tokens)))
  const widths = token.header.map((_, c) => Math.max(...rows.map((row) => width(row[c] ?? ''))))
  const pad = (text: string, c: number): string => {
    const space = ' '.repeat((widths[c] ?? 0) - width(text))
    return token.align[c] === 'right' ? space + text : text + space
  }
  const line = (row: string[]): string => row.map(pad).join('  ').trimEnd()
  const [header, ...body] = rows
  return [line(header ?? []), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)]
}

/** The summary as lines of text. */
export function markdownToText(markdown: string): string[] {
  const out: string[] = []
  let indent = ''
  const push = (text: string): void => {
    for (const line of text.split('\n')) out.push(line ? indent + line : '')
  }
  const blank = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('')
  }
  const walk = (tokens: Token[]): void => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading': {
          const text = inline(token.tokens)
          blank()
          push(text)
          push((token.depth <= 2 ? '═' : '─').repeat(width(text)))
          break
        }
        case 'paragraph':
          blank()
          push(inline(token.tokens))
          break
        case 'table':
          blank()
          for (const line of table(token as Tokens.Table)) push(line)
          break
        case 'list':
          blank()
          for (const [i, item] of (token as Tokens.List).items.entries()) {
            const bullet = (token as Tokens.List).ordered ? `${i + 1}. ` : '• '
            push(
              bullet +
                inline(item.tokens.flatMap((t) => ('tokens' in t && t.tokens ? t.tokens : [t])))
            )
          }
          break
        case 'blockquote':
          blank()
          // GitHub's alerts (`> [!CAUTION]`) show their kind as a label.
          for (const line of markdownToText((token as Tokens.Blockquote).text)) {
            const alert = /^\[!(\w+)\]$/.exec(line)?.[1]
            push(`│ ${alert ? alert[0] + alert.slice(1).toLowerCase() : line}`)
          }
          break
        case 'code':
          blank()
          push(token.text.replace(/^/gm, '    '))
          break
        case 'hr':
          blank()
          push('─'.repeat(40))
          break
        case 'html':
          html(token.raw)
          break
        case 'space':
          break
        default:
          if ('tokens' in token && token.tokens) walk(token.tokens)
          else if ('text' in token) push(decode(String(token.text)))
      }
    }
  }
  const html = (raw: string): void => {
    // <details><summary>…</summary> opens an indented, folded block; </details> closes it.
    for (const part of raw.split(/(?=<\/?details)/i)) {
      const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(part)
      if (/^<details/i.test(part)) {
        blank()
        push(`▸ ${inline(marked.Lexer.lexInline(summary?.[1] ?? 'Details')).trim()}`)
        indent += '  '
      } else if (/^<\/details/i.test(part)) {
        indent = indent.slice(2)
      }
      const rest = part.replace(/<summary>[\s\S]*?<\/summary>|<\/?details[^>]*>/gi, '')
      const text = decode(rest.replace(/<[^>]+>/g, '')).trim()
      if (text) push(text)
    }
  }
  walk(marked.lexer(markdown))
  while (out[out.length - 1] === '') out.pop()
  return out
}
