/**
 * skip-existing: what the run already holds, by name. One listing of the category first
 * (cheap for the usual run); a run too large to list whole (100,000 artifacts) is looked up
 * per name as each file comes up; a look-up that cannot be read warns and skips nothing.
 */
import type { Category } from '../category.js'
import { errorMessage, SetupError } from '../errors.js'
import { groupBy } from '../format.js'
import { text, type Logger } from '../log.js'
import type { SimvueClient } from '../simvue/client.js'
import { CancelledError, TokenRefusedError } from '../simvue/errors.js'
import type { ArtifactRecord } from '../simvue/types.js'

/**
 * The whole-category listing is read only up to this size (about 35,000 artifacts): a larger
 * answer costs more memory to parse than per-name look-ups cost requests.
 */
const MAX_LISTING_BYTES = 16 * 2 ** 20

export interface ExistingLookup {
  /** Uploaded artifacts of this name in the run and category ([] when unknown). */
  find(name: string, signal?: AbortSignal): Promise<ArtifactRecord[]>
}

export async function loadExisting(
  client: SimvueClient,
  runId: string,
  category: Category,
  logger: Logger,
  signal?: AbortSignal
): Promise<ExistingLookup> {
  try {
    const records = await client.listRunArtifacts(
      runId,
      { category },
      { signal, maxResponseBytes: MAX_LISTING_BYTES }
    )
    const byName = groupBy(
      records.filter((record) => record.uploaded),
      (record) => record.name
    )
    return { find: async (name) => byName.get(name) ?? [] }
  } catch (error) {
    // A refused token, a missing run or a cancel are not a listing problem.
    if (stopsLookup(error) || error instanceof SetupError) throw error
    logger.info(
      text`Listing the run's ${category} artifacts failed (${errorMessage(error)}); looking them up by name instead.`
    )
    return byNameLookup(client, runId, category, logger)
  }
}

function byNameLookup(
  client: SimvueClient,
  runId: string,
  category: Category,
  logger: Logger
): ExistingLookup {
  let warned = false
  return {
    async find(name, signal) {
      try {
        const records = await client.listRunArtifacts(runId, { category, name }, { signal })
        return records.filter((record) => record.uploaded && record.name === name)
      } catch (error) {
        if (stopsLookup(error)) throw error
        if (!warned) {
          warned = true
          logger.warning(
            text`Could not read which artifacts the run already holds (${errorMessage(error)}): uploading without skip-existing where the look-up fails.`
          )
        }
        return []
      }
    }
  }
}

/** A refused token or a cancel stops the upload: never a reason to look up otherwise. */
function stopsLookup(error: unknown): boolean {
  return error instanceof TokenRefusedError || error instanceof CancelledError
}
