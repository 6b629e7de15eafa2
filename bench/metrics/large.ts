/**
 * One large file (warm cache): the action vs `sha256sum FILE` plus one `curl -F` upload to
 * a fresh presigned POST of the same storage endpoint; and the action's peak RSS for the
 * large file (under 200 MiB) vs a sparse file four times its size (flat: at most 1.2×).
 */
import { createHash } from 'node:crypto'
import { closeSync, createReadStream, ftruncateSync, mkdirSync, openSync } from 'node:fs'
import path from 'node:path'
import { uploadWithAction } from '../action.ts'
import { uploadWithCli } from '../cli.ts'
import { type BenchContext, type Sample, describe, expectArtifacts, times } from '../context.ts'
import { generate, warm, writeLargeFile } from '../data.ts'
import { BenchError, fmtMiB, fmtMs, fmtRuns, median, tail, timed } from '../harness.ts'

async function sha256Hex(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file, { highWaterMark: 4 * 2 ** 20 })) {
    hash.update(chunk as Buffer)
  }
  return hash.digest('hex')
}

function sizeLabel(bytes: number): string {
  return bytes >= 2 ** 30 ? `${bytes / 2 ** 30} GiB` : `${bytes / 2 ** 20} MiB`
}

export async function large(ctx: BenchContext): Promise<void> {
  const { largeBytes, sparseBytes } = ctx.sizes
  const big = path.join(ctx.root, 'large', 'big.bin')
  const sparse = path.join(ctx.root, 'sparse', 'sparse.bin')
  generate(`${sizeLabel(largeBytes)} + ${sizeLabel(sparseBytes)} sparse`, () => {
    writeLargeFile(big, largeBytes)
    writeSparseFile(sparse, sparseBytes)
    warm(big)
  })
  const checksum = await sha256Hex(big)
  const bigLabel = sizeLabel(largeBytes)

  const action: Sample[] = []
  const cli: Sample[] = []
  const cliPeaks: number[] = []
  const baseline: Sample[] = []
  const bigPeak: number[] = []
  const sparsePeak: number[] = []
  const upload = async (file: string, peaks: number[]): Promise<Sample> => {
    const run = await ctx.server.createRun('bench-large')
    const result = await uploadWithAction({
      inputs: { run, path: path.relative(ctx.root, file) },
      workspace: ctx.root,
      server: ctx.server,
      expected: 1,
      rss: true,
      timeoutMs: 600_000
    })
    await expectArtifacts(ctx, run, 1, 'the action')
    ctx.server.dropStoredBytes()
    peaks.push(result.peakKiB ?? NaN)
    return result
  }
  for (let round = 0; round < ctx.runs; round++) {
    action.push(await upload(big, bigPeak))
    cli.push(await uploadCli(ctx, big, cliPeaks))
    baseline.push(await shellUpload(ctx, big, largeBytes, checksum))
    await upload(sparse, sparsePeak)
  }

  const a = median(times(action))
  const b = median(times(baseline))
  ctx.report.add({
    metric: `large (${bigLabel}, warm cache)`,
    measured: `${(a / b).toFixed(2)}× the shell's time`,
    goal: '≤ 1.15×',
    pass: a / b <= 1.15,
    raw: `action ${fmtMs(a)} ${describe(action)}, sha256sum + curl -F ${fmtMs(b)} ${describe(baseline)}`
  })
  const c = median(times(cli))
  const cliPeak = median(cliPeaks)
  ctx.report.add({
    metric: `large-cli (${bigLabel}, warm cache, simvue-upload)`,
    measured: `${(c / b).toFixed(2)}× the shell's time, peak RSS ${fmtMiB(cliPeak)}`,
    goal: '≤ 1.15×',
    pass: c / b <= 1.15,
    raw: `simvue-upload ${fmtMs(c)} ${describe(cli)}`
  })
  const peak = median(bigPeak)
  const sparseMedian = median(sparsePeak)
  ctx.report.add({
    metric: `memory (${bigLabel} upload)`,
    measured: `peak RSS ${fmtMiB(peak)}`,
    goal: '< 200 MiB',
    pass: peak < 200 * 1024,
    raw: `peaks [${fmtRuns(bigPeak, fmtMiB)}]`
  })
  ctx.report.add({
    metric: `memory-flat (${sizeLabel(sparseBytes)} sparse vs ${bigLabel})`,
    measured: `${(sparseMedian / peak).toFixed(2)}×`,
    goal: '≤ 1.2×',
    pass: sparseMedian / peak <= 1.2,
    raw: `${sizeLabel(sparseBytes)} ${fmtMiB(sparseMedian)} [${fmtRuns(sparsePeak, fmtMiB)}], ${bigLabel} ${fmtMiB(peak)}`
  })
}

async function uploadCli(ctx: BenchContext, file: string, peaks: number[]): Promise<Sample> {
  const run = await ctx.server.createRun('bench-large-cli')
  const result = await uploadWithCli({
    run,
    paths: [path.relative(ctx.root, file)],
    cwd: ctx.root,
    server: ctx.server,
    expected: 1,
    timeoutMs: 600_000
  })
  await expectArtifacts(ctx, run, 1, 'the command line')
  ctx.server.dropStoredBytes()
  peaks.push(result.peakKiB ?? NaN)
  return result
}

/** `sha256sum FILE` then one `curl -F` to a presigned POST obtained (untimed) beforehand. */
async function shellUpload(
  ctx: BenchContext,
  file: string,
  size: number,
  checksum: string
): Promise<Sample> {
  const created = await ctx.server.api<{ id: string; url: string; fields: Record<string, string> }>(
    'POST',
    '/artifacts',
    {
      name: path.basename(file),
      original_path: file,
      size,
      mime_type: 'application/octet-stream',
      checksum,
      metadata: null
    }
  )
  const log = path.join(ctx.root, 'shell-large.log')
  const serverCpu = ctx.server.cpuMs()
  const hash = await timed('sha256sum', [file], { log, rss: true })
  if (hash.code !== 0) throw new BenchError(`sha256sum failed:\n${tail(log)}`)
  const form = Object.entries(created.fields).flatMap(([k, v]) => ['--form-string', `${k}=${v}`])
  const curl = await timed(
    'curl',
    ['-sS', '--fail-with-body', '-o', '/dev/null', ...form, '-F', `file=@${file}`, created.url],
    { log, rss: true, timeoutMs: 600_000 }
  )
  if (curl.code !== 0) throw new BenchError(`curl -F failed:\n${tail(log)}`)
  const serverCpuMs = ctx.server.cpuMs() - serverCpu
  ctx.server.dropStoredBytes()
  return {
    ms: hash.ms + curl.ms,
    cpuMs: (hash.cpuMs ?? NaN) + (curl.cpuMs ?? NaN),
    serverCpuMs
  }
}

/** A file of `bytes` bytes that takes no disk space (a hole), read back as zeros. */
function writeSparseFile(file: string, bytes: number): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const fd = openSync(file, 'w')
  try {
    ftruncateSync(fd, bytes)
  } finally {
    closeSync(fd)
  }
}
