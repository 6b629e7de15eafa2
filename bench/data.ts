/** Test data, generated fast into the scratch directory (random content: no two checksums alike). */
import { spawnSync } from 'node:child_process'
import { randomBytes, randomFillSync } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'

/**
 * Runs a generator, then `sync`s so that no write-back competes with the timed runs, and says
 * how long it took (data generation is never timed).
 */
export function generate(what: string, make: () => void): void {
  const start = performance.now()
  make()
  spawnSync('sync')
  console.log(`   (generated ${what} in ${((performance.now() - start) / 1000).toFixed(1)} s)`)
}

/** `count` files of `size` random bytes, `perDir` per sub-directory (flat when omitted). */
export function writeFiles(dir: string, count: number, size: number, perDir?: number): void {
  mkdirSync(dir, { recursive: true })
  const pool = randomBytes(size * Math.min(count, 4096))
  for (let i = 0; i < count; i++) {
    const sub = perDir === undefined ? dir : path.join(dir, `d${Math.floor(i / perDir)}`)
    if (perDir !== undefined && i % perDir === 0) mkdirSync(sub, { recursive: true })
    const content = Buffer.from(pool.subarray((i % 4096) * size, ((i % 4096) + 1) * size))
    if (content.length >= 8) content.writeDoubleLE(i, 0) // unique even when the pool repeats
    writeFileSync(path.join(sub, `f-${String(i).padStart(6, '0')}.bin`), content)
  }
}

/** One file of `bytes` bytes (random 16 MiB blocks, each made unique). */
export function writeLargeFile(file: string, bytes: number): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const block = randomBytes(Math.min(bytes, 16 * 2 ** 20))
  const fd = openSync(file, 'w')
  try {
    for (let written = 0, n = 0; written < bytes; n++) {
      const length = Math.min(block.length, bytes - written)
      if (n > 0) randomFillSync(block, 0, 64)
      writeSync(fd, block, 0, length)
      written += length
    }
  } finally {
    closeSync(fd)
  }
}

/** Reads a file once so that the timed runs find it in the page cache. */
export function warm(file: string): void {
  const buffer = Buffer.allocUnsafe(8 * 2 ** 20)
  const fd = openSync(file, 'r')
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0) {
      // just reading
    }
  } finally {
    closeSync(fd)
  }
}

/** `dirs` directories of `perDir` one-byte files: the collection tree. */
export function writeTree(dir: string, dirs: number, perDir: number): void {
  for (let d = 0; d < dirs; d++) {
    const sub = path.join(dir, `d${String(d).padStart(3, '0')}`)
    mkdirSync(sub, { recursive: true })
    for (let f = 0; f < perDir; f++) writeFileSync(path.join(sub, `f${f}.txt`), 'x')
  }
}
