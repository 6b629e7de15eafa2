/**
 * The demo's story, shared by `npm run demo`, `scripts/render-summary.ts` (the README's
 * summary picture) and the test that keeps `docs/summary.md` equal to what the action
 * writes: four steps of one workflow against the development server, the third a re-run
 * with skipped, uploaded and failed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DevServerControl, type FaultSpec } from './control.ts'
import type { DevServer } from './types.ts'
import { runAction, type ActionRun } from './runner.ts'

export interface DemoStep {
  name: string
  id: string
  /** Why the step is there, printed above it. */
  story: string
  inputs: Record<string, string>
  /** Files the job wrote before this step (relative to the workspace). */
  files?: Record<string, string>
  /** Faults switched on for this step only (the development server's control endpoint). */
  faults?: FaultSpec[]
  /** This step is meant to fail (exit code 1). */
  fails?: boolean
}

const foam = (object: string): string => `FoamFile { version 2.0; object ${object}; }\n`

export const DEMO_STEPS: DemoStep[] = [
  {
    name: 'Create the run and upload the case set-up',
    id: 'inputs',
    story: 'The job starts: create the run and attach the case files as inputs.',
    files: {
      'system/blockMeshDict': foam('blockMeshDict'),
      'system/controlDict': foam('controlDict'),
      'system/fvSchemes': foam('fvSchemes'),
      'system/fvSolution': foam('fvSolution')
    },
    inputs: {
      run: 'demo-run',
      'create-run': 'true',
      folder: '/demo',
      category: 'input',
      path: 'system',
      'preserve-path': 'true'
    }
  },
  {
    name: 'Upload the results',
    id: 'results',
    story: 'The solver has run: upload its results and the run parameters as outputs.',
    files: {
      'results/metrics.json': '{"residual": 1e-06, "iterations": 412}\n',
      'results/log.txt': 'Time = 0.5\nsolver converged in 412 iterations\n',
      'results/.scratch': 'hidden, so not uploaded by the walk\n'
    },
    inputs: {
      run: 'demo-run',
      folder: '/demo',
      path: 'results/',
      objects: '{"parameters": {"mesh": "fine", "cores": 2}}\n'
    }
  },
  {
    name: 'Upload the results (re-run)',
    id: 'rerun',
    story:
      'A re-run of the job: the run already has two of the files, the solver wrote two more, ' +
      'and the storage keeps refusing one of them (a fault switched on in the development server).',
    files: {
      'results/residuals.csv': 'iteration,p,U\n1,1.0,1.0\n412,1e-06,2e-06\n',
      'results/fields.vtk': '# vtk DataFile Version 3.0\nfields\nASCII\n'
    },
    faults: [
      { endpoint: 'storage.upload', kind: 'status', status: 503, name: 'fields.vtk', times: 1000 }
    ],
    inputs: {
      run: 'demo-run',
      folder: '/demo',
      path: 'results/',
      'max-attempts': '2',
      'run-status': 'completed'
    },
    fails: true
  },
  {
    name: 'Upload the results (second re-run)',
    id: 'complete',
    story:
      'The storage is back: run the job again; only the missing file is sent, and the run is completed.',
    inputs: { run: 'demo-run', folder: '/demo', path: 'results/', 'run-status': 'completed' }
  }
]

/** The step whose job summary the README shows (uploaded, skipped and failed rows). */
export const SUMMARY_STEP = 'rerun'

/** Runs the steps in order in one workspace, calling `each` after every step. */
export async function runDemoSteps(
  server: DevServer,
  workspace: string,
  each: (step: DemoStep, run: ActionRun) => void | Promise<void> = () => {}
): Promise<Map<string, ActionRun>> {
  const control = new DevServerControl(server.controlUrl)
  const env = { SIMVUE_URL: server.url, SIMVUE_TOKEN: server.token }
  const runs = new Map<string, ActionRun>()
  for (const step of DEMO_STEPS) {
    for (const [name, content] of Object.entries(step.files ?? {})) {
      const file = path.join(workspace, name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, content)
    }
    for (const fault of step.faults ?? []) await control.addFault(fault)
    const run = await runAction({ workspace, env, inputs: step.inputs })
    await control.clearFaults()
    runs.set(step.id, run)
    await each(step, run)
  }
  return runs
}

/**
 * The summary with what changes from one run to the next (the server's address, the run
 * id, durations) replaced by fixed example values, so that it can be committed and compared.
 */
export function stableSummary(markdown: string, server: DevServer, runId: string): string {
  const web = server.url.replace(/\/api\/?$/, '').replace(/\/$/, '')
  return markdown
    .split(web)
    .join('https://simvue.example.org')
    .split(runId)
    .join('Wq3pZk7bN2xLc9RtV5mJaE')
    .replace(/\b(\d+ min )?\d+(\.\d)? s\b/g, '1.3 s')
}
