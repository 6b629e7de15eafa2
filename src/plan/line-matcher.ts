/**
 * One include line's matching below its literal root, with picomatch. Paths are relative to
 * the root and `/`-separated. A directory that matches takes everything below it (implicit
 * descendants, as in @actions/glob). "Strict" applies the hidden rule (`dot: false`: only a
 * pattern segment that spells a literal `.` takes a dot entry); "loose" ignores it, to tell
 * a hidden entry that would have matched from one that would not (never, when hidden entries
 * are included: nothing is hidden then).
 */
import picomatch from 'picomatch'
import { matchable, PICOMATCH_OPTIONS, type PathLine } from './glob-syntax.js'

type Test = (relative: string) => boolean

interface MatchSettings {
  includeHiddenFiles: boolean
  /** Windows: names compare case-insensitively. */
  nocase: boolean
}

interface Mode {
  /** The line's pattern itself (a file, or a directory whose descendants match). */
  self: Test | null
  /** Strictly below something the pattern matched. */
  below: Test
  /** Single-segment tests for the segments before the first `**`. */
  leading: Test[]
  /** Segments after the first `**` (undefined when there is none). */
  trailing: Test[] | undefined
  dot: boolean
}

export class LineMatcher {
  readonly index: number
  readonly text: string
  private readonly directoryOnly: boolean
  private readonly strictMode: Mode
  private readonly looseMode: Mode | null

  constructor(line: PathLine, settings: MatchSettings) {
    this.index = line.index
    this.text = line.text
    this.directoryOnly = line.directoryOnly
    this.strictMode = LineMatcher.compile(line.glob, settings.includeHiddenFiles, settings.nocase)
    this.looseMode = settings.includeHiddenFiles
      ? null
      : LineMatcher.compile(line.glob, true, settings.nocase)
  }

  private static compile(glob: string[], dot: boolean, nocase: boolean): Mode {
    const options = { ...PICOMATCH_OPTIONS, dot, nocase }
    const star = glob.indexOf('**')
    const leading = (star < 0 ? glob : glob.slice(0, star)).map((s) => picomatch(s, options))
    const trailing = star < 0 ? undefined : glob.slice(star + 1).filter((s) => s !== '**')
    const pattern = glob.join('/')
    return {
      self: glob.length ? picomatch(pattern, options) : null,
      below: picomatch(glob.length ? `${pattern}/**/*` : '**', options),
      leading,
      trailing: trailing?.map((s) => picomatch(s, options)),
      dot
    }
  }

  /** This line takes the file (or other non-directory) at `relative`. */
  matchesFile(path: string, strict = true): boolean {
    const relative = matchable(path)
    const mode = strict ? this.strictMode : this.looseMode
    if (!mode) return false
    if (mode.self && !this.directoryOnly && mode.self(relative)) return true
    return mode.below(relative)
  }

  /** The directory at `relative` itself matched: what is below it is wanted. */
  coversDirectory(path: string): boolean {
    const relative = matchable(path)
    const mode = this.strictMode
    if (!mode.self) return true
    return relative !== '' && (mode.self(relative) || mode.below(relative))
  }

  /** Something at or below the directory with these names (below the root) may match. */
  reachesDirectory(names: readonly string[], strict = true): boolean {
    const mode = strict ? this.strictMode : this.looseMode
    if (!mode) return false
    const { leading, trailing } = mode
    for (let i = 0; i < names.length; i++) {
      const name = matchable(names[i])
      if (i < leading.length) {
        if (!leading[i](name)) return false
      } else if (!mode.dot && name.startsWith('.')) {
        // Below a match or inside `**`, a dot name needs a later segment that spells it out.
        if (!trailing?.some((test) => test(name))) return false
      }
    }
    return true
  }
}
