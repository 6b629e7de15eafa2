/** object-type: which files become Simvue typed objects, and which are refused (real files). */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PlanError } from '../../src/errors.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import {
  DATAFRAME_MIME_TYPE,
  fileType,
  isFigure,
  NUMPY_MIME_TYPE,
  PLOTLY_MIME_TYPE,
  TORCH_MIME_TYPE,
  type ObjectType
} from '../../src/plan/typed-objects.js'
import { removeTrees, tempDir } from './tree.js'
import { F8, FIGURE, float64s, npy, torchArchive, zip } from './typed-fixtures.js'

afterAll(removeTrees)

describe('isFigure', () => {
  it.each([
    [FIGURE, true],
    [{ data: [] }, true],
    [
      { data: [{ type: 'bar' }], layout: {}, frames: [{ data: [] }], config: { responsive: true } },
      true
    ],
    [{ data: [{ x: [1] }] }, false],
    [{ data: [{ type: 3 }] }, false],
    [{ data: {} }, false],
    [{ layout: {} }, false],
    [{ data: [], results: 1 }, false],
    [{ data: [], layout: [] }, false],
    [{ data: [], frames: {} }, false],
    [[{ type: 'scatter' }], false],
    [null, false]
  ])('%j → %s', (value, expected) => {
    expect(isFigure(value)).toBe(expected)
  })
})

describe('fileType', () => {
  const dir = tempDir('typed-')
  const write = (name: string, content: string | Buffer): [string, number] => {
    const filePath = path.join(dir, name)
    writeFileSync(filePath, content)
    return [filePath, Buffer.byteLength(content)]
  }
  const type = (objectType: ObjectType, name: string, content: string | Buffer) => {
    const [filePath, size] = write(name, content)
    const { fields, problem } = fileType(filePath, size, { mimeType: null, objectType })
    return { ...fields, problem: problem && String(problem), filePath }
  }
  const bigFigure = JSON.stringify({
    data: [{ x: Array.from({ length: 5000 }, (_, i) => i), type: 'scatter' }],
    layout: FIGURE.layout
  })

  it.each([
    ['auto', 'a.npy', npy(F8, float64s(3)), NUMPY_MIME_TYPE],
    ['auto', 'A.NPY', npy(F8, float64s(3)), NUMPY_MIME_TYPE],
    [
      'auto',
      'objects.npy',
      npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", Buffer.alloc(8)),
      'application/octet-stream'
    ],
    ['auto', 'fake.npy', 'not numpy', 'application/octet-stream'],
    ['auto', 'array.bin', npy(F8, float64s(3)), 'application/octet-stream'],
    ['auto', 'fig.json', JSON.stringify(FIGURE), PLOTLY_MIME_TYPE],
    ['auto', 'fig.plotly.json', JSON.stringify(FIGURE, null, 2), PLOTLY_MIME_TYPE],
    ['auto', 'big-fig.json', bigFigure, PLOTLY_MIME_TYPE],
    ['auto', 'bom-fig.json', `\ufeff${JSON.stringify(FIGURE)}`, 'application/json'],
    ['auto', 'results.json', '{"data": [1, 2], "n": 2}', 'application/json'],
    ['auto', 'results2.json', '{"loss": 0.1}', 'application/json'],
    ['auto', 'broken.json', '{"data": [{"type": "scatter"}', 'application/json'],
    ['auto', 'table.csv', 'a,b\n1,2\n', 'text/csv'],
    ['auto', 'train.py', 'print(1)\n', 'text/x-python'],
    ['auto', 'controlDict', 'FoamFile {}\n', 'text/plain'],
    ['none', 'b.npy', npy(F8, float64s(3)), 'application/octet-stream'],
    ['none', 'fig2.json', JSON.stringify(FIGURE), 'application/json'],
    ['dataframe', 'df.csv', ',loss\n0,0.5\n1,0.25\n', DATAFRAME_MIME_TYPE],
    ['dataframe', 'DF.CSV', '\ufeffa,b\r\n1,2\r\n', DATAFRAME_MIME_TYPE],
    ['dataframe', 'header-only.csv', 'a,b', DATAFRAME_MIME_TYPE],
    ['torch', 'model.pt', torchArchive(), TORCH_MIME_TYPE],
    ['torch', 'weights.PTH', torchArchive('weights'), TORCH_MIME_TYPE]
  ] as const)('%s: %s is %s', (objectType, name, content, mimeType) => {
    const result = type(objectType, name, content)
    expect(result.problem).toBeNull()
    expect(result.mimeType).toBe(mimeType)
    if (mimeType.startsWith('application/vnd.')) {
      expect(result.originalPath).toBe('')
      expect(result.metadata).toEqual({ local_path: result.filePath })
    } else {
      expect(result.originalPath).toBeUndefined()
      expect(result.metadata).toBeUndefined()
    }
  })

  it.each([
    ['dataframe', 'notes.txt', 'a,b\n1,2\n', /\.csv file/],
    ['dataframe', 'empty.csv', '', /header line/],
    ['dataframe', 'blank.csv', '\n\n  \n', /header line/],
    ['dataframe', 'latin1.csv', Buffer.from('caf\xe9,b\n', 'latin1'), /UTF-8/],
    ['dataframe', 'nul.csv', 'a,b\n\0\n', /UTF-8/],
    ['torch', 'model.bin', torchArchive(), /\.pt or \.pth/],
    ['torch', 'legacy.pt', Buffer.from([0x80, 0x02, 0x8a, 0x0a]), /not a zip archive/],
    ['torch', 'other.pt', zip([['results.txt', 'x']]), /first entry is results\.txt/],
    ['torch', 'truncated.pt', torchArchive().subarray(0, 200), /truncated/]
  ] as const)('%s refuses %s', (objectType, name, content, reason) => {
    const result = type(objectType, name, content)
    expect(result.problem).toMatch(reason)
    expect(result.problem).toContain(result.filePath)
    expect(result.problem).toContain(`object-type: ${objectType}`)
  })

  it('leaves files alone when mime-type is given', () => {
    const [filePath, size] = write('c.npy', npy(F8, float64s(3)))
    expect(fileType(filePath, size, { mimeType: 'text/plain', objectType: 'none' })).toEqual({
      fields: { mimeType: 'text/plain' },
      problem: null
    })
  })

  it('makes buildPlan list every refused file at once, before anything is sent', () => {
    const files = ['one.txt', 'two.json', 'ok.csv'].map((name) => {
      const [filePath, size] = write(name, 'a,b\n')
      return { path: filePath, size, line: 'x', dev: 0, ino: 0, linked: false }
    })
    const options = {
      files,
      objects: null,
      preservePath: false,
      workingDirectory: dir,
      namePrefix: '',
      explicitName: null,
      mimeType: null,
      objectType: 'dataframe' as const
    }
    let error: unknown
    try {
      buildPlan(options)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(PlanError)
    const problems = (error as PlanError).problems.map(String)
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain(path.join(dir, 'one.txt'))
    expect(problems[1]).toContain(path.join(dir, 'two.json'))
    // One file with an explicit `name` is refused too.
    expect(() => buildPlan({ ...options, files: files.slice(0, 1), explicitName: 'x' })).toThrow(
      /one\.txt.*\.csv file/
    )
  })
})
