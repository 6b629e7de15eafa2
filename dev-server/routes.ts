/** The API route table: method and path → contract endpoint and handler. */
import { createArtifact, getArtifact, listArtifacts, markUploaded } from './api-artifacts.ts'
import { abortStatus, discard, heartbeat, requestAbort } from './api-lifecycle.ts'
import { attachArtifact, listRunArtifacts } from './api-links.ts'
import { createFolder, version, whoami } from './api-meta.ts'
import { createRun, getRun, listRuns, updateRun } from './api-runs.ts'
import type { Handler } from './api-types.ts'
import type { Endpoint } from './types.ts'

interface Route {
  method: string
  pattern: RegExp
  endpoint: Endpoint
  handler: Handler
}

const ID = '([^/]+)'

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/api\/version$/, endpoint: 'version', handler: version },
  { method: 'GET', pattern: /^\/api\/whoami$/, endpoint: 'whoami', handler: whoami },
  {
    method: 'POST',
    pattern: /^\/api\/folders$/,
    endpoint: 'folders.create',
    handler: createFolder
  },
  { method: 'POST', pattern: /^\/api\/runs$/, endpoint: 'runs.create', handler: createRun },
  { method: 'GET', pattern: /^\/api\/runs$/, endpoint: 'runs.list', handler: listRuns },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/runs/${ID}$`),
    endpoint: 'runs.get',
    handler: getRun
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/api/runs/${ID}$`),
    endpoint: 'runs.update',
    handler: updateRun
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/runs/${ID}/abort$`),
    endpoint: 'runs.abort.status',
    handler: abortStatus
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/api/runs/${ID}/abort$`),
    endpoint: 'runs.abort.request',
    handler: requestAbort
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/api/runs/${ID}/heartbeat$`),
    endpoint: 'runs.heartbeat',
    handler: heartbeat
  },
  { method: 'POST', pattern: /^\/api\/metrics$/, endpoint: 'metrics.create', handler: discard },
  { method: 'POST', pattern: /^\/api\/events$/, endpoint: 'events.create', handler: discard },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/runs/${ID}/artifacts$`),
    endpoint: 'runs.artifacts.list',
    handler: listRunArtifacts
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/api/runs/${ID}/artifacts/${ID}$`),
    endpoint: 'runs.artifacts.attach',
    handler: attachArtifact
  },
  {
    method: 'POST',
    pattern: /^\/api\/artifacts$/,
    endpoint: 'artifacts.create',
    handler: createArtifact
  },
  {
    method: 'GET',
    pattern: /^\/api\/artifacts$/,
    endpoint: 'artifacts.list',
    handler: listArtifacts
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/artifacts/${ID}$`),
    endpoint: 'artifacts.get',
    handler: getArtifact
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/api/artifacts/${ID}$`),
    endpoint: 'artifacts.mark',
    handler: markUploaded
  }
]

export type RouteMatch =
  | { endpoint: Endpoint; handler: Handler; params: string[] }
  | { endpoint: 'unknown'; status: 404 | 405 }

export function matchRoute(method: string, pathname: string): RouteMatch {
  let pathKnown = false
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname)
    if (!match) continue
    pathKnown = true
    if (route.method !== method) continue
    const params = match.slice(1).map(decode)
    return { endpoint: route.endpoint, handler: route.handler, params }
  }
  return { endpoint: 'unknown', status: pathKnown ? 405 : 404 }
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}
