/**
 * Every `!` line of the plan, compiled once: looked up by the literal roots above a path
 * (one map probe per ancestor), then one combined regex per root for the glob parts. An
 * exclude that matches a directory removes everything below it. Hidden entries match
 * excludes like any other (`!**\/.cache`).
 */
import nodePath from 'node:path'
import picomatch from 'picomatch'
import { matchable, PICOMATCH_OPTIONS, type PathLine } from './glob-syntax.js'

interface RootExcludes {
  /** A line names this root itself: 'all', or only as a directory (`dir/`). */
  literal: 'none' | 'directory' | 'all'
  filePatterns: string[]
  directoryPatterns: string[]
  file?: RegExp
  directory?: RegExp
}

function combine(patterns: string[], nocase: boolean): RegExp | undefined {
  if (patterns.length === 0) return undefined
  const options = { ...PICOMATCH_OPTIONS, dot: true, nocase }
  // Each source is anchored on its own, so alternatives of whole sources stay exact.
  const sources = patterns.map((pattern) => `(?:${picomatch.makeRe(pattern, options).source})`)
  return new RegExp(sources.join('|'), nocase ? 'i' : '')
}

export class Excludes {
  private readonly roots = new Map<string, RootExcludes>()
  private readonly foldCase: boolean
  private readonly pathApi: typeof nodePath

  constructor(lines: PathLine[], foldCase: boolean, pathApi: typeof nodePath = nodePath) {
    this.foldCase = foldCase
    this.pathApi = pathApi
    for (const line of lines) {
      const key = this.key(line.root)
      let root = this.roots.get(key)
      if (!root) {
        root = { literal: 'none', filePatterns: [], directoryPatterns: [] }
        this.roots.set(key, root)
      }
      if (line.glob.length === 0) {
        if (!line.directoryOnly) root.literal = 'all'
        else if (root.literal === 'none') root.literal = 'directory'
        continue
      }
      const pattern = line.glob.join('/')
      // `x/**` also matches `x` itself: a `dir/` exclude takes only what is below it.
      if (line.directoryOnly) root.filePatterns.push(`${pattern}/**/*`)
      else root.filePatterns.push(pattern, `${pattern}/**`)
      root.directoryPatterns.push(pattern, `${pattern}/**`)
    }
    for (const root of this.roots.values()) {
      root.file = combine(root.filePatterns, foldCase)
      root.directory = combine(root.directoryPatterns, foldCase)
    }
  }

  private key(absolute: string): string {
    return this.foldCase ? absolute.toLowerCase() : absolute
  }

  /** Whether an exclude removes the absolute `target` (or a directory above it). */
  matches(target: string, isDirectory: boolean): boolean {
    if (this.roots.size === 0) return false
    const { dirname, basename } = this.pathApi
    let relative = ''
    for (let at = target; ;) {
      const root = this.roots.get(this.key(at))
      if (root) {
        if (relative === '') {
          if (root.literal === 'all' || (root.literal === 'directory' && isDirectory)) return true
        } else {
          if (root.literal !== 'none') return true
          const regex = isDirectory ? root.directory : root.file
          if (regex?.test(matchable(relative))) return true
        }
      }
      const parent = dirname(at)
      if (parent === at) return false
      relative = relative === '' ? basename(at) : `${basename(at)}/${relative}`
      at = parent
    }
  }
}
