/**
 * Where the command line ran, stored as the `ci` metadata key: one shape for every CI system
 * (so that runs can be filtered alike), filled from the system's own variables where it is
 * known, else only the system `local` and the host name.
 */
import os from 'node:os'
import { githubProvenance } from '../github-context.js'

export interface CiProvenance {
  /** `github`, `gitlab`, `jenkins`, `buildkite`, `slurm` or `local`. */
  system: string
  host: string
  repository: string
  sha: string
  ref: string
  /** The pipeline, workflow or Jenkins job. */
  pipeline: string
  /** The job or step within it. */
  job: string
  /** The build, pipeline job or batch job number. */
  build_id: string
  /** The web page of this build or job. */
  url: string
}

export function ciProvenance(env: NodeJS.ProcessEnv): CiProvenance {
  return { ...detect(env), host: hostName() }
}

function detect(env: NodeJS.ProcessEnv): Omit<CiProvenance, 'host'> {
  const get = (name: string): string => env[name] ?? ''
  if (env.GITHUB_ACTIONS === 'true') {
    const github = githubProvenance(env)
    return {
      system: 'github',
      repository: github.repository,
      sha: github.sha,
      ref: github.ref,
      pipeline: github.workflow,
      job: github.job,
      build_id: github.run_id,
      url: github.run_url
    }
  }
  if (env.GITLAB_CI === 'true') {
    return {
      system: 'gitlab',
      repository: get('CI_PROJECT_PATH'),
      sha: get('CI_COMMIT_SHA'),
      ref: get('CI_COMMIT_REF_NAME'),
      pipeline: get('CI_PIPELINE_ID'),
      job: get('CI_JOB_NAME'),
      build_id: get('CI_JOB_ID'),
      url: get('CI_JOB_URL')
    }
  }
  if (env.BUILDKITE === 'true') {
    return {
      system: 'buildkite',
      repository: get('BUILDKITE_REPO'),
      sha: get('BUILDKITE_COMMIT'),
      ref: get('BUILDKITE_BRANCH'),
      pipeline: get('BUILDKITE_PIPELINE_SLUG'),
      job: get('BUILDKITE_LABEL') || get('BUILDKITE_STEP_KEY'),
      build_id: get('BUILDKITE_BUILD_NUMBER'),
      url: get('BUILDKITE_BUILD_URL')
    }
  }
  if (env.JENKINS_URL || (env.BUILD_URL && env.JOB_NAME)) {
    return {
      system: 'jenkins',
      repository: get('GIT_URL'),
      sha: get('GIT_COMMIT'),
      ref: get('GIT_BRANCH'),
      pipeline: get('JOB_NAME'),
      job: get('STAGE_NAME'),
      build_id: get('BUILD_NUMBER'),
      url: get('BUILD_URL')
    }
  }
  const empty = { repository: '', sha: '', ref: '', pipeline: '', url: '' }
  if (env.SLURM_JOB_ID) {
    return {
      ...empty,
      system: 'slurm',
      pipeline: get('SLURM_CLUSTER_NAME'),
      job: get('SLURM_JOB_NAME'),
      build_id: get('SLURM_JOB_ID')
    }
  }
  return { ...empty, system: 'local', job: '', build_id: '' }
}

function hostName(): string {
  try {
    return os.hostname()
  } catch {
    return ''
  }
}
