/**
 * How the demo prints a step: the workflow YAML that would run it, the log as GitHub shows
 * it, the annotations, the outputs it set and its job summary as text.
 */
import { styleText } from 'node:util'
import { stringify } from 'yaml'
import { renderLog } from './demo-log.ts'
import { markdownToText } from './demo-markdown.ts'
import type { DemoStep } from './demo-scenario.ts'
import type { ActionRun } from './runner.ts'

type Style = Parameters<typeof styleText>[0]
const paint = (style: Style, text: string): string =>
  styleText(style, text, { stream: process.stdout })

export function heading(text: string): void {
  console.log(`\n${paint('bold', text)}\n${paint('dim', '─'.repeat(Math.min(text.length, 88)))}`)
}

function section(title: string, lines: string[]): void {
  console.log(`\n${paint(['bold', 'cyan'], title)}`)
  for (const line of lines) console.log(`  ${line}`)
}

/** Input values as a workflow author writes them: `true`, `2`, block text for JSON. */
function yamlValue(value: string): unknown {
  if (value === 'true' || value === 'false') return value === 'true'
  if (/^\d+$/.test(value)) return Number(value)
  return value
}

export function stepYaml(step: DemoStep): string[] {
  const yaml = stringify(
    [
      {
        name: step.name,
        id: step.id,
        uses: '<owner>/simvue-upload-artifact@v1',
        with: Object.fromEntries(Object.entries(step.inputs).map(([k, v]) => [k, yamlValue(v)])),
        env: {
          SIMVUE_URL: '${{ vars.SIMVUE_URL }}',
          SIMVUE_TOKEN: '${{ secrets.SIMVUE_TOKEN }}'
        }
      }
    ],
    { lineWidth: 0 }
  )
  return yaml.trimEnd().split('\n')
}

function outputLines(id: string, outputs: Record<string, string>): string[] {
  const names = Object.keys(outputs)
  const pad = Math.max(...names.map((n) => n.length)) + 2
  const lines: string[] = [paint('dim', `steps.${id}.outputs:`)]
  for (const name of names) {
    const value = outputs[name] ?? ''
    if (name === 'artifacts') continue
    const note =
      name === 'run-url' && value
        ? paint('dim', '  (Simvue web UI; not on the development server)')
        : ''
    lines.push(`${name.padEnd(pad)}${value === '' ? paint('dim', '(empty)') : value}${note}`)
  }
  const entries = JSON.parse(outputs.artifacts || '[]') as Record<string, unknown>[]
  const [first, ...rest] = entries
  lines.push(`${'artifacts'.padEnd(pad)}JSON array of ${entries.length}, one entry per artifact:`)
  if (first) {
    for (const line of JSON.stringify(first, null, 2).split('\n'))
      lines.push(' '.repeat(pad) + line)
  }
  for (const entry of rest) {
    const error = entry.error ? `: ${String(entry.error)}` : ''
    lines.push(
      `${' '.repeat(pad)}${String(entry.name)}  ${paint('dim', String(entry.status))}${error}`
    )
  }
  return lines
}

export function presentStep(step: DemoStep, run: ActionRun): void {
  heading(`Step "${step.name}"`)
  console.log(step.story)
  section('Workflow step', stepYaml(step))
  const log = renderLog(run.stdout)
  const stderr = run.stderr.trim() ? run.stderr.trimEnd().split('\n') : []
  const verdict =
    run.code === 0
      ? paint('green', '✓ succeeded')
      : paint('red', `✗ failed (exit code ${run.code})`)
  section(`Log (without step debug logging) — ${verdict}`, [...log.lines, ...stderr])
  if (log.annotations.length > 0) {
    section(
      'Annotations',
      log.annotations.map((a) => {
        const label = a.level === 'error' ? paint('red', 'error') : paint('yellow', a.level)
        return `${label}${a.title ? ` ${a.title}` : ''}: ${a.message.split('\n').join('\n    ')}`
      })
    )
  }
  section('Outputs', outputLines(step.id, run.outputs))
  section(
    'Job summary (Markdown rendered as text; links shown as their text)',
    run.summary.trim() ? markdownToText(run.summary) : [paint('dim', '(none)')]
  )
}
