/** object-type: which files become Simvue typed objects, and which are refused (real files). */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PlanError } from '../../src/errors.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { npyProblem } from '../../src/plan/npy.js'
import { isFigure } from '../../src/plan/plotly-figure.js'
import {
  DATAFRAME_MIME_TYPE,
  fileType,
  NUMPY_MIME_TYPE,
  PLOTLY_MIME_TYPE,
  TORCH_MIME_TYPE,
  type ObjectType
} from '../../src/plan/typed-objects.js'
import { removeTrees, tempDir } from './tree.js'
import { FIGURE, float64s, npy, torchArchive, zip } from './typed-fixtures.js'

afterAll(removeTrees)

const F8 = "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"

describe('npyProblem (numpy.load(allow_pickle=False) would read it)', () => {
  const ok: [string, Buffer][] = [
    ['float64 vector', npy(F8, float64s(3))],
    [
      '2-D, Fortran order',
      npy("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }", float64s(6))
    ],
    [
      'scalar (shape ())',
      npy("{'descr': '<i8', 'fortran_order': False, 'shape': (), }", Buffer.alloc(8))
    ],
    [
      'empty array',
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (0,), }", Buffer.alloc(0))
    ],
    [
      'big-endian int32',
      npy("{'descr': '>i4', 'fortran_order': False, 'shape': (2,), }", Buffer.alloc(8))
    ],
    ['bool', npy("{'descr': '|b1', 'fortran_order': False, 'shape': (4,), }", Buffer.alloc(4))],
    [
      'unicode strings (4 bytes a character)',
      npy("{'descr': '<U5', 'fortran_order': False, 'shape': (2,), }", Buffer.alloc(40))
    ],
    [
      'datetime64[ns]',
      npy("{'descr': '<M8[ns]', 'fortran_order': False, 'shape': (1,), }", Buffer.alloc(8))
    ],
    [
      'complex128',
      npy("{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", Buffer.alloc(16))
    ],
    [
      'structured with a subarray and padding',
      npy(
        "{'descr': [('x', '<f8'), ('ij', '<i4', (2,)), ('', '|V4')], 'fortran_order': False, 'shape': (2,), }",
        Buffer.alloc(2 * 20)
      )
    ],
    [
      'titled field',
      npy(
        "{'descr': [(('Title', 'x'), '<f8')], 'fortran_order': False, 'shape': (1,), }",
        Buffer.alloc(8)
      )
    ],
    [
      'subarray descr',
      npy("{'descr': ('<f8', (2,)), 'fortran_order': False, 'shape': (3,), }", Buffer.alloc(48))
    ],
    ['format 2.0', npy(F8, float64s(3), 2)],
    [
      'format 3.0 (UTF-8 field names)',
      npy("{'descr': [('größe', '<f8')], 'fortran_order': False, 'shape': (3,), }", float64s(3), 3)
    ],
    [
      'Python 2 long in a 1.0 header',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3L,), }", float64s(3))
    ],
    [
      'keys in any order, double quotes',
      npy('{"shape": (3,), "fortran_order": False, "descr": "<f8"}', float64s(3))
    ],
    [
      'a comment in the header',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), } # note", float64s(3))
    ],
    ['trailing bytes (ignored by numpy)', Buffer.concat([npy(F8, float64s(3)), Buffer.from('xx')])]
  ]
  it.each(ok)('reads %s', (_, bytes) => {
    expect(npyProblem(bytes, bytes.length)).toBeNull()
  })

  const bad: [string, Buffer, RegExp][] = [
    ['not NumPy', Buffer.from('PK\x03\x04 npz is a zip'), /magic/],
    ['empty', Buffer.alloc(0), /magic/],
    [
      'version 4.0',
      Buffer.concat([Buffer.from('\x93NUMPY\x04\x00', 'latin1'), Buffer.alloc(8)]),
      /format 4\.0/
    ],
    [
      'object array',
      npy("{'descr': '|O', 'fortran_order': False, 'shape': (2,), }", Buffer.alloc(16)),
      /allow_pickle/
    ],
    [
      'object field',
      npy(
        "{'descr': [('a', '<f8'), ('b', '|O')], 'fortran_order': False, 'shape': (1,), }",
        Buffer.alloc(16)
      ),
      /allow_pickle/
    ],
    ['truncated data', npy(F8, float64s(2)), /truncated data: 24 bytes declared, 16 present/],
    ['truncated header', npy(F8, float64s(3)).subarray(0, 40), /truncated header/],
    ['missing key', npy("{'descr': '<f8', 'shape': (3,), }", float64s(3)), /keys/],
    [
      'extra key',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'x': 1}", float64s(3)),
      /keys/
    ],
    [
      'fortran_order not a bool',
      npy("{'descr': '<f8', 'fortran_order': 0, 'shape': (3,), }", float64s(3)),
      /fortran_order/
    ],
    [
      'shape a list',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': [3], }", float64s(3)),
      /shape/
    ],
    [
      'shape of floats',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3.0,), }", float64s(3)),
      /literal/
    ],
    [
      'unknown dtype size',
      npy("{'descr': '<i3', 'fortran_order': False, 'shape': (1,), }", Buffer.alloc(3)),
      /no such size/
    ],
    [
      'dtype by name',
      npy("{'descr': 'float64', 'fortran_order': False, 'shape': (1,), }", Buffer.alloc(8)),
      /dtype/
    ],
    ['not a dict', npy("['descr', '<f8']", float64s(1)), /not a dict/],
    [
      'an expression',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1+2,), }", float64s(3)),
      /literal/
    ],
    [
      'long suffix in format 3.0',
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (3L,), }", float64s(3), 3),
      /literal/
    ],
    [
      'header over 10000 bytes',
      npy(
        `{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }${' '.repeat(10_050)}`,
        float64s(3),
        2
      ),
      /header of/
    ]
  ]
  it.each(bad)('refuses %s', (_, bytes, reason) => {
    expect(npyProblem(bytes, bytes.length)).toMatch(reason)
  })
})

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
      return { path: filePath, size, line: 'x' }
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
