/**
 * `npm run summary-picture`: runs the demo's steps against the development server, writes
 * the job summary of its mixed step (uploaded, skipped and failed files) to
 * docs/summary.md, with the server address and run id replaced by example values, and
 * renders it with GitHub's Markdown styling (marked + github-markdown-css) in headless
 * Chromium into docs/summary.png. `__tests__/docs/summary.test.ts` checks that the demo
 * still writes docs/summary.md, so the picture cannot drift silently.
 *
 * Needs Chromium (`apt-get install chromium`, or CHROMIUM=/path/to/chrome).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'
import { runDemoSteps, stableSummary, SUMMARY_STEP } from '../dev-server/demo-scenario.ts'
import { startDevServer } from '../dev-server/index.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const WIDTH = 1100

/** The demo's mixed-step summary, stable from one run to the next. */
export async function demoSummary(): Promise<string> {
  const server = await startDevServer()
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'simvue-summary-'))
  try {
    const runs = await runDemoSteps(server, workspace)
    const run = runs.get(SUMMARY_STEP)
    if (!run?.summary) throw new Error(`the demo step "${SUMMARY_STEP}" wrote no summary`)
    return stableSummary(run.summary, server, run.outputs['run-id'] ?? '')
  } finally {
    await server.close()
    rmSync(workspace, { recursive: true, force: true })
  }
}

function page(markdown: string): string {
  const css = readFileSync(
    createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
    'utf8'
  )
  // The job summary appears in a bordered box on the workflow run's page.
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
    body { margin: 0; background: #f6f8fa; }
    .box { margin: 16px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
    .title { padding: 12px 16px; border-bottom: 1px solid #d1d9e0; font: 600 14px -apple-system,
      BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
    .markdown-body { padding: 16px 24px 8px; }
  </style></head><body><div class="box"><div class="title">upload summary</div>
  <article class="markdown-body">${marked.parse(markdown, { gfm: true, async: false })}</article>
  </div><script>
    const box = document.querySelector('.box').getBoundingClientRect()
    document.title = String(Math.ceil(box.bottom + 16))
  </script>
  </body></html>`
}

function chromium(args: string[], profile: string): string {
  const binary = process.env.CHROMIUM ?? 'chromium'
  return execFileSync(
    binary,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      ...args
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
  )
}

async function main(): Promise<void> {
  const markdown = await demoSummary()
  writeFileSync(path.join(ROOT, 'docs', 'summary.md'), markdown)
  const temp = mkdtempSync(path.join(os.tmpdir(), 'simvue-chromium-'))
  try {
    const html = path.join(temp, 'summary.html')
    writeFileSync(html, page(markdown))
    const url = `file://${html}`
    // First pass: let the page measure itself (its title), then shoot exactly that height.
    const dom = chromium([`--window-size=${WIDTH},800`, '--dump-dom', url], path.join(temp, 'p1'))
    const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? 800)
    const png = path.join(ROOT, 'docs', 'summary.png')
    chromium(
      [`--window-size=${WIDTH},${height}`, `--screenshot=${png}`, url],
      path.join(temp, 'p2')
    )
    console.log(`wrote docs/summary.md and docs/summary.png (${WIDTH}×${height})`)
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
