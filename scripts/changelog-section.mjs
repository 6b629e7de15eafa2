#!/usr/bin/env node
/**
 * Prints the CHANGELOG.md section of one version, without its heading: the release notes
 * of that version (used by .github/workflows/release.yml and RELEASING.md).
 *
 * Usage: `node scripts/changelog-section.mjs 1.2.3 [CHANGELOG.md]` (a leading `v` is
 * accepted). Exits 1 with a message naming the version when the section is missing or
 * empty, so a release is never published without notes.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * The body of `## [version]` (Keep a Changelog; `## version` and a trailing date accepted)
 * up to the next `## ` heading or the link definitions at the end, trimmed; `undefined`
 * when there is no such heading.
 */
export function changelogSection(text, version) {
  const wanted = version.replace(/^v/, '')
  const lines = text.split(/\r?\n/)
  const heading = /^## \[?([^\]\s]+)\]?(\s.*)?$/
  const start = lines.findIndex((line) => heading.exec(line)?.[1] === wanted)
  if (start < 0) return undefined
  const body = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ') || /^\[[^\]]+\]:\s/.test(line)) break
    body.push(line)
  }
  return body.join('\n').trim()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2)
  if (!version) {
    console.error('usage: node scripts/changelog-section.mjs <version> [CHANGELOG.md]')
    process.exit(2)
  }
  const section = changelogSection(readFileSync(file, 'utf8'), version)
  if (!section) {
    console.error(
      `${file} has no ${section === undefined ? '' : 'non-empty '}section "## [${version.replace(/^v/, '')}]": ` +
        'add the release notes there (rename "## [Unreleased]") before tagging.'
    )
    process.exit(1)
  }
  console.log(section)
}
