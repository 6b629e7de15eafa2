/**
 * NumPy arrays for object-type auto: the .npy files numpy.load(allow_pickle=False) reads,
 * written byte by byte as numpy.save writes them, and the ones it refuses.
 */
import { describe, expect, it } from 'vitest'
import { npyProblem } from '../../src/plan/npy.js'
import { F8, float64s, npy } from './typed-fixtures.js'

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
