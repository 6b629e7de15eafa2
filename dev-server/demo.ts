/**
 * `npm run demo`: starts the development server, runs the bundled action on sample files
 * the way the GitHub runner does, and prints what the server now holds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startDevServer } from './index.ts'
import { runAction } from './runner.ts'

const server = await startDevServer()
const workspace = mkdtempSync(path.join(os.tmpdir(), 'simvue-demo-'))

async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.apiUrl}${route}`, {
    method,
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return (await response.json()) as T
}

function write(relative: string, content: string): void {
  const file = path.join(workspace, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

try {
  for (const name of ['blockMeshDict', 'controlDict', 'fvSchemes', 'fvSolution']) {
    write(`system/${name}`, `FoamFile { object ${name}; }\n`)
  }
  write('results/metrics.json', JSON.stringify({ residual: 1e-6, iterations: 412 }))
  write('results/log.txt', 'solver converged\n')
  write('results/.scratch', 'hidden, so not uploaded by the walk\n')

  console.log(`Development server: ${server.url} (storage ${server.storageUrl})\n`)
  console.log('== Step 1: create the run and upload the case set-up as inputs')
  const env = { SIMVUE_URL: server.url, SIMVUE_TOKEN: server.token }
  const first = await runAction({
    workspace,
    env,
    echo: true,
    inputs: {
      run: 'demo-run',
      'create-run': 'true',
      folder: '/demo',
      category: 'input',
      path: 'system',
      'preserve-path': 'true'
    }
  })
  console.log('\n== Step 2: upload results and an object as outputs, then complete the run')
  const second = await runAction({
    workspace,
    env,
    echo: true,
    inputs: {
      run: 'demo-run',
      folder: '/demo',
      path: 'results/',
      objects: '{"parameters": {"mesh": "fine", "cores": 2}}',
      'run-status': 'completed'
    }
  })

  const runs = await api<{ data: { id: string; name: string; status: string }[] }>(
    'GET',
    `/runs?filters=${encodeURIComponent(JSON.stringify(['name == demo-run']))}`
  )
  const run = runs.data[0]
  if (!run) throw new Error('the demo run was not created')
  const detail = await api<{ status: string; folder: string; tags: string[] }>(
    'GET',
    `/runs/${run.id}`
  )
  console.log(`\n== The server now holds run "${run.name}" (${run.id})`)
  console.log(
    `   status ${detail.status}, folder ${detail.folder}, tags ${JSON.stringify(detail.tags)}`
  )
  for (const category of ['input', 'output']) {
    const artifacts = await api<
      { name: string; size: number; mime_type: string; uploaded: boolean }[]
    >('GET', `/runs/${run.id}/artifacts?category=${category}`)
    for (const a of artifacts) {
      console.log(
        `   ${category.padEnd(6)} ${a.name.padEnd(28)} ${String(a.size).padStart(6)} B  ${a.mime_type}${a.uploaded ? '' : '  (not uploaded)'}`
      )
    }
  }
  console.log('\n== Job summary of step 2\n' + second.summary)
  process.exitCode = first.code === 0 && second.code === 0 ? 0 : 1
} finally {
  await server.close()
  rmSync(workspace, { recursive: true, force: true })
}
