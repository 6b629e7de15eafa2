/** Runs and folders (reference/simvue-api.md §4.1, §4.2). */
import { RUNS_PAGE_SIZE } from '../config.js'
import { badAnswer, hasStatus, type ApiAnswer, type ApiClient } from './api.js'
import { isObject } from './detail.js'
import { withRetry } from './retry.js'
import type { RunCreateBody, RunRecord } from './types.js'

/** 404 → null. */
export async function getRun(api: ApiClient, id: string): Promise<RunRecord | null> {
  try {
    const answer = await api.request({ method: 'GET', path: ['runs', id] })
    if (!isObject(answer.json)) throw badAnswer(answer, 'expected a run object')
    return { ...answer.json, id: stringField(answer.json, 'id') || id } as RunRecord
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}

/** Every run with exactly this name (and folder, when given), reading all pages. */
export async function findRunsByName(
  api: ApiClient,
  name: string,
  folder: string | null
): Promise<RunRecord[]> {
  const filters = [`name == ${name}`]
  if (folder !== null) filters.push(`folder.path == ${folder}`)
  const found: RunRecord[] = []
  for (let start = 0; ; start += RUNS_PAGE_SIZE) {
    const answer = await api.request({
      method: 'GET',
      path: ['runs'],
      query: {
        filters: JSON.stringify(filters),
        start: String(start),
        count: String(RUNS_PAGE_SIZE)
      }
    })
    const page = answer.json
    if (!isObject(page) || !Array.isArray(page.data)) {
      throw badAnswer(answer, 'expected {"data": [...], "count": n}')
    }
    for (const item of page.data) {
      if (isObject(item) && typeof item.id === 'string') found.push(item as RunRecord)
    }
    const total = typeof page.count === 'number' ? page.count : 0
    // `count` is the total; an empty page also ends the loop so a wrong total cannot spin.
    if (page.data.length === 0 || start + RUNS_PAGE_SIZE >= total) break
  }
  // The server's filter may be looser (case, substring); names are exact and case-sensitive.
  return found.filter((run) => run.name === name)
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
  return withRetry(
    async (attempt) => {
      if (attempt > 1) {
        const existing = await findRunsByName(api, body.name, body.folder)
        if (existing.length === 1 && existing[0]) {
          return { id: existing[0].id, name: existing[0].name || body.name }
        }
      }
      const answer = await api.attempt({ method: 'POST', path: ['runs'], body, accept: [200, 409] })
      const id = requireId(answer, 'run')
      return { id, name: stringField(answer.json, 'name') || body.name }
    },
    {
      maxAttempts: api.maxAttempts,
      describe: `POST ${api.apiUrl}/runs`,
      debug: (line) => api.log.debug(line)
    }
  )
}

export async function updateRun(
  api: ApiClient,
  id: string,
  body: Record<string, unknown>
): Promise<void> {
  await api.request({ method: 'PUT', path: ['runs', id], body, accept: [200, 409] })
}

export function requireId(answer: ApiAnswer, what: string): string {
  const id = stringField(answer.json, 'id')
  if (!id) throw badAnswer(answer, `the answer has no ${what} "id"`)
  return id
}

export function stringField(json: unknown, key: string): string {
  if (!isObject(json)) return ''
  const value = json[key]
  return typeof value === 'string' ? value : ''
}
