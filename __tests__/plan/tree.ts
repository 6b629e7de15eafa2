/** Real temporary trees for collection tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { collectFiles } from '../../src/plan/collect.js'
import type { CollectOptions, CollectResult } from '../../src/plan/types.js'

const made: string[] = []

/** A fresh temporary directory (removed by `removeTrees`). */
export function tempDir(prefix = 'plan-', base = os.tmpdir()): string {
  const dir = mkdtempSync(path.join(base, prefix))
  made.push(dir)
  return dir
}

/** Creates files (content = their path) and directories (keys ending in `/`) under `root`. */
export function makeTree(root: string, entries: string[]): string {
  for (const entry of entries) {
    const target = path.join(root, entry)
    if (entry.endsWith('/')) {
      mkdirSync(target, { recursive: true })
    } else {
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, entry)
    }
  }
  return root
}

export function removeTrees(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export interface RelativeResult extends CollectResult {
  /** File paths relative to the working directory, `/`-separated. */
  paths: string[]
  /** `reason path` for each skipped item, path relative to the working directory. */
  skips: string[]
}

/** Collects with defaults (workspace = working directory = `root`), paths made relative. */
export async function collect(
  root: string,
  lines: string[],
  options: Partial<CollectOptions> = {}
): Promise<RelativeResult> {
  const workingDirectory = options.workingDirectory ?? root
  const result = await collectFiles({
    lines,
    workingDirectory,
    workspace: root,
    includeHiddenFiles: false,
    followSymbolicLinks: true,
    ...options
  })
  const relative = (p: string): string =>
    path.relative(workingDirectory, p).split(path.sep).join('/')
  return {
    ...result,
    paths: result.files.map((file) => relative(file.path)),
    skips: result.skipped.map((item) => `${item.reason} ${relative(item.path)}`)
  }
}
