/**
 * Which symbolic links a walk may follow (docs/design.md, "Links"): the fully resolved target must
 * lie inside the workspace, the working directory or a search root, and must not be hidden
 * there (a link to `.git/config` would otherwise leak it).
 */
import { readlinkSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import type { SkippedItem } from './types.js'

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN'
}

export interface LinkBases {
  /** Absolute directories, both as written and with links resolved. */
  directories: string[]
  includeHiddenFiles: boolean
}

/** The bases, resolved once; a base that does not exist is kept as written. */
export function linkBases(directories: string[], includeHiddenFiles: boolean): LinkBases {
  const all = new Set<string>()
  for (const directory of directories) {
    all.add(directory)
    try {
      all.add(realpathSync(directory))
    } catch {
      // Missing roots simply match no file.
    }
  }
  return { directories: [...all], includeHiddenFiles }
}

/** `target` relative to `base` when inside it (or equal: ''), else null. */
function relativeInside(base: string, target: string): string | null {
  const relative = path.relative(base, target)
  if (relative === '') return ''
  const escapes = relative === '..' || relative.startsWith(`..${path.sep}`)
  return escapes || path.isAbsolute(relative) ? null : relative
}

function isHiddenRelative(relative: string): boolean {
  return relative !== '' && relative.split(path.sep).some((name) => name.startsWith('.'))
}

/** The link target's Stats, or why there is none (broken, or not readable). */
export function statLink(linkPath: string): Stats | SkippedItem {
  try {
    return statSync(linkPath)
  } catch (error) {
    const code = errorCode(error)
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'ELOOP') {
      return { path: linkPath, reason: 'unreadable', detail: code }
    }
    let detail = 'the link resolves to itself'
    if (code !== 'ELOOP') {
      try {
        detail = `target: ${readlinkSync(linkPath)} (missing)`
      } catch {
        detail = code
      }
    }
    return { path: linkPath, reason: 'broken-link', detail }
  }
}

/**
 * A link met by a walk: its fully resolved target, or why it is not followed (outside every
 * base, or hidden in each base that contains it).
 */
export function followLink(linkPath: string, bases: LinkBases): string | SkippedItem {
  let target: string
  try {
    target = realpathSync(linkPath)
  } catch (error) {
    return { path: linkPath, reason: 'unreadable', detail: errorCode(error) }
  }
  let inside = false
  for (const base of bases.directories) {
    const relative = relativeInside(base, target)
    if (relative === null) continue
    // Visible from at least one base that contains it: e.g. inside a root the user named.
    if (bases.includeHiddenFiles || !isHiddenRelative(relative)) return target
    inside = true
  }
  const reason = inside ? 'link-to-hidden' : 'link-outside'
  return { path: linkPath, reason, detail: `target: ${target}` }
}
