/**
 * `npm run demo`: starts the development server and runs the bundled action, the way the
 * GitHub runner does, through the steps of one workflow (dev-server/demo-scenario.ts).
 * Each step is shown as its workflow YAML, its log as GitHub displays it, its outputs and
 * its job summary; then what the server holds, and what to try next.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { heading, presentStep } from './demo-present.ts'
import { runDemoSteps } from './demo-scenario.ts'
import { startDevServer } from './index.ts'

const server = await startDevServer()
const workspace = mkdtempSync(path.join(os.tmpdir(), 'simvue-demo-'))

async function api<T>(route: string): Promise<T> {
  const response = await fetch(`${server.apiUrl}${route}`, {
    headers: { Authorization: `Bearer ${server.token}` }
  })
  return (await response.json()) as T
}

try {
  console.log(
    [
      'Simvue Upload Artifact: a demo against the development server.',
      '',
      "In a workflow, vars.SIMVUE_URL and secrets.SIMVUE_TOKEN hold your Simvue server's URL",
      `and a token; here they are the development server (${server.url}, storage on`,
      `${server.storageUrl}) and its token "${server.token}". Links to …/dashboard/… are pages`,
      'of the Simvue web UI, which the development server does not have; the demo ends with',
      'what the server holds, read through its API.'
    ].join('\n')
  )
  let unexpected = 0
  const runs = await runDemoSteps(server, workspace, (step, run) => {
    presentStep(step, run)
    if ((run.code !== 0) !== (step.fails === true)) unexpected += 1
  })

  const runId = runs.get('inputs')?.outputs['run-id'] ?? ''
  const detail = await api<{ name: string; status: string; folder: string; tags: string[] }>(
    `/runs/${runId}`
  )
  heading(`What the server holds: run "${detail.name}" (${runId})`)
  console.log(`status ${detail.status}, folder ${detail.folder}, tags ${detail.tags.join(', ')}`)
  for (const category of ['input', 'output']) {
    const artifacts = await api<{ name: string; size: number; mime_type: string }[]>(
      `/runs/${runId}/artifacts?category=${category}`
    )
    for (const a of artifacts.sort((x, y) => x.name.localeCompare(y.name))) {
      console.log(
        `  ${category.padEnd(7)}${a.name.padEnd(26)}${String(a.size).padStart(5)} B  ${a.mime_type}`
      )
    }
  }

  heading('What to try next')
  console.log(
    [
      '• npm run dev-server -- --api-port 8900 --storage-port 8901 --token dev-token',
      '    a development server that stays up; point SIMVUE_URL=http://127.0.0.1:8900 and',
      '    SIMVUE_TOKEN=dev-token at it (dev-server/README.md lists its flags and faults).',
      '• cp .env.example .env && npm run local-action',
      '    runs the action from src/ against that server with the inputs in .env.',
      '• The quick start in README.md: add the step to a workflow, with SIMVUE_URL as a',
      '    repository variable and SIMVUE_TOKEN as a secret ("Server URL and token").'
    ].join('\n')
  )
  if (unexpected > 0) {
    console.error(`\n${unexpected} step(s) did not end as the demo expects.`)
    process.exitCode = 1
  }
} finally {
  await server.close()
  rmSync(workspace, { recursive: true, force: true })
}
