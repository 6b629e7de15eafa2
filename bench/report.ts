/** Results: one line per metric as it is measured, and the Markdown tables at the end. */

export interface Result {
  metric: string
  /** The measured figure as shown, e.g. "43.1× faster". */
  measured: string
  goal: string
  /** undefined: informational, no goal. */
  pass: boolean | undefined
  /** The raw medians behind the figure. */
  raw: string
}

export interface LatencyRow {
  concurrency: number
  files: number
  actionMs: number
  driverMs: number
}

export class Report {
  readonly results: Result[] = []
  latency: { latencyMs: number; rows: LatencyRow[]; recommended: number } | undefined

  add(result: Result): void {
    this.results.push(result)
    const verdict = result.pass === undefined ? 'INFO' : result.pass ? 'PASS' : 'FAIL'
    console.log(`${result.metric}: ${result.measured} (goal ${result.goal}) ${verdict}`)
    console.log(`    ${result.raw}`)
  }

  get failed(): Result[] {
    return this.results.filter((r) => r.pass === false)
  }

  markdown(header: string): string {
    const lines = [
      header,
      '',
      '| Metric | Measured | Goal | Result | Raw medians |',
      '|---|---|---|---|---|'
    ]
    for (const r of this.results) {
      const verdict = r.pass === undefined ? '–' : r.pass ? 'PASS' : '**FAIL**'
      lines.push(`| ${r.metric} | ${r.measured} | ${r.goal} | ${verdict} | ${r.raw} |`)
    }
    if (this.latency) lines.push('', latencyTable(this.latency.latencyMs, this.latency.rows))
    if (this.latency) {
      lines.push(
        '',
        `Smallest concurrency within 10% of the best action throughput: ${this.latency.recommended}`
      )
    }
    return lines.join('\n')
  }
}

export function throughput(files: number, ms: number): number {
  return files / (ms / 1000)
}

export function latencyTable(latencyMs: number, rows: readonly LatencyRow[]): string {
  const lines = [
    `${latencyMs} ms latency on every API and storage request (median of each cell; ` +
      '"≈ 1,000 files" is 1,000 / action files/s):',
    '',
    '| concurrency | files | action | action files/s | ≈ 1,000 files | driver | driver files/s | action/driver |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|'
  ]
  for (const r of rows) {
    const a = throughput(r.files, r.actionMs)
    const d = throughput(r.files, r.driverMs)
    lines.push(
      `| ${r.concurrency} | ${r.files} | ${(r.actionMs / 1000).toFixed(2)} s | ${a.toFixed(1)} | ` +
        `${(1000 / a).toFixed(0)} s | ` +
        `${(r.driverMs / 1000).toFixed(2)} s | ${d.toFixed(1)} | ${(a / d).toFixed(2)} |`
    )
  }
  return lines.join('\n')
}
