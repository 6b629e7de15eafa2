export const id = 570;
export const ids = [570];
export const modules = {

/***/ 7570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sendPlan: () => (/* binding */ sendPlan)
});

// UNUSED EXPORTS: utcTimestamp

// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/github-context.ts
/** Provenance of the workflow, stored as the `github` metadata key (DESIGN §4). */
function githubProvenance(env = process.env) {
    const get = (name) => env[name] ?? '';
    const serverUrl = (get('GITHUB_SERVER_URL') || 'https://github.com').replace(/\/+$/, '');
    const repository = get('GITHUB_REPOSITORY');
    const runId = get('GITHUB_RUN_ID');
    const attempt = get('GITHUB_RUN_ATTEMPT');
    let runUrl = '';
    if (repository && runId) {
        runUrl = `${serverUrl}/${repository}/actions/runs/${runId}`;
        if (attempt && attempt !== '1')
            runUrl += `/attempts/${attempt}`;
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
    };
}
/** The user's metadata plus `github` (the key is reserved; inputs refuse it). */
function artifactMetadata(user, env = process.env) {
    return { ...(user ?? {}), github: githubProvenance(env) };
}

// EXTERNAL MODULE: ./src/report/finish.ts + 1 modules
var finish = __webpack_require__(8684);
;// CONCATENATED MODULE: ./src/simvue/errors.ts
/**
 * Errors of the Simvue transport. They extend the shared classes in `../errors.ts` so callers
 * can test either the family (`SimvueHttpError`) or the precise case.
 */

/** Any non-success HTTP answer; remembers `Retry-After` so the retry loop can honour it. */
class HttpStatusError extends errors/* SimvueHttpError */.gi {
    /** Parsed `Retry-After`, in ms; null when absent or unparsable. */
    retryAfterMs;
    constructor(method, url, status, detail, retryAfterMs = null) {
        super(method, url, status, detail);
        this.name = 'HttpStatusError';
        this.retryAfterMs = retryAfterMs;
    }
}
/**
 * The API refused the token (401). Never retried: it stops the whole step, and there is only
 * one useful thing to say about it.
 */
class TokenRefusedError extends errors/* SimvueHttpError */.gi {
    constructor(method, url, apiUrl) {
        super(method, url, 401, 'token refused');
        this.name = 'TokenRefusedError';
        this.message =
            `The token was refused by ${apiUrl} (401 Unauthorized). Check the secret passed as ` +
                'SIMVUE_TOKEN or input `token`: it may have expired, been revoked, or belong to another ' +
                'Simvue server.';
    }
}
/** Object storage answered an error; `code` and `s3Message` come from its S3 XML body. */
class StorageError extends HttpStatusError {
    code;
    s3Message;
    constructor(url, status, code, s3Message, retryAfterMs) {
        super('POST', url, status, [code, s3Message].filter(Boolean).join(': '), retryAfterMs);
        this.name = 'StorageError';
        this.code = code;
        this.s3Message = s3Message;
    }
}
function isTokenRefused(error) {
    return error instanceof TokenRefusedError;
}
/** Storage 403 (usually an expired presigned policy): a fresh URL may fix it. */
function isStorageForbidden(error) {
    return error instanceof StorageError && error.status === 403;
}

;// CONCATENATED MODULE: ./src/simvue/detail.ts
/** Turning error bodies into one readable explanation (reference/simvue-api.md §6.3, S3 XML). */
const MAX_TEXT = 300;
/** FastAPI `{"detail": …}`: a string, or the 422 list formatted as `loc: msg` lines. */
function formatDetail(body) {
    const text = body.toString('utf8').trim();
    if (!text)
        return '';
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return shorten(text);
    }
    const detail = isObject(json) && 'detail' in json ? json.detail : json;
    if (typeof detail === 'string')
        return shorten(detail);
    if (Array.isArray(detail))
        return detail.map(formatIssue).join('\n');
    return shorten(JSON.stringify(detail));
}
function formatIssue(issue) {
    if (!isObject(issue))
        return shorten(JSON.stringify(issue));
    const loc = Array.isArray(issue.loc) ? issue.loc.map(String).join('.') : '';
    const msg = typeof issue.msg === 'string' ? issue.msg : JSON.stringify(issue);
    return loc ? `${loc}: ${msg}` : msg;
}
/** S3 error documents: `<Error><Code>BadDigest</Code><Message>…</Message></Error>`. */
function parseS3Error(body) {
    const text = body.toString('utf8');
    const code = xmlText(text, 'Code');
    const message = xmlText(text, 'Message');
    if (code || message)
        return { code, message };
    return { code: '', message: shorten(text.trim()) };
}
function xmlText(xml, tag) {
    const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
    return match?.[1] ? decodeEntities(match[1].trim()) : '';
}
function decodeEntities(text) {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}
function shorten(text, max = MAX_TEXT) {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/workflow/commands.ts
var commands = __webpack_require__(2259);
;// CONCATENATED MODULE: ./src/simvue/retry.ts
/**
 * Our retry policy (DESIGN §6), for API and storage requests alike. The classification is pure
 * so it can be tested from a table; `withRetry` only adds the loop, the waits and the bounds.
 */




const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Socket-level failures worth another attempt; ESTALL is our own stall-watchdog abort. */
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'ESTALL',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ENETDOWN'
]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status);
}
function isRetryableNetworkCode(code) {
    return RETRYABLE_CODES.has(code);
}
function classifyError(error) {
    if (error instanceof errors/* NetworkError */.Dr) {
        return { retry: isRetryableNetworkCode(error.code), retryAfterMs: null, reason: error.code };
    }
    if (error instanceof errors/* SimvueHttpError */.gi) {
        const retryAfterMs = error instanceof HttpStatusError ? error.retryAfterMs : null;
        return { retry: isRetryableStatus(error.status), retryAfterMs, reason: `HTTP ${error.status}` };
    }
    return { retry: false, retryAfterMs: null, reason: (0,errors/* errorMessage */.gJ)(error) };
}
/** `Retry-After` as delta-seconds or an HTTP date; null when absent or garbage. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined)
        return null;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!/[a-z]/i.test(text))
        return null;
    const date = Date.parse(text);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
}
/**
 * Wait before retry number `retry` (1 = after the first failure): full jitter over
 * base × factor^(retry-1), capped; a Retry-After replaces it, capped the same way.
 */
