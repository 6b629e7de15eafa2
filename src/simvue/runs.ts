/** Runs and folders (docs/design.md, "The Simvue contract used" and "Runs"). */
import { RUNS_MAX_PAGES, RUNS_PAGE_SIZE } from '../config.js'
import { badAnswer, hasStatus, PATH_SEGMENT, type ApiAnswer, type ApiClient } from './api.js'
import { isObject } from './detail.js'
import type { RunCreateBody, RunRecord } from './types.js'

/** 404 → null. */
export async function getRun(api: ApiClient, id: string): Promise<RunRecord | null> {
  try {
    const answer = await api.request({ method: 'GET', path: ['runs', id] })
    if (!isObject(answer.json)) throw badAnswer(answer, 'expected a run object')
    return { ...answer.json, id } as RunRecord
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

/**
 * Every run with exactly this name (and folder, when given). Pages are read until `count`
 * is reached, a page adds no run not seen before (a server that ignores `start`), or
 * RUNS_MAX_PAGES. A matching run whose id is not a Simvue id is an error, not dropped.
 */
export async function findRunsByName(
  api: ApiClient,
  name: string,
  folder: string | null
): Promise<RunRecord[]> {
  const filters = [`name == ${name}`]
  if (folder !== null) filters.push(`folder.path == ${folder}`)
  const found = new Map<string, RunRecord>()
  const seen = new Set<string | undefined>()
  for (let page = 0; page < RUNS_MAX_PAGES; page++) {
    const start = page * RUNS_PAGE_SIZE
    const answer = await api.request({
      method: 'GET',
      path: ['runs'],
      query: {
        filters: JSON.stringify(filters),
        start: String(start),
        count: String(RUNS_PAGE_SIZE)
      }
    })
    const body = answer.json
    if (!isObject(body) || !Array.isArray(body.data)) {
      throw badAnswer(answer, 'expected {"data": [...], "count": n}')
    }
    const before = seen.size
    for (const item of body.data) {
      seen.add(isObject(item) ? JSON.stringify(item.id) : JSON.stringify(item))
      addRun(found, item, name, answer)
    }
    const total = typeof body.count === 'number' ? body.count : 0
    if (body.data.length === 0 || start + RUNS_PAGE_SIZE >= total || seen.size === before) break
  }
  return [...found.values()]
}

function addRun(found: Map<string, RunRecord>, item: unknown, name: string, answer: ApiAnswer) {
  // The server's filter may be looser (case, substring); names are exact and case-sensitive.
  if (!isObject(item) || item.name !== name) return
  const id = item.id
  if (typeof id !== 'string' || !PATH_SEGMENT.test(id)) {
    throw badAnswer(
      answer,
      `the server listed a run named as asked whose id ${describe(id)} is not a Simvue id`
    )
  }
  if (!found.has(id)) found.set(id, { ...item, id } as RunRecord)
}

function describe(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value)
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown
}

/** 200, or 409 carrying the existing folder's id. */
export async function createFolder(api: ApiClient, path: string): Promise<string> {
  const answer = await api.request({
    method: 'POST',
    path: ['folders'],
    body: { path },
    accept: [200, 409]
  })
  return requireId(answer, 'folder')
}

/**
 * 200 or 409 with id. A retry after a lost answer could create a second run of the same name,
 * so before each retry the name is looked up first and a run found there is taken as ours.
 */
export function createRun(
  api: ApiClient,
  body: RunCreateBody
): Promise<{ id: string; name: string }> {
  return api.retry(`POST ${api.apiUrl}/runs`, async (attempt) => {
    if (attempt > 1) {
      const existing = await findRunsByName(api, body.name, body.folder)
      if (existing.length === 1 && existing[0]) {
        return { id: existing[0].id, name: existing[0].name || body.name }
      }
    }
    const answer = await api.attempt({ method: 'POST', path: ['runs'], body, accept: [200, 409] })
    const id = requireId(answer, 'run')
    const name = (answer.json as Record<string, unknown>).name
    return { id, name: typeof name === 'string' && name ? name : body.name }
  })
}

export async function updateRun(
  api: ApiClient,
  id: string,
  body: Record<string, unknown>
): Promise<void> {
  await api.request({ method: 'PUT', path: ['runs', id], body, accept: [200, 409] })
}

/** The answer's `id`, checked to be a Simvue id before anything puts it into a URL path. */
export function requireId(answer: ApiAnswer, what: string): string {
  const json = answer.json
  const id = isObject(json) ? json.id : undefined
  if (id === undefined || id === null || id === '') {
    throw badAnswer(answer, `the answer has no ${what} "id"`)
  }
  if (typeof id !== 'string' || !PATH_SEGMENT.test(id)) {
    throw badAnswer(answer, `the answer's ${what} id ${describe(id)} is not a Simvue id`)
  }
  return id
}
