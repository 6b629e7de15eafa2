/**
 * The outcome as the runner shows it: step outputs, the artifacts file, the job summary and
 * the final annotations (the aggregate first, within GitHub's 10 per step).
 */
import * as core from '@actions/core'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { errorMessage } from '../errors.js'
import { text } from '../log.js'
import type { Outcome } from '../outcome.js'
import { finalReport } from '../report/annotations.js'
import { outputsOf } from '../report/outputs.js'
import { renderSummary } from '../report/summary.js'
import { ANNOTATIONS_PER_STEP, type ActionLogger } from './logger.js'

export async function publish(
  outcome: Outcome,
  log: ActionLogger,
  options: { failOnError: boolean }
): Promise<void> {
  const outputs = outputsOf(outcome, { tempDir: process.env.RUNNER_TEMP || os.tmpdir() })
  if (outputs) {
    try {
      if (outputs.file) writeFileSync(outputs.file.path, outputs.file.contents, 'utf8')
    } catch (error) {
      log.warning(text`Could not write the artifacts file: ${errorMessage(error)}`)
    }
    for (const [name, value] of Object.entries(outputs.values)) core.setOutput(name, value)
    if (outputs.note) log.warning(outputs.note)
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(renderSummary(outcome)).write()
    } catch (error) {
      log.warning(text`Could not write the job summary: ${errorMessage(error)}`)
    }
  }
  const report = finalReport(outcome, {
    failOnError: options.failOnError,
    budget: ANNOTATIONS_PER_STEP
  })
  if (!report.kind) return
  const [aggregate, ...causes] = report.annotations
  if (report.kind === 'error') log.fail(aggregate!.message, { title: aggregate!.title })
  else log.annotate('warning', aggregate!.message, { title: aggregate!.title })
  for (const cause of causes) log.annotate(report.kind, cause.message, { title: cause.title })
}