function backoffDelay(retry, options) {
    if (options.retryAfterMs !== null)
        return Math.min(options.retryAfterMs, config/* RETRY_MAX_DELAY_MS */.Pb);
    const ceiling = Math.min(config/* RETRY_MAX_DELAY_MS */.Pb, options.baseMs * config/* RETRY_FACTOR */.jH ** (retry - 1));
    return Math.floor(options.random() * ceiling);
}
/**
 * Runs `operation` until it succeeds, fails with a non-retryable error, runs out of attempts, or
 * the next wait would pass the total time bound. The last error is rethrown.
 */
async function withRetry(operation, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const debug = options.debug ?? commands/* debug */.Yz;
    const totalMs = options.totalMs ?? config/* RETRY_TOTAL_MS */.bH;
    const baseMs = options.baseMs ?? (0,config/* retryBaseMs */.wR)();
    const started = now();
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            const decision = classifyError(error);
            if (!decision.retry || attempt >= options.maxAttempts)
                throw error;
            const wait = backoffDelay(attempt, {
                baseMs,
                random: options.random ?? Math.random,
                retryAfterMs: decision.retryAfterMs
            });
            if (now() - started + wait > totalMs)
                throw error;
            debug(`${options.describe}: ${decision.reason}; attempt ${attempt + 1}/${options.maxAttempts} ` +
                `in ${wait} ms`);
            await sleep(wait);
        }
    }
}

// EXTERNAL MODULE: ./src/simvue/url.ts
var simvue_url = __webpack_require__(5440);
;// CONCATENATED MODULE: ./src/simvue/api.ts
/**
 * JSON requests to the Simvue API: the bearer token (API origin only, asserted), timeouts,
 * retries, and errors that name the request and quote the server's `detail`.
 */





