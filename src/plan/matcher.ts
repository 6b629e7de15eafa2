/**
 * Matching a walk against glob segments, one directory level at a time: a small NFA whose
 * states are bit sets of segment positions, so each entry costs a few bit operations and at
 * most one regex test per live segment (nothing is compiled while walking).
 *
 * Implicit descendants: once the last segment matched a directory, everything below it
 * matches (`ALL`). Hidden entries: a dot name may only be consumed by a segment that spells
 * a literal `.` itself (`**\/.coverage`); `**`, `*` and implicit descendants never take one
 * unless hidden files are included.
 */
import { segmentMatches, type GlobSegment } from './glob-segment.js'

/** Everything at and below this directory matches. */
export const ALL = -1
/** Nothing below can match: prune. */
export const DEAD = 0

/** A bit set of positions in the segment list, or ALL / DEAD. */
export type MatchState = number

export class SegmentMatcher {
  readonly start: MatchState
  readonly directoryOnly: boolean
  private readonly segments: readonly GlobSegment[]
  private readonly endBit: number
  /** closure[i]: positions reachable from i by letting `**` match nothing. */
  private readonly closure: number[]

  constructor(segments: readonly GlobSegment[], directoryOnly: boolean) {
    this.segments = segments
    this.directoryOnly = directoryOnly
    const count = segments.length
    this.endBit = 1 << count
    this.closure = new Array<number>(count + 1)
    this.closure[count] = this.endBit
    for (let i = count - 1; i >= 0; i--) {
      const bit = 1 << i
      this.closure[i] = segments[i].kind === 'globstar' ? bit | this.closure[i + 1] : bit
    }
    this.start = this.closure[0]
  }

  /** State after consuming `name`; `strictHidden` refuses dot names to wildcards. */
  step(state: MatchState, name: string, key: string, strictHidden: boolean): MatchState {
    const dot = name.charCodeAt(0) === 46
    if (state === ALL) return dot && strictHidden ? DEAD : ALL
    let next = 0
    const segments = this.segments
    for (let i = 0; i < segments.length; i++) {
      if ((state & (1 << i)) === 0) continue
      const segment = segments[i]
      if (segment.kind === 'globstar') {
        if (!(dot && strictHidden)) next |= this.closure[i]
      } else if (dot && strictHidden && !segment.dotLiteral) {
        continue
      } else if (segmentMatches(segment, name, key)) {
        next |= this.closure[i + 1]
      }
    }
    return next
  }

  /** The entry itself matches (as a file, or as a directory when `isDirectory`). */
  matches(state: MatchState, isDirectory: boolean): boolean {
    if (state === ALL) return true
    return (state & this.endBit) !== 0 && (isDirectory || !this.directoryOnly)
  }

  /** State to carry into a directory's children: ALL when it matched, DEAD when nothing can. */
  descend(state: MatchState): MatchState {
    if (state === ALL || this.matches(state, true)) return ALL
    return state & ~this.endBit
  }

  /** Feeds a path's names from `start`; ALL as soon as a prefix matched (implicit descendants). */
  run(names: readonly string[], keyOf: (name: string) => string): MatchState {
    let state = this.start
    for (const name of names) {
      state = this.descend(state)
      if (state === ALL || state === DEAD) return state
      state = this.step(state, name, keyOf(name), false)
    }
    return state
  }
}
