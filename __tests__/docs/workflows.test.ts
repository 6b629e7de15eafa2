/**
 * The official actions in the workflows and README recipes are on majors that run on
 * Node 24 (runners deprecate Node 20 actions).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

describe('actions used by the workflows and the README', () => {
  // The first major of each that runs on Node 24 (earlier ones run on the deprecated Node 20).
  const NODE24_MAJOR: Record<string, number> = {
    'actions/checkout': 5,
    'actions/setup-node': 5,
    'actions/upload-artifact': 6,
    'github/codeql-action/init': 4,
    'github/codeql-action/analyze': 4
  }
  const files = [
    'README.md',
    ...readdirSync(path.join(root, '.github', 'workflows')).map((f) => `.github/workflows/${f}`)
  ]

  it.each(files)('%s uses Node 24 majors of the official actions', (file) => {
    const uses = [...read(file).matchAll(/uses:\s*([\w./-]+)@v(\d+)/g)]
    for (const [text, action, major] of uses) {
      const minimum = NODE24_MAJOR[action as string]
      if (minimum !== undefined) expect(Number(major), text).toBeGreaterThanOrEqual(minimum)
    }
  })
})
