/** 200,000 entries in one folder must not crash (@actions/glob throws RangeError there). */
import { accessSync, closeSync, constants, mkdirSync, openSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { collect, removeTrees, tempDir } from './tree.js'

afterAll(removeTrees)

/** tmpfs where there is one: creating 200k entries in one ext4 folder can take half a minute. */
function fastTempBase(): string {
  try {
    accessSync('/dev/shm', constants.W_OK)
    return '/dev/shm'
  } catch {
    return os.tmpdir()
  }
}

it('collects 200,000 entries in one folder, sorted', async () => {
  const root = tempDir('plan-large-', fastTempBase())
  const folder = path.join(root, 'many')
  mkdirSync(folder)
  const count = 200_000
  for (let i = 0; i < count; i++) closeSync(openSync(path.join(folder, `f${i}.txt`), 'w'))
  const result = await collect(root, ['many', 'many/*.txt', '**/f1*.txt'])
  expect(result.files).toHaveLength(count)
  expect(result.unmatchedLines).toEqual([])
  expect(result.paths.slice(0, 3)).toEqual(['many/f0.txt', 'many/f1.txt', 'many/f10.txt'])
  expect(result.files.every((file, i) => i === 0 || result.files[i - 1].path < file.path)).toBe(
    true
  )
}, 60_000)
