/** Provenance of the workflow, stored as the `github` metadata key (docs/design.md, "Objects and metadata"). */
export function githubProvenance(env: NodeJS.ProcessEnv = process.env) {
  const get = (name: string): string => env[name] ?? ''
  const serverUrl = (get('GITHUB_SERVER_URL') || 'https://github.com').replace(/\/+$/, '')
  const repository = get('GITHUB_REPOSITORY')
  const runId = get('GITHUB_RUN_ID')
  const attempt = get('GITHUB_RUN_ATTEMPT')
  // The workflow run's page, built from GITHUB_SERVER_URL so that it works on GHES.
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