/** Run and artifact listings can be large; anything beyond this is not a Simvue answer. */
const MAX_API_RESPONSE_BYTES = 64 * 2 ** 20;
class ApiClient {
    apiUrl;
    maxAttempts;
    origin;
    options;
    constructor(options) {
        this.options = options;
        this.apiUrl = options.apiUrl;
        this.maxAttempts = options.maxAttempts;
        this.origin = new URL(options.apiUrl).origin;
    }
    /** The call with the retry policy applied. */
    request(call) {
        return withRetry(() => this.attempt(call), {
            maxAttempts: this.options.maxAttempts,
            describe: `${call.method} ${(0,simvue_url/* redactUrl */.BO)(this.urlOf(call))}`
        });
    }
    /** One attempt; throws TokenRefusedError on 401 and HttpStatusError on other statuses. */
    async attempt(call) {
        const url = this.urlOf(call);
        // The token must never leave the API origin (scheme, host and port), whatever built the URL.
        if (url.origin !== this.origin) {
            throw new Error(`refusing to send the Simvue token to ${url.origin} (API is ${this.origin})`);
        }
        const headers = {
            Accept: 'application/json',
            Authorization: `Bearer ${this.options.token}`
        };
        let body;
        if (call.body !== undefined) {
            body = Buffer.from(JSON.stringify(call.body), 'utf8');
            headers['Content-Type'] = 'application/json';
        }
        const timeoutMs = this.options.timeoutMs ?? config/* API_TIMEOUT_MS */.kj;
        const response = await this.options.transport.send({
            method: call.method,
            url,
            headers,
            body,
            idleTimeoutMs: timeoutMs,
            totalTimeoutMs: timeoutMs,
            maxResponseBytes: MAX_API_RESPONSE_BYTES
        });
        return this.interpret(call, url, response);
    }
    interpret(call, url, response) {
        const { status } = response;
        const safe = (0,simvue_url/* redactUrl */.BO)(url);
        if (status === 401)
            throw new TokenRefusedError(call.method, safe, this.apiUrl);
        if (status >= 300 && status < 400) {
            const location = response.headers.location;
            const target = location ? (0,simvue_url/* redactUrl */.BO)(location, url) : '(no Location header)';
            throw new HttpStatusError(call.method, safe, status, `redirect to ${target} not followed; check server-url (scheme, host and path)`);
        }
        if (!(call.accept ?? [200]).includes(status)) {
            const retryAfter = parseRetryAfter(header(response, 'retry-after'));
            throw new HttpStatusError(call.method, safe, status, formatDetail(response.body), retryAfter);
        }
        const text = response.body.toString('utf8');
        try {
            return { status, json: JSON.parse(text), method: call.method, url: safe };
        }
        catch {
            const got = text.trim() ? `"${shorten(text, 120)}"` : 'an empty body';
            throw new HttpStatusError(call.method, safe, status, `expected a JSON answer, got ${got}`);
        }
    }
    urlOf(call) {
        const url = new URL((0,simvue_url/* joinUrl */.we)(this.apiUrl, ...call.path));
        for (const [key, value] of Object.entries(call.query ?? {}))
            url.searchParams.set(key, value);
        return url;
    }
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The answer is not what the contract promises (e.g. no `id`): an error naming the request. */
function badAnswer(answer, what) {
    return new HttpStatusError(answer.method, answer.url, answer.status, what);
}
function hasStatus(error, status) {
    return error instanceof HttpStatusError && error.status === status;
}

;// CONCATENATED MODULE: ./src/simvue/runs.ts
/** Runs and folders (reference/simvue-api.md §4.1, §4.2). */




/** 404 → null. */
async function getRun(api, id) {
    try {
        const answer = await api.request({ method: 'GET', path: ['runs', id] });
        if (!isObject(answer.json))
            throw badAnswer(answer, 'expected a run object');
        return { ...answer.json, id: stringField(answer.json, 'id') || id };
    }
    catch (error) {
        if (hasStatus(error, 404))
            return null;
        throw error;
    }
}
/** Every run with exactly this name (and folder, when given), reading all pages. */
async function findRunsByName(api, name, folder) {
    const filters = [`name == ${name}`];
    if (folder !== null)
        filters.push(`folder.path == ${folder}`);
    const found = [];
    for (let start = 0;; start += config/* RUNS_PAGE_SIZE */.Pd) {
        const answer = await api.request({
            method: 'GET',
            path: ['runs'],
            query: {
                filters: JSON.stringify(filters),
                start: String(start),
                count: String(config/* RUNS_PAGE_SIZE */.Pd)
            }
        });
        const page = answer.json;
        if (!isObject(page) || !Array.isArray(page.data)) {
            throw badAnswer(answer, 'expected {"data": [...], "count": n}');
        }
        for (const item of page.data) {
            if (isObject(item) && typeof item.id === 'string')
                found.push(item);
        }
        const total = typeof page.count === 'number' ? page.count : 0;
        // `count` is the total; an empty page also ends the loop so a wrong total cannot spin.
        if (page.data.length === 0 || start + config/* RUNS_PAGE_SIZE */.Pd >= total)
            break;
    }
    // The server's filter may be looser (case, substring); names are exact and case-sensitive.
    return found.filter((run) => run.name === name);
}
/** 200, or 409 carrying the existing folder's id. */
async function createFolder(api, path) {
    const answer = await api.request({
        method: 'POST',
        path: ['folders'],
        body: { path },
        accept: [200, 409]
    });
    return requireId(answer, 'folder');
}
/**
 * 200 or 409 with id. A retry after a lost answer could create a second run of the same name,
 * so before each retry the name is looked up first and a run found there is taken as ours.
 */
function createRun(api, body) {
    return withRetry(async (attempt) => {
        if (attempt > 1) {
            const existing = await findRunsByName(api, body.name, body.folder);
            if (existing.length === 1 && existing[0]) {
                return { id: existing[0].id, name: existing[0].name || body.name };
            }
        }
        const answer = await api.attempt({ method: 'POST', path: ['runs'], body, accept: [200, 409] });
        const id = requireId(answer, 'run');
        return { id, name: stringField(answer.json, 'name') || body.name };
    }, { maxAttempts: api.maxAttempts, describe: `POST ${api.apiUrl}/runs` });
}
async function updateRun(api, id, body) {
    await api.request({ method: 'PUT', path: ['runs', id], body, accept: [200, 409] });
}
function requireId(answer, what) {
    const id = stringField(answer.json, 'id');
    if (!id)
        throw badAnswer(answer, `the answer has no ${what} "id"`);
    return id;
}
function stringField(json, key) {
    if (!isObject(json))
        return '';
    const value = json[key];
    return typeof value === 'string' ? value : '';
}

;// CONCATENATED MODULE: ./src/simvue/artifacts.ts
/** Artifact requests A, C and D, and a run's artifact listing (reference/simvue-api.md §2, §4.4). */





/** The run's artifacts (in one category when given); 404 means the run does not exist. */
async function listRunArtifacts(api, runId, category) {
    let json;
    try {
        const query = category ? { category } : {};
        const answer = await api.request({ method: 'GET', path: ['runs', runId, 'artifacts'], query });
        if (!Array.isArray(answer.json))
            throw badAnswer(answer, 'expected a JSON array of artifacts');
        json = answer.json;
    }
    catch (error) {
        if (hasStatus(error, 404)) {
            throw new errors/* SetupError */.w3(`Run ${runId} was not found on ${api.apiUrl} (listing its artifacts answered 404).`, { cause: error });
        }
        throw error;
    }
    return json.filter(isObject).map(toArtifactRecord);
}
function toArtifactRecord(item) {
    return {
        ...item,
        id: String(item.id ?? ''),
        name: String(item.name ?? ''),
        checksum: typeof item.checksum === 'string' ? item.checksum : null,
        size: typeof item.size === 'number' ? item.size : 0,
        mime_type: String(item.mime_type ?? ''),
        original_path: String(item.original_path ?? ''),
        uploaded: item.uploaded === true
    };
}
/** POST /api/artifacts; 200 and 409 (with id) are success; the `url` key must be present. */
async function createArtifact(api, body, options) {
    const answer = await api.request({
        method: 'POST',
        path: ['artifacts'],
        query: options.deduplicate ? { deduplicate: 'true' } : {},
        body,
        accept: [200, 409]
    });
    const id = requireId(answer, 'artifact');
    const json = answer.json;
    if (!('url' in json))
        throw badAnswer(answer, 'the answer has no "url" key');
    const url = json.url;
    if (url !== null && url !== '' && url !== false && typeof url !== 'string') {
        throw badAnswer(answer, 'the answer\'s "url" is not a string');
    }
    return {
        id,
        url: typeof url === 'string' && url !== '' ? url : null,
        fields: toFields(json.fields, () => badAnswer(answer, 'the answer\'s "fields" is not an object')),
        conflict: answer.status === 409
    };
}
function toFields(value, invalid) {
    if (value === undefined || value === null)
        return {};
    if (!isObject(value))
        throw invalid();
    const fields = {};
    for (const [key, field] of Object.entries(value)) {
        if (typeof field === 'object' && field !== null)
            throw invalid();
        fields[key] = String(field);
    }
    return fields;
}
/** Request C; 200 and 409 are success. */
async function markUploaded(api, id) {
    await api.request({
        method: 'PUT',
        path: ['artifacts', id],
        body: { uploaded: true },
        accept: [200, 409]
    });
}
/**
 * Request D; 200 only. A 409 (already attached, or a retry after a lost answer whose first
 * attempt was applied) is success only if the run lists this id in this category.
 */
async function attach(api, runId, artifactId, category) {
    try {
        await api.request({
            method: 'PUT',
            path: ['runs', runId, 'artifacts', artifactId],
            body: { category }
        });
    }
    catch (error) {
        if (!hasStatus(error, 409))
            throw error;
        const listed = await listRunArtifacts(api, runId, category);
        if (listed.some((record) => record.id === artifactId))
            return;
        const conflict = error;
        throw new HttpStatusError(conflict.method, conflict.url, 409, `${conflict.detail || 'conflict'} (and artifact ${artifactId} is not among the run's ` +
            `${category} artifacts)`);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/simvue/file-body.ts
/**
 * Streams a multipart body into a request with a fixed pair of reused buffers: memory stays
 * flat whatever the file size (a stream would allocate a buffer per chunk and leave the
 * garbage collector to catch up). A file is re-hashed as it is sent; the last chunk is held
 * back until size and hash match, so a changed file never reaches storage complete.
 */




/** Resolves once `chunk` was flushed to the socket, so its buffer may be reused. */
function writeChunk(sink, chunk) {
    return new Promise((resolve, reject) => {
        const onClose = () => reject(new Error('request closed while sending'));
        sink.once('close', onClose);
        sink.write(chunk, (error) => {
            sink.off('close', onClose);
            if (error)
                reject(error);
            else
                resolve();
        });
    });
}
/** Sends exactly `file.size` bytes of the file, verified against `file.sha256`. */
async function writeFile(sink, file, count) {
    if (file.size === 0)
        return;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const handle = await (0,promises_.open)(file.path, 'r');
    try {
        const buffers = [Buffer.allocUnsafe(config/* READ_CHUNK_BYTES */.Vn), Buffer.allocUnsafe(config/* READ_CHUNK_BYTES */.Vn)];
        let inFlight = Promise.resolve();
        let position = 0;
        for (let turn = 0; position < file.size; turn ^= 1) {
            const buffer = buffers[turn];
            const wanted = Math.min(config/* READ_CHUNK_BYTES */.Vn, file.size - position);
            const { bytesRead } = await handle.read(buffer, 0, wanted, position);
            if (bytesRead === 0)
                throw new errors/* FileChangedError */.jL(file.path);
            const chunk = buffer.subarray(0, bytesRead);
            hash.update(chunk);
            position += bytesRead;
            if (position === file.size && hash.digest('hex') !== file.sha256) {
                throw new errors/* FileChangedError */.jL(file.path);
            }
            // The other buffer is free again once its write has been flushed.
            await inFlight;
            inFlight = writeChunk(sink, chunk).then(() => count(bytesRead));
            // Awaited on the next turn; until then a failed write must not count as unhandled.
            inFlight.catch(() => undefined);
        }
        await inFlight;
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/simvue/multipart.ts
/**
 * multipart/form-data framing for S3-style presigned POSTs: the server's fields first, in order,
 * then the `file` part (no Content-Type of its own). Built as two buffers around the file bytes
 * so the exact Content-Length is known before sending (S3 refuses chunked POSTs).
 */

function multipartFrame(fields, filename, boundary = `----SimvueUpload${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`) {
    const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`);
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(filename)}"` +
        '\r\n\r\n');
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        head: Buffer.from(parts.join(''), 'utf8'),
        tail: Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')
    };
}
/** Total body length for a file of `size` bytes. */
function multipartLength(frame, size) {
    return frame.head.length + size + frame.tail.length;
}
/** HTML5 form encoding of names in Content-Disposition: `"`, CR and LF percent-encoded. */
function quote(text) {
    return text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

;// CONCATENATED MODULE: ./src/simvue/storage.ts
/**
 * Request B: the multipart POST to the presigned storage URL (reference/simvue-api.md §2.3).
 * No Authorization, no redirects, exact Content-Length, the file streamed from disk and
 * re-checked against its hash as it goes, the stream reopened on every attempt.
 */







const MAX_STORAGE_RESPONSE_BYTES = 1 * 2 ** 20;
async function uploadToStorage(options, url, fields, source, onBytes) {
    const target = parseStorageUrl(url);
    const safe = (0,simvue_url/* redactUrl */.BO)(target);
    const isFile = 'path' in source;
    const size = isFile ? source.size : source.buffer.length;
    const filename = isFile ? (0,external_node_path_.basename)(source.path) : (source.filename ?? 'file');
    const frame = multipartFrame(fields, filename);
    // Progress counts each byte once, however many attempts re-send it.
    let reported = 0;
    const progress = (sentThisAttempt) => {
        if (sentThisAttempt > reported) {
            onBytes?.(sentThisAttempt - reported);
            reported = sentThisAttempt;
        }
    };
    await withRetry(async () => {
        let sent = 0;
        const count = (n) => progress((sent += n));
        const response = await options.transport.send({
            method: 'POST',
            url: target,
            headers: { 'Content-Type': frame.contentType },
            // Bytes in memory go out in one write; files stream through reused buffers.
            body: isFile
                ? (sink) => writeBody(sink, frame, source, count)
                : Buffer.concat([frame.head, source.buffer, frame.tail]),
            contentLength: multipartLength(frame, size),
            idleTimeoutMs: options.stallTimeoutMs,
            idleCode: 'ESTALL',
            maxResponseBytes: MAX_STORAGE_RESPONSE_BYTES
        });
        if (response.status === 200 || response.status === 204) {
            if (!isFile)
                count(size);
            return;
        }
        const { code, message } = parseS3Error(response.body);
        const location = response.headers.location;
        const why = location ? `redirect to ${(0,simvue_url/* redactUrl */.BO)(location, target)} not followed` : message;
        const retryAfter = parseRetryAfter(firstHeader(response.headers['retry-after']));
        throw new StorageError(safe, response.status, code, why, retryAfter);
    }, { maxAttempts: options.maxAttempts, describe: `POST ${safe}` });
}
async function writeBody(sink, frame, file, count) {
    await writeChunk(sink, frame.head);
    await writeFile(sink, file, count);
    await writeChunk(sink, frame.tail);
}
function parseStorageUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new Error('the server returned an invalid storage URL');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new Error(`the server returned a storage URL with scheme ${parsed.protocol}`);
    }
    return parsed;
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/simvue/transport.ts
/**
 * One HTTP attempt, done with node:http(s) directly. @actions/http-client only supplies the
 * agent, so HTTPS_PROXY / NO_PROXY apply; its request methods are not used because they pipe
 * streams without propagating errors, cannot be aborted and follow redirects (DESIGN §6).
 */







/** Hints for errors a user can fix (custom CAs are the common one on self-hosted servers). */
const TLS_HINT = ' (TLS certificate not trusted: for a private CA set NODE_EXTRA_CA_CERTS, see the README)';
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED'
]);
class Transport {
    clients = new Map();
    agents = new Set();
    maxSockets;
    disposed = false;
    constructor(options) {
        this.maxSockets = options.maxSockets;
    }
    /** Sends one attempt; resolves with any HTTP status, rejects on socket or body errors. */
    send(request) {
        if (this.disposed)
            throw new Error('Transport used after dispose()');
        const { url, method } = request;
        // node:http would turn user-info into an Authorization header; nothing here may send one.
        if (url.username || url.password)
            throw new Error('refusing a URL that contains credentials');
        const agent = this.agentFor(url);
        const headers = { 'User-Agent': config/* USER_AGENT */._O, ...request.headers };
        const body = request.body;
        if (Buffer.isBuffer(body))
            headers['Content-Length'] = String(body.length);
        else if (body) {
            if (request.contentLength === undefined)
                throw new Error('stream body needs contentLength');
            headers['Content-Length'] = String(request.contentLength);
        }
        const where = `${method} ${(0,simvue_url/* redactUrl */.BO)(url)}`;
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        return new Promise((resolve, reject) => {
            let settled = false;
            let bodyError = null;
            let bodyDone = !body;
            let deadline;
            const started = Date.now();
            const finish = (error, response) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(deadline);
                // Per-request lines only with RUNNER_DEBUG: thousands of files make many requests.
                if (commands/* isDebug */._o()) {
                    const outcome = response ? response.status : (bodyError ?? error);
                    commands/* debug */.Yz(`${where} -> ${String(outcome)} (${Date.now() - started} ms)`);
                }
                if (response)
                    resolve(response);
                else
                    reject(bodyError ?? toNetworkError(error, where));
            };
            const req = send(url, { agent, method, headers });
            const abort = (code, why) => {
                req.destroy(new errors/* NetworkError */.Dr(`${where}: ${why}`, code));
            };
            req.setTimeout(request.idleTimeoutMs, () => abort(request.idleCode ?? 'ETIMEDOUT', `no progress for ${request.idleTimeoutMs} ms`));
            if (request.totalTimeoutMs !== undefined) {
                const ms = request.totalTimeoutMs;
                deadline = setTimeout(() => abort('ETIMEDOUT', `no answer within ${ms} ms`), ms);
            }
            req.on('error', (error) => finish(error));
            req.on('response', (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > request.maxResponseBytes) {
                        const limit = request.maxResponseBytes;
                        req.destroy(new errors/* NetworkError */.Dr(`${where}: answer larger than ${limit} bytes`, 'EBIG'));
                        return;
                    }
                    chunks.push(chunk);
                });
                res.on('error', (error) => finish(error));
                res.on('close', () => {
                    if (!res.complete)
                        finish(new errors/* NetworkError */.Dr(`${where}: answer cut off`, 'ECONNRESET'));
                });
                res.on('end', () => {
                    // An early answer (e.g. S3 refusing a body): drop the socket rather than reuse it.
                    if (!bodyDone)
                        req.destroy();
                    finish(null, {
                        status: res.statusCode ?? 0,
                        headers: res.headers,
                        body: Buffer.concat(chunks)
                    });
                });
            });
            if (body && !Buffer.isBuffer(body)) {
                // The body's own error (e.g. FileChangedError) wins over the socket error that
                // destroying the request causes; later errors are consequences.
                body(req).then(() => {
                    bodyDone = true;
                    req.end();
                }, (error) => {
                    if (!settled)
                        bodyError ??= error;
                    req.destroy(error instanceof Error ? error : new Error(String(error)));
                });
            }
            else {
                bodyDone = true;
                req.end(body);
            }
        });
    }
    /** One HttpClient per origin: it caches a single agent chosen by its first URL's scheme. */
    agentFor(url) {
        let client = this.clients.get(url.origin);
        if (!client) {
            client = new lib/* HttpClient */.Qq(config/* USER_AGENT */._O, [], {
                keepAlive: true,
                allowRedirects: false,
                maxSockets: this.maxSockets
            });
            this.clients.set(url.origin, client);
        }
        const agent = client.getAgent(url.href);
        this.agents.add(agent);
        return agent;
    }
    /**
     * Closes every keep-alive socket so the process exits right after the last upload.
     * HttpClient.dispose() only destroys its direct agent, not a proxy tunnel agent, so every
     * agent handed out is destroyed here as well.
     */
    dispose() {
        this.disposed = true;
        for (const client of this.clients.values())
            client.dispose();
        for (const agent of this.agents) {
            if (typeof agent.destroy === 'function')
                agent.destroy();
        }
        this.clients.clear();
        this.agents.clear();
    }
}
function toNetworkError(error, where) {
    if (error instanceof errors/* NetworkError */.Dr)
        return error;
    const code = error?.code;
    const text = error instanceof Error ? error.message : String(error);
    const name = typeof code === 'string' ? code : 'ENETWORK';
    const hint = TLS_CODES.has(name) ? TLS_HINT : '';
    return new errors/* NetworkError */.Dr(`${where}: ${text}${hint}`, name, { cause: error });
}

