/**
 * One large file (warm cache): the action vs `sha256sum FILE` plus one `curl -F` upload to
 * a fresh presigned POST of the same storage endpoint; and the action's peak RSS for the
 * large file vs a 10 MiB file.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
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
  const { largeBytes, mediumBytes } = ctx.sizes
  const big = path.join(ctx.root, 'large', 'big.bin')
  const medium = path.join(ctx.root, 'medium', 'medium.bin')
  generate(`${sizeLabel(largeBytes)} + ${sizeLabel(mediumBytes)}`, () => {
    writeLargeFile(big, largeBytes)
    writeLargeFile(medium, mediumBytes)
    warm(big)
  })
  const checksum = await sha256Hex(big)
  const bigLabel = sizeLabel(largeBytes)

  const action: Sample[] = []
  const cli: Sample[] = []
  const cliPeaks: number[] = []
  const baseline: Sample[] = []
  const bigPeak: number[] = []
  const mediumPeak: number[] = []
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
    await upload(medium, mediumPeak)
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
  const mediumMedian = median(mediumPeak)
  ctx.report.add({
    metric: `memory (${bigLabel} upload)`,
    measured: `peak RSS ${fmtMiB(peak)}`,
    goal: '< 100 MiB',
    pass: peak < 100 * 1024,
    raw: `peaks [${fmtRuns(bigPeak, fmtMiB)}]`
  })
  ctx.report.add({
    metric: `memory-ratio (${bigLabel} vs ${sizeLabel(mediumBytes)})`,
    measured: `${(peak / mediumMedian).toFixed(2)}×`,
    goal: '≤ 1.2×',
    pass: peak / mediumMedian <= 1.2,
    raw: `${bigLabel} ${fmtMiB(peak)}, ${sizeLabel(mediumBytes)} ${fmtMiB(mediumMedian)} [${fmtRuns(mediumPeak, fmtMiB)}]`
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
