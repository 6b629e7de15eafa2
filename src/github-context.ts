/** Provenance of the workflow, stored as the `github` metadata key (docs/design.md, "Objects and metadata"). */

export interface GithubProvenance {
  server_url: string
  repository: string
  sha: string
  ref: string
  workflow: string
  job: string
  run_id: string
  run_attempt: string
  runner_os: string
  /** The workflow run's page; built from GITHUB_SERVER_URL so it works on GHES. */
  run_url: string
}

export function githubProvenance(env: NodeJS.ProcessEnv = process.env): GithubProvenance {
  const get = (name: string): string => env[name] ?? ''
  const serverUrl = (get('GITHUB_SERVER_URL') || 'https://github.com').replace(/\/+$/, '')
  const repository = get('GITHUB_REPOSITORY')
  const runId = get('GITHUB_RUN_ID')
  const attempt = get('GITHUB_RUN_ATTEMPT')
  let runUrl = ''
  if (repository && runId) {
    runUrl = `${serverUrl}/${repository}/actions/runs/${runId}`
    if (attempt && attempt !== '1') runUrl += `/attempts/${attempt}`
  }
  return {
    server_url: serverUrl,
    repository,
    sha: get('GITHUB_SHA'),
    ref: get('GITHUB_REF'),
    workflow: get('GITHUB_WORKFLOW'),
    job: get('GITHUB_JOB'),
    run_id: runId,
    run_attempt: attempt,
    runner_os: get('RUNNER_OS'),
    run_url: runUrl
  }
}

/** The user's metadata plus `github` (the key is reserved; inputs refuse it). */
export function artifactMetadata(
  user: Record<string, unknown> | null,
  env: NodeJS.ProcessEnv = process.env
): Record<string, unknown> {
  return { ...(user ?? {}), github: githubProvenance(env) }
}
