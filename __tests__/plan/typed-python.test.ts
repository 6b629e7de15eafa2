/**
 * What object-type accepts really reads back: files written by NumPy, pandas, Plotly and
 * torch themselves (python/make_objects.py) are classified here, then read with the Simvue
 * Python client's deserialisers (python/read_objects.py). Needs a Python with numpy, pandas,
 * plotly and torch (Debian: python3-numpy python3-pandas python3-plotly python3-torch);
 * skipped without one. SIMVUE_TEST_PYTHON names the interpreter.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { fileType, type ObjectType } from '../../src/plan/typed-objects.js'
import { removeTrees, tempDir } from './tree.js'

afterAll(removeTrees)

const SCRIPTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'python')
const IMPORTS = 'import numpy, pandas, plotly, torch'

/** One thread each: torch's OpenMP threads spin-wait, which on a busy 2-core machine
 * stretched a 2 s script past a minute. */
const ENV = {
  ...process.env,
  OMP_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
  OPENBLAS_NUM_THREADS: '1'
}

const python = [process.env.SIMVUE_TEST_PYTHON, 'python3', '/usr/bin/python3'].find(
  (candidate) => candidate && spawnSync(candidate, ['-c', IMPORTS], { env: ENV }).status === 0
)

/** Read back by the client although the rules refuse them: npz archives, legacy torch files. */
const NOT_LABELLED = ['archive.npy', 'legacy.pt']
/** Labelled although plotly refuses them: trace types and properties are plotly's schema. */
const NOT_CHECKED = ['badprop.json', 'badtype.json']

function objectTypeOf(name: string): ObjectType {
  const extension = path.extname(name)
  if (extension === '.csv') return 'dataframe'
  return extension === '.pt' || extension === '.pth' ? 'torch' : 'auto'
}

describe.skipIf(!python)('typed objects against the libraries that read them', () => {
  it('labels exactly the files the Python client reads back', { timeout: 180_000 }, () => {
    const dir = tempDir('typed-python-')
    const run = (script: string) => {
      // One thread each: torch's OpenMP threads spin-wait, which on a busy 2-core machine
      // stretched a 2 s script past a minute.
      const result = spawnSync(python as string, [path.join(SCRIPTS, script), dir], {
        encoding: 'utf8',
        env: {
          ...process.env,
          OMP_NUM_THREADS: '1',
          MKL_NUM_THREADS: '1',
          OPENBLAS_NUM_THREADS: '1'
        }
      })
      expect(result.status, result.stderr).toBe(0)
      return result.stdout
    }
    run('make_objects.py')
    const readBack = new Map(
      run('read_objects.py')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as [string, string])
    )
    const names = readdirSync(dir).filter((name) => readBack.has(name))
    expect(names.length).toBeGreaterThan(30)
    for (const name of names) {
      const filePath = path.join(dir, name)
      const { fields, problem } = fileType(filePath, statSync(filePath).size, {
        mimeType: null,
        objectType: objectTypeOf(name)
      })
      const labelled = problem === null && fields.mimeType.startsWith('application/vnd.')
      const reads = !readBack.get(name)?.startsWith('FAIL')
      const expected = NOT_LABELLED.includes(name) ? false : NOT_CHECKED.includes(name) || reads
      expect(labelled, `${name}: ${readBack.get(name)}`).toBe(expected)
    }
  })
})