;// CONCATENATED MODULE: ./src/simvue/version.ts
/** The server version gate (reference/simvue-api.md §1.4): 1.1.0 ≤ version < 2.0.0. */


/** Strict `MAJOR.MINOR.PATCH` (build metadata ignored); prereleases and garbage give null. */
function parseVersion(text) {
    const match = /^v?(\d+)\.(\d+)\.(\d+)(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
    if (!match)
        return null;
    return [Number(match[1]), Number(match[2]), Number(match[3])];
}
function compareVersions(a, b) {
    for (let i = 0; i < 3; i++) {
        const diff = a[i] - b[i];
        if (diff !== 0)
            return Math.sign(diff);
    }
    return 0;
}
/** Throws SetupError unless `version` is a release within the supported range. */
function checkServerVersion(version, apiUrl) {
    const range = `${config/* SERVER_VERSION_MIN */.aZ} ≤ version < ${config/* SERVER_VERSION_MAX_EXCLUSIVE */.bE}`;
    const parsed = typeof version === 'string' ? parseVersion(version) : null;
    if (!parsed) {
        throw new errors/* SetupError */.w3(`${apiUrl}/version did not report a release version (got ${JSON.stringify(version)}); ` +
            `this action supports Simvue servers with API ${range}. Check server-url.`);
    }
    const min = parseVersion(config/* SERVER_VERSION_MIN */.aZ);
    const max = parseVersion(config/* SERVER_VERSION_MAX_EXCLUSIVE */.bE);
    if (compareVersions(parsed, min) < 0 || compareVersions(parsed, max) >= 0) {
        throw new errors/* SetupError */.w3(`The Simvue server at ${apiUrl} reports API version ${String(version)}; this action ` +
            `supports ${range}. Use a matching server or action version.`);
    }
    return String(version);
}

;// CONCATENATED MODULE: ./src/simvue/client.ts
/**
 * The typed Simvue client: one object owning the connections, created by `connect` after the
 * version and token check (DESIGN §3 step 3). The requests themselves live in runs.ts,
 * artifacts.ts and storage.ts.
 */









class SimvueClient {
    serverVersion;
    apiUrl;
    api;
    transport;
    options;
    constructor(options, transport, api, version) {
        this.options = options;
        this.transport = transport;
        this.api = api;
        this.apiUrl = options.apiUrl;
        this.serverVersion = version;
    }
    /** GET /api/version: reachable, token accepted, 1.1.0 ≤ version < 2.0.0. */
    static async connect(options) {
        // Sockets for every file in flight plus a few for API calls made alongside them.
        const transport = new Transport({ maxSockets: options.concurrency + 4 });
        const api = new ApiClient({
            apiUrl: options.apiUrl,
            token: options.token,
            maxAttempts: options.maxAttempts,
            transport,
            timeoutMs: options.apiTimeoutMs
        });
        try {
            const answer = await api.request({ method: 'GET', path: ['version'] });
            const version = isObject(answer.json) ? answer.json.version : undefined;
            const checked = checkServerVersion(version, options.apiUrl);
            return new SimvueClient(options, transport, api, checked);
        }
        catch (error) {
            transport.dispose();
            throw explainConnectError(error, options.apiUrl);
        }
    }
    getRun(id) {
        return getRun(this.api, id);
    }
    findRunsByName(name, folder) {
        return findRunsByName(this.api, name, folder);
    }
    createFolder(path) {
        return createFolder(this.api, path);
    }
    createRun(body) {
        return createRun(this.api, body);
    }
    updateRun(id, body) {
        return updateRun(this.api, id, body);
    }
    listRunArtifacts(runId, category) {
        return listRunArtifacts(this.api, runId, category);
    }
    createArtifact(body, options) {
        return createArtifact(this.api, body, options);
    }
    markUploaded(id) {
        return markUploaded(this.api, id);
    }
    attach(runId, artifactId, category) {
        return attach(this.api, runId, artifactId, category);
    }
    uploadToStorage(url, fields, source, onBytes) {
        const { maxAttempts, stallTimeoutMs } = this.options;
        return uploadToStorage({ transport: this.transport, maxAttempts, stallTimeoutMs }, url, fields, source, onBytes);
    }
    /** Closes every keep-alive socket; call once, after the last request. */
    dispose() {
        this.transport.dispose();
    }
}
function explainConnectError(error, apiUrl) {
    if (error instanceof TokenRefusedError || error instanceof errors/* SetupError */.w3)
        return error;
    if (error instanceof errors/* NetworkError */.Dr) {
        return new errors/* SetupError */.w3(`Could not reach the Simvue server at ${apiUrl}: ${error.message}. Check server-url / ` +
            'SIMVUE_URL, and HTTPS_PROXY / NO_PROXY if the runner needs a proxy.', { cause: error });
    }
    if (hasStatus(error, 404)) {
        return new errors/* SetupError */.w3(`${apiUrl}/version answered 404: is server-url the base URL of a Simvue server? ` +
            '(the action appends /api)', { cause: error });
    }
    return new errors/* SetupError */.w3(`Checking the Simvue server failed: ${(0,errors/* errorMessage */.gJ)(error)}`, {
        cause: error
    });
}

;// CONCATENATED MODULE: ./src/simvue/resolve-run.ts
/**
 * Finds the run the artifacts go to, or creates it (DESIGN §4 "Run lookup", "Created run").
 * An id-shaped value is tried as an id first; names match exactly, every page read.
 */


const RUN_TAG = 'github-actions';
async function resolveRun(client, request) {
    if (config/* OBJECT_ID_REGEX */.Mc.test(request.run)) {
        const byId = await client.getRun(request.run);
        if (byId)
            return found(byId, request.run);
    }
    const where = request.folderFilter ? ` in folder ${request.folder}` : '';
    const matches = await client.findRunsByName(request.run, request.folderFilter ? request.folder : null);
    if (matches.length === 1)
        return found(matches[0], request.run);
    if (matches.length > 1) {
        const list = matches.map((r) => `${r.id} (folder ${String(r.folder ?? '?')})`).join(', ');
        throw new errors/* SetupError */.w3(`${matches.length} runs are named "${request.run}"${where}: ${list}. Give the run's id ` +
            'in `run`, or set `folder` to the one you mean.');
    }
    if (!request.createRun) {
        throw new errors/* SetupError */.w3(`No run named "${request.run}"${where} exists on the server. Check \`run\` (an id or the ` +
            'exact, case-sensitive name), or set `create-run: true` to create it.');
    }
    await client.createFolder(request.folder);
    const created = await client.createRun({
        name: request.run,
        folder: request.folder,
        status: 'running',
        tags: [RUN_TAG],
        metadata: request.metadata,
        heartbeat_timeout: null,
        system: null
    });
    return {
        id: created.id,
        name: created.name || request.run,
        status: 'running',
        folder: request.folder,
        created: true
    };
}
function found(run, fallbackName) {
    return {
        id: run.id,
        name: typeof run.name === 'string' && run.name ? run.name : fallbackName,
        status: String(run.status ?? ''),
        folder: typeof run.folder === 'string' ? run.folder : '',
        created: false
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/upload/failure.ts
/** One-line explanations of why an entry failed, naming the step (DESIGN §6). */


/** Wraps an error with the pipeline step it came from. */
class StepError extends Error {
    step;
    constructor(step, cause) {
        super(`${step} failed: ${(0,errors/* errorMessage */.gJ)(cause)}`, { cause });
        this.name = 'StepError';
        this.step = step;
    }
}
function describeFailure(error, entry) {
    const step = error instanceof StepError ? error.step : null;
    const cause = error instanceof StepError ? error.cause : error;
    return oneLine(explain(cause, step, entry));
}
function explain(cause, step, entry) {
    if (cause instanceof errors/* FileChangedError */.jL) {
        return `changed during upload: ${entry.localPath} was modified after it was hashed (is something still writing it?)`;
    }
    const code = cause?.code;
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied: cannot read ${entry.localPath}`;
    if (code === 'ENOENT')
        return `file not found: ${entry.localPath} (deleted after it was collected?)`;
    const reason = cause instanceof StorageError ? `${cause.status} ${cause.detail}`.trim() : (0,errors/* errorMessage */.gJ)(cause);
    return step ? `${step} failed: ${reason}` : reason;
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, '; ');
}

;// CONCATENATED MODULE: ./src/upload/hash.ts
/** SHA-256 of a file, streamed with large reads; the size returned is the size hashed. */



/**
 * Reads with two alternating buffers so the next read runs in the thread pool while the
 * current chunk is hashed on the main thread.
 */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffers = [Buffer.allocUnsafe(config/* READ_CHUNK_BYTES */.Vn), Buffer.allocUnsafe(config/* READ_CHUNK_BYTES */.Vn)];
        let current = 0;
        let size = 0;
        let pending = handle.read(buffers[0], 0, config/* READ_CHUNK_BYTES */.Vn, null);
        for (;;) {
            const { bytesRead, buffer } = await pending;
            if (bytesRead === 0)
                break;
            current ^= 1;
            pending = handle.read(buffers[current], 0, config/* READ_CHUNK_BYTES */.Vn, null);
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
        return { sha256: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}
function sha256Buffer(buffer) {
    return { sha256: (0,external_node_crypto_.createHash)('sha256').update(buffer).digest('hex'), size: buffer.length };
}

;// CONCATENATED MODULE: ./src/upload/file-upload.ts
/**
 * The per-file pipeline (DESIGN §3 step 5): hash → create → storage → mark uploaded → attach.
 * Every failure becomes a `failed` result naming the step; only a refused token (a setup
 * failure that stops everything) is thrown.
 */







function createEntryUploader(client) {
    return async (entry, context) => {
        const result = {
            name: entry.name,
            path: entry.localPath,
            id: null,
            size: entry.size,
            sha256: null,
            mimeType: entry.mimeType,
            category: context.category,
            status: 'failed',
            error: null
        };
        try {
            result.status = await uploadEntry(client, entry, context, result);
        }
        catch (error) {
            if (isTokenRefused(error))
                throw error;
            result.status = 'failed';
            result.error = describeFailure(error, entry);
            context.debug(`${entry.name}: failed: ${result.error}`);
        }
        return result;
    };
}
/** Fills `result` as it goes (id, size, sha256) so a failure still reports what is known. */
async function uploadEntry(client, entry, context, result) {
    let { digest, content } = await step('hashing', () => readEntry(entry));
    Object.assign(result, { size: digest.size, sha256: digest.sha256 });
    const uploaded = findUploaded(entry, digest, context);
    if (uploaded) {
        result.id = uploaded.id;
        return 'skipped';
    }
    let changeRetries = 1;
    let forbiddenRetries = 1;
    let created;
    for (;;) {
        const body = {
            name: entry.name,
            original_path: entry.kind === 'file' ? entry.localPath : '',
            size: digest.size,
            mime_type: entry.mimeType,
            checksum: digest.sha256,
            metadata: context.metadata
        };
        created = await step('create artifact', () => client.createArtifact(body, { deduplicate: context.deduplicate }));
        result.id = created.id;
        context.debug(`${entry.name}: artifact ${created.id}${created.url ? '' : ' (no upload needed)'}`);
        if (created.url === null)
            break;
        try {
            await client.uploadToStorage(created.url, created.fields, source(entry, digest, content), context.onBytes);
            break;
        }
        catch (error) {
            if (error instanceof errors/* FileChangedError */.jL && changeRetries-- > 0) {
                context.debug(`${entry.name}: changed while uploading; hashing it again`);
                ({ digest, content } = await step('hashing', () => readEntry(entry)));
                Object.assign(result, { size: digest.size, sha256: digest.sha256 });
                continue;
            }
            if (isStorageForbidden(error) && forbiddenRetries-- > 0) {
                context.debug(`${entry.name}: storage answered 403; asking for a fresh upload URL`);
                continue;
            }
            throw new StepError('storage upload', error);
        }
    }
    if (created.url !== null)
        await step('mark uploaded', () => client.markUploaded(created.id));
    await step('attach', () => client.attach(context.runId, created.id, context.category));
    if (created.url !== null)
        return 'uploaded';
    return context.deduplicate ? 'deduplicated' : 'stored';
}
/**
 * Small files are read once: hashed and sent from the same bytes, so they cannot change
 * in between. Larger files are hashed here and streamed (and re-checked) on upload.
 */
async function readEntry(entry) {
    if (entry.kind === 'object') {
        const content = entry.content ?? Buffer.alloc(0);
        return { digest: sha256Buffer(content), content };
    }
    if (entry.size <= config/* SMALL_FILE_BYTES */.XG) {
        // Synchronous on purpose: for a few KiB, four thread-pool round trips cost more than
        // the read itself, and thousands of small files are the common slow case.
        const content = (0,external_node_fs_.readFileSync)(entry.localPath);
        if (content.length <= config/* SMALL_FILE_BYTES */.XG)
            return { digest: sha256Buffer(content), content };
    }
    return { digest: await sha256File(entry.localPath), content: null };
}
function source(entry, digest, content) {
    if (content) {
        return { buffer: content, filename: entry.kind === 'file' ? (0,external_node_path_.basename)(entry.localPath) : 'file' };
    }
    return { path: entry.localPath, size: digest.size, sha256: digest.sha256 };
}
/** skip-existing: same name and content already uploaded; same name, other content warns. */
function findUploaded(entry, digest, context) {
    const records = context.existing?.get(entry.name);
    if (!records?.length)
        return null;
    const match = records.find((r) => r.uploaded && r.checksum === digest.sha256);
    if (match) {
        context.debug(`${entry.name}: already uploaded as ${match.id}; skipped`);
        return match;
    }
    context.warn(`${entry.name}: the run already has a ${context.category} artifact of this name with ` +
        'different content; uploading this one too (Simvue keeps both).');
    return null;
}
async function step(name, action) {
    try {
        return await action();
    }
    catch (error) {
        if (isTokenRefused(error))
            throw error;
        throw new StepError(name, error);
    }
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/upload/pool.ts
/**
 * A bounded pool: `concurrency` workers share one cursor over the items, so a slow file
 * never holds a lane idle. Results keep the items' order. A worker that throws stops the
 * pool (only setup failures such as a refused token throw; per-file failures are results).
 */
async function runPool(items, concurrency, worker) {
    const results = new Array(items.length);
    let next = 0;
    let failure = null;
    const lane = async () => {
        while (failure === null && next < items.length) {
            const index = next++;
            try {
                results[index] = await worker(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const lanes = Math.max(1, Math.min(concurrency, items.length));
    await Promise.all(Array.from({ length: lanes }, lane));
    if (failure !== null)
        throw failure.error;
    return results;
}

;// CONCATENATED MODULE: ./src/upload/progress.ts
/** A progress line on a timer during long uploads (DESIGN §7): files, bytes and rate. */


class Progress {
    filesDone = 0;
    bytesSent = 0;
    started = Date.now();
    timer = null;
    totalFiles;
    totalBytes;
    print;
    constructor(totalFiles, totalBytes, print, intervalMs = (0,config/* progressIntervalMs */.ri)()) {
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.print = print;
        if (totalFiles > 0) {
            this.timer = setInterval(() => this.print(this.line()), intervalMs);
            this.timer.unref();
        }
    }
    addBytes(bytes) {
        this.bytesSent += bytes;
    }
    fileDone() {
        this.filesDone++;
    }
    line() {
        const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
        return (`Progress: ${this.filesDone}/${this.totalFiles} files, ` +
            `${(0,format/* formatBytes */.z)(this.bytesSent)} of ${(0,format/* formatBytes */.z)(this.totalBytes)} sent, ` +
            `${(0,format/* formatBytes */.z)(this.bytesSent / seconds)}/s`);
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = null;
    }
}

;// CONCATENATED MODULE: ./src/upload/upload-all.ts
/** The upload phase: every plan entry through the per-file pipeline, in a bounded pool. */




async function uploadAll(plan, upload, context, concurrency) {
    const totalBytes = plan.reduce((sum, entry) => sum + entry.size, 0);
    const progress = new Progress(plan.length, totalBytes, (line) => commands/* info */.pq(line));
    const started = Date.now();
    try {
        const results = await runPool(plan, concurrency, async (entry) => {
            const result = await upload(entry, { ...context, onBytes: (n) => progress.addBytes(n) });
            progress.fileDone();
            logResult(result);
            return result;
        });
        const seconds = (Date.now() - started) / 1000;
        commands/* info */.pq(`Processed ${plan.length} artifacts (${(0,format/* formatBytes */.z)(totalBytes)}) in ${seconds.toFixed(1)} s ` +
            `with up to ${Math.min(concurrency, plan.length)} in flight.`);
        return results;
    }
    finally {
        progress.stop();
    }
}
function logResult(result) {
    if (result.status === 'failed') {
        commands/* error */.z3(`${result.name}: ${result.error ?? 'failed'}`, {
            title: `Upload failed: ${result.name}`
        });
        return;
    }
    commands/* debug */.Yz(`${result.status}: ${result.path || '(object)'} -> ${result.name} (${result.size} B, ${result.id ?? ''})`);
}

;// CONCATENATED MODULE: ./src/send.ts
/**
 * DESIGN §3 steps 3–6 for a plan that is sent: connect, find the run, upload, finish and
 * report. Loaded by main.ts only when something is sent, so that a dry run or an input
 * error never loads the HTTP stack (about half of the bundle's start-up time).
 */









async function sendPlan(inputs, server, plan, progress) {
    let client = null;
    try {
        const simvue = await commands/* group */.Os('Connecting to Simvue', () => connect(inputs, server));
        client = simvue;
        const target = await commands/* group */.Os('Finding the run', () => findRun(simvue, inputs, plan));
        const results = await commands/* group */.Os(`Uploading ${plan.length} artifacts`, () => upload(simvue, inputs, plan, target));
        progress.results = results;
        await finishRun(simvue, inputs, target, results);
        const runUrl = `${server.webUrl}/dashboard/runs/run/${target.id}`;
        await (0,finish/* reportResults */.zO)(results, { runId: target.id, runUrl, name: target.name }, inputs.failOnError);
    }
    finally {
        client?.dispose();
    }
}
async function connect(inputs, server) {
    const client = await SimvueClient.connect({
        apiUrl: server.apiUrl,
        token: inputs.token,
        maxAttempts: inputs.maxAttempts,
        concurrency: inputs.concurrency,
        stallTimeoutMs: inputs.stallTimeoutMs,
        apiTimeoutMs: (0,config/* apiTimeoutMs */.Mq)()
    });
    commands/* info */.pq(`Server ${server.webUrl} (API version ${client.serverVersion}).`);
    return client;
}
async function findRun(client, inputs, plan) {
    const target = await resolveRun(client, {
        run: inputs.run,
        folder: inputs.folder,
        folderFilter: inputs.folderFilter,
        createRun: inputs.createRun,
        metadata: { github: githubProvenance() }
    });
    const verb = target.created ? 'Created' : 'Found';
    commands/* info */.pq(`${verb} run "${target.name}" (${target.id}), status ${target.status}.`);
    if (target.status === 'created' && inputs.category === 'output' && plan.length > 0) {
        throw new errors/* SetupError */.w3(`Run "${target.name}" is in status "created", and Simvue refuses output artifacts for ` +
            'runs that have not started. Start the run first, or use `category: input` or `code`.');
    }
    return target;
}
async function upload(client, inputs, plan, target) {
    if (plan.length === 0)
        return [];
    const existing = inputs.skipExisting
        ? byName(await client.listRunArtifacts(target.id, inputs.category))
        : null;
    const context = {
        runId: target.id,
        category: inputs.category,
        metadata: artifactMetadata(inputs.metadata),
        deduplicate: inputs.deduplicate,
        existing,
        warn: (message) => commands/* warning */.$e(message),
        debug: (message) => commands/* debug */.Yz(message)
    };
    return uploadAll(plan, createEntryUploader(client), context, inputs.concurrency);
}
/** Uploaded artifacts by name; only these count for `skip-existing`. */
function byName(records) {
    const map = new Map();
    for (const record of records.filter((r) => r.uploaded === true)) {
        map.set(record.name, [...(map.get(record.name) ?? []), record]);
    }
    return map;
}
async function finishRun(client, inputs, target, results) {
    if (!inputs.runStatus)
        return;
    const failed = results.filter((r) => r.status === 'failed').length;
    if (failed > 0) {
        commands/* warning */.$e(`Run status left as "${target.status}", not set to "${inputs.runStatus}": ` +
            `${failed} artifact${failed === 1 ? '' : 's'} failed.`);
        return;
    }
    await client.updateRun(target.id, { status: inputs.runStatus, endtime: utcTimestamp(new Date()) });
    commands/* info */.pq(`Run status set to "${inputs.runStatus}".`);
}
/** Simvue's DATETIME_FORMAT, %Y-%m-%dT%H:%M:%S.%f in UTC. */
function utcTimestamp(date) {
    return date.toISOString().replace('Z', '000');
}


/***/ })

};
