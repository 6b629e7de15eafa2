/** Files as NumPy, torch and Plotly write them, built byte by byte for the typed-object tests. */
import { crc32 } from 'node:zlib'

/**
 * A `.npy` file as numpy.save writes it (numpy/lib/format.py `_wrap_header`): magic, version,
 * header length, the header dict padded with spaces to a multiple of 64 bytes, then `\n`.
 */
export function npy(header: string, data: Buffer, version: 1 | 2 | 3 = 1): Buffer {
  const lengthBytes = version === 1 ? 2 : 4
  const encoded = Buffer.from(header, version === 3 ? 'utf8' : 'latin1')
  const used = 8 + lengthBytes + encoded.length + 1
  const padding = (64 - (used % 64)) % 64
  const prefix = Buffer.alloc(8 + lengthBytes)
  Buffer.from('\x93NUMPY', 'latin1').copy(prefix)
  prefix[6] = version
  prefix[7] = 0
  const length = encoded.length + padding + 1
  if (version === 1) prefix.writeUInt16LE(length, 8)
  else prefix.writeUInt32LE(length, 8)
  return Buffer.concat([prefix, encoded, Buffer.from(' '.repeat(padding) + '\n'), data])
}

/** A float64 vector header of 3 elements, as numpy.save writes it. */
export const F8 = "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"

/** `count` little-endian float64 values 0, 1, 2, … */
export function float64s(count: number): Buffer {
  const data = Buffer.alloc(8 * count)
  for (let i = 0; i < count; i++) data.writeDoubleLE(i, 8 * i)
  return data
}

/** A zip of stored (uncompressed) entries, as torch.save's writer lays one out. */
export function zip(entries: [name: string, content: string | Buffer][]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of entries) {
    const data = Buffer.from(content)
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/** The records torch.save (PyTorch 2.x) writes for one float tensor, in its order. */
export function torchArchive(archive = 'archive'): Buffer {
  return zip([
    [`${archive}/data.pkl`, Buffer.from([0x80, 0x02, 0x7d, 0x71, 0x00, 0x2e])],
    [`${archive}/.format_version`, '1'],
    [`${archive}/.storage_alignment`, '64'],
    [`${archive}/byteorder`, 'little'],
    [`${archive}/data/0`, float64s(4)],
    [`${archive}/version`, '3\n'],
    [`${archive}/.data/serialization_id`, '0123456789']
  ])
}

/** A figure as `fig.write_json` writes it: traces first, then the layout. */
export const FIGURE = {
  data: [{ x: [1, 2, 3], y: [4, 1, 2], type: 'scatter', mode: 'lines' }],
  layout: { title: { text: 'loss' }, template: { layout: { font: { color: '#2a3f5f' } } } }
}
