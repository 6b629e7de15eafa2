import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9829:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
 * mime-db
 * Copyright(c) 2014 Jonathan Ong
 * Copyright(c) 2015-2022 Douglas Christopher Wilson
 * MIT Licensed
 */

/**
 * Module exports.
 */

module.exports = __nccwpck_require__(1813)


/***/ }),

/***/ 4096:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*!
 * mime-types
 * Copyright(c) 2014 Jonathan Ong
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */



/**
 * Module dependencies.
 * @private
 */

var db = __nccwpck_require__(9829)
var extname = (__nccwpck_require__(6928).extname)
var mimeScore = __nccwpck_require__(4062)

/**
 * Module variables.
 * @private
 */

var EXTRACT_TYPE_REGEXP = /^\s*([^;\s]*)(?:;|\s|$)/
var TEXT_TYPE_REGEXP = /^text\//i

/**
 * Module exports.
 * @public
 */

exports.charset = charset
exports.charsets = { lookup: charset }
exports.contentType = contentType
exports.extension = extension
exports.extensions = Object.create(null)
exports.lookup = lookup
exports.types = Object.create(null)
exports._extensionConflicts = []

// Populate the extensions/types maps
populateMaps(exports.extensions, exports.types)

/**
 * Get the default charset for a MIME type.
 *
 * @param {string} type
 * @return {false|string}
 */

function charset (type) {
  if (!type || typeof type !== 'string') {
    return false
  }

  // TODO: use media-typer
  var match = EXTRACT_TYPE_REGEXP.exec(type)
  var mime = match && db[match[1].toLowerCase()]

  if (mime && mime.charset) {
    return mime.charset
  }

  // default text/* to utf-8
  if (match && TEXT_TYPE_REGEXP.test(match[1])) {
    return 'UTF-8'
  }

  return false
}

/**
 * Create a full Content-Type header given a MIME type or extension.
 *
 * @param {string} str
 * @return {false|string}
 */

function contentType (str) {
  // TODO: should this even be in this module?
  if (!str || typeof str !== 'string') {
    return false
  }

  var mime = str.indexOf('/') === -1 ? exports.lookup(str) : str

  if (!mime) {
    return false
  }

  // TODO: use content-type or other module
  if (mime.indexOf('charset') === -1) {
    var charset = exports.charset(mime)
    if (charset) mime += '; charset=' + charset.toLowerCase()
  }

  return mime
}

/**
 * Get the default extension for a MIME type.
 *
 * @param {string} type
 * @return {false|string}
 */

function extension (type) {
  if (!type || typeof type !== 'string') {
    return false
  }

  // TODO: use media-typer
  var match = EXTRACT_TYPE_REGEXP.exec(type)

  // get extensions
  var exts = match && exports.extensions[match[1].toLowerCase()]

  if (!exts || !exts.length) {
    return false
  }

  return exts[0]
}

/**
 * Lookup the MIME type for a file path/extension.
 *
 * @param {string} path
 * @return {false|string}
 */

function lookup (path) {
  if (!path || typeof path !== 'string') {
    return false
  }

  // get the extension ("ext" or ".ext" or full path)
  var extension = extname('x.' + path)
    .toLowerCase()
    .slice(1)

  if (!extension) {
    return false
  }

  return exports.types[extension] || false
}

/**
 * Populate the extensions and types maps.
 * @private
 */

function populateMaps (extensions, types) {
  Object.keys(db).forEach(function forEachMimeType (type) {
    var mime = db[type]
    var exts = mime.extensions

    if (!exts || !exts.length) {
      return
    }

    // mime -> extensions
    extensions[type] = exts

    // extension -> mime
    for (var i = 0; i < exts.length; i++) {
      var extension = exts[i]
      types[extension] = _preferredType(extension, types[extension], type)

      // DELETE (eventually): Capture extension->type maps that change as a
      // result of switching to mime-score.  This is just to help make reviewing
      // PR #119 easier, and can be removed once that PR is approved.
      const legacyType = _preferredTypeLegacy(
        extension,
        types[extension],
        type
      )
      if (legacyType !== types[extension]) {
        exports._extensionConflicts.push([extension, legacyType, types[extension]])
      }
    }
  })
}

// Resolve type conflict using mime-score
function _preferredType (ext, type0, type1) {
  var score0 = type0 ? mimeScore(type0, db[type0].source) : 0
  var score1 = type1 ? mimeScore(type1, db[type1].source) : 0

  return score0 > score1 ? type0 : type1
}

// Resolve type conflict using pre-mime-score logic
function _preferredTypeLegacy (ext, type0, type1) {
  var SOURCE_RANK = ['nginx', 'apache', undefined, 'iana']

  var score0 = type0 ? SOURCE_RANK.indexOf(db[type0].source) : 0
  var score1 = type1 ? SOURCE_RANK.indexOf(db[type1].source) : 0

  if (
    exports.types[extension] !== 'application/octet-stream' &&
    (score0 > score1 ||
      (score0 === score1 &&
        exports.types[extension]?.slice(0, 12) === 'application/'))
  ) {
    return type0
  }

  return score0 > score1 ? type0 : type1
}


/***/ }),

/***/ 4062:
/***/ ((module) => {

// 'mime-score' back-ported to CommonJS

// Score RFC facets (see https://tools.ietf.org/html/rfc6838#section-3)
var FACET_SCORES = {
  'prs.': 100,
  'x-': 200,
  'x.': 300,
  'vnd.': 400,
  default: 900
}

// Score mime source (Logic originally from `jshttp/mime-types` module)
var SOURCE_SCORES = {
  nginx: 10,
  apache: 20,
  iana: 40,
  default: 30 // definitions added by `jshttp/mime-db` project?
}

var TYPE_SCORES = {
  // prefer application/xml over text/xml
  // prefer application/rtf over text/rtf
  application: 1,

  // prefer font/woff over application/font-woff
  font: 2,

  // prefer video/mp4 over audio/mp4 over application/mp4
  // See https://www.rfc-editor.org/rfc/rfc4337.html#section-2
  audio: 2,
  video: 3,

  default: 0
}

/**
 * Get each component of the score for a mime type.  The sum of these is the
 * total score.  The higher the score, the more "official" the type.
 */
module.exports = function mimeScore (mimeType, source = 'default') {
  if (mimeType === 'application/octet-stream') {
    return 0
  }

  const [type, subtype] = mimeType.split('/')

  const facet = subtype.replace(/(\.|x-).*/, '$1')

  const facetScore = FACET_SCORES[facet] || FACET_SCORES.default
  const sourceScore = SOURCE_SCORES[source] || SOURCE_SCORES.default
  const typeScore = TYPE_SCORES[type] || TYPE_SCORES.default

  // All else being equal prefer shorter types
  const lengthScore = 1 - mimeType.length / 100

  return facetScore + sourceScore + typeScore + lengthScore
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ NAME_REGEX),
/* harmony export */   Ak: () => (/* binding */ SUMMARY_MAX_ROWS),
/* harmony export */   Gz: () => (/* binding */ DEFAULT_MAX_ATTEMPTS),
/* harmony export */   JY: () => (/* binding */ WALK_HELPER_MIN_ENTRIES),
/* harmony export */   Mc: () => (/* binding */ OBJECT_ID_REGEX),
/* harmony export */   Mq: () => (/* binding */ apiTimeoutMs),
/* harmony export */   Nq: () => (/* binding */ OUTPUT_ARTIFACTS_MAX_BYTES),
/* harmony export */   Pb: () => (/* binding */ RETRY_MAX_DELAY_MS),
/* harmony export */   Pd: () => (/* binding */ RUNS_PAGE_SIZE),
/* harmony export */   Vn: () => (/* binding */ READ_CHUNK_BYTES),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   XC: () => (/* binding */ walkHelperMode),
/* harmony export */   XG: () => (/* binding */ SMALL_FILE_BYTES),
/* harmony export */   ZA: () => (/* binding */ SIMVUE_OBJECT_MIME_TYPES),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   aZ: () => (/* binding */ SERVER_VERSION_MIN),
/* harmony export */   bE: () => (/* binding */ SERVER_VERSION_MAX_EXCLUSIVE),
/* harmony export */   bH: () => (/* binding */ RETRY_TOTAL_MS),
/* harmony export */   c7: () => (/* binding */ WALK_HELPER_MAX_QUEUED),
/* harmony export */   dg: () => (/* binding */ DEFAULT_STALL_TIMEOUT_S),
/* harmony export */   eR: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   fx: () => (/* binding */ MAX_CONCURRENCY),
/* harmony export */   g6: () => (/* binding */ WALK_HELPER_GIVE_UP_MS),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   jH: () => (/* binding */ RETRY_FACTOR),
/* harmony export */   kj: () => (/* binding */ API_TIMEOUT_MS),
/* harmony export */   ri: () => (/* binding */ progressIntervalMs),
/* harmony export */   u8: () => (/* binding */ METADATA_KEY_REGEX),
/* harmony export */   wR: () => (/* binding */ retryBaseMs)
/* harmony export */ });
/* unused harmony exports ACTION_NAME, ACTION_VERSION, RETRY_BASE_MS, PROGRESS_INTERVAL_MS, envMilliseconds */
/** Tunables in one place. Inputs override the ones users may change (DESIGN §2). */
const ACTION_NAME = 'simvue-upload-artifact';
const ACTION_VERSION = '0.1.0';
const USER_AGENT = `Simvue GitHub Action ${ACTION_VERSION}`;
/** Simvue's NAME_REGEX (python-api simvue/models.py). */
const NAME_REGEX = /^[a-zA-Z0-9\-_\s/.:]+$/;
/** Keys of metadata objects (python-api: tags and metadata keys). */
const METADATA_KEY_REGEX = /^[\w\-\s.]+$/;
/** Server object ids: 22 alphanumerics. */
const OBJECT_ID_REGEX = /^[A-Za-z0-9]{22}$/;
const SERVER_VERSION_MIN = '1.1.0';
const SERVER_VERSION_MAX_EXCLUSIVE = '2.0.0';
/** Simvue's object MIME types, valid for `mime-type` besides the `mime-types` table. */
const SIMVUE_OBJECT_MIME_TYPES = [
    'application/vnd.plotly.v1+json',
    'application/vnd.simvue.numpy.v1',
    'application/vnd.simvue.df.v1',
    'application/vnd.simvue.torch.v1'
];
/** Single presigned POST limit: files of this size or more are refused before sending. */
const MAX_FILE_BYTES = 5 * 2 ** 30;
/** Run listing page size (python-api MAX_ENTRIES_PER_PAGE). */
const RUNS_PAGE_SIZE = 100;
const API_TIMEOUT_MS = 30_000;
const DEFAULT_CONCURRENCY = 32;
const MAX_CONCURRENCY = 64;
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_STALL_TIMEOUT_S = 300;
/** Backoff: base × factorⁿ with full jitter, capped; a request gives up after the bound. */
const RETRY_BASE_MS = 1_000;
const RETRY_FACTOR = 2;
const RETRY_MAX_DELAY_MS = 30_000;
/** Total time one request may spend retrying (attempts and waits). */
const RETRY_TOTAL_MS = 10 * 60_000;
/** Progress line interval on long uploads (DESIGN §7). */
const PROGRESS_INTERVAL_MS = 10_000;
/** GitHub limits. */
const OUTPUT_ARTIFACTS_MAX_BYTES = 900 * 1024;
const SUMMARY_MAX_BYTES = 1024 * 1024 - 64 * 1024;
/**
 * Rows of the job summary's table (failures first): GitHub renders a summary of many
 * thousands of rows slowly and nobody reads it; the outputs list every artifact. The dry
 * run's log prints as many plan lines.
 */
const SUMMARY_MAX_ROWS = 1000;
/** File read size for hashing and streaming; buffers are reused, never one per chunk. */
const READ_CHUNK_BYTES = 256 * 1024;
/** Files up to this size are read once into memory: hashed and sent from the same bytes. */
const SMALL_FILE_BYTES = 256 * 1024;
/**
 * The walk's helper thread (plan/list-helper.ts): started once a walk has met this many
 * entries (a thread costs ~30 ms of the other core to start), with this many directories
 * queued at most, and given up on (the walk goes on alone) after a wait this long.
 */
const WALK_HELPER_MIN_ENTRIES = 2_000;
const WALK_HELPER_MAX_QUEUED = 8;
const WALK_HELPER_GIVE_UP_MS = 10_000;
/**
 * Environment overrides for tuning and tests (not inputs): a non-negative number, else the
 * fallback. SIMVUE_UPLOAD_RETRY_BASE_MS and SIMVUE_UPLOAD_API_TIMEOUT_MS let fault tests run
 * without sleeping for seconds.
 */
function envMilliseconds(name, fallback, env = process.env) {
    const raw = env[name];
    const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
}
const retryBaseMs = (env = process.env) => envMilliseconds('SIMVUE_UPLOAD_RETRY_BASE_MS', RETRY_BASE_MS, env);
const apiTimeoutMs = (env = process.env) => envMilliseconds('SIMVUE_UPLOAD_API_TIMEOUT_MS', API_TIMEOUT_MS, env);
const progressIntervalMs = (env = process.env) => envMilliseconds('SIMVUE_UPLOAD_PROGRESS_INTERVAL_MS', PROGRESS_INTERVAL_MS, env);
/**
 * SIMVUE_UPLOAD_WALK_HELPER: `off` never starts the helper thread; `always` (for tests)
 * starts it with the first walk and has it list every directory sent to it. Anything
 * else: started for big walks on machines with two or more cores.
 */
function walkHelperMode(env = process.env) {
    const value = env.SIMVUE_UPLOAD_WALK_HELPER;
    return value === 'off' || value === 'always' ? value : 'auto';
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   W6: () => (/* binding */ PlanError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   gi: () => (/* binding */ SimvueHttpError),
/* harmony export */   jL: () => (/* binding */ FileChangedError),
/* harmony export */   w3: () => (/* binding */ SetupError)
/* harmony export */ });
/**
 * Typed errors. Each message says what failed and how to fix it; `name` is set so that
 * logs and tests can tell them apart without `instanceof` across bundle boundaries.
 */
/** A problem with the step's inputs or environment, found before any request is sent. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/** Problems with the resolved plan (names, collisions, sizes); lists every offender. */
class PlanError extends Error {
    problems;
    constructor(summary, problems) {
        super(problems.length ? `${summary}\n${problems.map((p) => `  - ${p}`).join('\n')}` : summary);
        this.name = 'PlanError';
        this.problems = problems;
    }
}
/** Fails the whole step: server unreachable or too old, token refused, run not found, … */
class SetupError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'SetupError';
    }
}
/** An HTTP answer the caller did not expect; carries what is needed to explain it. */
class SimvueHttpError extends Error {
    status;
    method;
    /** URL without query string or credentials: safe to log. */
    url;
    detail;
    constructor(method, url, status, detail) {
        super(`${method} ${url} answered ${status}${detail ? `: ${detail}` : ''}`);
        this.name = 'SimvueHttpError';
        this.method = method;
        this.url = url;
        this.status = status;
        this.detail = detail;
    }
}
/** A socket-level failure (reset, timeout, stall, refused) after retries were exhausted. */
class NetworkError extends Error {
    code;
    constructor(message, code, options) {
        super(message, options);
        this.name = 'NetworkError';
        this.code = code;
    }
}
/** The file's bytes changed between hashing and upload (e.g. a log still being written). */
class FileChangedError extends Error {
    constructor(path) {
        super(`${path} changed during upload (size or SHA-256 differ from when it was hashed)`);
        this.name = 'FileChangedError';
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2726);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2726:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/config.ts
var config = __nccwpck_require__(2973);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/input-parsers.ts
/** Pure parsers for input values; each error names the input, the value and the fix. */


const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
/** Shows a value in an error without flooding the log. */
function quote(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown);
}
function parseBoolean(input, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (TRUE_WORDS.includes(value))
        return true;
    if (FALSE_WORDS.includes(value))
        return false;
    throw new errors/* InputError */.dz(`Input \`${input}\` is ${quote(raw)}; it must be \`true\` or \`false\`.`);
}
function parseInteger(input, raw, fallback, min, max) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
        throw new errors/* InputError */.dz(`Input \`${input}\` is ${quote(raw)}; it must be a whole number from ${min} to ${max}.`);
    }
    return parsed;
}
function parseChoice(input, raw, choices, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    const found = choices.find((choice) => choice === value);
    if (found)
        return found;
    const hint = choices.find((choice) => choice.toLowerCase() === value.toLowerCase().replace(/s$/, ''));
    throw new errors/* InputError */.dz(`Input \`${input}\` is ${quote(raw)}; it must be one of ${choices.map((c) => `\`${c}\``).join(', ')}` +
        (hint ? ` (did you mean \`${hint}\`?)` : '.'));
}
/** A JSON object input; `null` when empty. */
function parseJsonObject(input, raw) {
    const value = raw.trim();
    if (value === '')
        return null;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz(`Input \`${input}\` is not valid JSON (${reason}); it must be a JSON object such as {"key": "value"}.`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        const kind = Array.isArray(parsed)
            ? 'an array'
            : parsed === null
                ? 'null'
                : `a ${typeof parsed}`;
        throw new errors/* InputError */.dz(`Input \`${input}\` is ${kind}; it must be a JSON object such as {"key": "value"}.`);
    }
    return parsed;
}
/** The user's `metadata`: keys as Simvue allows them, and `github` kept for provenance. */
function parseMetadata(input, raw) {
    const metadata = parseJsonObject(input, raw);
    if (!metadata)
        return null;
    const bad = Object.keys(metadata).filter((key) => !config/* METADATA_KEY_REGEX */.u8.test(key));
    if (bad.length) {
        throw new errors/* InputError */.dz(`Input \`${input}\` has keys Simvue refuses: ${bad.map(quote).join(', ')}. ` +
            'Keys may hold letters, digits, `_`, `-`, `.` and spaces only.');
    }
    if ('github' in metadata) {
        throw new errors/* InputError */.dz(`Input \`${input}\` uses the key "github", which this action fills with the workflow's ` +
            'provenance; rename your key.');
    }
    return metadata;
}

// EXTERNAL MODULE: ./src/simvue/url.ts
var url = __nccwpck_require__(5440);
;// CONCATENATED MODULE: ./src/input-environment.ts
/**
 * Inputs from the environment: each input's raw value, the server URL and token (inputs win
 * over SIMVUE_URL / SIMVUE_TOKEN, empty counts as missing) and the working directory.
 */





/** An input as the runner passes it: `INPUT_<NAME>`, upper-cased, spaces as `_`. */
function inputValue(name, env) {
    return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
const FORK_HINT = 'If it comes from a secret, note that secrets are empty in workflows triggered by pull ' +
    'requests from forks.';
/** The token from input `token` or SIMVUE_TOKEN; '' when neither is given. */
function readToken(input, env) {
    return [input, env.SIMVUE_TOKEN].find((v) => v !== undefined && v.trim() !== '')?.trim() ?? '';
}
function requireToken(token, env, dryRun) {
    if (token || dryRun)
        return token;
    const state = env.SIMVUE_TOKEN === undefined ? 'is not set' : 'is set but empty';
    throw new errors/* InputError */.dz(`No Simvue token: SIMVUE_TOKEN ${state} and input \`token\` is empty. Set ` +
        '`env: SIMVUE_TOKEN: ${{ secrets.SIMVUE_TOKEN }}` on the step or give `token`. ' +
        FORK_HINT);
}
/** The normalised server URLs; null only in a dry run without a server. */
function readServer(input, env, options) {
    const fromInput = input.trim();
    const raw = fromInput || (env.SIMVUE_URL ?? '').trim();
    if (!raw) {
        if (options.dryRun)
            return null;
        const state = env.SIMVUE_URL === undefined ? 'is not set' : 'is set but empty';
        throw new errors/* InputError */.dz(`No Simvue server URL: SIMVUE_URL ${state} and input \`server-url\` is empty. Set ` +
            '`env: SIMVUE_URL: ${{ vars.SIMVUE_URL }}` on the step or give `server-url`. ' +
            FORK_HINT);
    }
    return (0,url/* normaliseServerUrl */.D)(raw, {
        source: fromInput ? 'input `server-url`' : 'environment variable SIMVUE_URL',
        allowInsecureHttp: options.allowInsecureHttp
    });
}
/** `working-directory`, absolute: relative values resolve against the workspace. */
function resolveWorkingDirectory(input, workspace) {
    const raw = input.trim();
    const resolved = external_node_path_default().resolve(workspace, raw || '.');
    if (!(0,external_node_fs_.existsSync)(resolved) || !(0,external_node_fs_.statSync)(resolved).isDirectory()) {
        throw new errors/* InputError */.dz(`Input \`working-directory\` is ${quote(raw)}, which is not a directory (resolved to ` +
            `${resolved}); give an existing directory, absolute or relative to the workspace.`);
    }
    return resolved;
}

// EXTERNAL MODULE: ./node_modules/mime-types/index.js
var mime_types = __nccwpck_require__(4096);
;// CONCATENATED MODULE: ./src/plan/mime.ts
/** MIME types (DESIGN §4): detected from the extension; explicit ones validated. */


const DEFAULT_MIME_TYPE = 'application/octet-stream';
/** Types by the extension as spelt (plans of 100k files share a handful of extensions). */
const byExtension = new Map();
let lastExtension = '';
let lastType = '';
function detectMimeType(filePath) {
    const dot = filePath.lastIndexOf('.');
    const separator = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
    // A separator, then at least one character before the last dot: `mime.lookup` then depends
    // on nothing but what follows the dot (whichever of `/` and `\` the platform separates by).
    if (separator < 0 || dot <= separator + 1)
        return mime_types.lookup(filePath) || DEFAULT_MIME_TYPE;
    const length = filePath.length - dot - 1;
    if (lastType && length === lastExtension.length && filePath.endsWith(lastExtension)) {
        return lastType;
    }
    const extension = filePath.slice(dot + 1);
    let type = byExtension.get(extension);
    if (type === undefined) {
        type = mime_types.lookup(filePath) || DEFAULT_MIME_TYPE;
        byExtension.set(extension, type);
    }
    lastExtension = extension;
    lastType = type;
    return type;
}
/**
 * Known to the `mime-types` table (a type with registered extensions, compared exactly as
 * the table spells it, lower case, no parameters) or one of Simvue's object types.
 */
function isValidMimeType(value) {
    if (config/* SIMVUE_OBJECT_MIME_TYPES */.ZA.includes(value))
        return true;
    return Object.hasOwn(mime_types.extensions, value);
}

;// CONCATENATED MODULE: ./src/plan/types.ts
/** What the plan step produces: every artifact to upload, decided before any request. */
const CATEGORIES = ['input', 'output', 'code'];

// EXTERNAL MODULE: ./src/workflow/commands.ts
var commands = __nccwpck_require__(2259);
;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * Reads and validates every input in one place (DESIGN §2, §3 step 1). Nothing here sends a
 * request; any problem is one InputError that names the input, the value and the fix.
 */








/** Input names as action.yml spells them. */
const INPUT = {
    path: 'path',
    objects: 'objects',
    category: 'category',
    run: 'run',
    createRun: 'create-run',
    folder: 'folder',
    runStatus: 'run-status',
    preservePath: 'preserve-path',
    name: 'name',
    namePrefix: 'name-prefix',
    mimeType: 'mime-type',
    metadata: 'metadata',
    ifNoFilesFound: 'if-no-files-found',
    includeHiddenFiles: 'include-hidden-files',
    followSymbolicLinks: 'follow-symbolic-links',
    skipExisting: 'skip-existing',
    deduplicate: 'deduplicate',
    concurrency: 'concurrency',
    maxAttempts: 'max-attempts',
    stallTimeout: 'stall-timeout',
    failOnError: 'fail-on-error',
    dryRun: 'dry-run',
    workingDirectory: 'working-directory',
    serverUrl: 'server-url',
    token: 'token',
    allowInsecureHttp: 'allow-insecure-http'
};
function readInputs(env = process.env) {
    const read = (name) => inputValue(name, env).trim();
    // Mask first, so that no later message can print the token.
    const token = readToken(read(INPUT.token), env);
    if (token)
        (0,commands/* setSecret */.Pq)(token);
    const bool = (name, fallback) => parseBoolean(name, read(name), fallback);
    const int = (name, fallback, min, max) => parseInteger(name, read(name), fallback, min, max);
    const dryRun = bool(INPUT.dryRun, false);
    const allowInsecureHttp = bool(INPUT.allowInsecureHttp, false);
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    // Lines keep their spaces (a file name may end in one); empty lines are dropped.
    const pathLines = inputValue(INPUT.path, env)
        .split('\n')
        .filter((line) => line !== '');
    const objects = parseJsonObject(INPUT.objects, read(INPUT.objects));
    const createRun = bool(INPUT.createRun, false);
    const runStatus = parseChoice(INPUT.runStatus, read(INPUT.runStatus), ['completed', 'failed', 'terminated'], null);
    const lines = pathLines.map((line) => line.trim()).filter((l) => l && !l.startsWith('#'));
    if (lines.length > 0 && lines.every((line) => line.startsWith('!'))) {
        throw new errors/* InputError */.dz('Input `path` has only exclude lines (starting with "!"); add the files, directories ' +
            'or patterns to upload above them.');
    }
    if (lines.length === 0 && !objects && !createRun && !runStatus) {
        throw new errors/* InputError */.dz('Nothing to do: set `path` (files to upload), `objects`, `create-run: true` or `run-status`.');
    }
    const run = read(INPUT.run).trim();
    if (!run) {
        throw new errors/* InputError */.dz('Input `run` is required: give the id or the name of the Simvue run.');
    }
    if (createRun && !config/* NAME_REGEX */.AE.test(run)) {
        throw new errors/* InputError */.dz(`Input \`run\` is ${quote(run)}, which Simvue refuses as the name of a new run ` +
            '(create-run: true); use letters, digits, spaces, "-", "_", ".", "/" and ":" only.');
    }
    const folder = read(INPUT.folder).trim() || '/';
    if (!folder.startsWith('/')) {
        throw new errors/* InputError */.dz(`Input \`folder\` is ${quote(folder)}; a folder path must start with "/", e.g. "/ci/nightly".`);
    }
    const mimeType = read(INPUT.mimeType).trim() || null;
    if (mimeType && !isValidMimeType(mimeType)) {
        throw new errors/* InputError */.dz(`Input \`mime-type\` is ${quote(mimeType)}, which is not a known MIME type; use a registered ` +
            'type such as text/plain or application/json, or leave it empty to detect it per file.');
    }
    return {
        pathLines,
        objects,
        category: parseChoice(INPUT.category, read(INPUT.category), CATEGORIES, 'output'),
        run,
        createRun,
        folder,
        folderFilter: folder !== '/',
        runStatus,
        preservePath: bool(INPUT.preservePath, false),
        name: read(INPUT.name).trim() || null,
        namePrefix: read(INPUT.namePrefix),
        mimeType,
        metadata: parseMetadata(INPUT.metadata, read(INPUT.metadata)),
        ifNoFilesFound: parseChoice(INPUT.ifNoFilesFound, read(INPUT.ifNoFilesFound), ['warn', 'error', 'ignore'], 'warn'),
        includeHiddenFiles: bool(INPUT.includeHiddenFiles, false),
        followSymbolicLinks: bool(INPUT.followSymbolicLinks, true),
        skipExisting: bool(INPUT.skipExisting, true),
        deduplicate: bool(INPUT.deduplicate, false),
        concurrency: int(INPUT.concurrency, config/* DEFAULT_CONCURRENCY */.WH, 1, config/* MAX_CONCURRENCY */.fx),
        maxAttempts: int(INPUT.maxAttempts, config/* DEFAULT_MAX_ATTEMPTS */.Gz, 1, 20),
        stallTimeoutMs: 1000 * int(INPUT.stallTimeout, config/* DEFAULT_STALL_TIMEOUT_S */.dg, 1, 86_400),
        failOnError: bool(INPUT.failOnError, true),
        dryRun,
        workspace,
        workingDirectory: resolveWorkingDirectory(read(INPUT.workingDirectory), workspace),
        server: readServer(read(INPUT.serverUrl), env, { dryRun, allowInsecureHttp }),
        token: requireToken(token, env, dryRun),
        allowInsecureHttp
    };
}

;// CONCATENATED MODULE: ./src/plan/naming.ts
/**
 * Artifact names (DESIGN §4): the file name, or with `preserve-path` the path relative to
 * `working-directory`; `name-prefix` prepended as written; `/` separators on every OS.
 */


// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/u;
const ALLOWED = 'letters A-Z a-z, digits, spaces, "-", "_", ".", "/" and ":"';
/** Leading `/`, `//`, trailing `/`, or a `.` / `..` segment. */
const BAD_STRUCTURE = /^\/|\/\/|\/$|(?:^|\/)\.{1,2}(?:\/|$)/;
/** Printable ASCII that NAME_REGEX allows: letters, digits, space, `-`, `_`, `/`, `.`, `:`. */
const PLAIN_ALLOWED = new Uint8Array(128);
for (const char of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_/.:') {
    PLAIN_ALLOWED[char.charCodeAt(0)] = 1;
}
const SLASH = 0x2f;
const DOT = 0x2e;
/**
 * One scan for the usual name (plans may hold 100k+ entries): true only for a name that
 * `nameProblems` accepts, made of printable ASCII. false means "not sure": anything else
 * (non-ASCII, such as Unicode spaces that NAME_REGEX's `\s` allows) goes to `nameProblems`.
 */
function isPlainValidName(name) {
    const length = name.length;
    if (length === 0)
        return false;
    let segmentStart = 0;
    for (let i = 0; i <= length; i++) {
        const code = i < length ? name.charCodeAt(i) : SLASH;
        if (code === SLASH) {
            // Leading `/`, `//` or a trailing `/` (empty segment); a `.` or `..` segment.
            const segment = i - segmentStart;
            if (segment === 0)
                return false;
            if (segment <= 2 && name.charCodeAt(segmentStart) === DOT) {
                if (segment === 1 || name.charCodeAt(segmentStart + 1) === DOT)
                    return false;
            }
            segmentStart = i + 1;
        }
        else if (code > 127 || PLAIN_ALLOWED[code] === 0) {
            return false;
        }
    }
    return true;
}
/** Every reason this name is unacceptable ([] when fine). */
function nameProblems(name) {
    if (isPlainValidName(name))
        return [];
    if (config/* NAME_REGEX */.AE.test(name) && !CONTROL_CHARACTERS.test(name) && !BAD_STRUCTURE.test(name)) {
        return [];
    }
    if (name === '')
        return ['is empty'];
    const problems = [];
    if (name.startsWith('/'))
        problems.push('starts with "/"');
    const segments = name.split('/');
    if (segments.slice(name.startsWith('/') ? 1 : 0).some((segment) => segment === '')) {
        problems.push('has an empty segment ("//" or a trailing "/")');
    }
    if (segments.some((segment) => segment === '.' || segment === '..')) {
        problems.push('has a "." or ".." segment');
    }
    if (CONTROL_CHARACTERS.test(name))
        problems.push('contains control characters');
    if (!config/* NAME_REGEX */.AE.test(name)) {
        const offenders = [...new Set([...name].filter((char) => !config/* NAME_REGEX */.AE.test(char)))]
            .filter((char) => !CONTROL_CHARACTERS.test(char))
            .map((char) => JSON.stringify(char));
        if (offenders.length) {
            problems.push(`contains ${offenders.join(', ')}; Simvue names allow only ${ALLOWED}`);
        }
    }
    return problems;
}
/** `.` or `..` segments, or doubled separators: the path needs `path.relative`'s care. */
const NOT_NORMAL = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/][\\/]/;
/** `path.relative`, with a fast path for the usual file below the directory. */
function relativeTo(directory, localPath, pathApi) {
    const prefix = directory.endsWith(pathApi.sep) ? directory : directory + pathApi.sep;
    const simple = localPath.startsWith(prefix) && !NOT_NORMAL.test(directory) && !NOT_NORMAL.test(localPath);
    return simple ? localPath.slice(prefix.length) : pathApi.relative(directory, localPath);
}
/**
 * A plan's names for the usual files, decided with one scan each: `name(localPath)` is the
 * name `artifactName` gives, or null when that needs `artifactName` itself (a problem to
 * describe, a path that needs `path.relative`'s care, Windows separators, non-ASCII).
 */
function plainNamer(options, pathApi = (external_node_path_default())) {
    const { namePrefix, workingDirectory } = options;
    if (pathApi.sep !== '/')
        return () => null;
    const withPrefix = (base) => {
        if (namePrefix === '')
            return base;
        const name = namePrefix + base;
        return isPlainValidName(name) ? name : null;
    };
    if (!options.preservePath) {
        return (localPath) => {
            const base = localPath.slice(localPath.lastIndexOf('/') + 1);
            return isPlainValidName(base) ? withPrefix(base) : null;
        };
    }
    const prefix = workingDirectory.endsWith('/') ? workingDirectory : workingDirectory + '/';
    if (NOT_NORMAL.test(workingDirectory))
        return () => null;
    // Below a normal directory, a relative part with no `.`, `..` or empty segment (and no
    // `\`) makes the whole path normal: `path.relative` would return that part as it is.
    return (localPath) => {
        if (!localPath.startsWith(prefix))
            return null;
        const relative = localPath.slice(prefix.length);
        return isPlainValidName(relative) ? withPrefix(relative) : null;
    };
}
/** Artifact name for a local file, or a problem message. pathApi lets tests pass path.win32. */
function artifactName(localPath, options, pathApi = (external_node_path_default())) {
    let base;
    if (options.preservePath) {
        const relative = relativeTo(options.workingDirectory, localPath, pathApi);
        const outside = relative === '' ||
            relative === '..' ||
            relative.startsWith(`..${pathApi.sep}`) ||
            pathApi.isAbsolute(relative);
        if (outside) {
            return {
                problem: `preserve-path: ${localPath} is not inside working-directory ${options.workingDirectory}; ` +
                    'set `working-directory` to a folder that contains it, or give it a `name`'
            };
        }
        base = relative;
    }
    else {
        base = pathApi.basename(localPath);
    }
    // Windows paths use `\`; artifact names use `/` everywhere.
    if (pathApi.sep === '\\')
        base = base.replaceAll('\\', '/');
    const name = options.namePrefix + base;
    const problems = nameProblems(name);
    return problems.length
        ? { problem: `name "${name}" (from ${localPath}) ${problems.join('; ')}` }
        : { name };
}

;// CONCATENATED MODULE: ./src/plan/objects.ts
const OBJECT_MIME_TYPE = 'application/json';
/** JSON.stringify each value (compact UTF-8), MIME application/json, original path ''. */
function objectEntries(objects, namePrefix) {
    return Object.entries(objects).map(([key, value]) => {
        // Values come from parsed JSON, so they always serialise; `?? 'null'` only satisfies types.
        const content = Buffer.from(JSON.stringify(value) ?? 'null', 'utf8');
        return {
            kind: 'object',
            name: namePrefix + key,
            localPath: '',
            size: content.length,
            mimeType: OBJECT_MIME_TYPE,
            content
        };
    });
}

;// CONCATENATED MODULE: ./src/plan/build-plan.ts
/**
 * Collected files and `objects` → the upload plan (DESIGN §3 step 2, §4): names, MIME types
 * and sizes decided and checked before any request; every problem reported at once.
 */





/** Paths listed per colliding name; the count says how many there are in all. */
const MAX_LISTED = 10;
function originOf(entry, origins) {
    return entry.kind === 'file' ? entry.localPath : (origins.get(entry) ?? '');
}
/** File entries, named: with `name` given, names are set later (and stay '' here). */
function fileEntries(options, problems, named) {
    const { files, mimeType } = options;
    const plainName = plainNamer(options);
    const entries = new Array(files.length);
    for (let i = 0; i < files.length; i++) {
        const localPath = files[i].path;
        let name = named ? plainName(localPath) : '';
        if (name === null) {
            const result = artifactName(localPath, options);
            if ('name' in result)
                name = result.name;
            else {
                problems.push(result.problem);
                name = '';
            }
        }
        const type = mimeType ?? detectMimeType(localPath);
        entries[i] = { kind: 'file', name, localPath, size: files[i].size, mimeType: type };
    }
    return entries;
}
function objectEntriesOf(options, origins) {
    const objects = options.objects ?? {};
    const entries = objectEntries(objects, options.namePrefix);
    Object.keys(objects).forEach((key, i) => origins.set(entries[i], `objects[${JSON.stringify(key)}]`));
    return entries;
}
function sizeProblems(entries) {
    const problems = [];
    for (const entry of entries) {
        if (entry.kind !== 'file' || entry.size < config/* MAX_FILE_BYTES */.gZ)
            continue;
        problems.push(`${entry.localPath} is ${entry.size} bytes: files of 5 GiB (${config/* MAX_FILE_BYTES */.gZ} bytes) ` +
            'or more exceed the single presigned POST limit; split or compress it');
    }
    return problems;
}
/** `name` problems: it names the one entry, or cannot (several entries or none). */
function explicitNameProblems(files, objects, options) {
    const { explicitName, namePrefix } = options;
    if (explicitName === null)
        return [];
    const count = files.length + objects.length;
    if (count === 1) {
        // `name-prefix` is "prepended to every name", so an explicit `name` gets it too.
        const entry = files[0] ?? objects[0];
        entry.name = namePrefix + explicitName;
        const reasons = nameProblems(entry.name);
        return reasons.length ? [`name: "${entry.name}" ${reasons.join('; ')}`] : [];
    }
    return [
        `name: "${explicitName}" can name exactly one artifact, but ${count} are planned ` +
            `(${files.length} file(s), ${objects.length} object(s)); remove \`name\` or narrow ` +
            '`path` / `objects` to one entry'
    ];
}
function objectNameProblems(objects, origins) {
    const problems = [];
    for (const entry of objects) {
        const reasons = nameProblems(entry.name);
        if (reasons.length) {
            problems.push(`name "${entry.name}" (from ${originOf(entry, origins)}) ${reasons.join('; ')}`);
        }
    }
    return problems;
}
function byNameThenPath(x, y) {
    if (x.name !== y.name)
        return x.name < y.name ? -1 : 1;
    return x.localPath < y.localPath ? -1 : x.localPath > y.localPath ? 1 : 0;
}
/**
 * Sorts by name, then path. Walks give sorted paths and often sorted names: an O(n) check
 * first. Returns whether two entries may share a name (false: every name is distinct).
 */
function sortEntries(entries) {
    let repeated = false;
    for (let i = 1; i < entries.length; i++) {
        const previous = entries[i - 1].name;
        const name = entries[i].name;
        if (previous < name)
            continue;
        if (previous !== name || entries[i - 1].localPath > entries[i].localPath) {
            entries.sort(byNameThenPath);
            return true;
        }
        repeated = true;
    }
    return repeated;
}
/** Runs of one name in entries sorted by name (no map: plans may hold 100k+ entries). */
function collisionProblems(sorted, origins) {
    const problems = [];
    for (let start = 0; start < sorted.length;) {
        const name = sorted[start].name;
        let end = start + 1;
        while (end < sorted.length && sorted[end].name === name)
            end++;
        if (end - start > 1 && name !== '') {
            const listed = sorted.slice(start, Math.min(end, start + MAX_LISTED));
            const paths = listed.map((entry) => originOf(entry, origins));
            const more = end - start - paths.length;
            problems.push(`${end - start} entries would be named "${name}": ${paths.join(', ')}` +
                `${more ? ` and ${more} more` : ''}; ` +
                'set `preserve-path: true`, use `name-prefix`, or narrow `path`');
        }
        start = end;
    }
    return problems;
}
function buildPlan(options) {
    const origins = new Map();
    const objects = objectEntriesOf(options, origins);
    const single = options.explicitName !== null && options.files.length + objects.length === 1;
    const fileProblems = [];
    const files = fileEntries(options, fileProblems, !single);
    // Problems in the order of the entries: `name`'s first, then files, then objects.
    const problems = explicitNameProblems(files, objects, options);
    if (!single)
        problems.push(...fileProblems, ...objectNameProblems(objects, origins));
    const entries = objects.length ? files.concat(objects) : files;
    const mayCollide = sortEntries(entries);
    problems.push(...sizeProblems(entries));
    if (mayCollide)
        problems.push(...collisionProblems(entries, origins));
    if (problems.length) {
        const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
        throw new errors/* PlanError */.W6(`The upload plan has ${count}; nothing was sent:`, problems);
    }
    return entries;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/plan/glob-segment.ts
/**
 * One path segment of a `path` line, compiled once: `**`, a literal name, or a pattern with
 * `*`, `?` and `[...]` (the syntax of @actions/glob: no braces, no extglobs, `dot: true`).
 */
const POSIX_CLASSES = {
    alnum: 'a-zA-Z0-9',
    alpha: 'a-zA-Z',
    blank: ' \\t',
    digit: '0-9',
    lower: 'a-z',
    punct: '!-\\/:-@\\[-`{-~',
    space: ' \\t\\n\\r\\f\\v',
    upper: 'A-Z',
    word: '\\w',
    xdigit: '0-9A-Fa-f'
};
/** Characters to escape outside a class (u-mode refuses other identity escapes). */
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g;
/** Inside a class, `-` must be escaped too. */
const CLASS_SPECIAL = /[\\^[\]/-]/g;
function escapeRegex(text) {
    return text.replace(REGEX_SPECIAL, '\\$&');
}
function escapeClass(text) {
    return text.replace(CLASS_SPECIAL, '\\$&');
}
/** Parses `[...]` starting at `start` (the `[`); null when it is not a closed class. */
function parseClass(segment, start, syntax) {
    let i = start + 1;
    const negate = segment[i] === '!' || segment[i] === '^';
    if (negate)
        i++;
    const parts = [];
    /** The one character of `[x]`, the documented way to write `*`, `?` or `[` literally. */
    let single = null;
    while (i < segment.length) {
        const c = segment[i];
        if (c === ']' && parts.length > 0) {
            const token = !negate && parts.length === 1 && single !== null
                ? { literal: single }
                : { regex: `[${negate ? '^' : ''}${parts.join('')}]` };
            return { token, end: i + 1 };
        }
        const posix = /^\[:([a-z]+):\]/.exec(segment.slice(i, i + 10));
        if (posix && POSIX_CLASSES[posix[1]]) {
            parts.push(POSIX_CLASSES[posix[1]]);
            single = null;
            i += posix[0].length;
            continue;
        }
        let char = c;
        if (c === '\\' && !syntax.windows && i + 1 < segment.length)
            char = segment[++i];
        if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
            parts.push(`${escapeClass(char)}-${escapeClass(segment[i + 2])}`);
            single = null;
            i += 3;
            continue;
        }
        parts.push(escapeClass(char));
        single = parts.length === 1 ? char : null;
        i++;
    }
    return null;
}
function tokenize(segment, syntax) {
    const tokens = [];
    let i = 0;
    while (i < segment.length) {
        const c = segment[i];
        if (c === '\\' && !syntax.windows && i + 1 < segment.length) {
            tokens.push({ literal: segment[i + 1] });
            i += 2;
        }
        else if (c === '*') {
            while (segment[i] === '*')
                i++;
            tokens.push({ regex: '.*' });
        }
        else if (c === '?') {
            tokens.push({ regex: '.' });
            i++;
        }
        else if (c === '[') {
            const parsed = parseClass(segment, i, syntax);
            tokens.push(parsed ? parsed.token : { literal: '[' });
            i = parsed ? parsed.end : i + 1;
        }
        else {
            tokens.push({ literal: c });
            i++;
        }
    }
    return tokens;
}
/** Whether the segment has any wildcard (escaped metacharacters and `[x]` do not count). */
function isMagic(segment, syntax) {
    return tokenize(segment, syntax).some((token) => 'regex' in token);
}
/** The literal name a non-magic segment spells (escapes removed). */
function unescapeSegment(segment, syntax) {
    return tokenize(segment, syntax)
        .map((token) => ('literal' in token ? token.literal : ''))
        .join('');
}
function compileSegment(segment, syntax) {
    if (segment === '**')
        return { kind: 'globstar' };
    const tokens = tokenize(segment, syntax);
    // A segment that starts with a literal `.` names dot entries explicitly: never hidden.
    const head = tokens[0];
    const dotLiteral = head !== undefined && 'literal' in head && head.literal === '.';
    if (tokens.every((token) => 'literal' in token)) {
        const text = tokens.map((token) => ('literal' in token ? token.literal : '')).join('');
        return { kind: 'literal', text, key: syntax.windows ? text.toLowerCase() : text, dotLiteral };
    }
    const body = tokens
        .map((token) => ('literal' in token ? escapeRegex(token.literal) : token.regex))
        .join('');
    const regex = new RegExp(`^${body}$`, syntax.windows ? 'isu' : 'su');
    return { kind: 'pattern', source: segment, regex, dotLiteral };
}
/** `name` is the entry's name; `key` its case-folded form on Windows (else the name). */
function segmentMatches(segment, name, key) {
    switch (segment.kind) {
        case 'globstar':
            return true;
        case 'literal':
            return segment.key === key;
        case 'pattern':
            return segment.regex.test(name);
    }
}

;// CONCATENATED MODULE: ./src/plan/matcher.ts
/**
 * Matching a walk against glob segments, one directory level at a time: a small NFA whose
 * states are bit sets of segment positions, so each entry costs a few bit operations and at
 * most one regex test per live segment (nothing is compiled while walking).
 *
 * Implicit descendants: once the last segment matched a directory, everything below it
 * matches (`ALL`). Hidden entries: a dot name may only be consumed by a segment that spells
 * a literal `.` itself (`**\/.coverage`); `**`, `*` and implicit descendants never take one
 * unless hidden files are included.
 */

/** Everything at and below this directory matches. */
const ALL = -1;
/** Nothing below can match: prune. */
const DEAD = 0;
class SegmentMatcher {
    start;
    directoryOnly;
    segments;
    endBit;
    /** closure[i]: positions reachable from i by letting `**` match nothing. */
    closure;
    constructor(segments, directoryOnly) {
        this.segments = segments;
        this.directoryOnly = directoryOnly;
        const count = segments.length;
        this.endBit = 1 << count;
        this.closure = new Array(count + 1);
        this.closure[count] = this.endBit;
        for (let i = count - 1; i >= 0; i--) {
            const bit = 1 << i;
            this.closure[i] = segments[i].kind === 'globstar' ? bit | this.closure[i + 1] : bit;
        }
        this.start = this.closure[0];
    }
    /** State after consuming `name`; `strictHidden` refuses dot names to wildcards. */
    step(state, name, key, strictHidden) {
        const dot = name.charCodeAt(0) === 46;
        if (state === ALL)
            return dot && strictHidden ? DEAD : ALL;
        let next = 0;
        const segments = this.segments;
        for (let i = 0; i < segments.length; i++) {
            if ((state & (1 << i)) === 0)
                continue;
            const segment = segments[i];
            if (segment.kind === 'globstar') {
                if (!(dot && strictHidden))
                    next |= this.closure[i];
            }
            else if (dot && strictHidden && !segment.dotLiteral) {
                continue;
            }
            else if (segmentMatches(segment, name, key)) {
                next |= this.closure[i + 1];
            }
        }
        return next;
    }
    /** The entry itself matches (as a file, or as a directory when `isDirectory`). */
    matches(state, isDirectory) {
        if (state === ALL)
            return true;
        return (state & this.endBit) !== 0 && (isDirectory || !this.directoryOnly);
    }
    /** State to carry into a directory's children: ALL when it matched, DEAD when nothing can. */
    descend(state) {
        if (state === ALL || this.matches(state, true))
            return ALL;
        return state & ~this.endBit;
    }
    /** Feeds a path's names from `start`; ALL as soon as a prefix matched (implicit descendants). */
    run(names, keyOf) {
        let state = this.start;
        for (const name of names) {
            state = this.descend(state);
            if (state === ALL || state === DEAD)
                return state;
            state = this.step(state, name, keyOf(name), false);
        }
        return state;
    }
}

;// CONCATENATED MODULE: ./src/plan/path-lines.ts
/**
 * The `path` input, line by line: comments, `!` excludes, `~`, resolution against
 * `working-directory` (`./` and `../` allowed), and the split into a literal root and the
 * glob segments below it.
 */



/** More glob segments than this would not fit the matcher's bit set (and are never needed). */
const MAX_GLOB_SEGMENTS = 30;
function expandHome(pattern, home, windows) {
    const tilde = pattern === '~' || pattern.startsWith('~/') || (windows && pattern.startsWith('~\\'));
    if (!tilde)
        return pattern;
    if (!home) {
        throw new errors/* InputError */.dz(`path: "${pattern}" starts with "~" but the home directory is unknown`);
    }
    return home + pattern.slice(1);
}
/** Leading `!`s flip include/exclude, as in @actions/glob. */
function splitNegation(trimmed) {
    let count = 0;
    while (trimmed[count] === '!')
        count++;
    return { exclude: count % 2 === 1, pattern: trimmed.slice(count).trim() };
}
function parseLine(text, index, context) {
    const pathApi = context.pathApi;
    const windows = pathApi.sep === '\\';
    const syntax = { windows };
    const { exclude, pattern } = splitNegation(text);
    if (!pattern) {
        throw new errors/* InputError */.dz(`path: the line "${text}" has no pattern after "!"; remove it`);
    }
    const expanded = expandHome(pattern, context.home, windows);
    const directoryOnly = expanded.endsWith('/') || (windows && expanded.endsWith('\\'));
    const resolved = pathApi.resolve(context.workingDirectory, expanded);
    const fsRoot = pathApi.parse(resolved).root;
    const segments = resolved.slice(fsRoot.length).split(pathApi.sep).filter(Boolean);
    let firstMagic = segments.findIndex((segment) => isMagic(segment, syntax));
    if (firstMagic < 0)
        firstMagic = segments.length;
    const literal = segments.slice(0, firstMagic).map((segment) => unescapeSegment(segment, syntax));
    const rest = segments.slice(firstMagic);
    if (rest.length > MAX_GLOB_SEGMENTS) {
        throw new errors/* InputError */.dz(`path: "${text}" has ${rest.length} segments after its first wildcard; ` +
            `at most ${MAX_GLOB_SEGMENTS} are supported`);
    }
    let glob;
    try {
        glob = rest.map((segment) => compileSegment(segment, syntax));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`path: "${text}" is not a valid pattern (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    return {
        text,
        index,
        exclude,
        root: pathApi.join(fsRoot, ...literal),
        glob,
        directoryOnly
    };
}
/** Parses the raw input lines; blanks and `#` comments are dropped. */
function parsePathLines(lines, context) {
    const full = { pathApi: (external_node_path_default()), ...context };
    if (!full.pathApi.isAbsolute(full.workingDirectory)) {
        throw new errors/* InputError */.dz(`working-directory: "${full.workingDirectory}" must be an absolute path by the time files are collected`);
    }
    const parsed = [];
    for (const raw of lines) {
        const text = raw.trim();
        if (!text || text.startsWith('#'))
            continue;
        parsed.push(parseLine(text, parsed.length, full));
    }
    return parsed;
}
/** Splits an absolute path into its filesystem root and its names. */
function splitAbsolute(absolute, pathApi = (external_node_path_default())) {
    const fsRoot = pathApi.parse(absolute).root;
    return [fsRoot, absolute.slice(fsRoot.length).split(pathApi.sep).filter(Boolean)];
}

;// CONCATENATED MODULE: ./src/plan/exclude-scope.ts
/**
 * Where an exclude line applies to a walk: its matcher and state at the walk's root, so that
 * `!**\/node_modules/**` or `!reports/tmp/**` prune whole subtrees during the walk.
 */



/**
 * The exclude's matcher relative to the absolute directory or file `at`, or null when the
 * exclude can never match anything at or below it.
 */
function excludeAt(line, at, foldCase) {
    const fold = (name) => (foldCase ? name.toLowerCase() : name);
    const [lineFsRoot, lineNames] = splitAbsolute(line.root);
    const [atFsRoot, atNames] = splitAbsolute(at);
    if (fold(lineFsRoot) !== fold(atFsRoot))
        return null;
    const common = Math.min(lineNames.length, atNames.length);
    for (let i = 0; i < common; i++) {
        if (fold(lineNames[i]) !== fold(atNames[i]))
            return null;
    }
    if (lineNames.length <= atNames.length) {
        const matcher = new SegmentMatcher(line.glob, line.directoryOnly);
        return { matcher, state: matcher.run(atNames.slice(lineNames.length), fold) };
    }
    // The exclude's literal root lies below `at`: its remaining names become literal segments.
    const literal = lineNames
        .slice(atNames.length)
        .map((text) => ({ kind: 'literal', text, key: fold(text), dotLiteral: false }));
    const segments = [...literal, ...line.glob];
    if (segments.length > MAX_GLOB_SEGMENTS) {
        throw new errors/* InputError */.dz(`path: "${line.text}" lies ${literal.length} directories below "${at}"; ` +
            `shorten it (at most ${MAX_GLOB_SEGMENTS} segments below a search root are supported)`);
    }
    const matcher = new SegmentMatcher(segments, line.directoryOnly);
    return { matcher, state: matcher.start };
}
/** Whether any exclude matches the path `at` itself (or a directory above it). */
function isExcluded(excludes, at, isDirectory, foldCase) {
    return excludes.some((line) => {
        const scoped = excludeAt(line, at, foldCase);
        return scoped !== null && scoped.matcher.matches(scoped.state, isDirectory);
    });
}

;// CONCATENATED MODULE: ./src/plan/walk-types.ts
function isDirectoryItem(item) {
    return 'sortKey' in item;
}
/**
 * Orders siblings so that a depth-first walk emits full paths in code-unit order: a
 * directory sorts as `path + sep`, like its descendants. Siblings share their prefix, so
 * comparing whole paths compares names.
 */
function bySortKey(a, b) {
    const x = isDirectoryItem(a) ? a.sortKey : a.path;
    const y = isDirectoryItem(b) ? b.sortKey : b.path;
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Whether `real` is already being walked above `node` (a cycle). */
function isOnChain(node, real) {
    for (let current = node; current; current = current.parent) {
        if (current.real === real)
            return true;
    }
    return false;
}
/**
 * A listed entry that cannot be found by its path: it vanished (nothing to report), or its
 * name is not valid UTF-8 (`readdir` gave U+FFFD for the bad bytes, so Node cannot open it
 * by name): reported, never dropped silently.
 */
function undecodableName(entryPath) {
    if (!entryPath.includes('\uFFFD'))
        return null;
    return {
        path: entryPath,
        reason: 'unreadable',
        detail: 'the name is not valid UTF-8; rename it to upload it'
    };
}
function errorCode(error) {
    return error?.code ?? 'EUNKNOWN';
}

;// CONCATENATED MODULE: ./src/plan/link-policy.ts
/**
 * Which symbolic links a walk may follow (DESIGN §6 Links): the fully resolved target must
 * lie inside the workspace, the working directory or a search root, and must not be hidden
 * there (a link to `.git/config` would otherwise leak it).
 */



/** The bases, resolved once; a base that does not exist is kept as written. */
function linkBases(directories, includeHiddenFiles) {
    const all = new Set();
    for (const directory of directories) {
        all.add(directory);
        try {
            all.add((0,external_node_fs_.realpathSync)(directory));
        }
        catch {
            // Missing roots simply match no file.
        }
    }
    return { directories: [...all], includeHiddenFiles };
}
/** `target` relative to `base` when inside it (or equal: ''), else null. */
function relativeInside(base, target) {
    const relative = external_node_path_default().relative(base, target);
    if (relative === '')
        return '';
    const escapes = relative === '..' || relative.startsWith(`..${(external_node_path_default()).sep}`);
    return escapes || external_node_path_default().isAbsolute(relative) ? null : relative;
}
function isHiddenRelative(relative) {
    return relative !== '' && relative.split((external_node_path_default()).sep).some((name) => name.startsWith('.'));
}
/** Why a link whose target resolved to `target` must not be followed, or null when fine. */
function refuseLink(target, bases) {
    let inside = false;
    for (const base of bases.directories) {
        const relative = relativeInside(base, target);
        if (relative === null)
            continue;
        // Visible from at least one base that contains it: e.g. inside a root the user named.
        if (bases.includeHiddenFiles || !isHiddenRelative(relative))
            return null;
        inside = true;
    }
    return inside
        ? { reason: 'link-to-hidden', detail: `target: ${target}` }
        : { reason: 'link-outside', detail: `target: ${target}` };
}
/** The link target's Stats, or why there is none (broken, or not readable). */
function statLink(linkPath) {
    try {
        return (0,external_node_fs_.statSync)(linkPath);
    }
    catch (error) {
        const code = errorCode(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'ELOOP') {
            return { path: linkPath, reason: 'unreadable', detail: code };
        }
        let detail = 'the link resolves to itself';
        if (code !== 'ELOOP') {
            try {
                detail = `target: ${(0,external_node_fs_.readlinkSync)(linkPath)} (missing)`;
            }
            catch {
                detail = code;
            }
        }
        return { path: linkPath, reason: 'broken-link', detail };
    }
}
/** A link met by a walk under `parent`: its resolved target, or why it is not followed. */
function followLink(linkPath, isDirectory, parent, bases) {
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(linkPath);
    }
    catch (error) {
        return { path: linkPath, reason: 'unreadable', detail: errorCode(error) };
    }
    const refusal = refuseLink(target, bases);
    if (refusal)
        return { path: linkPath, ...refusal };
    if (isDirectory && isOnChain(parent, target)) {
        return { path: linkPath, reason: 'link-cycle', detail: `target: ${target}` };
    }
    return target;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/plan/list-helper.ts
/**
 * A helper thread that lists directories and `lstat`s their entries while the walk's thread
 * works on others (DESIGN §5 Collection). A big walk is mostly `readdir` and `lstat` system
 * calls, one thread can do only one at a time, and runners have two or more cores: with
 * whole directories split between the threads, the calls of a 100k-file tree take about
 * half the time (measured: two threads on separate directories each run at single-thread
 * speed).
 *
 * Sync on both sides, no event-loop turns: jobs go out by message, replies are pulled with
 * `receiveMessageOnPort`, and a wait blocks on a shared counter. The walk's thread queues
 * the directories it will need next; the helper takes them from the front. When the walk
 * needs one that is not done, it lists the last job the helper has not started (claimed
 * through a shared slot, so each job is done once) rather than wait idle.
 */





/** An entry listed but gone by its `lstat`. */
const VANISHED = -1;
/** An entry whose `lstat` failed otherwise (code in `errors`). */
const FAILED = -2;
/** Shared counters: replies sent, whether the helper runs, then one claim slot per job. */
const DONE = 0;
const STARTED = 1;
const SLOTS = 64;
const OPEN = 1;
const CLAIMED = 2;
/**
 * Runs in the helper (CommonJS, no bundle): `listWith` itself, from its source text. Full
 * paths go back joined by NUL, which no path holds: split on the walk's thread they are
 * slices of one flat string, ready to use.
 */
const SOURCE = `'use strict'
const { workerData } = require('node:worker_threads')
const { lstatSync, readdirSync } = require('node:fs')
const { sep } = require('node:path')
const { port, control } = workerData
const calls = { lstatSync, readdirSync, sep }
const listWith = ${listWith.toString()}
port.on('message', ({ ticket, path }) => {
  if (Atomics.compareExchange(control, 2 + (ticket % ${SLOTS}), ${OPEN}, ${CLAIMED}) === ${OPEN}) {
    const { error, paths, stats, errors } = listWith(calls, path)
    port.postMessage({ ticket, error, joined: paths.join('\\0'), stats, errors }, [stats.buffer])
  }
  Atomics.add(control, ${DONE}, 1)
  Atomics.notify(control, ${DONE})
})
Atomics.store(control, ${STARTED}, 1)
Atomics.notify(control, ${STARTED})
`;
class ListHelper {
    mode = (0,config/* walkHelperMode */.XC)();
    worker = null;
    port = null;
    /** Off, failed or closed: the walk lists everything itself. */
    failed = this.mode === 'off' || (this.mode === 'auto' && external_node_os_default().availableParallelism() < 2);
    control = new Int32Array(new SharedArrayBuffer(4 * (2 + SLOTS)));
    replies = new Map();
    /** Jobs the walk's thread claimed back and listed itself, until asked for. */
    claimed = new Map();
    paths = new Map();
    submitted = 0;
    /** Directories whose listing came from the helper (reported in the debug log). */
    listedByHelper = 0;
    /** Starts the thread once the walk has met enough entries to be worth it. */
    seen(entries) {
        if (this.worker !== null || this.failed)
            return;
        if (this.mode === 'always' || entries >= config/* WALK_HELPER_MIN_ENTRIES */.JY)
            this.start();
    }
    /** Sends a directory to list, when the helper runs and has room: its ticket, else null. */
    submit(directory) {
        if (this.failed || Atomics.load(this.control, STARTED) === 0)
            return null;
        if (this.submitted - Atomics.load(this.control, DONE) >= config/* WALK_HELPER_MAX_QUEUED */.c7)
            return null;
        const ticket = this.submitted++;
        Atomics.store(this.control, 2 + (ticket % SLOTS), OPEN);
        this.paths.set(ticket, directory);
        this.port?.postMessage({ ticket, path: directory });
        return ticket;
    }
    /** The listing of a submitted directory; null when the caller is to list it itself. */
    take(ticket) {
        const directory = this.paths.get(ticket);
        this.paths.delete(ticket);
        const own = this.claimed.get(ticket);
        if (own) {
            this.claimed.delete(ticket);
            return own;
        }
        // Not started by the helper: claimed back, and listed by the caller on the spot
        // (`always`, for tests: the helper lists every job).
        const always = this.mode === 'always';
        if ((!always && this.claim(ticket)) || directory === undefined)
            return null;
        const started = Date.now();
        for (;;) {
            const done = Atomics.load(this.control, DONE);
            const reply = this.poll(ticket);
            if (reply) {
                this.listedByHelper++;
                return toListing(reply);
            }
            if (this.failed || Date.now() - started > config/* WALK_HELPER_GIVE_UP_MS */.g6) {
                this.close(); // gone or stuck: the walk goes on alone
                return null;
            }
            // Rather than wait: the last queued job the helper has not started, done here.
            if (always || !this.listLastQueued(ticket))
                Atomics.wait(this.control, DONE, done, 100);
        }
    }
    close() {
        this.failed = true;
        this.port?.close();
        if (this.worker)
            void this.worker.terminate();
        this.port = null;
        this.worker = null;
    }
    claim(ticket) {
        const slot = 2 + (ticket % SLOTS);
        return Atomics.compareExchange(this.control, slot, OPEN, CLAIMED) === OPEN;
    }
    /** Lists the newest job after `ticket` that the helper has not started; false if none. */
    listLastQueued(ticket) {
        for (let last = this.submitted - 1; last > ticket; last--) {
            const directory = this.paths.get(last);
            if (directory === undefined || this.claimed.has(last) || !this.claim(last))
                continue;
            this.claimed.set(last, listDirectory(directory));
            return true;
        }
        return false;
    }
    poll(ticket) {
        for (let reply = this.receive(); reply; reply = this.receive()) {
            this.replies.set(reply.ticket, reply);
        }
        const reply = this.replies.get(ticket) ?? null;
        this.replies.delete(ticket);
        return reply;
    }
    receive() {
        if (!this.port)
            return undefined;
        return (0,external_node_worker_threads_.receiveMessageOnPort)(this.port)?.message;
    }
    start() {
        const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
        try {
            this.worker = new external_node_worker_threads_.Worker(SOURCE, {
                eval: true,
                workerData: { port: port2, control: this.control },
                transferList: [port2]
            });
        }
        catch {
            this.failed = true;
            return;
        }
        // Seen at the walk's next event-loop turn; a wait in progress gives up after a while.
        this.worker.on('error', () => (this.failed = true));
        this.worker.on('exit', () => (this.failed = true));
        this.worker.unref();
        this.port = port1;
        this.port.unref();
        if (this.mode === 'always')
            Atomics.wait(this.control, STARTED, 0, config/* WALK_HELPER_GIVE_UP_MS */.g6);
    }
}
/** What the helper does for a job, done on the walk's thread. */
function listDirectory(directory) {
    return listWith(OWN_CALLS, directory);
}
const OWN_CALLS = { readdirSync: external_node_fs_.readdirSync, lstatSync: external_node_fs_.lstatSync, sep: (external_node_path_default()).sep };
/**
 * Lists a directory and `lstat`s its entries. It refers to nothing but its parameters and
 * globals, because the helper runs its source text: hence -1 and -2 for VANISHED and FAILED.
 */
function listWith(calls, directory) {
    let names;
    try {
        names = calls.readdirSync(directory);
    }
    catch (error) {
        const code = error?.code ?? 'EUNKNOWN';
        return { error: code, paths: [], stats: new Float64Array(0), errors: {} };
    }
    const prefix = directory.endsWith(calls.sep) ? directory : directory + calls.sep;
    const paths = names.map((name) => prefix + name);
    const stats = new Float64Array(paths.length * 2);
    const errors = {};
    const options = { throwIfNoEntry: false };
    for (let i = 0; i < paths.length; i++) {
        try {
            const entry = calls.lstatSync(paths[i], options);
            stats[2 * i] = entry ? entry.mode : -1;
            stats[2 * i + 1] = entry ? entry.size : 0;
        }
        catch (error) {
            stats[2 * i] = -2;
            errors[i] = error?.code ?? 'EUNKNOWN';
        }
    }
    return { error: null, paths, stats, errors };
}
function toListing(reply) {
    const paths = reply.error === null && reply.joined !== '' ? reply.joined.split('\0') : [];
    return { error: reply.error, paths, stats: reply.stats, errors: reply.errors };
}
const { S_IFMT, S_IFREG, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK } = external_node_fs_.constants;
function isFileMode(mode) {
    return (mode & S_IFMT) === S_IFREG;
}
/** The part of `Stats` the classifier asks of an entry, from a listed mode and size. */
class ListedStats {
    mode;
    size;
    constructor(mode, size) {
        this.mode = mode;
        this.size = size;
    }
    is(type) {
        return (this.mode & S_IFMT) === type;
    }
    isFile() {
        return this.is(S_IFREG);
    }
    isDirectory() {
        return this.is(S_IFDIR);
    }
    isSymbolicLink() {
        return this.is(S_IFLNK);
    }
    isFIFO() {
        return this.is(S_IFIFO);
    }
    isSocket() {
        return this.is(S_IFSOCK);
    }
    isCharacterDevice() {
        return this.is(S_IFCHR);
    }
    isBlockDevice() {
        return this.is(S_IFBLK);
    }
}

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/plan/classify.ts
/**
 * What a walk does with one directory entry: match it against the lines, then take it (a
 * file or a directory to read), report it (hidden, links, special files) or ignore it.
 */






function specialDetail(entry) {
    if (entry.isFIFO())
        return 'FIFO';
    if (entry.isSocket())
        return 'socket';
    return entry.isCharacterDevice() || entry.isBlockDevice() ? 'device' : 'unknown type';
}
/** One options object for every entry's stat (100k+ calls). */
const NO_THROW_IF_MISSING = { throwIfNoEntry: false };
const classify_DOT = 46;
function isDot(name) {
    return name.charCodeAt(0) === classify_DOT;
}
class EntryClassifier {
    options;
    sink;
    allLines;
    lineText = new Map();
    firstLineText;
    constructor(options, sink) {
        this.options = options;
        this.sink = sink;
        this.allLines = options.includes.map((pattern) => pattern.lineIndex);
        for (const pattern of options.includes)
            this.lineText.set(pattern.lineIndex, pattern.text);
        this.firstLineText = options.includes[0]?.text ?? '';
    }
    /** Inside a matched directory with no exclude in play: no matching to do. */
    underMatch(node, name, entryPath) {
        if (this.skipsHidden(entryPath, entryPath.length - name.length))
            return null;
        const stats = this.lstat(entryPath);
        if (stats === null)
            return null;
        // The common case, kept lean: every line of the walk matches, nothing to exclude.
        if (stats.isFile())
            return this.fileItem(entryPath, stats.size);
        return this.notFile(node, name, entryPath, stats);
    }
    /** As `underMatch`, with the entry's `lstat` done already (its name starts at `nameAt`). */
    underMatchListed(node, entryPath, nameAt, mode, size, error) {
        // In the order of `underMatch`: hidden names are reported even if gone since.
        if (this.skipsHidden(entryPath, nameAt))
            return null;
        if (mode === VANISHED)
            return this.missing(entryPath);
        if (mode === FAILED) {
            this.sink.skip({ path: entryPath, reason: 'unreadable', detail: error ?? 'EUNKNOWN' });
            return null;
        }
        if (isFileMode(mode))
            return this.fileItem(entryPath, size);
        const name = entryPath.slice(nameAt);
        return this.notFile(node, name, entryPath, new ListedStats(mode, size));
    }
    /** Reports a hidden entry (its name starts at `nameAt`) unless hidden files are wanted. */
    skipsHidden(entryPath, nameAt) {
        if (entryPath.charCodeAt(nameAt) !== classify_DOT || this.options.includeHiddenFiles)
            return false;
        this.sink.skip({ path: entryPath, reason: 'hidden' });
        return true;
    }
    fileItem(entryPath, size) {
        this.sink.matched(this.allLines);
        return { path: entryPath, size, line: this.firstLineText };
    }
    notFile(node, name, entryPath, stats) {
        if (stats.isSymbolicLink())
            return this.link(node, entryPath, node.includes, node.excludes);
        return this.take(node, stats, entryPath, node.includes, node.excludes, undefined, name);
    }
    entry(node, entry, entryPath) {
        const { includes, excludes, includeHiddenFiles, foldCase } = this.options;
        const name = entry.name;
        const key = foldCase ? name.toLowerCase() : name;
        const next = node.includes.map((state, i) => includes[i].matcher.step(state, name, key, !includeHiddenFiles));
        if (next.every((state) => state === DEAD)) {
            if (isDot(name) && !includeHiddenFiles)
                this.reportIfHidden(node, entry, entryPath, key);
            return null;
        }
        const nextExcludes = node.excludes.map((state, i) => state === DEAD ? DEAD : excludes[i].matcher.step(state, name, key, false));
        if (entry.isSymbolicLink())
            return this.link(node, entryPath, next, nextExcludes);
        return this.accept(node, entry, entryPath, next, nextExcludes);
    }
    /** A dot entry nothing matched: report it if it would have matched with hidden files. */
    reportIfHidden(node, entry, entryPath, key) {
        const { includes, excludes } = this.options;
        const loose = node.includes.map((state, i) => includes[i].matcher.step(state, entry.name, key, false));
        const looseExcludes = node.excludes.map((state, i) => excludes[i].matcher.step(state, entry.name, key, false));
        const isDirectory = entry.isDirectory();
        if (this.isWanted(loose, isDirectory) && !this.isExcluded(looseExcludes, isDirectory)) {
            this.sink.skip({ path: entryPath, reason: 'hidden' });
        }
    }
    link(node, linkPath, includeStates, excludeStates) {
        const stats = statLink(linkPath);
        if ('reason' in stats) {
            if (!this.isExcluded(excludeStates, false))
                this.sink.skip(stats);
            return null;
        }
        const isDirectory = stats.isDirectory();
        if (!this.isWanted(includeStates, isDirectory) || this.isExcluded(excludeStates, isDirectory)) {
            return null;
        }
        if (!this.options.followSymbolicLinks) {
            this.sink.skip({ path: linkPath, reason: 'link-not-followed' });
            return null;
        }
        const followed = followLink(linkPath, isDirectory, node, this.options.linkBases);
        if (typeof followed !== 'string') {
            this.sink.skip(followed);
            return null;
        }
        return this.take(node, stats, linkPath, includeStates, excludeStates, followed);
    }
    isWanted(states, isDirectory) {
        const includes = this.options.includes;
        return states.some((state, i) => isDirectory ? state !== DEAD : includes[i].matcher.matches(state, false));
    }
    isExcluded(states, isDirectory) {
        const excludes = this.options.excludes;
        return states.some((state, i) => state !== DEAD && excludes[i].matcher.matches(state, isDirectory));
    }
    accept(node, entry, entryPath, includeStates, excludeStates) {
        const isDirectory = entry.isDirectory();
        if (!this.isWanted(includeStates, isDirectory) || this.isExcluded(excludeStates, isDirectory)) {
            return null;
        }
        return this.take(node, entry, entryPath, includeStates, excludeStates);
    }
    /**
     * `real` is given for followed links, and `entry` is then the target's Stats; without it,
     * `entry` is the entry's own Dirent or lstat (a directory, a file or a special file).
     */
    take(node, entry, entryPath, includeStates, excludeStates, real, entryName) {
        const name = entryName ?? (entry instanceof external_node_fs_.Dirent ? entry.name : external_node_path_default().basename(entryPath));
        if (entry.isDirectory()) {
            const directory = {
                path: entryPath,
                sortKey: entryPath + (external_node_path_default()).sep,
                real: real ?? node.real + (external_node_path_default()).sep + name,
                parent: node,
                viaLink: real !== undefined || node.viaLink,
                includes: this.descendAll(includeStates, this.options.includes),
                excludes: this.descendAll(excludeStates, this.options.excludes)
            };
            // Below a followed link, a plain directory may be an ancestor seen again (`a/up -> ..`).
            if (real === undefined && node.viaLink && isOnChain(node, directory.real)) {
                this.sink.skip({
                    path: entryPath,
                    reason: 'link-cycle',
                    detail: `same as ${directory.real}`
                });
                return null;
            }
            return directory;
        }
        if (!entry.isFile()) {
            this.sink.skip({ path: entryPath, reason: 'special-file', detail: specialDetail(entry) });
            return null;
        }
        const size = 'size' in entry ? entry.size : this.sizeOf(entryPath);
        if (size === null)
            return null;
        const lineIndexes = this.matchedLines(includeStates);
        this.sink.matched(lineIndexes);
        return { path: entryPath, size, line: this.lineText.get(lineIndexes[0]) ?? '' };
    }
    /** null when the file vanished since it was listed. */
    sizeOf(filePath) {
        try {
            return (0,external_node_fs_.statSync)(filePath, NO_THROW_IF_MISSING)?.size ?? this.missing(filePath);
        }
        catch (error) {
            this.sink.skip({ path: filePath, reason: 'unreadable', detail: errorCode(error) });
            return null;
        }
    }
    /** The entry itself (links not followed); null when it vanished since it was listed. */
    lstat(entryPath) {
        try {
            return (0,external_node_fs_.lstatSync)(entryPath, NO_THROW_IF_MISSING) ?? this.missing(entryPath);
        }
        catch (error) {
            this.sink.skip({ path: entryPath, reason: 'unreadable', detail: errorCode(error) });
            return null;
        }
    }
    /** Listed but not found: gone since (null, silently), or a name Node cannot open. */
    missing(entryPath) {
        const undecodable = undecodableName(entryPath);
        if (undecodable)
            this.sink.skip(undecodable);
        return null;
    }
    descendAll(states, patterns) {
        if (states.every((state) => state === ALL || state === DEAD))
            return states;
        return states.map((state, i) => patterns[i].matcher.descend(state));
    }
    /** Indexes of the lines that match this file, lowest first. */
    matchedLines(states) {
        if (states.every((state) => state === ALL))
            return this.allLines;
        const includes = this.options.includes;
        return includes
            .filter((pattern, i) => pattern.matcher.matches(states[i], false))
            .map((pattern) => pattern.lineIndex);
    }
}

;// CONCATENATED MODULE: ./src/plan/walk.ts
/**
 * One walk from a search root, matching every `path` line that starts there.
 *
 * Synchronous `readdirSync`/`statSync` with explicit stacks, on purpose: for 100k files on a
 * 2-core runner (warm cache) sync stats took ~140 ms, 64 callback `fs.stat`s in flight
 * ~370 ms and promise-based ones over 1 s (thread-pool hand-offs dominate). Memory and stack
 * never grow with a directory's size, and the event loop still gets a turn every few
 * thousand entries. Entry types come from `readdir`; only wanted files are
 * stat-ed (for their size). Siblings are sorted as they are read, so files come out sorted
 * by full path without a global sort. Directories where every entry is wanted are sent
 * ahead to a helper thread that lists and stats them meanwhile (list-helper.ts).
 */






const YIELD_EVERY = 10_000;
/** Every line matches below it and no exclude can: each entry is wanted, as it is. */
function isUnderMatch(node) {
    return (node.includes.every((state) => state === ALL) && node.excludes.every((state) => state === DEAD));
}
class Walker {
    options;
    sink;
    classifier;
    helper;
    /** Directories sent to the helper, by their ticket. */
    tickets = new Map();
    sinceYield = 0;
    entriesSeen = 0;
    /** Directories read (listed here or by the helper). */
    directoriesRead = 0;
    constructor(options, sink, helper) {
        this.options = options;
        this.sink = sink;
        this.classifier = new EntryClassifier(options, sink);
        this.helper = helper;
    }
    async run() {
        const { root, includes, excludes } = this.options;
        let real = root;
        try {
            real = (0,external_node_fs_.realpathSync)(root);
        }
        catch {
            // A missing root: reading it below finds nothing, and its lines stay unmatched.
        }
        const rootNode = {
            path: root,
            sortKey: root + (external_node_path_default()).sep,
            real,
            parent: null,
            viaLink: real !== root,
            includes: includes.map((pattern) => pattern.matcher.descend(pattern.state)),
            excludes: excludes.map((pattern) => pattern.matcher.descend(pattern.state))
        };
        // Depth-first with a stack of sorted sibling lists: pre-order = full-path order.
        const frames = [{ items: this.read(rootNode), next: 0, ahead: 0 }];
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.next === frame.items.length) {
                frames.pop();
                continue;
            }
            const item = frame.items[frame.next++];
            if (isDirectoryItem(item)) {
                this.sendAhead(frame);
                frames.push({ items: this.read(item), next: 0, ahead: 0 });
            }
            else
                this.sink.addFile(item);
            if (this.sinceYield >= YIELD_EVERY) {
                this.sinceYield = 0;
                await (0,promises_namespaceObject.setImmediate)();
            }
        }
    }
    /** Sends the frame's next directories to the helper while it has room. */
    sendAhead(frame) {
        frame.ahead = Math.max(frame.ahead, frame.next);
        for (; frame.ahead < frame.items.length; frame.ahead++) {
            const item = frame.items[frame.ahead];
            if (!isDirectoryItem(item) || !isUnderMatch(item))
                continue;
            const ticket = this.helper.submit(item.path);
            if (ticket === null)
                return;
            this.tickets.set(item, ticket);
        }
    }
    /** The wanted entries of a directory, sorted; reports what it skips. */
    read(node) {
        const prefix = node.path.endsWith((external_node_path_default()).sep) ? node.path : node.path + (external_node_path_default()).sep;
        const items = [];
        if (isUnderMatch(node)) {
            // One lstat per entry gives its type and size (no Dirent objects), here or done
            // already by the helper.
            const ticket = this.tickets.get(node);
            this.tickets.delete(node);
            const listing = ticket === undefined ? null : this.helper.take(ticket);
            if (listing)
                return this.readListed(node, listing, prefix);
            for (const name of this.list(node, () => (0,external_node_fs_.readdirSync)(node.path))) {
                const item = this.classifier.underMatch(node, name, prefix + name);
                if (item)
                    items.push(item);
            }
        }
        else {
            for (const entry of this.list(node, () => (0,external_node_fs_.readdirSync)(node.path, { withFileTypes: true }))) {
                const item = this.classifier.entry(node, entry, prefix + entry.name);
                if (item)
                    items.push(item);
            }
        }
        return items.length > 1 ? items.sort(bySortKey) : items;
    }
    readListed(node, listing, prefix) {
        if (listing.error !== null)
            return this.unreadable(node, listing.error);
        const paths = this.listed(node, listing.paths);
        const { stats, errors } = listing;
        const items = [];
        for (let i = 0; i < paths.length; i++) {
            const item = this.classifier.underMatchListed(node, paths[i], prefix.length, stats[2 * i], stats[2 * i + 1], errors[i]);
            if (item)
                items.push(item);
        }
        return items.length > 1 ? items.sort(bySortKey) : items;
    }
    /** A directory's entries ([] when it cannot be read: reported unless it vanished). */
    list(node, read) {
        try {
            return this.listed(node, read());
        }
        catch (error) {
            return this.unreadable(node, errorCode(error));
        }
    }
    unreadable(node, code) {
        // Vanished, or a root that is a file (`a.txt/*`): nothing to collect, nothing to say,
        // unless the name is one Node cannot open.
        if (code !== 'ENOENT' && code !== 'ENOTDIR') {
            this.sink.skip({ path: node.path, reason: 'unreadable', detail: code });
        }
        else {
            const undecodable = code === 'ENOENT' ? undecodableName(node.path) : null;
            if (undecodable)
                this.sink.skip(undecodable);
        }
        return [];
    }
    /** Counts and reports what a directory held. */
    listed(node, entries) {
        this.directoriesRead++;
        this.sinceYield += entries.length;
        this.entriesSeen += entries.length;
        this.helper.seen(this.entriesSeen);
        if (entries.length === 0 && node.includes.includes(ALL)) {
            this.sink.skip({ path: node.path, reason: 'empty-directory' });
        }
        return entries;
    }
}

;// CONCATENATED MODULE: ./src/plan/collect.ts
/**
 * `path` lines → the files to upload (DESIGN §2, §5 Collection, §6 Hidden entries, Links).
 *
 * Include lines that share a search root share one walk; literal files are taken as they
 * are (a link named in `path` is always followed). Excludes prune during walks.
 */








/**
 * Gathers what the walks report. Each walk yields files already sorted; with one source the
 * list is final, otherwise sources are merged: sorted, unique by path, lowest line wins.
 */
class Collection {
    matchedLines = new Set();
    skipped = [];
    sources = [];
    current = [];
    lastMarked = null;
    /** Starts a new sorted source (a walk, or a literal file). */
    beginSource() {
        this.current = [];
        this.sources.push(this.current);
    }
    matched(lineIndexes) {
        // Walks pass one shared array for "every line of the walk": mark those once.
        if (lineIndexes !== this.lastMarked) {
            for (const index of lineIndexes)
                this.matchedLines.add(index);
            this.lastMarked = lineIndexes;
        }
    }
    addFile(file) {
        this.current.push(file);
    }
    skip(item) {
        this.skipped.push(item);
    }
    files(lineOrder) {
        const nonEmpty = this.sources.filter((source) => source.length > 0);
        if (nonEmpty.length <= 1)
            return nonEmpty[0] ?? [];
        const merged = nonEmpty.flat().sort(byPath);
        const unique = [];
        for (const file of merged) {
            const last = unique[unique.length - 1];
            if (last?.path !== file.path)
                unique.push(file);
            else if ((lineOrder.get(file.line) ?? 0) < (lineOrder.get(last.line) ?? 0)) {
                unique[unique.length - 1] = file;
            }
        }
        return unique;
    }
}
/** A literal line: a file is taken here; a directory (true) is walked with its group. */
function takeLiteral(line, context) {
    const { collection, excludes, foldCase } = context;
    let own;
    try {
        own = (0,external_node_fs_.lstatSync)(line.root);
    }
    catch {
        return false; // missing: the line stays unmatched
    }
    // A link the user named is followed wherever it points; only a broken one is reported.
    const stats = own.isSymbolicLink() ? statLink(line.root) : own;
    if ('reason' in stats) {
        collection.skip(stats);
        return false;
    }
    if (stats.isDirectory())
        return true;
    if (line.directoryOnly || isExcluded(excludes, line.root, false, foldCase))
        return false;
    if (stats.isFile()) {
        collection.beginSource();
        collection.matched([line.index]);
        collection.addFile({ path: line.root, size: stats.size, line: line.text });
    }
    else {
        collection.skip({ path: line.root, reason: 'special-file', detail: 'not a regular file' });
    }
    return false;
}
/** Resolves to the number of directories the walk read. */
async function walkGroup(root, lines, context) {
    const { options, foldCase } = context;
    const excludes = [];
    for (const line of context.excludes) {
        const scoped = excludeAt(line, root, foldCase);
        if (!scoped)
            continue;
        if (scoped.matcher.matches(scoped.state, true))
            return 0; // the whole root is excluded
        excludes.push({ ...scoped, lineIndex: line.index, text: line.text });
    }
    const includes = lines.map((line) => {
        const matcher = new SegmentMatcher(line.glob, line.directoryOnly);
        return { matcher, state: matcher.start, lineIndex: line.index, text: line.text };
    });
    const walker = new Walker({
        root,
        includes,
        excludes,
        includeHiddenFiles: options.includeHiddenFiles,
        followSymbolicLinks: options.followSymbolicLinks,
        linkBases: context.bases,
        foldCase
    }, context.collection, context.helper);
    context.collection.beginSource();
    await walker.run();
    return walker.directoriesRead;
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/** Skips reported twice by overlapping walks, or of a file another line did include. */
function cleanSkipped(collection, files) {
    const skippedPaths = new Set(collection.skipped.map((item) => item.path));
    const taken = new Set(skippedPaths.size ? files.filter((file) => skippedPaths.has(file.path)).map((f) => f.path) : []);
    const seen = new Set();
    return collection.skipped
        .filter((item) => {
        const key = `${item.reason}\0${item.path}`;
        if (seen.has(key) || taken.has(item.path))
            return false;
        seen.add(key);
        return true;
    })
        .sort(byPath);
}
async function collectFiles(options) {
    const foldCase = process.platform === 'win32';
    const lines = parsePathLines(options.lines, {
        workingDirectory: options.workingDirectory,
        home: external_node_os_default().homedir()
    });
    const includes = lines.filter((line) => !line.exclude);
    const context = {
        options,
        excludes: lines.filter((line) => line.exclude),
        bases: linkBases([options.workspace, options.workingDirectory, ...includes.map((line) => line.root)], options.includeHiddenFiles),
        foldCase,
        collection: new Collection(),
        helper: new ListHelper()
    };
    const groups = new Map();
    for (const line of includes) {
        if (line.glob.length === 0 && !takeLiteral(line, context))
            continue;
        const key = foldCase ? line.root.toLowerCase() : line.root;
        const group = groups.get(key) ?? { root: line.root, lines: [] };
        group.lines.push(line);
        groups.set(key, group);
    }
    let walked = 0;
    try {
        for (const group of groups.values())
            walked += await walkGroup(group.root, group.lines, context);
    }
    finally {
        context.helper.close();
    }
    const { collection } = context;
    const lineOrder = new Map();
    for (const line of includes)
        if (!lineOrder.has(line.text))
            lineOrder.set(line.text, line.index);
    const files = collection.files(lineOrder);
    return {
        files,
        unmatchedLines: includes
            .filter((line) => !collection.matchedLines.has(line.index))
            .map((line) => line.text),
        skipped: cleanSkipped(collection, files),
        directories: { walked, byHelper: context.helper.listedByHelper }
    };
}

;// CONCATENATED MODULE: ./src/report/collection.ts
/** Says what the walk found and skipped; applies `if-no-files-found` (DESIGN §2, §6). */


const collection_MAX_LISTED = 20;
const REASON_TEXT = {
    hidden: 'hidden',
    'broken-link': 'broken symbolic link',
    'link-outside': 'symbolic link to a target outside the workspace and search roots',
    'link-to-hidden': 'symbolic link to a hidden target',
    'link-not-followed': 'symbolic link not followed (follow-symbolic-links: false)',
    'link-cycle': 'symbolic link cycle',
    'special-file': 'not a regular file (FIFO, socket or device)',
    'empty-directory': 'empty directory',
    unreadable: 'unreadable'
};
function reportCollection(result, ifNoFilesFound) {
    commands/* info */.pq(`Found ${result.files.length} file${result.files.length === 1 ? '' : 's'}.`);
    const { walked, byHelper } = result.directories;
    if (walked > 0) {
        commands/* debug */.Yz(`Walked ${walked} directories, ${byHelper} of them listed by the helper thread.`);
    }
    const hidden = result.skipped.filter((item) => item.reason === 'hidden');
    if (hidden.length) {
        commands/* info */.pq(`Skipped ${hidden.length} hidden entr${hidden.length === 1 ? 'y' : 'ies'} (names starting with "."); ` +
            'set `include-hidden-files: true` to upload them, or name them in `path`.');
        for (const item of hidden)
            commands/* debug */.Yz(`hidden: ${item.path}`);
    }
    const others = result.skipped.filter((item) => item.reason !== 'hidden');
    for (const item of others.slice(0, collection_MAX_LISTED)) {
        const detail = item.detail ? ` (${item.detail})` : '';
        commands/* warning */.$e(`Not uploaded: ${item.path}: ${REASON_TEXT[item.reason]}${detail}`);
    }
    if (others.length > collection_MAX_LISTED) {
        commands/* warning */.$e(`... and ${others.length - collection_MAX_LISTED} more entries not uploaded (see the debug log).`);
        for (const item of others.slice(collection_MAX_LISTED))
            commands/* debug */.Yz(`not uploaded: ${item.path}: ${item.reason}`);
    }
    if (result.unmatchedLines.length === 0 || ifNoFilesFound === 'ignore') {
        for (const line of result.unmatchedLines)
            commands/* info */.pq(`No files were found with the provided path: ${line}`);
        return;
    }
    const lines = result.unmatchedLines.map((line) => `"${line}"`).join(', ');
    const message = `No files were found with the provided path${result.unmatchedLines.length > 1 ? 's' : ''}: ${lines}. ` +
        'Check the path relative to `working-directory`.';
    if (ifNoFilesFound === 'error') {
        throw new errors/* PlanError */.W6(`${message} (if-no-files-found: error)`, []);
    }
    commands/* warning */.$e(message);
}

// EXTERNAL MODULE: ./src/report/finish.ts + 1 modules
var finish = __nccwpck_require__(8684);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/report/outputs.ts + 1 modules
var outputs = __nccwpck_require__(3540);
;// CONCATENATED MODULE: ./src/main.ts
/** Orchestration only; reads like DESIGN §3. */










async function run() {
    let plan = null;
    let inputs = null;
    const progress = { results: null };
    commands/* debug */.Yz(`${config/* USER_AGENT */._O} on Node ${process.version}.`);
    try {
        inputs = readInputs();
        const settings = inputs;
        const entries = await commands/* group */.Os('Collecting files', () => makePlan(settings));
        plan = entries;
        if (settings.dryRun)
            return await (0,finish/* reportDryRun */.HN)(entries, settings.category);
        if (entries.length === 0 && !settings.createRun && !settings.runStatus) {
            return await (0,outputs/* setOutputs */.n0)([], null);
        }
        const server = settings.server;
        // Loaded only now: the HTTP stack is half of the start-up time of a dry run.
        const { sendPlan } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(570)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7570));
        await sendPlan(settings, server, entries, progress);
    }
    catch (error) {
        // Outputs exist once the plan does (DESIGN §2): the results so far, or every entry
        // failed with the setup error.
        commands/* setFailed */.C1((0,errors/* errorMessage */.gJ)(error));
        if (plan && inputs && !inputs.dryRun) {
            const category = inputs.category;
            const failed = plan.map((e) => (0,finish/* planResult */.VR)(e, category, 'failed', (0,errors/* errorMessage */.gJ)(error)));
            await (0,outputs/* setOutputs */.n0)(progress.results ?? failed, null).catch((cause) => commands/* warning */.$e(`Could not set the outputs: ${(0,errors/* errorMessage */.gJ)(cause)}`));
        }
    }
}
async function makePlan(inputs) {
    const hasPaths = inputs.pathLines.some((line) => line.trim() && !line.trim().startsWith('#'));
    const collected = hasPaths
        ? await collectFiles({
            lines: inputs.pathLines,
            workingDirectory: inputs.workingDirectory,
            workspace: inputs.workspace,
            includeHiddenFiles: inputs.includeHiddenFiles,
            followSymbolicLinks: inputs.followSymbolicLinks
        })
        : null;
    if (collected)
        reportCollection(collected, inputs.ifNoFilesFound);
    const plan = buildPlan({
        files: collected?.files ?? [],
        objects: inputs.objects,
        preservePath: inputs.preservePath,
        workingDirectory: inputs.workingDirectory,
        namePrefix: inputs.namePrefix,
        explicitName: inputs.name,
        mimeType: inputs.mimeType
    });
    const bytes = plan.reduce((sum, entry) => sum + entry.size, 0);
    commands/* info */.pq(`Plan: ${plan.length} artifact${plan.length === 1 ? '' : 's'}, ${(0,format/* formatBytes */.z)(bytes)}.`);
    return plan;
}


/***/ }),

/***/ 8684:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VR: () => (/* binding */ planResult),
  HN: () => (/* binding */ reportDryRun),
  zO: () => (/* binding */ reportResults)
});

// EXTERNAL MODULE: ./src/workflow/commands.ts
var commands = __nccwpck_require__(2259);
// EXTERNAL MODULE: ./src/workflow/files.ts
var files = __nccwpck_require__(6154);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/report/outputs.ts + 1 modules
var report_outputs = __nccwpck_require__(3540);
// EXTERNAL MODULE: ./src/config.ts
var config = __nccwpck_require__(2973);
// EXTERNAL MODULE: ./src/report/totals.ts
var totals = __nccwpck_require__(2947);
;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary (DESIGN §7): the run, totals and a table of artifacts, failures first.
 * Everything user- or server-provided is escaped; the text stays under GitHub's 1 MiB limit.
 */



const STATUS_ICON = {
    failed: '❌ failed',
    uploaded: '✅ uploaded',
    skipped: '⏭️ skipped',
    stored: '✅ stored',
    deduplicated: '✅ deduplicated',
    planned: '📝 planned'
};
function renderSummary(results, run, options) {
    const table = {
        total: results.length,
        counts: (0,totals/* countByStatus */.x)(results),
        totalBytes: results.reduce((sum, r) => sum + r.size, 0),
        eachRow(visit) {
            // Failures first; only as many rows as fit are ever built.
            const failed = table.counts.failed;
            for (let i = 0, seen = 0; seen < failed && i < results.length; i++) {
                if (results[i].status !== 'failed')
                    continue;
                seen++;
                if (!visit(resultRow(results[i])))
                    return;
            }
            for (const result of results) {
                if (result.status !== 'failed' && !visit(resultRow(result)))
                    return;
            }
        }
    };
    return render(table, run, options);
}
/** A dry run's summary: every plan entry `planned`, without a result object per entry. */
function renderPlanSummary(plan, category, options = {}) {
    const counts = (0,totals/* countByStatus */.x)([]);
    counts.planned = plan.length;
    const table = {
        total: plan.length,
        counts,
        totalBytes: plan.reduce((sum, entry) => sum + entry.size, 0),
        eachRow(visit) {
            for (const entry of plan) {
                const row = tableRow(entry.name, entry.size, category, entry.mimeType, 'planned', null);
                if (!visit(row))
                    return;
            }
        }
    };
    return render(table, null, { dryRun: true, ...options });
}
function render(table, run, options) {
    const maxBytes = options.maxBytes ?? config/* SUMMARY_MAX_BYTES */.eR;
    const maxRows = options.maxRows ?? config/* SUMMARY_MAX_ROWS */.Ak;
    const { counts, total } = table;
    const head = [`## Simvue artifacts${options.dryRun ? ' (dry run)' : ''}`, ''];
    if (run) {
        head.push(`Run: [${(0,format/* escapeMarkdown */.F)(run.name)}](${run.url}) (\`${run.id}\`)`, '');
    }
    const totals = options.dryRun
        ? [`${total} planned`]
        : [
            `${counts.uploaded} uploaded`,
            `${counts.skipped} skipped`,
            counts.stored ? `${counts.stored} stored` : '',
            counts.deduplicated ? `${counts.deduplicated} deduplicated` : '',
            `${counts.failed} failed`
        ].filter(Boolean);
    head.push(`**${totals.join(' · ')}** · ${(0,format/* formatBytes */.z)(table.totalBytes)} in ${total} artifacts`);
    head.push('', '| Name | Size | Category | MIME type | Status |', '| --- | ---: | --- | --- | --- |');
    const parts = [head.join('\n') + '\n'];
    let bytes = Buffer.byteLength(parts[0]);
    let shown = 0;
    const limit = maxBytes - 512;
    table.eachRow((row) => {
        const rowBytes = Buffer.byteLength(row) + 1;
        if (shown === maxRows || bytes + rowBytes > limit)
            return false;
        parts.push(row, '\n');
        bytes += rowBytes;
        shown++;
        return true;
    });
    if (shown < total) {
        parts.push(`\n_Table truncated: ${total - shown} more artifacts are not shown to keep this ` +
            `summary short (at most ${maxRows} rows, under GitHub’s 1 MiB limit); the \`artifacts\` ` +
            'output (or `artifacts-file`) lists them all._\n');
    }
    return parts.join('');
}
function resultRow(result) {
    const { name, size, category, mimeType, status, error } = result;
    return tableRow(name, size, category, mimeType, status, error);
}
function tableRow(name, size, category, mimeType, status, error) {
    const shownStatus = status === 'failed' && error
        ? `${STATUS_ICON.failed}: ${(0,format/* escapeMarkdown */.F)(error)}`
        : STATUS_ICON[status];
    return `| ${(0,format/* escapeMarkdown */.F)(name)} | ${(0,format/* formatBytes */.z)(size)} | ${category} | ${(0,format/* escapeMarkdown */.F)(mimeType)} | ${shownStatus} |`;
}

;// CONCATENATED MODULE: ./src/report/finish.ts
/** The last step: outputs, job summary and the verdict (DESIGN §3 step 6, §7). */






async function reportResults(results, run, failOnError) {
    const outputs = (0,report_outputs/* setOutputs */.n0)(results, run);
    outputs.catch(() => undefined); // awaited below, after the summary (written meanwhile)
    const summaryRun = run ? { name: run.name, id: run.runId, url: run.runUrl } : null;
    await writeSummary(renderSummary(results, summaryRun, { dryRun: false }));
    await outputs;
    const failed = results.filter((r) => r.status === 'failed');
    if (failed.length === 0)
        return;
    const list = failed.map((r) => `  - ${r.name} (${r.path || 'object'}): ${r.error}`).join('\n');
    const message = `${failed.length} of ${results.length} artifacts failed:\n${list}`;
    if (failOnError)
        commands/* setFailed */.C1(message);
    else
        commands/* warning */.$e(`${message}\n(fail-on-error: false, so the step succeeds)`);
}
/** Plan lines printed by a dry run before the rest is left to the outputs. */
const DRY_RUN_LINES = 1000;
function planLine(entry) {
    const source = entry.kind === 'object' ? '(object)' : entry.localPath;
    return `  ${source} -> ${entry.name} (${(0,format/* formatBytes */.z)(entry.size)}, ${entry.mimeType})`;
}
async function reportDryRun(plan, category) {
    commands/* info */.pq(`Dry run: nothing is sent. ${plan.length} artifacts would be uploaded as ${category}:`);
    // One write per block: 100,000 separate log calls cost more than the walk itself.
    const shown = commands/* isDebug */._o() ? plan : plan.slice(0, DRY_RUN_LINES);
    if (shown.length)
        commands/* info */.pq(shown.map(planLine).join('\n'));
    if (shown.length < plan.length) {
        commands/* info */.pq(`... and ${plan.length - shown.length} more: the \`artifacts\` output (or \`artifacts-file\`) ` +
            'lists every entry; step debug logging prints them all here.');
    }
    // The summary is written while the outputs are made, and the artifacts file of a large
    // plan while its entries are added.
    const summary = writeSummary(renderPlanSummary(plan, category));
    await (0,report_outputs/* setPlanOutputs */.AS)(plan, category);
    await summary;
}
/** Entries that never reached the pipeline, e.g. when the server check failed. */
function planResult(entry, category, status, error) {
    return {
        name: entry.name,
        path: entry.localPath,
        id: null,
        size: entry.size,
        sha256: null,
        mimeType: entry.mimeType,
        category,
        status,
        error
    };
}
async function writeSummary(markdown) {
    try {
        await (0,files/* appendSummary */.fe)(markdown);
    }
    catch (error) {
        commands/* warning */.$e(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Small formatting helpers shared by logs, outputs and the summary. */
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
/** Any character `escapeMarkdown` changes. */
const MARKDOWN_SPECIAL = /[\r\n\\`*_{}[\]()<>#+!|~^&-]/;
/** Escapes text for a GitHub-flavoured Markdown table cell. */
function escapeMarkdown(text) {
    // Summaries show thousands of rows: most names need nothing done.
    if (!MARKDOWN_SPECIAL.test(text))
        return text;
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_{}[\]()<>#+!|~^-]/g, (char) => `\\${char}`)
        .replace(/&/g, '&amp;');
}


/***/ }),

/***/ 3540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n0: () => (/* binding */ setOutputs),
  AS: () => (/* binding */ setPlanOutputs)
});

// UNUSED EXPORTS: shortenedArtifacts

// EXTERNAL MODULE: ./src/workflow/commands.ts
var commands = __nccwpck_require__(2259);
// EXTERNAL MODULE: ./src/workflow/files.ts
var files = __nccwpck_require__(6154);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/config.ts
var config = __nccwpck_require__(2973);
;// CONCATENATED MODULE: ./src/report/artifacts-json.ts
const CHAR_QUOTE = 0x22;
const CHAR_BACKSLASH = 0x5c;
const CHAR_COMMA = 0x2c;
function ascii(text) {
    return Uint8Array.from(text, (char) => char.charCodeAt(0));
}
const KEY_NAME = ascii('{"name":');
const KEY_PATH = ascii(',"path":');
const KEY_ID = ascii(',"id":');
const KEY_SIZE = ascii(',"size":');
const KEY_SHA256 = ascii(',"sha256":');
const KEY_MIME_TYPE = ascii(',"mimeType":');
const KEY_CATEGORY = ascii(',"category":');
const KEY_STATUS = ascii(',"status":');
const KEY_ERROR = ascii(',"error":');
const NULL = ascii('null');
const ID_NULL_SIZE = ascii(',"id":null,"size":');
/** Distinct MIME types, categories and statuses whose JSON is kept (a bound, not a guess). */
const MAX_REPEATED = 1000;
/** Bytes of one entry besides its values: keys, punctuation, nulls, quotes. */
const FIXED_BYTES = 160;
function fragment(bytes, start, text) {
    let at = start;
    for (let i = 0; i < text.length; i++)
        bytes[at++] = text[i];
    return at;
}
/** Printable ASCII that a JSON string holds as it is (not `"` or `\\`). */
const PLAIN = new Uint8Array(128);
for (let code = 0x20; code < 0x7f; code++)
    PLAIN[code] = 1;
PLAIN[CHAR_QUOTE] = 0;
PLAIN[CHAR_BACKSLASH] = 0;
/** A JSON string at `start`: printable ASCII is copied as is, anything else through JSON. */
function jsonString(bytes, start, value) {
    let at = start;
    bytes[at++] = CHAR_QUOTE;
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code > 0x7e || PLAIN[code] === 0) {
            return start + bytes.write(JSON.stringify(value), start, 'utf8');
        }
        bytes[at++] = code;
    }
    bytes[at++] = CHAR_QUOTE;
    return at;
}
/** A size as JSON at `start`: digits written directly for whole numbers (no string made). */
function jsonNumber(bytes, start, value) {
    if (!Number.isSafeInteger(value) || value < 0) {
        const text = Number.isFinite(value) ? String(value) : 'null';
        return start + bytes.write(text, start, 'latin1');
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10))
        digits++;
    let rest = value;
    for (let at = start + digits - 1; at >= start; at--) {
        bytes[at] = 0x30 + (rest % 10);
        rest = Math.floor(rest / 10);
    }
    return start + digits;
}
class artifacts_json_ArtifactsJson {
    bytes;
    length = 1;
    /** End (exclusive) of entry i; it starts one byte after the end of entry i - 1. */
    ends;
    entries = 0;
    failedIndexes = [];
    repeated = new Map();
    tails = new Map();
    lastTail = null;
    constructor(expectedEntries = 0) {
        this.bytes = Buffer.allocUnsafe(Math.max(4096, expectedEntries * 192));
        this.bytes[0] = 0x5b; // [
        this.ends = new Float64Array(Math.max(16, expectedEntries));
    }
    get count() {
        return this.entries;
    }
    addResult(result) {
        this.add(result.name, result.path, result.id, result.size, result.sha256, result.mimeType, result.category, result.status, result.error);
    }
    add(name, path, id, size, sha256, mimeType, category, status, error) {
        // Worst case of JSON.stringify: `\uXXXX` (6 bytes) per code unit, plus the quotes; a
        // number takes at most 24 bytes.
        let chars = name.length + path.length + mimeType.length + category.length + status.length;
        chars += (id?.length ?? 0) + (sha256?.length ?? 0) + (error?.length ?? 0);
        this.reserve(FIXED_BYTES + 24 + chars * 6);
        const bytes = this.bytes;
        let at = this.length;
        if (this.entries > 0)
            bytes[at++] = CHAR_COMMA;
        at = fragment(bytes, at, KEY_NAME);
        at = jsonString(bytes, at, name);
        at = fragment(bytes, at, KEY_PATH);
        at = jsonString(bytes, at, path);
        if (id === null)
            at = fragment(bytes, at, ID_NULL_SIZE);
        else {
            at = fragment(bytes, at, KEY_ID);
            at = jsonString(bytes, at, id);
            at = fragment(bytes, at, KEY_SIZE);
        }
        at = jsonNumber(bytes, at, size);
        if (sha256 === null && error === null) {
            // The usual case (every dry-run entry): the rest is one of a few byte strings.
            const tail = this.tail(mimeType, category, status);
            bytes.set(tail, at);
            at += tail.length;
        }
        else {
            at = fragment(bytes, at, KEY_SHA256);
            at = sha256 === null ? fragment(bytes, at, NULL) : jsonString(bytes, at, sha256);
            at = fragment(bytes, at, KEY_MIME_TYPE);
            at = fragment(bytes, at, this.encoded(mimeType));
            at = fragment(bytes, at, KEY_CATEGORY);
            at = fragment(bytes, at, this.encoded(category));
            at = fragment(bytes, at, KEY_STATUS);
            at = fragment(bytes, at, this.encoded(status));
            at = fragment(bytes, at, KEY_ERROR);
            at = error === null ? fragment(bytes, at, NULL) : jsonString(bytes, at, error);
            bytes[at++] = 0x7d; // }
        }
        this.length = at;
        if (status === 'failed')
            this.failedIndexes.push(this.entries);
        if (this.entries === this.ends.length) {
            const grown = new Float64Array(this.ends.length * 2);
            grown.set(this.ends);
            this.ends = grown;
        }
        this.ends[this.entries++] = at;
    }
    /** `,"sha256":null,"mimeType":…,"category":…,"status":…,"error":null}`, built once. */
    tail(mimeType, category, status) {
        const last = this.lastTail;
        if (last &&
            last.mimeType === mimeType &&
            last.category === category &&
            last.status === status) {
            return last.bytes;
        }
        const key = `${mimeType}\0${category}\0${status}`;
        let bytes = this.tails.get(key);
        if (bytes === undefined) {
            const text = `,"sha256":null,"mimeType":${JSON.stringify(mimeType)},"category":` +
                `${JSON.stringify(category)},"status":${JSON.stringify(status)},"error":null}`;
            bytes = Buffer.from(text, 'utf8');
            if (this.tails.size < MAX_REPEATED)
                this.tails.set(key, bytes);
        }
        this.lastTail = { mimeType, category, status, bytes };
        return bytes;
    }
    /** JSON of a value from a small set (MIME types, categories, statuses), encoded once. */
    encoded(value) {
        let bytes = this.repeated.get(value);
        if (bytes === undefined) {
            const json = JSON.stringify(value);
            bytes = Buffer.from(json, 'utf8');
            if (this.repeated.size < MAX_REPEATED)
                this.repeated.set(value, bytes);
        }
        return bytes;
    }
    /** Bytes from `start` to the end of the entries so far (a view; they never change). */
    bytesFrom(start) {
        return this.bytes.subarray(start, this.length);
    }
    /** The whole array, `[` … `]` (a view of the internal buffer: use before adding more). */
    all() {
        this.reserve(1);
        this.bytes[this.length] = 0x5d; // ]
        return this.bytes.subarray(0, this.length + 1);
    }
    /** Bytes of `all()`. */
    get byteLength() {
        return this.length + 1;
    }
    /**
     * Every failed entry, then as many others as fit within `maxBytes` in order (a failed
     * entry that does not fit is left out, the others stop at the first that does not fit).
     */
    shortened(maxBytes) {
        const kept = [];
        let bytes = 1;
        const consider = (index, failed) => {
            const size = this.entryEnd(index) - this.entryStart(index) + 1;
            if (bytes + size > maxBytes)
                return failed;
            kept.push(index);
            bytes += size;
            return true;
        };
        for (const index of this.failedIndexes)
            consider(index, true);
        const failed = new Set(this.failedIndexes);
        for (let index = 0; index < this.entries; index++) {
            if (!failed.has(index) && !consider(index, false))
                break;
        }
        return { json: this.join(kept), kept: kept.length };
    }
    entryStart(index) {
        return index === 0 ? 1 : this.ends[index - 1] + 1;
    }
    entryEnd(index) {
        return this.ends[index];
    }
    /** `[` + the entries at these indexes, comma-separated + `]`. */
    join(indexes) {
        if (indexes.length === 0)
            return '[]';
        const contiguous = indexes.every((index, i) => index === i);
        if (contiguous) {
            return this.bytes.toString('utf8', 0, this.entryEnd(indexes.length - 1)) + ']';
        }
        const parts = indexes.map((index) => this.bytes.toString('utf8', this.entryStart(index), this.entryEnd(index)));
        return `[${parts.join(',')}]`;
    }
    reserve(extra) {
        if (this.length + extra <= this.bytes.length)
            return;
        const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + extra));
        this.bytes.copy(grown, 0, 0, this.length);
        this.bytes = grown;
    }
}

// EXTERNAL MODULE: ./src/report/totals.ts
var totals = __nccwpck_require__(2947);
;// CONCATENATED MODULE: ./src/report/outputs.ts
/** Step outputs (DESIGN §2): always set once the plan exists, failures included. */









async function setOutputs(results, run, env = process.env) {
    const list = new ArtifactsList(results.length, env);
    let totalBytes = 0;
    for (const result of results) {
        list.json.addResult(result);
        list.entryAdded();
        totalBytes += result.size;
    }
    await publish(list, (0,totals/* countByStatus */.x)(results), totalBytes, run);
}
/** A dry run's outputs: every plan entry `planned`, without a result object per entry. */
async function setPlanOutputs(plan, category, env = process.env) {
    const list = new ArtifactsList(plan.length, env);
    const { json } = list;
    let totalBytes = 0;
    for (const entry of plan) {
        json.add(entry.name, entry.localPath, null, entry.size, null, entry.mimeType, category, 'planned', null);
        list.entryAdded();
        totalBytes += entry.size;
    }
    const counts = (0,totals/* countByStatus */.x)([]);
    counts.planned = plan.length;
    await publish(list, counts, totalBytes, null);
}
/** Sets every output; the `artifacts-file` (when needed) is complete when this resolves. */
async function publish(list, counts, totalBytes, run) {
    const written = list.finish();
    written?.catch(() => undefined); // awaited below; a throw before then must not leave it unhandled
    (0,files/* setOutput */.uH)('run-id', run?.runId ?? '');
    (0,files/* setOutput */.uH)('run-url', run?.runUrl ?? '');
    (0,files/* setOutput */.uH)('uploaded-count', String(counts.uploaded));
    (0,files/* setOutput */.uH)('skipped-count', String(counts.skipped));
    (0,files/* setOutput */.uH)('failed-count', String(counts.failed));
    (0,files/* setOutput */.uH)('total-bytes', String(totalBytes));
    if (!written) {
        (0,files/* setOutput */.uH)('artifacts', list.json.all().toString('utf8'));
        (0,files/* setOutput */.uH)('artifacts-file', '');
        return;
    }
    const { json: shortened, kept } = list.json.shortened(config/* OUTPUT_ARTIFACTS_MAX_BYTES */.Nq);
    (0,files/* setOutput */.uH)('artifacts', shortened);
    (0,files/* setOutput */.uH)('artifacts-file', list.file);
    commands/* warning */.$e(`The \`artifacts\` output holds ${kept} of ${list.json.count} entries (failed ones first) ` +
        `to stay under GitHub's output limit; all of them are in ${list.file} (output \`artifacts-file\`).`);
    await written;
}
/** Bytes handed to the file at a time while entries are still being added. */
const SPILL_CHUNK_BYTES = 2 * 1024 * 1024;
const writeFile = (0,external_node_util_.promisify)(external_node_fs_.write);
const closeFile = (0,external_node_util_.promisify)(external_node_fs_.close);
/**
 * The `artifacts` JSON, and the `artifacts-file` for a list too large for the output: once
 * the list passes the limit, the file is written in large chunks as entries are added (tens
 * of MB for large plans), so that little of it is left to write at the end. The file is
 * opened synchronously, so those writes run on the thread pool while entries are added.
 */
class ArtifactsList {
    json;
    file;
    fd = null;
    openError = null;
    spilled = 0;
    writes = [];
    constructor(expectedEntries, env) {
        this.json = new artifacts_json_ArtifactsJson(expectedEntries);
        this.file = external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), `simvue-artifacts-${process.pid}.json`);
    }
    entryAdded() {
        const length = this.json.byteLength;
        if (length > config/* OUTPUT_ARTIFACTS_MAX_BYTES */.Nq && length - this.spilled >= SPILL_CHUNK_BYTES) {
            this.spill(this.json.bytesFrom(this.spilled));
        }
    }
    /** The file's completion, or null when the list fits the output (no file). */
    finish() {
        if (this.json.byteLength <= config/* OUTPUT_ARTIFACTS_MAX_BYTES */.Nq)
            return null;
        this.spill(this.json.all().subarray(this.spilled));
        return Promise.allSettled(this.writes).then(async (settled) => {
            if (this.fd !== null)
                await closeFile(this.fd);
            const failed = settled.find((outcome) => outcome.status === 'rejected');
            if (failed)
                throw failed.reason;
        });
    }
    /** Starts writing `bytes` at once (no promise turn first): it runs beside the loop. */
    spill(bytes) {
        const position = this.spilled;
        this.spilled += bytes.length;
        const fd = this.open();
        const done = fd === null ? Promise.reject(this.openError) : writeAll(fd, bytes, position);
        done.catch(() => undefined); // reported by finish()
        this.writes.push(done);
    }
    open() {
        if (this.fd === null && this.openError === null) {
            try {
                this.fd = (0,external_node_fs_.openSync)(this.file, 'w');
            }
            catch (error) {
                this.openError = error;
            }
        }
        return this.fd;
    }
}
async function writeAll(fd, bytes, position) {
    for (let done = 0; done < bytes.length;) {
        const { bytesWritten } = await writeFile(fd, bytes, done, bytes.length - done, position + done);
        done += bytesWritten;
    }
}
/** Every failed entry, then as many others as fit within `maxBytes`, in plan order. */
function shortenedArtifacts(results, maxBytes) {
    const json = new ArtifactsJson(results.length);
    for (const result of results)
        json.addResult(result);
    return json.shortened(maxBytes);
}


/***/ }),

/***/ 2947:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ countByStatus)
/* harmony export */ });
function countByStatus(results) {
    const counts = {
        uploaded: 0,
        skipped: 0,
        stored: 0,
        deduplicated: 0,
        failed: 0,
        planned: 0
    };
    for (const result of results)
        counts[result.status]++;
    return counts;
}


/***/ }),

/***/ 5440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   D: () => (/* binding */ normaliseServerUrl),
/* harmony export */   we: () => (/* binding */ joinUrl)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/** Server URL handling: normalisation like the Python client, and the http:// guard (DESIGN §6). */

const EXAMPLE = 'e.g. https://uk.simvue.io';
/**
 * Appends `/api` unless the URL already ends with it (after stripping one trailing `/`).
 * Unlike the Python client, `https://h/api/` gives `https://h/api`, not `https://h/api/api`.
 */
function normaliseServerUrl(raw, options) {
    const { source } = options;
    const text = raw.trim();
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} is not a valid URL: "${text}" (${EXAMPLE}).`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} must be an https:// URL (${EXAMPLE}); got scheme "${url.protocol}".`);
    }
    if (url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} must not contain user-info (user:password@): remove it and pass the token ` +
            'as SIMVUE_TOKEN or input `token`.');
    }
    if (url.search || url.hash || /[?#]/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} must not contain a query string or fragment (?… or #…): give the server's ` +
            `base URL (${EXAMPLE}).`);
    }
    if (url.protocol === 'http:' && !options.allowInsecureHttp && !isLoopbackHost(url.hostname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} uses http:// to ${url.host}, which would send the token unencrypted: use ` +
            'https, or set allow-insecure-http: true.');
    }
    let path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
    if (!path.endsWith('/api'))
        path += '/api';
    const apiUrl = `${url.origin}${path}`;
    return { apiUrl, webUrl: apiUrl.slice(0, -'/api'.length), origin: url.origin };
}
/** localhost, *.localhost, 127.0.0.0/8 and ::1, judged by the literal host (no DNS). */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if (host === '[::1]' || host === '::1')
        return true;
    const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    return octets !== null && octets[1] === '127' && octets.slice(2).every((o) => Number(o) <= 255);
}
/** A URL safe to log: no user-info, query or fragment (presigned signatures live there). */
function redactUrl(url, base) {
    try {
        const parsed = typeof url === 'string' ? new URL(url, base) : url;
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}
/** Joins path segments onto a base URL, encoding each segment (ids come from the server). */
function joinUrl(base, ...segments) {
    return [base.replace(/\/+$/, ''), ...segments.map((s) => encodeURIComponent(s))].join('/');
}


/***/ }),

/***/ 2259:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The GitHub Actions workflow commands this action prints (log lines, annotations, groups,
 * masks), in the runner's wire format.
 *
 * Written here rather than imported from @actions/core: core 3 loads @actions/http-client,
 * undici and @actions/exec when it is imported (for OIDC tokens and platform details that
 * this action never asks for), which measured 40 ms of a 75 ms cold start (DESIGN §5).
 * The format is the one core prints, byte for byte.
 */

/** A command's message: `%`, CR and LF would end or corrupt the command line. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value: as data, plus the `:` and `,` that separate properties. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,…::message`, the line the runner parses. */
function commandLine(name, properties, message) {
    const pairs = Object.entries(properties)
        .filter((pair) => pair[1] !== undefined && pair[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    const props = pairs.length > 0 ? ` ${pairs.join(',')}` : '';
    return `::${name}${props}::${escapeData(message)}`;
}
function issue(name, message, properties = {}) {
    process.stdout.write(commandLine(name, properties, message) + (node_os__WEBPACK_IMPORTED_MODULE_0___default().EOL));
}
function info(message) {
    process.stdout.write(message + (node_os__WEBPACK_IMPORTED_MODULE_0___default().EOL));
}
/** Shown only with step debug logging (`RUNNER_DEBUG=1`). */
function debug(message) {
    issue('debug', message);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function warning(message, properties = {}) {
    issue('warning', message, { title: properties.title });
}
function error(message, properties = {}) {
    issue('error', message, { title: properties.title });
}
/** An error annotation, and the step fails when the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The runner replaces the value with *** in every later line of the log. */
function setSecret(secret) {
    issue('add-mask', secret);
}
/** Folds the lines `work` prints under `name` in the log. */
async function group(name, work) {
    issue('group', name);
    try {
        return await work();
    }
    finally {
        issue('endgroup', '');
    }
}


/***/ }),

/***/ 6154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony export outputEntry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2259);
/**
 * The runner's environment files: step outputs (`GITHUB_OUTPUT`) and the job summary
 * (`GITHUB_STEP_SUMMARY`), in the format @actions/core writes them.
 */





/**
 * `name<<delimiter`, the value, `delimiter`: a random delimiter, so that no value can end
 * the entry early and forge another output.
 */
function outputEntry(name, value, delimiter) {
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`The output ${name} contains its delimiter ${delimiter}`);
    }
    return `${name}<<${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_3___default().EOL)}${value}${(node_os__WEBPACK_IMPORTED_MODULE_3___default().EOL)}${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_3___default().EOL)}`;
}
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (file) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, outputEntry(name, value, `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`), 'utf8');
        return;
    }
    // No output file (an old runner, or a local trial): the deprecated command still works.
    process.stdout.write((node_os__WEBPACK_IMPORTED_MODULE_3___default().EOL) + (0,_commands_js__WEBPACK_IMPORTED_MODULE_4__/* .commandLine */ .ay)('set-output', { name }, value) + (node_os__WEBPACK_IMPORTED_MODULE_3___default().EOL));
}
/** Appends markdown to the job summary; false when the runner gave no summary file. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(file, markdown, 'utf8');
    return true;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1813:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"application/1d-interleaved-parityfec":{"source":"iana"},"application/3gpdash-qoe-report+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/3gpp-ims+xml":{"source":"iana","compressible":true},"application/3gpphal+json":{"source":"iana","compressible":true},"application/3gpphalforms+json":{"source":"iana","compressible":true},"application/a2l":{"source":"iana"},"application/ace+cbor":{"source":"iana"},"application/ace+json":{"source":"iana","compressible":true},"application/ace-groupcomm+cbor":{"source":"iana"},"application/ace-trl+cbor":{"source":"iana"},"application/activemessage":{"source":"iana"},"application/activity+json":{"source":"iana","compressible":true},"application/aif+cbor":{"source":"iana"},"application/aif+json":{"source":"iana","compressible":true},"application/alto-cdni+json":{"source":"iana","compressible":true},"application/alto-cdnifilter+json":{"source":"iana","compressible":true},"application/alto-costmap+json":{"source":"iana","compressible":true},"application/alto-costmapfilter+json":{"source":"iana","compressible":true},"application/alto-directory+json":{"source":"iana","compressible":true},"application/alto-endpointcost+json":{"source":"iana","compressible":true},"application/alto-endpointcostparams+json":{"source":"iana","compressible":true},"application/alto-endpointprop+json":{"source":"iana","compressible":true},"application/alto-endpointpropparams+json":{"source":"iana","compressible":true},"application/alto-error+json":{"source":"iana","compressible":true},"application/alto-networkmap+json":{"source":"iana","compressible":true},"application/alto-networkmapfilter+json":{"source":"iana","compressible":true},"application/alto-propmap+json":{"source":"iana","compressible":true},"application/alto-propmapparams+json":{"source":"iana","compressible":true},"application/alto-tips+json":{"source":"iana","compressible":true},"application/alto-tipsparams+json":{"source":"iana","compressible":true},"application/alto-updatestreamcontrol+json":{"source":"iana","compressible":true},"application/alto-updatestreamparams+json":{"source":"iana","compressible":true},"application/aml":{"source":"iana"},"application/andrew-inset":{"source":"iana","extensions":["ez"]},"application/appinstaller":{"compressible":false,"extensions":["appinstaller"]},"application/applefile":{"source":"iana"},"application/applixware":{"source":"apache","extensions":["aw"]},"application/appx":{"compressible":false,"extensions":["appx"]},"application/appxbundle":{"compressible":false,"extensions":["appxbundle"]},"application/at+jwt":{"source":"iana"},"application/atf":{"source":"iana"},"application/atfx":{"source":"iana"},"application/atom+xml":{"source":"iana","compressible":true,"extensions":["atom"]},"application/atomcat+xml":{"source":"iana","compressible":true,"extensions":["atomcat"]},"application/atomdeleted+xml":{"source":"iana","compressible":true,"extensions":["atomdeleted"]},"application/atomicmail":{"source":"iana"},"application/atomsvc+xml":{"source":"iana","compressible":true,"extensions":["atomsvc"]},"application/atsc-dwd+xml":{"source":"iana","compressible":true,"extensions":["dwd"]},"application/atsc-dynamic-event-message":{"source":"iana"},"application/atsc-held+xml":{"source":"iana","compressible":true,"extensions":["held"]},"application/atsc-rdt+json":{"source":"iana","compressible":true},"application/atsc-rsat+xml":{"source":"iana","compressible":true,"extensions":["rsat"]},"application/atxml":{"source":"iana"},"application/auth-policy+xml":{"source":"iana","compressible":true},"application/automationml-aml+xml":{"source":"iana","compressible":true,"extensions":["aml"]},"application/automationml-amlx+zip":{"source":"iana","compressible":false,"extensions":["amlx"]},"application/bacnet-xdd+zip":{"source":"iana","compressible":false},"application/batch-smtp":{"source":"iana"},"application/bdoc":{"compressible":false,"extensions":["bdoc"]},"application/beep+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/bufr":{"source":"iana"},"application/c2pa":{"source":"iana"},"application/calendar+json":{"source":"iana","compressible":true},"application/calendar+xml":{"source":"iana","compressible":true,"extensions":["xcs"]},"application/call-completion":{"source":"iana"},"application/cals-1840":{"source":"iana"},"application/captive+json":{"source":"iana","compressible":true},"application/cbor":{"source":"iana"},"application/cbor-seq":{"source":"iana"},"application/cccex":{"source":"iana"},"application/ccmp+xml":{"source":"iana","compressible":true},"application/ccxml+xml":{"source":"iana","compressible":true,"extensions":["ccxml"]},"application/cda+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/cdfx+xml":{"source":"iana","compressible":true,"extensions":["cdfx"]},"application/cdmi-capability":{"source":"iana","extensions":["cdmia"]},"application/cdmi-container":{"source":"iana","extensions":["cdmic"]},"application/cdmi-domain":{"source":"iana","extensions":["cdmid"]},"application/cdmi-object":{"source":"iana","extensions":["cdmio"]},"application/cdmi-queue":{"source":"iana","extensions":["cdmiq"]},"application/cdni":{"source":"iana"},"application/ce+cbor":{"source":"iana"},"application/cea":{"source":"iana"},"application/cea-2018+xml":{"source":"iana","compressible":true},"application/cellml+xml":{"source":"iana","compressible":true},"application/cfw":{"source":"iana"},"application/cid-edhoc+cbor-seq":{"source":"iana"},"application/city+json":{"source":"iana","compressible":true},"application/city+json-seq":{"source":"iana"},"application/clr":{"source":"iana"},"application/clue+xml":{"source":"iana","compressible":true},"application/clue_info+xml":{"source":"iana","compressible":true},"application/cms":{"source":"iana"},"application/cnrp+xml":{"source":"iana","compressible":true},"application/coap-eap":{"source":"iana"},"application/coap-group+json":{"source":"iana","compressible":true},"application/coap-payload":{"source":"iana"},"application/commonground":{"source":"iana"},"application/concise-problem-details+cbor":{"source":"iana"},"application/conference-info+xml":{"source":"iana","compressible":true},"application/cose":{"source":"iana"},"application/cose-key":{"source":"iana"},"application/cose-key-set":{"source":"iana"},"application/cose-x509":{"source":"iana"},"application/cpl+xml":{"source":"iana","compressible":true,"extensions":["cpl"]},"application/csrattrs":{"source":"iana"},"application/csta+xml":{"source":"iana","compressible":true},"application/cstadata+xml":{"source":"iana","compressible":true},"application/csvm+json":{"source":"iana","compressible":true},"application/cu-seeme":{"source":"apache","extensions":["cu"]},"application/cwl":{"source":"iana","extensions":["cwl"]},"application/cwl+json":{"source":"iana","compressible":true},"application/cwl+yaml":{"source":"iana"},"application/cwt":{"source":"iana"},"application/cybercash":{"source":"iana"},"application/dart":{"compressible":true},"application/dash+xml":{"source":"iana","compressible":true,"extensions":["mpd"]},"application/dash-patch+xml":{"source":"iana","compressible":true,"extensions":["mpp"]},"application/dashdelta":{"source":"iana"},"application/davmount+xml":{"source":"iana","compressible":true,"extensions":["davmount"]},"application/dca-rft":{"source":"iana"},"application/dcd":{"source":"iana"},"application/dec-dx":{"source":"iana"},"application/dialog-info+xml":{"source":"iana","compressible":true},"application/dicom":{"source":"iana","extensions":["dcm"]},"application/dicom+json":{"source":"iana","compressible":true},"application/dicom+xml":{"source":"iana","compressible":true},"application/dii":{"source":"iana"},"application/dit":{"source":"iana"},"application/dns":{"source":"iana"},"application/dns+json":{"source":"iana","compressible":true},"application/dns-message":{"source":"iana"},"application/docbook+xml":{"source":"apache","compressible":true,"extensions":["dbk"]},"application/dots+cbor":{"source":"iana"},"application/dpop+jwt":{"source":"iana"},"application/dskpp+xml":{"source":"iana","compressible":true},"application/dssc+der":{"source":"iana","extensions":["dssc"]},"application/dssc+xml":{"source":"iana","compressible":true,"extensions":["xdssc"]},"application/dvcs":{"source":"iana"},"application/eat+cwt":{"source":"iana"},"application/eat+jwt":{"source":"iana"},"application/eat-bun+cbor":{"source":"iana"},"application/eat-bun+json":{"source":"iana","compressible":true},"application/eat-ucs+cbor":{"source":"iana"},"application/eat-ucs+json":{"source":"iana","compressible":true},"application/ecmascript":{"source":"apache","compressible":true,"extensions":["ecma"]},"application/edhoc+cbor-seq":{"source":"iana"},"application/edi-consent":{"source":"iana"},"application/edi-x12":{"source":"iana","compressible":false},"application/edifact":{"source":"iana","compressible":false},"application/efi":{"source":"iana"},"application/elm+json":{"source":"iana","charset":"UTF-8","compressible":true},"application/elm+xml":{"source":"iana","compressible":true},"application/emergencycalldata.cap+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/emergencycalldata.comment+xml":{"source":"iana","compressible":true},"application/emergencycalldata.control+xml":{"source":"iana","compressible":true},"application/emergencycalldata.deviceinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.ecall.msd":{"source":"iana"},"application/emergencycalldata.legacyesn+json":{"source":"iana","compressible":true},"application/emergencycalldata.providerinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.serviceinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.subscriberinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.veds+xml":{"source":"iana","compressible":true},"application/emma+xml":{"source":"iana","compressible":true,"extensions":["emma"]},"application/emotionml+xml":{"source":"iana","compressible":true,"extensions":["emotionml"]},"application/encaprtp":{"source":"iana"},"application/entity-statement+jwt":{"source":"iana"},"application/epp+xml":{"source":"iana","compressible":true},"application/epub+zip":{"source":"iana","compressible":false,"extensions":["epub"]},"application/eshop":{"source":"iana"},"application/exi":{"source":"iana","extensions":["exi"]},"application/expect-ct-report+json":{"source":"iana","compressible":true},"application/express":{"source":"iana","extensions":["exp"]},"application/fastinfoset":{"source":"iana"},"application/fastsoap":{"source":"iana"},"application/fdf":{"source":"iana","extensions":["fdf"]},"application/fdt+xml":{"source":"iana","compressible":true,"extensions":["fdt"]},"application/fhir+json":{"source":"iana","charset":"UTF-8","compressible":true},"application/fhir+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/fido.trusted-apps+json":{"compressible":true},"application/fits":{"source":"iana"},"application/flexfec":{"source":"iana"},"application/font-sfnt":{"source":"iana"},"application/font-tdpfr":{"source":"iana","extensions":["pfr"]},"application/font-woff":{"source":"iana","compressible":false},"application/framework-attributes+xml":{"source":"iana","compressible":true},"application/geo+json":{"source":"iana","compressible":true,"extensions":["geojson"]},"application/geo+json-seq":{"source":"iana"},"application/geopackage+sqlite3":{"source":"iana"},"application/geopose+json":{"source":"iana","compressible":true},"application/geoxacml+json":{"source":"iana","compressible":true},"application/geoxacml+xml":{"source":"iana","compressible":true},"application/gltf-buffer":{"source":"iana"},"application/gml+xml":{"source":"iana","compressible":true,"extensions":["gml"]},"application/gnap-binding-jws":{"source":"iana"},"application/gnap-binding-jwsd":{"source":"iana"},"application/gnap-binding-rotation-jws":{"source":"iana"},"application/gnap-binding-rotation-jwsd":{"source":"iana"},"application/gpx+xml":{"source":"apache","compressible":true,"extensions":["gpx"]},"application/grib":{"source":"iana"},"application/gxf":{"source":"apache","extensions":["gxf"]},"application/gzip":{"source":"iana","compressible":false,"extensions":["gz"]},"application/h224":{"source":"iana"},"application/held+xml":{"source":"iana","compressible":true},"application/hjson":{"extensions":["hjson"]},"application/hl7v2+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/http":{"source":"iana"},"application/hyperstudio":{"source":"iana","extensions":["stk"]},"application/ibe-key-request+xml":{"source":"iana","compressible":true},"application/ibe-pkg-reply+xml":{"source":"iana","compressible":true},"application/ibe-pp-data":{"source":"iana"},"application/iges":{"source":"iana"},"application/im-iscomposing+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/index":{"source":"iana"},"application/index.cmd":{"source":"iana"},"application/index.obj":{"source":"iana"},"application/index.response":{"source":"iana"},"application/index.vnd":{"source":"iana"},"application/inkml+xml":{"source":"iana","compressible":true,"extensions":["ink","inkml"]},"application/iotp":{"source":"iana"},"application/ipfix":{"source":"iana","extensions":["ipfix"]},"application/ipp":{"source":"iana"},"application/isup":{"source":"iana"},"application/its+xml":{"source":"iana","compressible":true,"extensions":["its"]},"application/java-archive":{"source":"iana","compressible":false,"extensions":["jar","war","ear"]},"application/java-serialized-object":{"source":"apache","compressible":false,"extensions":["ser"]},"application/java-vm":{"source":"apache","compressible":false,"extensions":["class"]},"application/javascript":{"source":"apache","charset":"UTF-8","compressible":true,"extensions":["js"]},"application/jf2feed+json":{"source":"iana","compressible":true},"application/jose":{"source":"iana"},"application/jose+json":{"source":"iana","compressible":true},"application/jrd+json":{"source":"iana","compressible":true},"application/jscalendar+json":{"source":"iana","compressible":true},"application/jscontact+json":{"source":"iana","compressible":true},"application/json":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["json","map"]},"application/json-patch+json":{"source":"iana","compressible":true},"application/json-seq":{"source":"iana"},"application/json5":{"extensions":["json5"]},"application/jsonml+json":{"source":"apache","compressible":true,"extensions":["jsonml"]},"application/jsonpath":{"source":"iana"},"application/jwk+json":{"source":"iana","compressible":true},"application/jwk-set+json":{"source":"iana","compressible":true},"application/jwk-set+jwt":{"source":"iana"},"application/jwt":{"source":"iana"},"application/kpml-request+xml":{"source":"iana","compressible":true},"application/kpml-response+xml":{"source":"iana","compressible":true},"application/ld+json":{"source":"iana","compressible":true,"extensions":["jsonld"]},"application/lgr+xml":{"source":"iana","compressible":true,"extensions":["lgr"]},"application/link-format":{"source":"iana"},"application/linkset":{"source":"iana"},"application/linkset+json":{"source":"iana","compressible":true},"application/load-control+xml":{"source":"iana","compressible":true},"application/logout+jwt":{"source":"iana"},"application/lost+xml":{"source":"iana","compressible":true,"extensions":["lostxml"]},"application/lostsync+xml":{"source":"iana","compressible":true},"application/lpf+zip":{"source":"iana","compressible":false},"application/lxf":{"source":"iana"},"application/mac-binhex40":{"source":"iana","extensions":["hqx"]},"application/mac-compactpro":{"source":"apache","extensions":["cpt"]},"application/macwriteii":{"source":"iana"},"application/mads+xml":{"source":"iana","compressible":true,"extensions":["mads"]},"application/manifest+json":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["webmanifest"]},"application/marc":{"source":"iana","extensions":["mrc"]},"application/marcxml+xml":{"source":"iana","compressible":true,"extensions":["mrcx"]},"application/mathematica":{"source":"iana","extensions":["ma","nb","mb"]},"application/mathml+xml":{"source":"iana","compressible":true,"extensions":["mathml"]},"application/mathml-content+xml":{"source":"iana","compressible":true},"application/mathml-presentation+xml":{"source":"iana","compressible":true},"application/mbms-associated-procedure-description+xml":{"source":"iana","compressible":true},"application/mbms-deregister+xml":{"source":"iana","compressible":true},"application/mbms-envelope+xml":{"source":"iana","compressible":true},"application/mbms-msk+xml":{"source":"iana","compressible":true},"application/mbms-msk-response+xml":{"source":"iana","compressible":true},"application/mbms-protection-description+xml":{"source":"iana","compressible":true},"application/mbms-reception-report+xml":{"source":"iana","compressible":true},"application/mbms-register+xml":{"source":"iana","compressible":true},"application/mbms-register-response+xml":{"source":"iana","compressible":true},"application/mbms-schedule+xml":{"source":"iana","compressible":true},"application/mbms-user-service-description+xml":{"source":"iana","compressible":true},"application/mbox":{"source":"iana","extensions":["mbox"]},"application/media-policy-dataset+xml":{"source":"iana","compressible":true,"extensions":["mpf"]},"application/media_control+xml":{"source":"iana","compressible":true},"application/mediaservercontrol+xml":{"source":"iana","compressible":true,"extensions":["mscml"]},"application/merge-patch+json":{"source":"iana","compressible":true},"application/metalink+xml":{"source":"apache","compressible":true,"extensions":["metalink"]},"application/metalink4+xml":{"source":"iana","compressible":true,"extensions":["meta4"]},"application/mets+xml":{"source":"iana","compressible":true,"extensions":["mets"]},"application/mf4":{"source":"iana"},"application/mikey":{"source":"iana"},"application/mipc":{"source":"iana"},"application/missing-blocks+cbor-seq":{"source":"iana"},"application/mmt-aei+xml":{"source":"iana","compressible":true,"extensions":["maei"]},"application/mmt-usd+xml":{"source":"iana","compressible":true,"extensions":["musd"]},"application/mods+xml":{"source":"iana","compressible":true,"extensions":["mods"]},"application/moss-keys":{"source":"iana"},"application/moss-signature":{"source":"iana"},"application/mosskey-data":{"source":"iana"},"application/mosskey-request":{"source":"iana"},"application/mp21":{"source":"iana","extensions":["m21","mp21"]},"application/mp4":{"source":"iana","extensions":["mp4","mpg4","mp4s","m4p"]},"application/mpeg4-generic":{"source":"iana"},"application/mpeg4-iod":{"source":"iana"},"application/mpeg4-iod-xmt":{"source":"iana"},"application/mrb-consumer+xml":{"source":"iana","compressible":true},"application/mrb-publish+xml":{"source":"iana","compressible":true},"application/msc-ivr+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/msc-mixer+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/msix":{"compressible":false,"extensions":["msix"]},"application/msixbundle":{"compressible":false,"extensions":["msixbundle"]},"application/msword":{"source":"iana","compressible":false,"extensions":["doc","dot"]},"application/mud+json":{"source":"iana","compressible":true},"application/multipart-core":{"source":"iana"},"application/mxf":{"source":"iana","extensions":["mxf"]},"application/n-quads":{"source":"iana","extensions":["nq"]},"application/n-triples":{"source":"iana","extensions":["nt"]},"application/nasdata":{"source":"iana"},"application/news-checkgroups":{"source":"iana","charset":"US-ASCII"},"application/news-groupinfo":{"source":"iana","charset":"US-ASCII"},"application/news-transmission":{"source":"iana"},"application/nlsml+xml":{"source":"iana","compressible":true},"application/node":{"source":"iana","extensions":["cjs"]},"application/nss":{"source":"iana"},"application/oauth-authz-req+jwt":{"source":"iana"},"application/oblivious-dns-message":{"source":"iana"},"application/ocsp-request":{"source":"iana"},"application/ocsp-response":{"source":"iana"},"application/octet-stream":{"source":"iana","compressible":true,"extensions":["bin","dms","lrf","mar","so","dist","distz","pkg","bpk","dump","elc","deploy","exe","dll","deb","dmg","iso","img","msi","msp","msm","buffer"]},"application/oda":{"source":"iana","extensions":["oda"]},"application/odm+xml":{"source":"iana","compressible":true},"application/odx":{"source":"iana"},"application/oebps-package+xml":{"source":"iana","compressible":true,"extensions":["opf"]},"application/ogg":{"source":"iana","compressible":false,"extensions":["ogx"]},"application/ohttp-keys":{"source":"iana"},"application/omdoc+xml":{"source":"apache","compressible":true,"extensions":["omdoc"]},"application/onenote":{"source":"apache","extensions":["onetoc","onetoc2","onetmp","onepkg","one","onea"]},"application/opc-nodeset+xml":{"source":"iana","compressible":true},"application/oscore":{"source":"iana"},"application/oxps":{"source":"iana","extensions":["oxps"]},"application/p21":{"source":"iana"},"application/p21+zip":{"source":"iana","compressible":false},"application/p2p-overlay+xml":{"source":"iana","compressible":true,"extensions":["relo"]},"application/parityfec":{"source":"iana"},"application/passport":{"source":"iana"},"application/patch-ops-error+xml":{"source":"iana","compressible":true,"extensions":["xer"]},"application/pdf":{"source":"iana","compressible":false,"extensions":["pdf"]},"application/pdx":{"source":"iana"},"application/pem-certificate-chain":{"source":"iana"},"application/pgp-encrypted":{"source":"iana","compressible":false,"extensions":["pgp"]},"application/pgp-keys":{"source":"iana","extensions":["asc"]},"application/pgp-signature":{"source":"iana","extensions":["sig","asc"]},"application/pics-rules":{"source":"apache","extensions":["prf"]},"application/pidf+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/pidf-diff+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/pkcs10":{"source":"iana","extensions":["p10"]},"application/pkcs12":{"source":"iana"},"application/pkcs7-mime":{"source":"iana","extensions":["p7m","p7c"]},"application/pkcs7-signature":{"source":"iana","extensions":["p7s"]},"application/pkcs8":{"source":"iana","extensions":["p8"]},"application/pkcs8-encrypted":{"source":"iana"},"application/pkix-attr-cert":{"source":"iana","extensions":["ac"]},"application/pkix-cert":{"source":"iana","extensions":["cer"]},"application/pkix-crl":{"source":"iana","extensions":["crl"]},"application/pkix-pkipath":{"source":"iana","extensions":["pkipath"]},"application/pkixcmp":{"source":"iana","extensions":["pki"]},"application/pls+xml":{"source":"iana","compressible":true,"extensions":["pls"]},"application/poc-settings+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/postscript":{"source":"iana","compressible":true,"extensions":["ai","eps","ps"]},"application/ppsp-tracker+json":{"source":"iana","compressible":true},"application/private-token-issuer-directory":{"source":"iana"},"application/private-token-request":{"source":"iana"},"application/private-token-response":{"source":"iana"},"application/problem+json":{"source":"iana","compressible":true},"application/problem+xml":{"source":"iana","compressible":true},"application/provenance+xml":{"source":"iana","compressible":true,"extensions":["provx"]},"application/provided-claims+jwt":{"source":"iana"},"application/prs.alvestrand.titrax-sheet":{"source":"iana"},"application/prs.cww":{"source":"iana","extensions":["cww"]},"application/prs.cyn":{"source":"iana","charset":"7-BIT"},"application/prs.hpub+zip":{"source":"iana","compressible":false},"application/prs.implied-document+xml":{"source":"iana","compressible":true},"application/prs.implied-executable":{"source":"iana"},"application/prs.implied-object+json":{"source":"iana","compressible":true},"application/prs.implied-object+json-seq":{"source":"iana"},"application/prs.implied-object+yaml":{"source":"iana"},"application/prs.implied-structure":{"source":"iana"},"application/prs.mayfile":{"source":"iana"},"application/prs.nprend":{"source":"iana"},"application/prs.plucker":{"source":"iana"},"application/prs.rdf-xml-crypt":{"source":"iana"},"application/prs.vcfbzip2":{"source":"iana"},"application/prs.xsf+xml":{"source":"iana","compressible":true,"extensions":["xsf"]},"application/pskc+xml":{"source":"iana","compressible":true,"extensions":["pskcxml"]},"application/pvd+json":{"source":"iana","compressible":true},"application/qsig":{"source":"iana"},"application/raml+yaml":{"compressible":true,"extensions":["raml"]},"application/raptorfec":{"source":"iana"},"application/rdap+json":{"source":"iana","compressible":true},"application/rdf+xml":{"source":"iana","compressible":true,"extensions":["rdf","owl"]},"application/reginfo+xml":{"source":"iana","compressible":true,"extensions":["rif"]},"application/relax-ng-compact-syntax":{"source":"iana","extensions":["rnc"]},"application/remote-printing":{"source":"apache"},"application/reputon+json":{"source":"iana","compressible":true},"application/resolve-response+jwt":{"source":"iana"},"application/resource-lists+xml":{"source":"iana","compressible":true,"extensions":["rl"]},"application/resource-lists-diff+xml":{"source":"iana","compressible":true,"extensions":["rld"]},"application/rfc+xml":{"source":"iana","compressible":true},"application/riscos":{"source":"iana"},"application/rlmi+xml":{"source":"iana","compressible":true},"application/rls-services+xml":{"source":"iana","compressible":true,"extensions":["rs"]},"application/route-apd+xml":{"source":"iana","compressible":true,"extensions":["rapd"]},"application/route-s-tsid+xml":{"source":"iana","compressible":true,"extensions":["sls"]},"application/route-usd+xml":{"source":"iana","compressible":true,"extensions":["rusd"]},"application/rpki-checklist":{"source":"iana"},"application/rpki-ghostbusters":{"source":"iana","extensions":["gbr"]},"application/rpki-manifest":{"source":"iana","extensions":["mft"]},"application/rpki-publication":{"source":"iana"},"application/rpki-roa":{"source":"iana","extensions":["roa"]},"application/rpki-signed-tal":{"source":"iana"},"application/rpki-updown":{"source":"iana"},"application/rsd+xml":{"source":"apache","compressible":true,"extensions":["rsd"]},"application/rss+xml":{"source":"apache","compressible":true,"extensions":["rss"]},"application/rtf":{"source":"iana","compressible":true,"extensions":["rtf"]},"application/rtploopback":{"source":"iana"},"application/rtx":{"source":"iana"},"application/samlassertion+xml":{"source":"iana","compressible":true},"application/samlmetadata+xml":{"source":"iana","compressible":true},"application/sarif+json":{"source":"iana","compressible":true},"application/sarif-external-properties+json":{"source":"iana","compressible":true},"application/sbe":{"source":"iana"},"application/sbml+xml":{"source":"iana","compressible":true,"extensions":["sbml"]},"application/scaip+xml":{"source":"iana","compressible":true},"application/scim+json":{"source":"iana","compressible":true},"application/scvp-cv-request":{"source":"iana","extensions":["scq"]},"application/scvp-cv-response":{"source":"iana","extensions":["scs"]},"application/scvp-vp-request":{"source":"iana","extensions":["spq"]},"application/scvp-vp-response":{"source":"iana","extensions":["spp"]},"application/sdp":{"source":"iana","extensions":["sdp"]},"application/secevent+jwt":{"source":"iana"},"application/senml+cbor":{"source":"iana"},"application/senml+json":{"source":"iana","compressible":true},"application/senml+xml":{"source":"iana","compressible":true,"extensions":["senmlx"]},"application/senml-etch+cbor":{"source":"iana"},"application/senml-etch+json":{"source":"iana","compressible":true},"application/senml-exi":{"source":"iana"},"application/sensml+cbor":{"source":"iana"},"application/sensml+json":{"source":"iana","compressible":true},"application/sensml+xml":{"source":"iana","compressible":true,"extensions":["sensmlx"]},"application/sensml-exi":{"source":"iana"},"application/sep+xml":{"source":"iana","compressible":true},"application/sep-exi":{"source":"iana"},"application/session-info":{"source":"iana"},"application/set-payment":{"source":"iana"},"application/set-payment-initiation":{"source":"iana","extensions":["setpay"]},"application/set-registration":{"source":"iana"},"application/set-registration-initiation":{"source":"iana","extensions":["setreg"]},"application/sgml":{"source":"iana"},"application/sgml-open-catalog":{"source":"iana"},"application/shf+xml":{"source":"iana","compressible":true,"extensions":["shf"]},"application/sieve":{"source":"iana","extensions":["siv","sieve"]},"application/simple-filter+xml":{"source":"iana","compressible":true},"application/simple-message-summary":{"source":"iana"},"application/simplesymbolcontainer":{"source":"iana"},"application/sipc":{"source":"iana"},"application/slate":{"source":"iana"},"application/smil":{"source":"apache"},"application/smil+xml":{"source":"iana","compressible":true,"extensions":["smi","smil"]},"application/smpte336m":{"source":"iana"},"application/soap+fastinfoset":{"source":"iana"},"application/soap+xml":{"source":"iana","compressible":true},"application/sparql-query":{"source":"iana","extensions":["rq"]},"application/sparql-results+xml":{"source":"iana","compressible":true,"extensions":["srx"]},"application/spdx+json":{"source":"iana","compressible":true},"application/spirits-event+xml":{"source":"iana","compressible":true},"application/sql":{"source":"iana","extensions":["sql"]},"application/srgs":{"source":"iana","extensions":["gram"]},"application/srgs+xml":{"source":"iana","compressible":true,"extensions":["grxml"]},"application/sru+xml":{"source":"iana","compressible":true,"extensions":["sru"]},"application/ssdl+xml":{"source":"apache","compressible":true,"extensions":["ssdl"]},"application/sslkeylogfile":{"source":"iana"},"application/ssml+xml":{"source":"iana","compressible":true,"extensions":["ssml"]},"application/st2110-41":{"source":"iana"},"application/stix+json":{"source":"iana","compressible":true},"application/stratum":{"source":"iana"},"application/swid+cbor":{"source":"iana"},"application/swid+xml":{"source":"iana","compressible":true,"extensions":["swidtag"]},"application/tamp-apex-update":{"source":"iana"},"application/tamp-apex-update-confirm":{"source":"iana"},"application/tamp-community-update":{"source":"iana"},"application/tamp-community-update-confirm":{"source":"iana"},"application/tamp-error":{"source":"iana"},"application/tamp-sequence-adjust":{"source":"iana"},"application/tamp-sequence-adjust-confirm":{"source":"iana"},"application/tamp-status-query":{"source":"iana"},"application/tamp-status-response":{"source":"iana"},"application/tamp-update":{"source":"iana"},"application/tamp-update-confirm":{"source":"iana"},"application/tar":{"compressible":true},"application/taxii+json":{"source":"iana","compressible":true},"application/td+json":{"source":"iana","compressible":true},"application/tei+xml":{"source":"iana","compressible":true,"extensions":["tei","teicorpus"]},"application/tetra_isi":{"source":"iana"},"application/thraud+xml":{"source":"iana","compressible":true,"extensions":["tfi"]},"application/timestamp-query":{"source":"iana"},"application/timestamp-reply":{"source":"iana"},"application/timestamped-data":{"source":"iana","extensions":["tsd"]},"application/tlsrpt+gzip":{"source":"iana"},"application/tlsrpt+json":{"source":"iana","compressible":true},"application/tm+json":{"source":"iana","compressible":true},"application/tnauthlist":{"source":"iana"},"application/toc+cbor":{"source":"iana"},"application/token-introspection+jwt":{"source":"iana"},"application/toml":{"source":"iana","compressible":true,"extensions":["toml"]},"application/trickle-ice-sdpfrag":{"source":"iana"},"application/trig":{"source":"iana","extensions":["trig"]},"application/trust-chain+json":{"source":"iana","compressible":true},"application/trust-mark+jwt":{"source":"iana"},"application/trust-mark-delegation+jwt":{"source":"iana"},"application/ttml+xml":{"source":"iana","compressible":true,"extensions":["ttml"]},"application/tve-trigger":{"source":"iana"},"application/tzif":{"source":"iana"},"application/tzif-leap":{"source":"iana"},"application/ubjson":{"compressible":false,"extensions":["ubj"]},"application/uccs+cbor":{"source":"iana"},"application/ujcs+json":{"source":"iana","compressible":true},"application/ulpfec":{"source":"iana"},"application/urc-grpsheet+xml":{"source":"iana","compressible":true},"application/urc-ressheet+xml":{"source":"iana","compressible":true,"extensions":["rsheet"]},"application/urc-targetdesc+xml":{"source":"iana","compressible":true,"extensions":["td"]},"application/urc-uisocketdesc+xml":{"source":"iana","compressible":true},"application/vc":{"source":"iana"},"application/vc+cose":{"source":"iana"},"application/vc+jwt":{"source":"iana"},"application/vcard+json":{"source":"iana","compressible":true},"application/vcard+xml":{"source":"iana","compressible":true},"application/vemmi":{"source":"iana"},"application/vividence.scriptfile":{"source":"apache"},"application/vnd.1000minds.decision-model+xml":{"source":"iana","compressible":true,"extensions":["1km"]},"application/vnd.1ob":{"source":"iana"},"application/vnd.3gpp-prose+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-prose-pc3a+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-prose-pc3ach+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-prose-pc3ch+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-prose-pc8+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-v2x-local-service-information":{"source":"iana"},"application/vnd.3gpp.5gnas":{"source":"iana"},"application/vnd.3gpp.5gsa2x":{"source":"iana"},"application/vnd.3gpp.5gsa2x-local-service-information":{"source":"iana"},"application/vnd.3gpp.5gsv2x":{"source":"iana"},"application/vnd.3gpp.5gsv2x-local-service-information":{"source":"iana"},"application/vnd.3gpp.access-transfer-events+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.bsf+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.crs+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.current-location-discovery+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.gmop+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.gtpc":{"source":"iana"},"application/vnd.3gpp.interworking-data":{"source":"iana"},"application/vnd.3gpp.lpp":{"source":"iana"},"application/vnd.3gpp.mc-signalling-ear":{"source":"iana"},"application/vnd.3gpp.mcdata-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-msgstore-ctrl-request+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-payload":{"source":"iana"},"application/vnd.3gpp.mcdata-regroup+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-signalling":{"source":"iana"},"application/vnd.3gpp.mcdata-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-floor-request+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-location-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-mbms-usage-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-regroup+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-signed+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-ue-init-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-location-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-mbms-usage-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-regroup+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-transmission-request+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mid-call+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.ngap":{"source":"iana"},"application/vnd.3gpp.pfcp":{"source":"iana"},"application/vnd.3gpp.pic-bw-large":{"source":"iana","extensions":["plb"]},"application/vnd.3gpp.pic-bw-small":{"source":"iana","extensions":["psb"]},"application/vnd.3gpp.pic-bw-var":{"source":"iana","extensions":["pvb"]},"application/vnd.3gpp.pinapp-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.s1ap":{"source":"iana"},"application/vnd.3gpp.seal-group-doc+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.seal-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.seal-location-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.seal-mbms-usage-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.seal-network-qos-management-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.seal-ue-config-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.seal-unicast-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.seal-user-profile-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.sms":{"source":"iana"},"application/vnd.3gpp.sms+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.srvcc-ext+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.srvcc-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.state-and-event-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.ussd+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.v2x":{"source":"iana"},"application/vnd.3gpp.vae-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp2.bcmcsinfo+xml":{"source":"iana","compressible":true},"application/vnd.3gpp2.sms":{"source":"iana"},"application/vnd.3gpp2.tcap":{"source":"iana","extensions":["tcap"]},"application/vnd.3lightssoftware.imagescal":{"source":"iana"},"application/vnd.3m.post-it-notes":{"source":"iana","extensions":["pwn"]},"application/vnd.accpac.simply.aso":{"source":"iana","extensions":["aso"]},"application/vnd.accpac.simply.imp":{"source":"iana","extensions":["imp"]},"application/vnd.acm.addressxfer+json":{"source":"iana","compressible":true},"application/vnd.acm.chatbot+json":{"source":"iana","compressible":true},"application/vnd.acucobol":{"source":"iana","extensions":["acu"]},"application/vnd.acucorp":{"source":"iana","extensions":["atc","acutc"]},"application/vnd.adobe.air-application-installer-package+zip":{"source":"apache","compressible":false,"extensions":["air"]},"application/vnd.adobe.flash.movie":{"source":"iana"},"application/vnd.adobe.formscentral.fcdt":{"source":"iana","extensions":["fcdt"]},"application/vnd.adobe.fxp":{"source":"iana","extensions":["fxp","fxpl"]},"application/vnd.adobe.partial-upload":{"source":"iana"},"application/vnd.adobe.xdp+xml":{"source":"iana","compressible":true,"extensions":["xdp"]},"application/vnd.adobe.xfdf":{"source":"apache","extensions":["xfdf"]},"application/vnd.aether.imp":{"source":"iana"},"application/vnd.afpc.afplinedata":{"source":"iana"},"application/vnd.afpc.afplinedata-pagedef":{"source":"iana"},"application/vnd.afpc.cmoca-cmresource":{"source":"iana"},"application/vnd.afpc.foca-charset":{"source":"iana"},"application/vnd.afpc.foca-codedfont":{"source":"iana"},"application/vnd.afpc.foca-codepage":{"source":"iana"},"application/vnd.afpc.modca":{"source":"iana"},"application/vnd.afpc.modca-cmtable":{"source":"iana"},"application/vnd.afpc.modca-formdef":{"source":"iana"},"application/vnd.afpc.modca-mediummap":{"source":"iana"},"application/vnd.afpc.modca-objectcontainer":{"source":"iana"},"application/vnd.afpc.modca-overlay":{"source":"iana"},"application/vnd.afpc.modca-pagesegment":{"source":"iana"},"application/vnd.age":{"source":"iana","extensions":["age"]},"application/vnd.ah-barcode":{"source":"apache"},"application/vnd.ahead.space":{"source":"iana","extensions":["ahead"]},"application/vnd.airzip.filesecure.azf":{"source":"iana","extensions":["azf"]},"application/vnd.airzip.filesecure.azs":{"source":"iana","extensions":["azs"]},"application/vnd.amadeus+json":{"source":"iana","compressible":true},"application/vnd.amazon.ebook":{"source":"apache","extensions":["azw"]},"application/vnd.amazon.mobi8-ebook":{"source":"iana"},"application/vnd.americandynamics.acc":{"source":"iana","extensions":["acc"]},"application/vnd.amiga.ami":{"source":"iana","extensions":["ami"]},"application/vnd.amundsen.maze+xml":{"source":"iana","compressible":true},"application/vnd.android.ota":{"source":"iana"},"application/vnd.android.package-archive":{"source":"apache","compressible":false,"extensions":["apk"]},"application/vnd.anki":{"source":"iana"},"application/vnd.anser-web-certificate-issue-initiation":{"source":"iana","extensions":["cii"]},"application/vnd.anser-web-funds-transfer-initiation":{"source":"apache","extensions":["fti"]},"application/vnd.antix.game-component":{"source":"iana","extensions":["atx"]},"application/vnd.apache.arrow.file":{"source":"iana"},"application/vnd.apache.arrow.stream":{"source":"iana"},"application/vnd.apache.parquet":{"source":"iana"},"application/vnd.apache.thrift.binary":{"source":"iana"},"application/vnd.apache.thrift.compact":{"source":"iana"},"application/vnd.apache.thrift.json":{"source":"iana"},"application/vnd.apexlang":{"source":"iana"},"application/vnd.api+json":{"source":"iana","compressible":true},"application/vnd.aplextor.warrp+json":{"source":"iana","compressible":true},"application/vnd.apothekende.reservation+json":{"source":"iana","compressible":true},"application/vnd.apple.installer+xml":{"source":"iana","compressible":true,"extensions":["mpkg"]},"application/vnd.apple.keynote":{"source":"iana","extensions":["key"]},"application/vnd.apple.mpegurl":{"source":"iana","extensions":["m3u8"]},"application/vnd.apple.numbers":{"source":"iana","extensions":["numbers"]},"application/vnd.apple.pages":{"source":"iana","extensions":["pages"]},"application/vnd.apple.pkpass":{"compressible":false,"extensions":["pkpass"]},"application/vnd.arastra.swi":{"source":"apache"},"application/vnd.aristanetworks.swi":{"source":"iana","extensions":["swi"]},"application/vnd.artisan+json":{"source":"iana","compressible":true},"application/vnd.artsquare":{"source":"iana"},"application/vnd.astraea-software.iota":{"source":"iana","extensions":["iota"]},"application/vnd.audiograph":{"source":"iana","extensions":["aep"]},"application/vnd.autodesk.fbx":{"extensions":["fbx"]},"application/vnd.autopackage":{"source":"iana"},"application/vnd.avalon+json":{"source":"iana","compressible":true},"application/vnd.avistar+xml":{"source":"iana","compressible":true},"application/vnd.balsamiq.bmml+xml":{"source":"iana","compressible":true,"extensions":["bmml"]},"application/vnd.balsamiq.bmpr":{"source":"iana"},"application/vnd.banana-accounting":{"source":"iana"},"application/vnd.bbf.usp.error":{"source":"iana"},"application/vnd.bbf.usp.msg":{"source":"iana"},"application/vnd.bbf.usp.msg+json":{"source":"iana","compressible":true},"application/vnd.bekitzur-stech+json":{"source":"iana","compressible":true},"application/vnd.belightsoft.lhzd+zip":{"source":"iana","compressible":false},"application/vnd.belightsoft.lhzl+zip":{"source":"iana","compressible":false},"application/vnd.bint.med-content":{"source":"iana"},"application/vnd.biopax.rdf+xml":{"source":"iana","compressible":true},"application/vnd.blink-idb-value-wrapper":{"source":"iana"},"application/vnd.blueice.multipass":{"source":"iana","extensions":["mpm"]},"application/vnd.bluetooth.ep.oob":{"source":"iana"},"application/vnd.bluetooth.le.oob":{"source":"iana"},"application/vnd.bmi":{"source":"iana","extensions":["bmi"]},"application/vnd.bpf":{"source":"iana"},"application/vnd.bpf3":{"source":"iana"},"application/vnd.businessobjects":{"source":"iana","extensions":["rep"]},"application/vnd.byu.uapi+json":{"source":"iana","compressible":true},"application/vnd.bzip3":{"source":"iana"},"application/vnd.c3voc.schedule+xml":{"source":"iana","compressible":true},"application/vnd.cab-jscript":{"source":"iana"},"application/vnd.canon-cpdl":{"source":"iana"},"application/vnd.canon-lips":{"source":"iana"},"application/vnd.capasystems-pg+json":{"source":"iana","compressible":true},"application/vnd.cendio.thinlinc.clientconf":{"source":"iana"},"application/vnd.century-systems.tcp_stream":{"source":"iana"},"application/vnd.chemdraw+xml":{"source":"iana","compressible":true,"extensions":["cdxml"]},"application/vnd.chess-pgn":{"source":"iana"},"application/vnd.chipnuts.karaoke-mmd":{"source":"iana","extensions":["mmd"]},"application/vnd.ciedi":{"source":"iana"},"application/vnd.cinderella":{"source":"iana","extensions":["cdy"]},"application/vnd.cirpack.isdn-ext":{"source":"iana"},"application/vnd.citationstyles.style+xml":{"source":"iana","compressible":true,"extensions":["csl"]},"application/vnd.claymore":{"source":"iana","extensions":["cla"]},"application/vnd.cloanto.rp9":{"source":"iana","extensions":["rp9"]},"application/vnd.clonk.c4group":{"source":"iana","extensions":["c4g","c4d","c4f","c4p","c4u"]},"application/vnd.cluetrust.cartomobile-config":{"source":"iana","extensions":["c11amc"]},"application/vnd.cluetrust.cartomobile-config-pkg":{"source":"iana","extensions":["c11amz"]},"application/vnd.cncf.helm.chart.content.v1.tar+gzip":{"source":"iana"},"application/vnd.cncf.helm.chart.provenance.v1.prov":{"source":"iana"},"application/vnd.cncf.helm.config.v1+json":{"source":"iana","compressible":true},"application/vnd.coffeescript":{"source":"iana"},"application/vnd.collabio.xodocuments.document":{"source":"iana"},"application/vnd.collabio.xodocuments.document-template":{"source":"iana"},"application/vnd.collabio.xodocuments.presentation":{"source":"iana"},"application/vnd.collabio.xodocuments.presentation-template":{"source":"iana"},"application/vnd.collabio.xodocuments.spreadsheet":{"source":"iana"},"application/vnd.collabio.xodocuments.spreadsheet-template":{"source":"iana"},"application/vnd.collection+json":{"source":"iana","compressible":true},"application/vnd.collection.doc+json":{"source":"iana","compressible":true},"application/vnd.collection.next+json":{"source":"iana","compressible":true},"application/vnd.comicbook+zip":{"source":"iana","compressible":false},"application/vnd.comicbook-rar":{"source":"iana"},"application/vnd.commerce-battelle":{"source":"iana"},"application/vnd.commonspace":{"source":"iana","extensions":["csp"]},"application/vnd.contact.cmsg":{"source":"iana","extensions":["cdbcmsg"]},"application/vnd.coreos.ignition+json":{"source":"iana","compressible":true},"application/vnd.cosmocaller":{"source":"iana","extensions":["cmc"]},"application/vnd.crick.clicker":{"source":"iana","extensions":["clkx"]},"application/vnd.crick.clicker.keyboard":{"source":"iana","extensions":["clkk"]},"application/vnd.crick.clicker.palette":{"source":"iana","extensions":["clkp"]},"application/vnd.crick.clicker.template":{"source":"iana","extensions":["clkt"]},"application/vnd.crick.clicker.wordbank":{"source":"iana","extensions":["clkw"]},"application/vnd.criticaltools.wbs+xml":{"source":"iana","compressible":true,"extensions":["wbs"]},"application/vnd.cryptii.pipe+json":{"source":"iana","compressible":true},"application/vnd.crypto-shade-file":{"source":"iana"},"application/vnd.cryptomator.encrypted":{"source":"iana"},"application/vnd.cryptomator.vault":{"source":"iana"},"application/vnd.ctc-posml":{"source":"iana","extensions":["pml"]},"application/vnd.ctct.ws+xml":{"source":"iana","compressible":true},"application/vnd.cups-pdf":{"source":"iana"},"application/vnd.cups-postscript":{"source":"iana"},"application/vnd.cups-ppd":{"source":"iana","extensions":["ppd"]},"application/vnd.cups-raster":{"source":"iana"},"application/vnd.cups-raw":{"source":"iana"},"application/vnd.curl":{"source":"iana"},"application/vnd.curl.car":{"source":"apache","extensions":["car"]},"application/vnd.curl.pcurl":{"source":"apache","extensions":["pcurl"]},"application/vnd.cyan.dean.root+xml":{"source":"iana","compressible":true},"application/vnd.cybank":{"source":"iana"},"application/vnd.cyclonedx+json":{"source":"iana","compressible":true},"application/vnd.cyclonedx+xml":{"source":"iana","compressible":true},"application/vnd.d2l.coursepackage1p0+zip":{"source":"iana","compressible":false},"application/vnd.d3m-dataset":{"source":"iana"},"application/vnd.d3m-problem":{"source":"iana"},"application/vnd.dart":{"source":"iana","compressible":true,"extensions":["dart"]},"application/vnd.data-vision.rdz":{"source":"iana","extensions":["rdz"]},"application/vnd.datalog":{"source":"iana"},"application/vnd.datapackage+json":{"source":"iana","compressible":true},"application/vnd.dataresource+json":{"source":"iana","compressible":true},"application/vnd.dbf":{"source":"iana","extensions":["dbf"]},"application/vnd.dcmp+xml":{"source":"iana","compressible":true,"extensions":["dcmp"]},"application/vnd.debian.binary-package":{"source":"iana"},"application/vnd.dece.data":{"source":"iana","extensions":["uvf","uvvf","uvd","uvvd"]},"application/vnd.dece.ttml+xml":{"source":"iana","compressible":true,"extensions":["uvt","uvvt"]},"application/vnd.dece.unspecified":{"source":"iana","extensions":["uvx","uvvx"]},"application/vnd.dece.zip":{"source":"iana","extensions":["uvz","uvvz"]},"application/vnd.denovo.fcselayout-link":{"source":"iana","extensions":["fe_launch"]},"application/vnd.desmume.movie":{"source":"iana"},"application/vnd.dir-bi.plate-dl-nosuffix":{"source":"iana"},"application/vnd.dm.delegation+xml":{"source":"iana","compressible":true},"application/vnd.dna":{"source":"iana","extensions":["dna"]},"application/vnd.document+json":{"source":"iana","compressible":true},"application/vnd.dolby.mlp":{"source":"apache","extensions":["mlp"]},"application/vnd.dolby.mobile.1":{"source":"iana"},"application/vnd.dolby.mobile.2":{"source":"iana"},"application/vnd.doremir.scorecloud-binary-document":{"source":"iana"},"application/vnd.dpgraph":{"source":"iana","extensions":["dpg"]},"application/vnd.dreamfactory":{"source":"iana","extensions":["dfac"]},"application/vnd.drive+json":{"source":"iana","compressible":true},"application/vnd.ds-keypoint":{"source":"apache","extensions":["kpxx"]},"application/vnd.dtg.local":{"source":"iana"},"application/vnd.dtg.local.flash":{"source":"iana"},"application/vnd.dtg.local.html":{"source":"iana"},"application/vnd.dvb.ait":{"source":"iana","extensions":["ait"]},"application/vnd.dvb.dvbisl+xml":{"source":"iana","compressible":true},"application/vnd.dvb.dvbj":{"source":"iana"},"application/vnd.dvb.esgcontainer":{"source":"iana"},"application/vnd.dvb.ipdcdftnotifaccess":{"source":"iana"},"application/vnd.dvb.ipdcesgaccess":{"source":"iana"},"application/vnd.dvb.ipdcesgaccess2":{"source":"iana"},"application/vnd.dvb.ipdcesgpdd":{"source":"iana"},"application/vnd.dvb.ipdcroaming":{"source":"iana"},"application/vnd.dvb.iptv.alfec-base":{"source":"iana"},"application/vnd.dvb.iptv.alfec-enhancement":{"source":"iana"},"application/vnd.dvb.notif-aggregate-root+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-container+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-generic+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-msglist+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-registration-request+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-registration-response+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-init+xml":{"source":"iana","compressible":true},"application/vnd.dvb.pfr":{"source":"iana"},"application/vnd.dvb.service":{"source":"iana","extensions":["svc"]},"application/vnd.dxr":{"source":"iana"},"application/vnd.dynageo":{"source":"iana","extensions":["geo"]},"application/vnd.dzr":{"source":"iana"},"application/vnd.easykaraoke.cdgdownload":{"source":"iana"},"application/vnd.ecdis-update":{"source":"iana"},"application/vnd.ecip.rlp":{"source":"iana"},"application/vnd.eclipse.ditto+json":{"source":"iana","compressible":true},"application/vnd.ecowin.chart":{"source":"iana","extensions":["mag"]},"application/vnd.ecowin.filerequest":{"source":"iana"},"application/vnd.ecowin.fileupdate":{"source":"iana"},"application/vnd.ecowin.series":{"source":"iana"},"application/vnd.ecowin.seriesrequest":{"source":"iana"},"application/vnd.ecowin.seriesupdate":{"source":"iana"},"application/vnd.efi.img":{"source":"iana"},"application/vnd.efi.iso":{"source":"iana"},"application/vnd.eln+zip":{"source":"iana","compressible":false},"application/vnd.emclient.accessrequest+xml":{"source":"iana","compressible":true},"application/vnd.enliven":{"source":"iana","extensions":["nml"]},"application/vnd.enphase.envoy":{"source":"iana"},"application/vnd.eprints.data+xml":{"source":"iana","compressible":true},"application/vnd.epson.esf":{"source":"iana","extensions":["esf"]},"application/vnd.epson.msf":{"source":"iana","extensions":["msf"]},"application/vnd.epson.quickanime":{"source":"iana","extensions":["qam"]},"application/vnd.epson.salt":{"source":"iana","extensions":["slt"]},"application/vnd.epson.ssf":{"source":"iana","extensions":["ssf"]},"application/vnd.ericsson.quickcall":{"source":"iana"},"application/vnd.erofs":{"source":"iana"},"application/vnd.espass-espass+zip":{"source":"iana","compressible":false},"application/vnd.eszigno3+xml":{"source":"iana","compressible":true,"extensions":["es3","et3"]},"application/vnd.etsi.aoc+xml":{"source":"iana","compressible":true},"application/vnd.etsi.asic-e+zip":{"source":"iana","compressible":false},"application/vnd.etsi.asic-s+zip":{"source":"iana","compressible":false},"application/vnd.etsi.cug+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvcommand+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvdiscovery+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvprofile+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-bc+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-cod+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-npvr+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvservice+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsync+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvueprofile+xml":{"source":"iana","compressible":true},"application/vnd.etsi.mcid+xml":{"source":"iana","compressible":true},"application/vnd.etsi.mheg5":{"source":"iana"},"application/vnd.etsi.overload-control-policy-dataset+xml":{"source":"iana","compressible":true},"application/vnd.etsi.pstn+xml":{"source":"iana","compressible":true},"application/vnd.etsi.sci+xml":{"source":"iana","compressible":true},"application/vnd.etsi.simservs+xml":{"source":"iana","compressible":true},"application/vnd.etsi.timestamp-token":{"source":"iana"},"application/vnd.etsi.tsl+xml":{"source":"iana","compressible":true},"application/vnd.etsi.tsl.der":{"source":"iana"},"application/vnd.eu.kasparian.car+json":{"source":"iana","compressible":true},"application/vnd.eudora.data":{"source":"iana"},"application/vnd.evolv.ecig.profile":{"source":"iana"},"application/vnd.evolv.ecig.settings":{"source":"iana"},"application/vnd.evolv.ecig.theme":{"source":"iana"},"application/vnd.exstream-empower+zip":{"source":"iana","compressible":false},"application/vnd.exstream-package":{"source":"iana"},"application/vnd.ezpix-album":{"source":"iana","extensions":["ez2"]},"application/vnd.ezpix-package":{"source":"iana","extensions":["ez3"]},"application/vnd.f-secure.mobile":{"source":"iana"},"application/vnd.familysearch.gedcom+zip":{"source":"iana","compressible":false},"application/vnd.fastcopy-disk-image":{"source":"iana"},"application/vnd.fdf":{"source":"apache","extensions":["fdf"]},"application/vnd.fdsn.mseed":{"source":"iana","extensions":["mseed"]},"application/vnd.fdsn.seed":{"source":"iana","extensions":["seed","dataless"]},"application/vnd.fdsn.stationxml+xml":{"source":"iana","charset":"XML-BASED","compressible":true},"application/vnd.ffsns":{"source":"iana"},"application/vnd.ficlab.flb+zip":{"source":"iana","compressible":false},"application/vnd.filmit.zfc":{"source":"iana"},"application/vnd.fints":{"source":"iana"},"application/vnd.firemonkeys.cloudcell":{"source":"iana"},"application/vnd.flographit":{"source":"iana","extensions":["gph"]},"application/vnd.fluxtime.clip":{"source":"iana","extensions":["ftc"]},"application/vnd.font-fontforge-sfd":{"source":"iana"},"application/vnd.framemaker":{"source":"iana","extensions":["fm","frame","maker","book"]},"application/vnd.freelog.comic":{"source":"iana"},"application/vnd.frogans.fnc":{"source":"apache","extensions":["fnc"]},"application/vnd.frogans.ltf":{"source":"apache","extensions":["ltf"]},"application/vnd.fsc.weblaunch":{"source":"iana","extensions":["fsc"]},"application/vnd.fujifilm.fb.docuworks":{"source":"iana"},"application/vnd.fujifilm.fb.docuworks.binder":{"source":"iana"},"application/vnd.fujifilm.fb.docuworks.container":{"source":"iana"},"application/vnd.fujifilm.fb.jfi+xml":{"source":"iana","compressible":true},"application/vnd.fujitsu.oasys":{"source":"iana","extensions":["oas"]},"application/vnd.fujitsu.oasys2":{"source":"iana","extensions":["oa2"]},"application/vnd.fujitsu.oasys3":{"source":"iana","extensions":["oa3"]},"application/vnd.fujitsu.oasysgp":{"source":"iana","extensions":["fg5"]},"application/vnd.fujitsu.oasysprs":{"source":"iana","extensions":["bh2"]},"application/vnd.fujixerox.art-ex":{"source":"iana"},"application/vnd.fujixerox.art4":{"source":"iana"},"application/vnd.fujixerox.ddd":{"source":"iana","extensions":["ddd"]},"application/vnd.fujixerox.docuworks":{"source":"iana","extensions":["xdw"]},"application/vnd.fujixerox.docuworks.binder":{"source":"iana","extensions":["xbd"]},"application/vnd.fujixerox.docuworks.container":{"source":"iana"},"application/vnd.fujixerox.hbpl":{"source":"iana"},"application/vnd.fut-misnet":{"source":"iana"},"application/vnd.futoin+cbor":{"source":"iana"},"application/vnd.futoin+json":{"source":"iana","compressible":true},"application/vnd.fuzzysheet":{"source":"iana","extensions":["fzs"]},"application/vnd.ga4gh.passport+jwt":{"source":"iana"},"application/vnd.genomatix.tuxedo":{"source":"iana","extensions":["txd"]},"application/vnd.genozip":{"source":"iana"},"application/vnd.gentics.grd+json":{"source":"iana","compressible":true},"application/vnd.gentoo.catmetadata+xml":{"source":"iana","compressible":true},"application/vnd.gentoo.ebuild":{"source":"iana"},"application/vnd.gentoo.eclass":{"source":"iana"},"application/vnd.gentoo.gpkg":{"source":"iana"},"application/vnd.gentoo.manifest":{"source":"iana"},"application/vnd.gentoo.pkgmetadata+xml":{"source":"iana","compressible":true},"application/vnd.gentoo.xpak":{"source":"iana"},"application/vnd.geo+json":{"source":"apache","compressible":true},"application/vnd.geocube+xml":{"source":"apache","compressible":true},"application/vnd.geogebra.file":{"source":"iana","extensions":["ggb"]},"application/vnd.geogebra.pinboard":{"source":"iana"},"application/vnd.geogebra.slides":{"source":"iana","extensions":["ggs"]},"application/vnd.geogebra.tool":{"source":"iana","extensions":["ggt"]},"application/vnd.geometry-explorer":{"source":"iana","extensions":["gex","gre"]},"application/vnd.geonext":{"source":"iana","extensions":["gxt"]},"application/vnd.geoplan":{"source":"iana","extensions":["g2w"]},"application/vnd.geospace":{"source":"iana","extensions":["g3w"]},"application/vnd.gerber":{"source":"iana"},"application/vnd.globalplatform.card-content-mgt":{"source":"iana"},"application/vnd.globalplatform.card-content-mgt-response":{"source":"iana"},"application/vnd.gmx":{"source":"iana","extensions":["gmx"]},"application/vnd.gnu.taler.exchange+json":{"source":"iana","compressible":true},"application/vnd.gnu.taler.merchant+json":{"source":"iana","compressible":true},"application/vnd.google-apps.audio":{},"application/vnd.google-apps.document":{"compressible":false,"extensions":["gdoc"]},"application/vnd.google-apps.drawing":{"compressible":false,"extensions":["gdraw"]},"application/vnd.google-apps.drive-sdk":{"compressible":false},"application/vnd.google-apps.file":{},"application/vnd.google-apps.folder":{"compressible":false},"application/vnd.google-apps.form":{"compressible":false,"extensions":["gform"]},"application/vnd.google-apps.fusiontable":{},"application/vnd.google-apps.jam":{"compressible":false,"extensions":["gjam"]},"application/vnd.google-apps.mail-layout":{},"application/vnd.google-apps.map":{"compressible":false,"extensions":["gmap"]},"application/vnd.google-apps.photo":{},"application/vnd.google-apps.presentation":{"compressible":false,"extensions":["gslides"]},"application/vnd.google-apps.script":{"compressible":false,"extensions":["gscript"]},"application/vnd.google-apps.shortcut":{},"application/vnd.google-apps.site":{"compressible":false,"extensions":["gsite"]},"application/vnd.google-apps.spreadsheet":{"compressible":false,"extensions":["gsheet"]},"application/vnd.google-apps.unknown":{},"application/vnd.google-apps.video":{},"application/vnd.google-earth.kml+xml":{"source":"iana","compressible":true,"extensions":["kml"]},"application/vnd.google-earth.kmz":{"source":"iana","compressible":false,"extensions":["kmz"]},"application/vnd.gov.sk.e-form+xml":{"source":"apache","compressible":true},"application/vnd.gov.sk.e-form+zip":{"source":"iana","compressible":false},"application/vnd.gov.sk.xmldatacontainer+xml":{"source":"iana","compressible":true,"extensions":["xdcf"]},"application/vnd.gpxsee.map+xml":{"source":"iana","compressible":true},"application/vnd.grafeq":{"source":"iana","extensions":["gqf","gqs"]},"application/vnd.gridmp":{"source":"iana"},"application/vnd.groove-account":{"source":"iana","extensions":["gac"]},"application/vnd.groove-help":{"source":"iana","extensions":["ghf"]},"application/vnd.groove-identity-message":{"source":"iana","extensions":["gim"]},"application/vnd.groove-injector":{"source":"iana","extensions":["grv"]},"application/vnd.groove-tool-message":{"source":"iana","extensions":["gtm"]},"application/vnd.groove-tool-template":{"source":"iana","extensions":["tpl"]},"application/vnd.groove-vcard":{"source":"iana","extensions":["vcg"]},"application/vnd.hal+json":{"source":"iana","compressible":true},"application/vnd.hal+xml":{"source":"iana","compressible":true,"extensions":["hal"]},"application/vnd.handheld-entertainment+xml":{"source":"iana","compressible":true,"extensions":["zmm"]},"application/vnd.hbci":{"source":"iana","extensions":["hbci"]},"application/vnd.hc+json":{"source":"iana","compressible":true},"application/vnd.hcl-bireports":{"source":"iana"},"application/vnd.hdt":{"source":"iana"},"application/vnd.heroku+json":{"source":"iana","compressible":true},"application/vnd.hhe.lesson-player":{"source":"iana","extensions":["les"]},"application/vnd.hp-hpgl":{"source":"iana","extensions":["hpgl"]},"application/vnd.hp-hpid":{"source":"iana","extensions":["hpid"]},"application/vnd.hp-hps":{"source":"iana","extensions":["hps"]},"application/vnd.hp-jlyt":{"source":"iana","extensions":["jlt"]},"application/vnd.hp-pcl":{"source":"iana","extensions":["pcl"]},"application/vnd.hp-pclxl":{"source":"iana","extensions":["pclxl"]},"application/vnd.hsl":{"source":"iana"},"application/vnd.httphone":{"source":"iana"},"application/vnd.hydrostatix.sof-data":{"source":"iana","extensions":["sfd-hdstx"]},"application/vnd.hyper+json":{"source":"iana","compressible":true},"application/vnd.hyper-item+json":{"source":"iana","compressible":true},"application/vnd.hyperdrive+json":{"source":"iana","compressible":true},"application/vnd.hzn-3d-crossword":{"source":"iana"},"application/vnd.ibm.afplinedata":{"source":"apache"},"application/vnd.ibm.electronic-media":{"source":"iana"},"application/vnd.ibm.minipay":{"source":"iana","extensions":["mpy"]},"application/vnd.ibm.modcap":{"source":"apache","extensions":["afp","listafp","list3820"]},"application/vnd.ibm.rights-management":{"source":"iana","extensions":["irm"]},"application/vnd.ibm.secure-container":{"source":"iana","extensions":["sc"]},"application/vnd.iccprofile":{"source":"iana","extensions":["icc","icm"]},"application/vnd.ieee.1905":{"source":"iana"},"application/vnd.igloader":{"source":"iana","extensions":["igl"]},"application/vnd.imagemeter.folder+zip":{"source":"iana","compressible":false},"application/vnd.imagemeter.image+zip":{"source":"iana","compressible":false},"application/vnd.immervision-ivp":{"source":"iana","extensions":["ivp"]},"application/vnd.immervision-ivu":{"source":"iana","extensions":["ivu"]},"application/vnd.ims.imsccv1p1":{"source":"iana"},"application/vnd.ims.imsccv1p2":{"source":"iana"},"application/vnd.ims.imsccv1p3":{"source":"iana"},"application/vnd.ims.lis.v2.result+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolconsumerprofile+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolproxy+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolproxy.id+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolsettings+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolsettings.simple+json":{"source":"iana","compressible":true},"application/vnd.informedcontrol.rms+xml":{"source":"iana","compressible":true},"application/vnd.informix-visionary":{"source":"apache"},"application/vnd.infotech.project":{"source":"iana"},"application/vnd.infotech.project+xml":{"source":"iana","compressible":true},"application/vnd.innopath.wamp.notification":{"source":"iana"},"application/vnd.insors.igm":{"source":"iana","extensions":["igm"]},"application/vnd.intercon.formnet":{"source":"iana","extensions":["xpw","xpx"]},"application/vnd.intergeo":{"source":"iana","extensions":["i2g"]},"application/vnd.intertrust.digibox":{"source":"iana"},"application/vnd.intertrust.nncp":{"source":"iana"},"application/vnd.intu.qbo":{"source":"iana","extensions":["qbo"]},"application/vnd.intu.qfx":{"source":"iana","extensions":["qfx"]},"application/vnd.ipfs.ipns-record":{"source":"iana"},"application/vnd.ipld.car":{"source":"iana"},"application/vnd.ipld.dag-cbor":{"source":"iana"},"application/vnd.ipld.dag-json":{"source":"iana"},"application/vnd.ipld.raw":{"source":"iana"},"application/vnd.iptc.g2.catalogitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.conceptitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.knowledgeitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.newsitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.newsmessage+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.packageitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.planningitem+xml":{"source":"iana","compressible":true},"application/vnd.ipunplugged.rcprofile":{"source":"iana","extensions":["rcprofile"]},"application/vnd.irepository.package+xml":{"source":"iana","compressible":true,"extensions":["irp"]},"application/vnd.is-xpr":{"source":"iana","extensions":["xpr"]},"application/vnd.isac.fcs":{"source":"iana","extensions":["fcs"]},"application/vnd.iso11783-10+zip":{"source":"iana","compressible":false},"application/vnd.jam":{"source":"iana","extensions":["jam"]},"application/vnd.japannet-directory-service":{"source":"iana"},"application/vnd.japannet-jpnstore-wakeup":{"source":"iana"},"application/vnd.japannet-payment-wakeup":{"source":"iana"},"application/vnd.japannet-registration":{"source":"iana"},"application/vnd.japannet-registration-wakeup":{"source":"iana"},"application/vnd.japannet-setstore-wakeup":{"source":"iana"},"application/vnd.japannet-verification":{"source":"iana"},"application/vnd.japannet-verification-wakeup":{"source":"iana"},"application/vnd.jcp.javame.midlet-rms":{"source":"iana","extensions":["rms"]},"application/vnd.jisp":{"source":"iana","extensions":["jisp"]},"application/vnd.joost.joda-archive":{"source":"iana","extensions":["joda"]},"application/vnd.jsk.isdn-ngn":{"source":"iana"},"application/vnd.kahootz":{"source":"iana","extensions":["ktz","ktr"]},"application/vnd.kde.karbon":{"source":"iana","extensions":["karbon"]},"application/vnd.kde.kchart":{"source":"iana","extensions":["chrt"]},"application/vnd.kde.kformula":{"source":"iana","extensions":["kfo"]},"application/vnd.kde.kivio":{"source":"iana","extensions":["flw"]},"application/vnd.kde.kontour":{"source":"iana","extensions":["kon"]},"application/vnd.kde.kpresenter":{"source":"iana","extensions":["kpr","kpt"]},"application/vnd.kde.kspread":{"source":"iana","extensions":["ksp"]},"application/vnd.kde.kword":{"source":"iana","extensions":["kwd","kwt"]},"application/vnd.kdl":{"source":"iana"},"application/vnd.kenameaapp":{"source":"iana","extensions":["htke"]},"application/vnd.keyman.kmp+zip":{"source":"iana","compressible":false},"application/vnd.keyman.kmx":{"source":"iana"},"application/vnd.kidspiration":{"source":"iana","extensions":["kia"]},"application/vnd.kinar":{"source":"iana","extensions":["kne","knp"]},"application/vnd.koan":{"source":"iana","extensions":["skp","skd","skt","skm"]},"application/vnd.kodak-descriptor":{"source":"iana","extensions":["sse"]},"application/vnd.las":{"source":"iana"},"application/vnd.las.las+json":{"source":"iana","compressible":true},"application/vnd.las.las+xml":{"source":"iana","compressible":true,"extensions":["lasxml"]},"application/vnd.laszip":{"source":"iana"},"application/vnd.ldev.productlicensing":{"source":"iana"},"application/vnd.leap+json":{"source":"iana","compressible":true},"application/vnd.liberty-request+xml":{"source":"iana","compressible":true},"application/vnd.llamagraphics.life-balance.desktop":{"source":"iana","extensions":["lbd"]},"application/vnd.llamagraphics.life-balance.exchange+xml":{"source":"iana","compressible":true,"extensions":["lbe"]},"application/vnd.logipipe.circuit+zip":{"source":"iana","compressible":false},"application/vnd.loom":{"source":"iana"},"application/vnd.lotus-1-2-3":{"source":"iana","extensions":["123"]},"application/vnd.lotus-approach":{"source":"iana","extensions":["apr"]},"application/vnd.lotus-freelance":{"source":"iana","extensions":["pre"]},"application/vnd.lotus-notes":{"source":"iana","extensions":["nsf"]},"application/vnd.lotus-organizer":{"source":"iana","extensions":["org"]},"application/vnd.lotus-screencam":{"source":"iana","extensions":["scm"]},"application/vnd.lotus-wordpro":{"source":"iana","extensions":["lwp"]},"application/vnd.macports.portpkg":{"source":"iana","extensions":["portpkg"]},"application/vnd.mapbox-vector-tile":{"source":"iana","extensions":["mvt"]},"application/vnd.marlin.drm.actiontoken+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.conftoken+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.license+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.mdcf":{"source":"iana"},"application/vnd.mason+json":{"source":"iana","compressible":true},"application/vnd.maxar.archive.3tz+zip":{"source":"iana","compressible":false},"application/vnd.maxmind.maxmind-db":{"source":"iana"},"application/vnd.mcd":{"source":"iana","extensions":["mcd"]},"application/vnd.mdl":{"source":"iana"},"application/vnd.mdl-mbsdf":{"source":"iana"},"application/vnd.medcalcdata":{"source":"iana","extensions":["mc1"]},"application/vnd.mediastation.cdkey":{"source":"iana","extensions":["cdkey"]},"application/vnd.medicalholodeck.recordxr":{"source":"iana"},"application/vnd.meridian-slingshot":{"source":"iana"},"application/vnd.mermaid":{"source":"iana"},"application/vnd.mfer":{"source":"iana","extensions":["mwf"]},"application/vnd.mfmp":{"source":"iana","extensions":["mfm"]},"application/vnd.micro+json":{"source":"iana","compressible":true},"application/vnd.micrografx.flo":{"source":"iana","extensions":["flo"]},"application/vnd.micrografx.igx":{"source":"iana","extensions":["igx"]},"application/vnd.microsoft.portable-executable":{"source":"iana"},"application/vnd.microsoft.windows.thumbnail-cache":{"source":"iana"},"application/vnd.miele+json":{"source":"iana","compressible":true},"application/vnd.mif":{"source":"iana","extensions":["mif"]},"application/vnd.minisoft-hp3000-save":{"source":"iana"},"application/vnd.mitsubishi.misty-guard.trustweb":{"source":"iana"},"application/vnd.mobius.daf":{"source":"iana","extensions":["daf"]},"application/vnd.mobius.dis":{"source":"iana","extensions":["dis"]},"application/vnd.mobius.mbk":{"source":"iana","extensions":["mbk"]},"application/vnd.mobius.mqy":{"source":"iana","extensions":["mqy"]},"application/vnd.mobius.msl":{"source":"iana","extensions":["msl"]},"application/vnd.mobius.plc":{"source":"iana","extensions":["plc"]},"application/vnd.mobius.txf":{"source":"iana","extensions":["txf"]},"application/vnd.modl":{"source":"iana"},"application/vnd.mophun.application":{"source":"iana","extensions":["mpn"]},"application/vnd.mophun.certificate":{"source":"iana","extensions":["mpc"]},"application/vnd.motorola.flexsuite":{"source":"iana"},"application/vnd.motorola.flexsuite.adsi":{"source":"iana"},"application/vnd.motorola.flexsuite.fis":{"source":"iana"},"application/vnd.motorola.flexsuite.gotap":{"source":"iana"},"application/vnd.motorola.flexsuite.kmr":{"source":"iana"},"application/vnd.motorola.flexsuite.ttc":{"source":"iana"},"application/vnd.motorola.flexsuite.wem":{"source":"iana"},"application/vnd.motorola.iprm":{"source":"iana"},"application/vnd.mozilla.xul+xml":{"source":"iana","compressible":true,"extensions":["xul"]},"application/vnd.ms-3mfdocument":{"source":"iana"},"application/vnd.ms-artgalry":{"source":"iana","extensions":["cil"]},"application/vnd.ms-asf":{"source":"iana"},"application/vnd.ms-cab-compressed":{"source":"iana","extensions":["cab"]},"application/vnd.ms-color.iccprofile":{"source":"apache"},"application/vnd.ms-excel":{"source":"iana","compressible":false,"extensions":["xls","xlm","xla","xlc","xlt","xlw"]},"application/vnd.ms-excel.addin.macroenabled.12":{"source":"iana","extensions":["xlam"]},"application/vnd.ms-excel.sheet.binary.macroenabled.12":{"source":"iana","extensions":["xlsb"]},"application/vnd.ms-excel.sheet.macroenabled.12":{"source":"iana","extensions":["xlsm"]},"application/vnd.ms-excel.template.macroenabled.12":{"source":"iana","extensions":["xltm"]},"application/vnd.ms-fontobject":{"source":"iana","compressible":true,"extensions":["eot"]},"application/vnd.ms-htmlhelp":{"source":"iana","extensions":["chm"]},"application/vnd.ms-ims":{"source":"iana","extensions":["ims"]},"application/vnd.ms-lrm":{"source":"iana","extensions":["lrm"]},"application/vnd.ms-office.activex+xml":{"source":"iana","compressible":true},"application/vnd.ms-officetheme":{"source":"iana","extensions":["thmx"]},"application/vnd.ms-opentype":{"source":"apache","compressible":true},"application/vnd.ms-outlook":{"compressible":false,"extensions":["msg"]},"application/vnd.ms-package.obfuscated-opentype":{"source":"apache"},"application/vnd.ms-pki.seccat":{"source":"apache","extensions":["cat"]},"application/vnd.ms-pki.stl":{"source":"apache","extensions":["stl"]},"application/vnd.ms-playready.initiator+xml":{"source":"iana","compressible":true},"application/vnd.ms-powerpoint":{"source":"iana","compressible":false,"extensions":["ppt","pps","pot"]},"application/vnd.ms-powerpoint.addin.macroenabled.12":{"source":"iana","extensions":["ppam"]},"application/vnd.ms-powerpoint.presentation.macroenabled.12":{"source":"iana","extensions":["pptm"]},"application/vnd.ms-powerpoint.slide.macroenabled.12":{"source":"iana","extensions":["sldm"]},"application/vnd.ms-powerpoint.slideshow.macroenabled.12":{"source":"iana","extensions":["ppsm"]},"application/vnd.ms-powerpoint.template.macroenabled.12":{"source":"iana","extensions":["potm"]},"application/vnd.ms-printdevicecapabilities+xml":{"source":"iana","compressible":true},"application/vnd.ms-printing.printticket+xml":{"source":"apache","compressible":true},"application/vnd.ms-printschematicket+xml":{"source":"iana","compressible":true},"application/vnd.ms-project":{"source":"iana","extensions":["mpp","mpt"]},"application/vnd.ms-tnef":{"source":"iana"},"application/vnd.ms-visio.viewer":{"extensions":["vdx"]},"application/vnd.ms-windows.devicepairing":{"source":"iana"},"application/vnd.ms-windows.nwprinting.oob":{"source":"iana"},"application/vnd.ms-windows.printerpairing":{"source":"iana"},"application/vnd.ms-windows.wsd.oob":{"source":"iana"},"application/vnd.ms-wmdrm.lic-chlg-req":{"source":"iana"},"application/vnd.ms-wmdrm.lic-resp":{"source":"iana"},"application/vnd.ms-wmdrm.meter-chlg-req":{"source":"iana"},"application/vnd.ms-wmdrm.meter-resp":{"source":"iana"},"application/vnd.ms-word.document.macroenabled.12":{"source":"iana","extensions":["docm"]},"application/vnd.ms-word.template.macroenabled.12":{"source":"iana","extensions":["dotm"]},"application/vnd.ms-works":{"source":"iana","extensions":["wps","wks","wcm","wdb"]},"application/vnd.ms-wpl":{"source":"iana","extensions":["wpl"]},"application/vnd.ms-xpsdocument":{"source":"iana","compressible":false,"extensions":["xps"]},"application/vnd.msa-disk-image":{"source":"iana"},"application/vnd.mseq":{"source":"iana","extensions":["mseq"]},"application/vnd.msgpack":{"source":"iana"},"application/vnd.msign":{"source":"iana"},"application/vnd.multiad.creator":{"source":"iana"},"application/vnd.multiad.creator.cif":{"source":"iana"},"application/vnd.music-niff":{"source":"iana"},"application/vnd.musician":{"source":"iana","extensions":["mus"]},"application/vnd.muvee.style":{"source":"iana","extensions":["msty"]},"application/vnd.mynfc":{"source":"iana","extensions":["taglet"]},"application/vnd.nacamar.ybrid+json":{"source":"iana","compressible":true},"application/vnd.nato.bindingdataobject+cbor":{"source":"iana"},"application/vnd.nato.bindingdataobject+json":{"source":"iana","compressible":true},"application/vnd.nato.bindingdataobject+xml":{"source":"iana","compressible":true,"extensions":["bdo"]},"application/vnd.nato.openxmlformats-package.iepd+zip":{"source":"iana","compressible":false},"application/vnd.ncd.control":{"source":"iana"},"application/vnd.ncd.reference":{"source":"iana"},"application/vnd.nearst.inv+json":{"source":"iana","compressible":true},"application/vnd.nebumind.line":{"source":"iana"},"application/vnd.nervana":{"source":"iana"},"application/vnd.netfpx":{"source":"iana"},"application/vnd.neurolanguage.nlu":{"source":"iana","extensions":["nlu"]},"application/vnd.nimn":{"source":"iana"},"application/vnd.nintendo.nitro.rom":{"source":"iana"},"application/vnd.nintendo.snes.rom":{"source":"iana"},"application/vnd.nitf":{"source":"iana","extensions":["ntf","nitf"]},"application/vnd.noblenet-directory":{"source":"iana","extensions":["nnd"]},"application/vnd.noblenet-sealer":{"source":"iana","extensions":["nns"]},"application/vnd.noblenet-web":{"source":"iana","extensions":["nnw"]},"application/vnd.nokia.catalogs":{"source":"iana"},"application/vnd.nokia.conml+wbxml":{"source":"iana"},"application/vnd.nokia.conml+xml":{"source":"iana","compressible":true},"application/vnd.nokia.iptv.config+xml":{"source":"iana","compressible":true},"application/vnd.nokia.isds-radio-presets":{"source":"iana"},"application/vnd.nokia.landmark+wbxml":{"source":"iana"},"application/vnd.nokia.landmark+xml":{"source":"iana","compressible":true},"application/vnd.nokia.landmarkcollection+xml":{"source":"iana","compressible":true},"application/vnd.nokia.n-gage.ac+xml":{"source":"iana","compressible":true,"extensions":["ac"]},"application/vnd.nokia.n-gage.data":{"source":"iana","extensions":["ngdat"]},"application/vnd.nokia.n-gage.symbian.install":{"source":"apache","extensions":["n-gage"]},"application/vnd.nokia.ncd":{"source":"iana"},"application/vnd.nokia.pcd+wbxml":{"source":"iana"},"application/vnd.nokia.pcd+xml":{"source":"iana","compressible":true},"application/vnd.nokia.radio-preset":{"source":"iana","extensions":["rpst"]},"application/vnd.nokia.radio-presets":{"source":"iana","extensions":["rpss"]},"application/vnd.novadigm.edm":{"source":"iana","extensions":["edm"]},"application/vnd.novadigm.edx":{"source":"iana","extensions":["edx"]},"application/vnd.novadigm.ext":{"source":"iana","extensions":["ext"]},"application/vnd.ntt-local.content-share":{"source":"iana"},"application/vnd.ntt-local.file-transfer":{"source":"iana"},"application/vnd.ntt-local.ogw_remote-access":{"source":"iana"},"application/vnd.ntt-local.sip-ta_remote":{"source":"iana"},"application/vnd.ntt-local.sip-ta_tcp_stream":{"source":"iana"},"application/vnd.oai.workflows":{"source":"iana"},"application/vnd.oai.workflows+json":{"source":"iana","compressible":true},"application/vnd.oai.workflows+yaml":{"source":"iana"},"application/vnd.oasis.opendocument.base":{"source":"iana"},"application/vnd.oasis.opendocument.chart":{"source":"iana","extensions":["odc"]},"application/vnd.oasis.opendocument.chart-template":{"source":"iana","extensions":["otc"]},"application/vnd.oasis.opendocument.database":{"source":"apache","extensions":["odb"]},"application/vnd.oasis.opendocument.formula":{"source":"iana","extensions":["odf"]},"application/vnd.oasis.opendocument.formula-template":{"source":"iana","extensions":["odft"]},"application/vnd.oasis.opendocument.graphics":{"source":"iana","compressible":false,"extensions":["odg"]},"application/vnd.oasis.opendocument.graphics-template":{"source":"iana","extensions":["otg"]},"application/vnd.oasis.opendocument.image":{"source":"iana","extensions":["odi"]},"application/vnd.oasis.opendocument.image-template":{"source":"iana","extensions":["oti"]},"application/vnd.oasis.opendocument.presentation":{"source":"iana","compressible":false,"extensions":["odp"]},"application/vnd.oasis.opendocument.presentation-template":{"source":"iana","extensions":["otp"]},"application/vnd.oasis.opendocument.spreadsheet":{"source":"iana","compressible":false,"extensions":["ods"]},"application/vnd.oasis.opendocument.spreadsheet-template":{"source":"iana","extensions":["ots"]},"application/vnd.oasis.opendocument.text":{"source":"iana","compressible":false,"extensions":["odt"]},"application/vnd.oasis.opendocument.text-master":{"source":"iana","extensions":["odm"]},"application/vnd.oasis.opendocument.text-master-template":{"source":"iana"},"application/vnd.oasis.opendocument.text-template":{"source":"iana","extensions":["ott"]},"application/vnd.oasis.opendocument.text-web":{"source":"iana","extensions":["oth"]},"application/vnd.obn":{"source":"iana"},"application/vnd.ocf+cbor":{"source":"iana"},"application/vnd.oci.image.manifest.v1+json":{"source":"iana","compressible":true},"application/vnd.oftn.l10n+json":{"source":"iana","compressible":true},"application/vnd.oipf.contentaccessdownload+xml":{"source":"iana","compressible":true},"application/vnd.oipf.contentaccessstreaming+xml":{"source":"iana","compressible":true},"application/vnd.oipf.cspg-hexbinary":{"source":"iana"},"application/vnd.oipf.dae.svg+xml":{"source":"iana","compressible":true},"application/vnd.oipf.dae.xhtml+xml":{"source":"iana","compressible":true},"application/vnd.oipf.mippvcontrolmessage+xml":{"source":"iana","compressible":true},"application/vnd.oipf.pae.gem":{"source":"iana"},"application/vnd.oipf.spdiscovery+xml":{"source":"iana","compressible":true},"application/vnd.oipf.spdlist+xml":{"source":"iana","compressible":true},"application/vnd.oipf.ueprofile+xml":{"source":"iana","compressible":true},"application/vnd.oipf.userprofile+xml":{"source":"iana","compressible":true},"application/vnd.olpc-sugar":{"source":"iana","extensions":["xo"]},"application/vnd.oma-scws-config":{"source":"iana"},"application/vnd.oma-scws-http-request":{"source":"iana"},"application/vnd.oma-scws-http-response":{"source":"iana"},"application/vnd.oma.bcast.associated-procedure-parameter+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.drm-trigger+xml":{"source":"apache","compressible":true},"application/vnd.oma.bcast.imd+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.ltkm":{"source":"iana"},"application/vnd.oma.bcast.notification+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.provisioningtrigger":{"source":"iana"},"application/vnd.oma.bcast.sgboot":{"source":"iana"},"application/vnd.oma.bcast.sgdd+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.sgdu":{"source":"iana"},"application/vnd.oma.bcast.simple-symbol-container":{"source":"iana"},"application/vnd.oma.bcast.smartcard-trigger+xml":{"source":"apache","compressible":true},"application/vnd.oma.bcast.sprov+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.stkm":{"source":"iana"},"application/vnd.oma.cab-address-book+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-feature-handler+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-pcc+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-subs-invite+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-user-prefs+xml":{"source":"iana","compressible":true},"application/vnd.oma.dcd":{"source":"iana"},"application/vnd.oma.dcdc":{"source":"iana"},"application/vnd.oma.dd2+xml":{"source":"iana","compressible":true,"extensions":["dd2"]},"application/vnd.oma.drm.risd+xml":{"source":"iana","compressible":true},"application/vnd.oma.group-usage-list+xml":{"source":"iana","compressible":true},"application/vnd.oma.lwm2m+cbor":{"source":"iana"},"application/vnd.oma.lwm2m+json":{"source":"iana","compressible":true},"application/vnd.oma.lwm2m+tlv":{"source":"iana"},"application/vnd.oma.pal+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.detailed-progress-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.final-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.groups+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.invocation-descriptor+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.optimized-progress-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.push":{"source":"iana"},"application/vnd.oma.scidm.messages+xml":{"source":"iana","compressible":true},"application/vnd.oma.xcap-directory+xml":{"source":"iana","compressible":true},"application/vnd.omads-email+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omads-file+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omads-folder+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omaloc-supl-init":{"source":"iana"},"application/vnd.onepager":{"source":"iana"},"application/vnd.onepagertamp":{"source":"iana"},"application/vnd.onepagertamx":{"source":"iana"},"application/vnd.onepagertat":{"source":"iana"},"application/vnd.onepagertatp":{"source":"iana"},"application/vnd.onepagertatx":{"source":"iana"},"application/vnd.onvif.metadata":{"source":"iana"},"application/vnd.openblox.game+xml":{"source":"iana","compressible":true,"extensions":["obgx"]},"application/vnd.openblox.game-binary":{"source":"iana"},"application/vnd.openeye.oeb":{"source":"iana"},"application/vnd.openofficeorg.extension":{"source":"apache","extensions":["oxt"]},"application/vnd.openstreetmap.data+xml":{"source":"iana","compressible":true,"extensions":["osm"]},"application/vnd.opentimestamps.ots":{"source":"iana"},"application/vnd.openvpi.dspx+json":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.custom-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.customxmlproperties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawing+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.chart+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.extended-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.commentauthors+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.handoutmaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.notesmaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.presentation":{"source":"iana","compressible":false,"extensions":["pptx"]},"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.presprops+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slide":{"source":"iana","extensions":["sldx"]},"application/vnd.openxmlformats-officedocument.presentationml.slide+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slidelayout+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slidemaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slideshow":{"source":"iana","extensions":["ppsx"]},"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slideupdateinfo+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.tablestyles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.tags+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.template":{"source":"iana","extensions":["potx"]},"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.viewprops+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.calcchain+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcachedefinition+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcacherecords+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivottable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.revisionheaders+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.revisionlog+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":{"source":"iana","compressible":false,"extensions":["xlsx"]},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheetmetadata+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.tablesinglecells+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.template":{"source":"iana","extensions":["xltx"]},"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.usernames+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.volatiledependencies+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.theme+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.themeoverride+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.vmldrawing":{"source":"iana"},"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.document":{"source":"iana","compressible":false,"extensions":["docx"]},"application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.fonttable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.template":{"source":"iana","extensions":["dotx"]},"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.websettings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.core-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.relationships+xml":{"source":"iana","compressible":true},"application/vnd.oracle.resource+json":{"source":"iana","compressible":true},"application/vnd.orange.indata":{"source":"iana"},"application/vnd.osa.netdeploy":{"source":"iana"},"application/vnd.osgeo.mapguide.package":{"source":"iana","extensions":["mgp"]},"application/vnd.osgi.bundle":{"source":"iana"},"application/vnd.osgi.dp":{"source":"iana","extensions":["dp"]},"application/vnd.osgi.subsystem":{"source":"iana","extensions":["esa"]},"application/vnd.otps.ct-kip+xml":{"source":"iana","compressible":true},"application/vnd.oxli.countgraph":{"source":"iana"},"application/vnd.pagerduty+json":{"source":"iana","compressible":true},"application/vnd.palm":{"source":"iana","extensions":["pdb","pqa","oprc"]},"application/vnd.panoply":{"source":"iana"},"application/vnd.paos.xml":{"source":"iana"},"application/vnd.patentdive":{"source":"iana"},"application/vnd.patientecommsdoc":{"source":"iana"},"application/vnd.pawaafile":{"source":"iana","extensions":["paw"]},"application/vnd.pcos":{"source":"iana"},"application/vnd.pg.format":{"source":"iana","extensions":["str"]},"application/vnd.pg.osasli":{"source":"iana","extensions":["ei6"]},"application/vnd.piaccess.application-licence":{"source":"iana"},"application/vnd.picsel":{"source":"iana","extensions":["efif"]},"application/vnd.pmi.widget":{"source":"iana","extensions":["wg"]},"application/vnd.poc.group-advertisement+xml":{"source":"iana","compressible":true},"application/vnd.pocketlearn":{"source":"iana","extensions":["plf"]},"application/vnd.powerbuilder6":{"source":"iana","extensions":["pbd"]},"application/vnd.powerbuilder6-s":{"source":"iana"},"application/vnd.powerbuilder7":{"source":"iana"},"application/vnd.powerbuilder7-s":{"source":"iana"},"application/vnd.powerbuilder75":{"source":"iana"},"application/vnd.powerbuilder75-s":{"source":"iana"},"application/vnd.preminet":{"source":"iana"},"application/vnd.previewsystems.box":{"source":"iana","extensions":["box"]},"application/vnd.procrate.brushset":{"extensions":["brushset"]},"application/vnd.procreate.brush":{"extensions":["brush"]},"application/vnd.procreate.dream":{"extensions":["drm"]},"application/vnd.proteus.magazine":{"source":"iana","extensions":["mgz"]},"application/vnd.psfs":{"source":"iana"},"application/vnd.pt.mundusmundi":{"source":"iana"},"application/vnd.publishare-delta-tree":{"source":"iana","extensions":["qps"]},"application/vnd.pvi.ptid1":{"source":"iana","extensions":["ptid"]},"application/vnd.pwg-multiplexed":{"source":"iana"},"application/vnd.pwg-xhtml-print+xml":{"source":"iana","compressible":true,"extensions":["xhtm"]},"application/vnd.qualcomm.brew-app-res":{"source":"iana"},"application/vnd.quarantainenet":{"source":"iana"},"application/vnd.quark.quarkxpress":{"source":"iana","extensions":["qxd","qxt","qwd","qwt","qxl","qxb"]},"application/vnd.quobject-quoxdocument":{"source":"iana"},"application/vnd.radisys.moml+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-conf+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-conn+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-dialog+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-stream+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-conf+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-base+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-fax-detect+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-fax-sendrecv+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-group+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-speech+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-transform+xml":{"source":"iana","compressible":true},"application/vnd.rainstor.data":{"source":"iana"},"application/vnd.rapid":{"source":"iana"},"application/vnd.rar":{"source":"iana","extensions":["rar"]},"application/vnd.realvnc.bed":{"source":"iana","extensions":["bed"]},"application/vnd.recordare.musicxml":{"source":"iana","extensions":["mxl"]},"application/vnd.recordare.musicxml+xml":{"source":"iana","compressible":true,"extensions":["musicxml"]},"application/vnd.relpipe":{"source":"iana"},"application/vnd.renlearn.rlprint":{"source":"iana"},"application/vnd.resilient.logic":{"source":"iana"},"application/vnd.restful+json":{"source":"iana","compressible":true},"application/vnd.rig.cryptonote":{"source":"iana","extensions":["cryptonote"]},"application/vnd.rim.cod":{"source":"apache","extensions":["cod"]},"application/vnd.rn-realmedia":{"source":"apache","extensions":["rm"]},"application/vnd.rn-realmedia-vbr":{"source":"apache","extensions":["rmvb"]},"application/vnd.route66.link66+xml":{"source":"iana","compressible":true,"extensions":["link66"]},"application/vnd.rs-274x":{"source":"iana"},"application/vnd.ruckus.download":{"source":"iana"},"application/vnd.s3sms":{"source":"iana"},"application/vnd.sailingtracker.track":{"source":"iana","extensions":["st"]},"application/vnd.sar":{"source":"iana"},"application/vnd.sbm.cid":{"source":"iana"},"application/vnd.sbm.mid2":{"source":"iana"},"application/vnd.scribus":{"source":"iana"},"application/vnd.sealed.3df":{"source":"iana"},"application/vnd.sealed.csf":{"source":"iana"},"application/vnd.sealed.doc":{"source":"iana"},"application/vnd.sealed.eml":{"source":"iana"},"application/vnd.sealed.mht":{"source":"iana"},"application/vnd.sealed.net":{"source":"iana"},"application/vnd.sealed.ppt":{"source":"iana"},"application/vnd.sealed.tiff":{"source":"iana"},"application/vnd.sealed.xls":{"source":"iana"},"application/vnd.sealedmedia.softseal.html":{"source":"iana"},"application/vnd.sealedmedia.softseal.pdf":{"source":"iana"},"application/vnd.seemail":{"source":"iana","extensions":["see"]},"application/vnd.seis+json":{"source":"iana","compressible":true},"application/vnd.sema":{"source":"iana","extensions":["sema"]},"application/vnd.semd":{"source":"iana","extensions":["semd"]},"application/vnd.semf":{"source":"iana","extensions":["semf"]},"application/vnd.shade-save-file":{"source":"iana"},"application/vnd.shana.informed.formdata":{"source":"iana","extensions":["ifm"]},"application/vnd.shana.informed.formtemplate":{"source":"iana","extensions":["itp"]},"application/vnd.shana.informed.interchange":{"source":"iana","extensions":["iif"]},"application/vnd.shana.informed.package":{"source":"iana","extensions":["ipk"]},"application/vnd.shootproof+json":{"source":"iana","compressible":true},"application/vnd.shopkick+json":{"source":"iana","compressible":true},"application/vnd.shp":{"source":"iana"},"application/vnd.shx":{"source":"iana"},"application/vnd.sigrok.session":{"source":"iana"},"application/vnd.simtech-mindmapper":{"source":"iana","extensions":["twd","twds"]},"application/vnd.siren+json":{"source":"iana","compressible":true},"application/vnd.sketchometry":{"source":"iana"},"application/vnd.smaf":{"source":"iana","extensions":["mmf"]},"application/vnd.smart.notebook":{"source":"iana"},"application/vnd.smart.teacher":{"source":"iana","extensions":["teacher"]},"application/vnd.smintio.portals.archive":{"source":"iana"},"application/vnd.snesdev-page-table":{"source":"iana"},"application/vnd.software602.filler.form+xml":{"source":"iana","compressible":true,"extensions":["fo"]},"application/vnd.software602.filler.form-xml-zip":{"source":"iana"},"application/vnd.solent.sdkm+xml":{"source":"iana","compressible":true,"extensions":["sdkm","sdkd"]},"application/vnd.spotfire.dxp":{"source":"iana","extensions":["dxp"]},"application/vnd.spotfire.sfs":{"source":"iana","extensions":["sfs"]},"application/vnd.sqlite3":{"source":"iana"},"application/vnd.sss-cod":{"source":"iana"},"application/vnd.sss-dtf":{"source":"iana"},"application/vnd.sss-ntf":{"source":"iana"},"application/vnd.stardivision.calc":{"source":"apache","extensions":["sdc"]},"application/vnd.stardivision.draw":{"source":"apache","extensions":["sda"]},"application/vnd.stardivision.impress":{"source":"apache","extensions":["sdd"]},"application/vnd.stardivision.math":{"source":"apache","extensions":["smf"]},"application/vnd.stardivision.writer":{"source":"apache","extensions":["sdw","vor"]},"application/vnd.stardivision.writer-global":{"source":"apache","extensions":["sgl"]},"application/vnd.stepmania.package":{"source":"iana","extensions":["smzip"]},"application/vnd.stepmania.stepchart":{"source":"iana","extensions":["sm"]},"application/vnd.street-stream":{"source":"iana"},"application/vnd.sun.wadl+xml":{"source":"iana","compressible":true,"extensions":["wadl"]},"application/vnd.sun.xml.calc":{"source":"apache","extensions":["sxc"]},"application/vnd.sun.xml.calc.template":{"source":"apache","extensions":["stc"]},"application/vnd.sun.xml.draw":{"source":"apache","extensions":["sxd"]},"application/vnd.sun.xml.draw.template":{"source":"apache","extensions":["std"]},"application/vnd.sun.xml.impress":{"source":"apache","extensions":["sxi"]},"application/vnd.sun.xml.impress.template":{"source":"apache","extensions":["sti"]},"application/vnd.sun.xml.math":{"source":"apache","extensions":["sxm"]},"application/vnd.sun.xml.writer":{"source":"apache","extensions":["sxw"]},"application/vnd.sun.xml.writer.global":{"source":"apache","extensions":["sxg"]},"application/vnd.sun.xml.writer.template":{"source":"apache","extensions":["stw"]},"application/vnd.sus-calendar":{"source":"iana","extensions":["sus","susp"]},"application/vnd.svd":{"source":"iana","extensions":["svd"]},"application/vnd.swiftview-ics":{"source":"iana"},"application/vnd.sybyl.mol2":{"source":"iana"},"application/vnd.sycle+xml":{"source":"iana","compressible":true},"application/vnd.syft+json":{"source":"iana","compressible":true},"application/vnd.symbian.install":{"source":"apache","extensions":["sis","sisx"]},"application/vnd.syncml+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["xsm"]},"application/vnd.syncml.dm+wbxml":{"source":"iana","charset":"UTF-8","extensions":["bdm"]},"application/vnd.syncml.dm+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["xdm"]},"application/vnd.syncml.dm.notification":{"source":"iana"},"application/vnd.syncml.dmddf+wbxml":{"source":"iana"},"application/vnd.syncml.dmddf+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["ddf"]},"application/vnd.syncml.dmtnds+wbxml":{"source":"iana"},"application/vnd.syncml.dmtnds+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.syncml.ds.notification":{"source":"iana"},"application/vnd.tableschema+json":{"source":"iana","compressible":true},"application/vnd.tao.intent-module-archive":{"source":"iana","extensions":["tao"]},"application/vnd.tcpdump.pcap":{"source":"iana","extensions":["pcap","cap","dmp"]},"application/vnd.think-cell.ppttc+json":{"source":"iana","compressible":true},"application/vnd.tmd.mediaflex.api+xml":{"source":"iana","compressible":true},"application/vnd.tml":{"source":"iana"},"application/vnd.tmobile-livetv":{"source":"iana","extensions":["tmo"]},"application/vnd.tri.onesource":{"source":"iana"},"application/vnd.trid.tpt":{"source":"iana","extensions":["tpt"]},"application/vnd.triscape.mxs":{"source":"iana","extensions":["mxs"]},"application/vnd.trueapp":{"source":"iana","extensions":["tra"]},"application/vnd.truedoc":{"source":"iana"},"application/vnd.ubisoft.webplayer":{"source":"iana"},"application/vnd.ufdl":{"source":"iana","extensions":["ufd","ufdl"]},"application/vnd.uic.osdm+json":{"source":"iana","compressible":true},"application/vnd.uiq.theme":{"source":"iana","extensions":["utz"]},"application/vnd.umajin":{"source":"iana","extensions":["umj"]},"application/vnd.unity":{"source":"iana","extensions":["unityweb"]},"application/vnd.uoml+xml":{"source":"iana","compressible":true,"extensions":["uoml","uo"]},"application/vnd.uplanet.alert":{"source":"iana"},"application/vnd.uplanet.alert-wbxml":{"source":"iana"},"application/vnd.uplanet.bearer-choice":{"source":"iana"},"application/vnd.uplanet.bearer-choice-wbxml":{"source":"iana"},"application/vnd.uplanet.cacheop":{"source":"iana"},"application/vnd.uplanet.cacheop-wbxml":{"source":"iana"},"application/vnd.uplanet.channel":{"source":"iana"},"application/vnd.uplanet.channel-wbxml":{"source":"iana"},"application/vnd.uplanet.list":{"source":"iana"},"application/vnd.uplanet.list-wbxml":{"source":"iana"},"application/vnd.uplanet.listcmd":{"source":"iana"},"application/vnd.uplanet.listcmd-wbxml":{"source":"iana"},"application/vnd.uplanet.signal":{"source":"iana"},"application/vnd.uri-map":{"source":"iana"},"application/vnd.valve.source.material":{"source":"iana"},"application/vnd.vcx":{"source":"iana","extensions":["vcx"]},"application/vnd.vd-study":{"source":"iana"},"application/vnd.vectorworks":{"source":"iana"},"application/vnd.vel+json":{"source":"iana","compressible":true},"application/vnd.veraison.tsm-report+cbor":{"source":"iana"},"application/vnd.veraison.tsm-report+json":{"source":"iana","compressible":true},"application/vnd.verimatrix.vcas":{"source":"iana"},"application/vnd.veritone.aion+json":{"source":"iana","compressible":true},"application/vnd.veryant.thin":{"source":"iana"},"application/vnd.ves.encrypted":{"source":"iana"},"application/vnd.vidsoft.vidconference":{"source":"iana"},"application/vnd.visio":{"source":"iana","extensions":["vsd","vst","vss","vsw","vsdx","vtx"]},"application/vnd.visionary":{"source":"iana","extensions":["vis"]},"application/vnd.vividence.scriptfile":{"source":"iana"},"application/vnd.vocalshaper.vsp4":{"source":"iana"},"application/vnd.vsf":{"source":"iana","extensions":["vsf"]},"application/vnd.wap.sic":{"source":"iana"},"application/vnd.wap.slc":{"source":"iana"},"application/vnd.wap.wbxml":{"source":"iana","charset":"UTF-8","extensions":["wbxml"]},"application/vnd.wap.wmlc":{"source":"iana","extensions":["wmlc"]},"application/vnd.wap.wmlscriptc":{"source":"iana","extensions":["wmlsc"]},"application/vnd.wasmflow.wafl":{"source":"iana"},"application/vnd.webturbo":{"source":"iana","extensions":["wtb"]},"application/vnd.wfa.dpp":{"source":"iana"},"application/vnd.wfa.p2p":{"source":"iana"},"application/vnd.wfa.wsc":{"source":"iana"},"application/vnd.windows.devicepairing":{"source":"iana"},"application/vnd.wmc":{"source":"iana"},"application/vnd.wmf.bootstrap":{"source":"iana"},"application/vnd.wolfram.mathematica":{"source":"iana"},"application/vnd.wolfram.mathematica.package":{"source":"iana"},"application/vnd.wolfram.player":{"source":"iana","extensions":["nbp"]},"application/vnd.wordlift":{"source":"iana"},"application/vnd.wordperfect":{"source":"iana","extensions":["wpd"]},"application/vnd.wqd":{"source":"iana","extensions":["wqd"]},"application/vnd.wrq-hp3000-labelled":{"source":"iana"},"application/vnd.wt.stf":{"source":"iana","extensions":["stf"]},"application/vnd.wv.csp+wbxml":{"source":"iana"},"application/vnd.wv.csp+xml":{"source":"iana","compressible":true},"application/vnd.wv.ssp+xml":{"source":"iana","compressible":true},"application/vnd.xacml+json":{"source":"iana","compressible":true},"application/vnd.xara":{"source":"iana","extensions":["xar"]},"application/vnd.xarin.cpj":{"source":"iana"},"application/vnd.xecrets-encrypted":{"source":"iana"},"application/vnd.xfdl":{"source":"iana","extensions":["xfdl"]},"application/vnd.xfdl.webform":{"source":"iana"},"application/vnd.xmi+xml":{"source":"iana","compressible":true},"application/vnd.xmpie.cpkg":{"source":"iana"},"application/vnd.xmpie.dpkg":{"source":"iana"},"application/vnd.xmpie.plan":{"source":"iana"},"application/vnd.xmpie.ppkg":{"source":"iana"},"application/vnd.xmpie.xlim":{"source":"iana"},"application/vnd.yamaha.hv-dic":{"source":"iana","extensions":["hvd"]},"application/vnd.yamaha.hv-script":{"source":"iana","extensions":["hvs"]},"application/vnd.yamaha.hv-voice":{"source":"iana","extensions":["hvp"]},"application/vnd.yamaha.openscoreformat":{"source":"iana","extensions":["osf"]},"application/vnd.yamaha.openscoreformat.osfpvg+xml":{"source":"iana","compressible":true,"extensions":["osfpvg"]},"application/vnd.yamaha.remote-setup":{"source":"iana"},"application/vnd.yamaha.smaf-audio":{"source":"iana","extensions":["saf"]},"application/vnd.yamaha.smaf-phrase":{"source":"iana","extensions":["spf"]},"application/vnd.yamaha.through-ngn":{"source":"iana"},"application/vnd.yamaha.tunnel-udpencap":{"source":"iana"},"application/vnd.yaoweme":{"source":"iana"},"application/vnd.yellowriver-custom-menu":{"source":"iana","extensions":["cmp"]},"application/vnd.zul":{"source":"iana","extensions":["zir","zirz"]},"application/vnd.zzazz.deck+xml":{"source":"iana","compressible":true,"extensions":["zaz"]},"application/voicexml+xml":{"source":"iana","compressible":true,"extensions":["vxml"]},"application/voucher-cms+json":{"source":"iana","compressible":true},"application/voucher-jws+json":{"source":"iana","compressible":true},"application/vp":{"source":"iana"},"application/vp+cose":{"source":"iana"},"application/vp+jwt":{"source":"iana"},"application/vq-rtcpxr":{"source":"iana"},"application/wasm":{"source":"iana","compressible":true,"extensions":["wasm"]},"application/watcherinfo+xml":{"source":"iana","compressible":true,"extensions":["wif"]},"application/webpush-options+json":{"source":"iana","compressible":true},"application/whoispp-query":{"source":"iana"},"application/whoispp-response":{"source":"iana"},"application/widget":{"source":"iana","extensions":["wgt"]},"application/winhlp":{"source":"apache","extensions":["hlp"]},"application/wita":{"source":"iana"},"application/wordperfect5.1":{"source":"iana"},"application/wsdl+xml":{"source":"iana","compressible":true,"extensions":["wsdl"]},"application/wspolicy+xml":{"source":"iana","compressible":true,"extensions":["wspolicy"]},"application/x-7z-compressed":{"source":"apache","compressible":false,"extensions":["7z"]},"application/x-abiword":{"source":"apache","extensions":["abw"]},"application/x-ace-compressed":{"source":"apache","extensions":["ace"]},"application/x-amf":{"source":"apache"},"application/x-apple-diskimage":{"source":"apache","extensions":["dmg"]},"application/x-arj":{"compressible":false,"extensions":["arj"]},"application/x-authorware-bin":{"source":"apache","extensions":["aab","x32","u32","vox"]},"application/x-authorware-map":{"source":"apache","extensions":["aam"]},"application/x-authorware-seg":{"source":"apache","extensions":["aas"]},"application/x-bcpio":{"source":"apache","extensions":["bcpio"]},"application/x-bdoc":{"compressible":false,"extensions":["bdoc"]},"application/x-bittorrent":{"source":"apache","extensions":["torrent"]},"application/x-blender":{"extensions":["blend"]},"application/x-blorb":{"source":"apache","extensions":["blb","blorb"]},"application/x-bzip":{"source":"apache","compressible":false,"extensions":["bz"]},"application/x-bzip2":{"source":"apache","compressible":false,"extensions":["bz2","boz"]},"application/x-cbr":{"source":"apache","extensions":["cbr","cba","cbt","cbz","cb7"]},"application/x-cdlink":{"source":"apache","extensions":["vcd"]},"application/x-cfs-compressed":{"source":"apache","extensions":["cfs"]},"application/x-chat":{"source":"apache","extensions":["chat"]},"application/x-chess-pgn":{"source":"apache","extensions":["pgn"]},"application/x-chrome-extension":{"extensions":["crx"]},"application/x-cocoa":{"source":"nginx","extensions":["cco"]},"application/x-compress":{"source":"apache"},"application/x-compressed":{"extensions":["rar"]},"application/x-conference":{"source":"apache","extensions":["nsc"]},"application/x-cpio":{"source":"apache","extensions":["cpio"]},"application/x-csh":{"source":"apache","extensions":["csh"]},"application/x-deb":{"compressible":false},"application/x-debian-package":{"source":"apache","extensions":["deb","udeb"]},"application/x-dgc-compressed":{"source":"apache","extensions":["dgc"]},"application/x-director":{"source":"apache","extensions":["dir","dcr","dxr","cst","cct","cxt","w3d","fgd","swa"]},"application/x-doom":{"source":"apache","extensions":["wad"]},"application/x-dtbncx+xml":{"source":"apache","compressible":true,"extensions":["ncx"]},"application/x-dtbook+xml":{"source":"apache","compressible":true,"extensions":["dtb"]},"application/x-dtbresource+xml":{"source":"apache","compressible":true,"extensions":["res"]},"application/x-dvi":{"source":"apache","compressible":false,"extensions":["dvi"]},"application/x-envoy":{"source":"apache","extensions":["evy"]},"application/x-eva":{"source":"apache","extensions":["eva"]},"application/x-font-bdf":{"source":"apache","extensions":["bdf"]},"application/x-font-dos":{"source":"apache"},"application/x-font-framemaker":{"source":"apache"},"application/x-font-ghostscript":{"source":"apache","extensions":["gsf"]},"application/x-font-libgrx":{"source":"apache"},"application/x-font-linux-psf":{"source":"apache","extensions":["psf"]},"application/x-font-pcf":{"source":"apache","extensions":["pcf"]},"application/x-font-snf":{"source":"apache","extensions":["snf"]},"application/x-font-speedo":{"source":"apache"},"application/x-font-sunos-news":{"source":"apache"},"application/x-font-type1":{"source":"apache","extensions":["pfa","pfb","pfm","afm"]},"application/x-font-vfont":{"source":"apache"},"application/x-freearc":{"source":"apache","extensions":["arc"]},"application/x-futuresplash":{"source":"apache","extensions":["spl"]},"application/x-gca-compressed":{"source":"apache","extensions":["gca"]},"application/x-glulx":{"source":"apache","extensions":["ulx"]},"application/x-gnumeric":{"source":"apache","extensions":["gnumeric"]},"application/x-gramps-xml":{"source":"apache","extensions":["gramps"]},"application/x-gtar":{"source":"apache","extensions":["gtar"]},"application/x-gzip":{"source":"apache"},"application/x-hdf":{"source":"apache","extensions":["hdf"]},"application/x-httpd-php":{"compressible":true,"extensions":["php"]},"application/x-install-instructions":{"source":"apache","extensions":["install"]},"application/x-ipynb+json":{"compressible":true,"extensions":["ipynb"]},"application/x-iso9660-image":{"source":"apache","extensions":["iso"]},"application/x-iwork-keynote-sffkey":{"extensions":["key"]},"application/x-iwork-numbers-sffnumbers":{"extensions":["numbers"]},"application/x-iwork-pages-sffpages":{"extensions":["pages"]},"application/x-java-archive-diff":{"source":"nginx","extensions":["jardiff"]},"application/x-java-jnlp-file":{"source":"apache","compressible":false,"extensions":["jnlp"]},"application/x-javascript":{"compressible":true},"application/x-keepass2":{"extensions":["kdbx"]},"application/x-latex":{"source":"apache","compressible":false,"extensions":["latex"]},"application/x-lua-bytecode":{"extensions":["luac"]},"application/x-lzh-compressed":{"source":"apache","extensions":["lzh","lha"]},"application/x-makeself":{"source":"nginx","extensions":["run"]},"application/x-mie":{"source":"apache","extensions":["mie"]},"application/x-mobipocket-ebook":{"source":"apache","extensions":["prc","mobi"]},"application/x-mpegurl":{"compressible":false},"application/x-ms-application":{"source":"apache","extensions":["application"]},"application/x-ms-shortcut":{"source":"apache","extensions":["lnk"]},"application/x-ms-wmd":{"source":"apache","extensions":["wmd"]},"application/x-ms-wmz":{"source":"apache","extensions":["wmz"]},"application/x-ms-xbap":{"source":"apache","extensions":["xbap"]},"application/x-msaccess":{"source":"apache","extensions":["mdb"]},"application/x-msbinder":{"source":"apache","extensions":["obd"]},"application/x-mscardfile":{"source":"apache","extensions":["crd"]},"application/x-msclip":{"source":"apache","extensions":["clp"]},"application/x-msdos-program":{"extensions":["exe"]},"application/x-msdownload":{"source":"apache","extensions":["exe","dll","com","bat","msi"]},"application/x-msmediaview":{"source":"apache","extensions":["mvb","m13","m14"]},"application/x-msmetafile":{"source":"apache","extensions":["wmf","wmz","emf","emz"]},"application/x-msmoney":{"source":"apache","extensions":["mny"]},"application/x-mspublisher":{"source":"apache","extensions":["pub"]},"application/x-msschedule":{"source":"apache","extensions":["scd"]},"application/x-msterminal":{"source":"apache","extensions":["trm"]},"application/x-mswrite":{"source":"apache","extensions":["wri"]},"application/x-netcdf":{"source":"apache","extensions":["nc","cdf"]},"application/x-ns-proxy-autoconfig":{"compressible":true,"extensions":["pac"]},"application/x-nzb":{"source":"apache","extensions":["nzb"]},"application/x-perl":{"source":"nginx","extensions":["pl","pm"]},"application/x-pilot":{"source":"nginx","extensions":["prc","pdb"]},"application/x-pkcs12":{"source":"apache","compressible":false,"extensions":["p12","pfx"]},"application/x-pkcs7-certificates":{"source":"apache","extensions":["p7b","spc"]},"application/x-pkcs7-certreqresp":{"source":"apache","extensions":["p7r"]},"application/x-pki-message":{"source":"iana"},"application/x-rar-compressed":{"source":"apache","compressible":false,"extensions":["rar"]},"application/x-redhat-package-manager":{"source":"nginx","extensions":["rpm"]},"application/x-research-info-systems":{"source":"apache","extensions":["ris"]},"application/x-sea":{"source":"nginx","extensions":["sea"]},"application/x-sh":{"source":"apache","compressible":true,"extensions":["sh"]},"application/x-shar":{"source":"apache","extensions":["shar"]},"application/x-shockwave-flash":{"source":"apache","compressible":false,"extensions":["swf"]},"application/x-silverlight-app":{"source":"apache","extensions":["xap"]},"application/x-sql":{"source":"apache","extensions":["sql"]},"application/x-stuffit":{"source":"apache","compressible":false,"extensions":["sit"]},"application/x-stuffitx":{"source":"apache","extensions":["sitx"]},"application/x-subrip":{"source":"apache","extensions":["srt"]},"application/x-sv4cpio":{"source":"apache","extensions":["sv4cpio"]},"application/x-sv4crc":{"source":"apache","extensions":["sv4crc"]},"application/x-t3vm-image":{"source":"apache","extensions":["t3"]},"application/x-tads":{"source":"apache","extensions":["gam"]},"application/x-tar":{"source":"apache","compressible":true,"extensions":["tar"]},"application/x-tcl":{"source":"apache","extensions":["tcl","tk"]},"application/x-tex":{"source":"apache","extensions":["tex"]},"application/x-tex-tfm":{"source":"apache","extensions":["tfm"]},"application/x-texinfo":{"source":"apache","extensions":["texinfo","texi"]},"application/x-tgif":{"source":"apache","extensions":["obj"]},"application/x-ustar":{"source":"apache","extensions":["ustar"]},"application/x-virtualbox-hdd":{"compressible":true,"extensions":["hdd"]},"application/x-virtualbox-ova":{"compressible":true,"extensions":["ova"]},"application/x-virtualbox-ovf":{"compressible":true,"extensions":["ovf"]},"application/x-virtualbox-vbox":{"compressible":true,"extensions":["vbox"]},"application/x-virtualbox-vbox-extpack":{"compressible":false,"extensions":["vbox-extpack"]},"application/x-virtualbox-vdi":{"compressible":true,"extensions":["vdi"]},"application/x-virtualbox-vhd":{"compressible":true,"extensions":["vhd"]},"application/x-virtualbox-vmdk":{"compressible":true,"extensions":["vmdk"]},"application/x-wais-source":{"source":"apache","extensions":["src"]},"application/x-web-app-manifest+json":{"compressible":true,"extensions":["webapp"]},"application/x-www-form-urlencoded":{"source":"iana","compressible":true},"application/x-x509-ca-cert":{"source":"iana","extensions":["der","crt","pem"]},"application/x-x509-ca-ra-cert":{"source":"iana"},"application/x-x509-next-ca-cert":{"source":"iana"},"application/x-xfig":{"source":"apache","extensions":["fig"]},"application/x-xliff+xml":{"source":"apache","compressible":true,"extensions":["xlf"]},"application/x-xpinstall":{"source":"apache","compressible":false,"extensions":["xpi"]},"application/x-xz":{"source":"apache","extensions":["xz"]},"application/x-zip-compressed":{"extensions":["zip"]},"application/x-zmachine":{"source":"apache","extensions":["z1","z2","z3","z4","z5","z6","z7","z8"]},"application/x400-bp":{"source":"iana"},"application/xacml+xml":{"source":"iana","compressible":true},"application/xaml+xml":{"source":"apache","compressible":true,"extensions":["xaml"]},"application/xcap-att+xml":{"source":"iana","compressible":true,"extensions":["xav"]},"application/xcap-caps+xml":{"source":"iana","compressible":true,"extensions":["xca"]},"application/xcap-diff+xml":{"source":"iana","compressible":true,"extensions":["xdf"]},"application/xcap-el+xml":{"source":"iana","compressible":true,"extensions":["xel"]},"application/xcap-error+xml":{"source":"iana","compressible":true},"application/xcap-ns+xml":{"source":"iana","compressible":true,"extensions":["xns"]},"application/xcon-conference-info+xml":{"source":"iana","compressible":true},"application/xcon-conference-info-diff+xml":{"source":"iana","compressible":true},"application/xenc+xml":{"source":"iana","compressible":true,"extensions":["xenc"]},"application/xfdf":{"source":"iana","extensions":["xfdf"]},"application/xhtml+xml":{"source":"iana","compressible":true,"extensions":["xhtml","xht"]},"application/xhtml-voice+xml":{"source":"apache","compressible":true},"application/xliff+xml":{"source":"iana","compressible":true,"extensions":["xlf"]},"application/xml":{"source":"iana","compressible":true,"extensions":["xml","xsl","xsd","rng"]},"application/xml-dtd":{"source":"iana","compressible":true,"extensions":["dtd"]},"application/xml-external-parsed-entity":{"source":"iana"},"application/xml-patch+xml":{"source":"iana","compressible":true},"application/xmpp+xml":{"source":"iana","compressible":true},"application/xop+xml":{"source":"iana","compressible":true,"extensions":["xop"]},"application/xproc+xml":{"source":"apache","compressible":true,"extensions":["xpl"]},"application/xslt+xml":{"source":"iana","compressible":true,"extensions":["xsl","xslt"]},"application/xspf+xml":{"source":"apache","compressible":true,"extensions":["xspf"]},"application/xv+xml":{"source":"iana","compressible":true,"extensions":["mxml","xhvml","xvml","xvm"]},"application/yaml":{"source":"iana"},"application/yang":{"source":"iana","extensions":["yang"]},"application/yang-data+cbor":{"source":"iana"},"application/yang-data+json":{"source":"iana","compressible":true},"application/yang-data+xml":{"source":"iana","compressible":true},"application/yang-patch+json":{"source":"iana","compressible":true},"application/yang-patch+xml":{"source":"iana","compressible":true},"application/yang-sid+json":{"source":"iana","compressible":true},"application/yin+xml":{"source":"iana","compressible":true,"extensions":["yin"]},"application/zip":{"source":"iana","compressible":false,"extensions":["zip"]},"application/zip+dotlottie":{"extensions":["lottie"]},"application/zlib":{"source":"iana"},"application/zstd":{"source":"iana"},"audio/1d-interleaved-parityfec":{"source":"iana"},"audio/32kadpcm":{"source":"iana"},"audio/3gpp":{"source":"iana","compressible":false,"extensions":["3gpp"]},"audio/3gpp2":{"source":"iana"},"audio/aac":{"source":"iana","extensions":["adts","aac"]},"audio/ac3":{"source":"iana"},"audio/adpcm":{"source":"apache","extensions":["adp"]},"audio/amr":{"source":"iana","extensions":["amr"]},"audio/amr-wb":{"source":"iana"},"audio/amr-wb+":{"source":"iana"},"audio/aptx":{"source":"iana"},"audio/asc":{"source":"iana"},"audio/atrac-advanced-lossless":{"source":"iana"},"audio/atrac-x":{"source":"iana"},"audio/atrac3":{"source":"iana"},"audio/basic":{"source":"iana","compressible":false,"extensions":["au","snd"]},"audio/bv16":{"source":"iana"},"audio/bv32":{"source":"iana"},"audio/clearmode":{"source":"iana"},"audio/cn":{"source":"iana"},"audio/dat12":{"source":"iana"},"audio/dls":{"source":"iana"},"audio/dsr-es201108":{"source":"iana"},"audio/dsr-es202050":{"source":"iana"},"audio/dsr-es202211":{"source":"iana"},"audio/dsr-es202212":{"source":"iana"},"audio/dv":{"source":"iana"},"audio/dvi4":{"source":"iana"},"audio/eac3":{"source":"iana"},"audio/encaprtp":{"source":"iana"},"audio/evrc":{"source":"iana"},"audio/evrc-qcp":{"source":"iana"},"audio/evrc0":{"source":"iana"},"audio/evrc1":{"source":"iana"},"audio/evrcb":{"source":"iana"},"audio/evrcb0":{"source":"iana"},"audio/evrcb1":{"source":"iana"},"audio/evrcnw":{"source":"iana"},"audio/evrcnw0":{"source":"iana"},"audio/evrcnw1":{"source":"iana"},"audio/evrcwb":{"source":"iana"},"audio/evrcwb0":{"source":"iana"},"audio/evrcwb1":{"source":"iana"},"audio/evs":{"source":"iana"},"audio/flac":{"source":"iana"},"audio/flexfec":{"source":"iana"},"audio/fwdred":{"source":"iana"},"audio/g711-0":{"source":"iana"},"audio/g719":{"source":"iana"},"audio/g722":{"source":"iana"},"audio/g7221":{"source":"iana"},"audio/g723":{"source":"iana"},"audio/g726-16":{"source":"iana"},"audio/g726-24":{"source":"iana"},"audio/g726-32":{"source":"iana"},"audio/g726-40":{"source":"iana"},"audio/g728":{"source":"iana"},"audio/g729":{"source":"iana"},"audio/g7291":{"source":"iana"},"audio/g729d":{"source":"iana"},"audio/g729e":{"source":"iana"},"audio/gsm":{"source":"iana"},"audio/gsm-efr":{"source":"iana"},"audio/gsm-hr-08":{"source":"iana"},"audio/ilbc":{"source":"iana"},"audio/ip-mr_v2.5":{"source":"iana"},"audio/isac":{"source":"apache"},"audio/l16":{"source":"iana"},"audio/l20":{"source":"iana"},"audio/l24":{"source":"iana","compressible":false},"audio/l8":{"source":"iana"},"audio/lpc":{"source":"iana"},"audio/matroska":{"source":"iana"},"audio/melp":{"source":"iana"},"audio/melp1200":{"source":"iana"},"audio/melp2400":{"source":"iana"},"audio/melp600":{"source":"iana"},"audio/mhas":{"source":"iana"},"audio/midi":{"source":"apache","extensions":["mid","midi","kar","rmi"]},"audio/midi-clip":{"source":"iana"},"audio/mobile-xmf":{"source":"iana","extensions":["mxmf"]},"audio/mp3":{"compressible":false,"extensions":["mp3"]},"audio/mp4":{"source":"iana","compressible":false,"extensions":["m4a","mp4a","m4b"]},"audio/mp4a-latm":{"source":"iana"},"audio/mpa":{"source":"iana"},"audio/mpa-robust":{"source":"iana"},"audio/mpeg":{"source":"iana","compressible":false,"extensions":["mpga","mp2","mp2a","mp3","m2a","m3a"]},"audio/mpeg4-generic":{"source":"iana"},"audio/musepack":{"source":"apache"},"audio/ogg":{"source":"iana","compressible":false,"extensions":["oga","ogg","spx","opus"]},"audio/opus":{"source":"iana"},"audio/parityfec":{"source":"iana"},"audio/pcma":{"source":"iana"},"audio/pcma-wb":{"source":"iana"},"audio/pcmu":{"source":"iana"},"audio/pcmu-wb":{"source":"iana"},"audio/prs.sid":{"source":"iana"},"audio/qcelp":{"source":"iana"},"audio/raptorfec":{"source":"iana"},"audio/red":{"source":"iana"},"audio/rtp-enc-aescm128":{"source":"iana"},"audio/rtp-midi":{"source":"iana"},"audio/rtploopback":{"source":"iana"},"audio/rtx":{"source":"iana"},"audio/s3m":{"source":"apache","extensions":["s3m"]},"audio/scip":{"source":"iana"},"audio/silk":{"source":"apache","extensions":["sil"]},"audio/smv":{"source":"iana"},"audio/smv-qcp":{"source":"iana"},"audio/smv0":{"source":"iana"},"audio/sofa":{"source":"iana"},"audio/sp-midi":{"source":"iana"},"audio/speex":{"source":"iana"},"audio/t140c":{"source":"iana"},"audio/t38":{"source":"iana"},"audio/telephone-event":{"source":"iana"},"audio/tetra_acelp":{"source":"iana"},"audio/tetra_acelp_bb":{"source":"iana"},"audio/tone":{"source":"iana"},"audio/tsvcis":{"source":"iana"},"audio/uemclip":{"source":"iana"},"audio/ulpfec":{"source":"iana"},"audio/usac":{"source":"iana"},"audio/vdvi":{"source":"iana"},"audio/vmr-wb":{"source":"iana"},"audio/vnd.3gpp.iufp":{"source":"iana"},"audio/vnd.4sb":{"source":"iana"},"audio/vnd.audiokoz":{"source":"iana"},"audio/vnd.celp":{"source":"iana"},"audio/vnd.cisco.nse":{"source":"iana"},"audio/vnd.cmles.radio-events":{"source":"iana"},"audio/vnd.cns.anp1":{"source":"iana"},"audio/vnd.cns.inf1":{"source":"iana"},"audio/vnd.dece.audio":{"source":"iana","extensions":["uva","uvva"]},"audio/vnd.digital-winds":{"source":"iana","extensions":["eol"]},"audio/vnd.dlna.adts":{"source":"iana"},"audio/vnd.dolby.heaac.1":{"source":"iana"},"audio/vnd.dolby.heaac.2":{"source":"iana"},"audio/vnd.dolby.mlp":{"source":"iana"},"audio/vnd.dolby.mps":{"source":"iana"},"audio/vnd.dolby.pl2":{"source":"iana"},"audio/vnd.dolby.pl2x":{"source":"iana"},"audio/vnd.dolby.pl2z":{"source":"iana"},"audio/vnd.dolby.pulse.1":{"source":"iana"},"audio/vnd.dra":{"source":"iana","extensions":["dra"]},"audio/vnd.dts":{"source":"iana","extensions":["dts"]},"audio/vnd.dts.hd":{"source":"iana","extensions":["dtshd"]},"audio/vnd.dts.uhd":{"source":"iana"},"audio/vnd.dvb.file":{"source":"iana"},"audio/vnd.everad.plj":{"source":"iana"},"audio/vnd.hns.audio":{"source":"iana"},"audio/vnd.lucent.voice":{"source":"iana","extensions":["lvp"]},"audio/vnd.ms-playready.media.pya":{"source":"iana","extensions":["pya"]},"audio/vnd.nokia.mobile-xmf":{"source":"iana"},"audio/vnd.nortel.vbk":{"source":"iana"},"audio/vnd.nuera.ecelp4800":{"source":"iana","extensions":["ecelp4800"]},"audio/vnd.nuera.ecelp7470":{"source":"iana","extensions":["ecelp7470"]},"audio/vnd.nuera.ecelp9600":{"source":"iana","extensions":["ecelp9600"]},"audio/vnd.octel.sbc":{"source":"iana"},"audio/vnd.presonus.multitrack":{"source":"iana"},"audio/vnd.qcelp":{"source":"apache"},"audio/vnd.rhetorex.32kadpcm":{"source":"iana"},"audio/vnd.rip":{"source":"iana","extensions":["rip"]},"audio/vnd.rn-realaudio":{"compressible":false},"audio/vnd.sealedmedia.softseal.mpeg":{"source":"iana"},"audio/vnd.vmx.cvsd":{"source":"iana"},"audio/vnd.wave":{"compressible":false},"audio/vorbis":{"source":"iana","compressible":false},"audio/vorbis-config":{"source":"iana"},"audio/wav":{"compressible":false,"extensions":["wav"]},"audio/wave":{"compressible":false,"extensions":["wav"]},"audio/webm":{"source":"apache","compressible":false,"extensions":["weba"]},"audio/x-aac":{"source":"apache","compressible":false,"extensions":["aac"]},"audio/x-aiff":{"source":"apache","extensions":["aif","aiff","aifc"]},"audio/x-caf":{"source":"apache","compressible":false,"extensions":["caf"]},"audio/x-flac":{"source":"apache","extensions":["flac"]},"audio/x-m4a":{"source":"nginx","extensions":["m4a"]},"audio/x-matroska":{"source":"apache","extensions":["mka"]},"audio/x-mpegurl":{"source":"apache","extensions":["m3u"]},"audio/x-ms-wax":{"source":"apache","extensions":["wax"]},"audio/x-ms-wma":{"source":"apache","extensions":["wma"]},"audio/x-pn-realaudio":{"source":"apache","extensions":["ram","ra"]},"audio/x-pn-realaudio-plugin":{"source":"apache","extensions":["rmp"]},"audio/x-realaudio":{"source":"nginx","extensions":["ra"]},"audio/x-tta":{"source":"apache"},"audio/x-wav":{"source":"apache","extensions":["wav"]},"audio/xm":{"source":"apache","extensions":["xm"]},"chemical/x-cdx":{"source":"apache","extensions":["cdx"]},"chemical/x-cif":{"source":"apache","extensions":["cif"]},"chemical/x-cmdf":{"source":"apache","extensions":["cmdf"]},"chemical/x-cml":{"source":"apache","extensions":["cml"]},"chemical/x-csml":{"source":"apache","extensions":["csml"]},"chemical/x-pdb":{"source":"apache"},"chemical/x-xyz":{"source":"apache","extensions":["xyz"]},"font/collection":{"source":"iana","extensions":["ttc"]},"font/otf":{"source":"iana","compressible":true,"extensions":["otf"]},"font/sfnt":{"source":"iana"},"font/ttf":{"source":"iana","compressible":true,"extensions":["ttf"]},"font/woff":{"source":"iana","extensions":["woff"]},"font/woff2":{"source":"iana","extensions":["woff2"]},"image/aces":{"source":"iana","extensions":["exr"]},"image/apng":{"source":"iana","compressible":false,"extensions":["apng"]},"image/avci":{"source":"iana","extensions":["avci"]},"image/avcs":{"source":"iana","extensions":["avcs"]},"image/avif":{"source":"iana","compressible":false,"extensions":["avif"]},"image/bmp":{"source":"iana","compressible":true,"extensions":["bmp","dib"]},"image/cgm":{"source":"iana","extensions":["cgm"]},"image/dicom-rle":{"source":"iana","extensions":["drle"]},"image/dpx":{"source":"iana","extensions":["dpx"]},"image/emf":{"source":"iana","extensions":["emf"]},"image/fits":{"source":"iana","extensions":["fits"]},"image/g3fax":{"source":"iana","extensions":["g3"]},"image/gif":{"source":"iana","compressible":false,"extensions":["gif"]},"image/heic":{"source":"iana","extensions":["heic"]},"image/heic-sequence":{"source":"iana","extensions":["heics"]},"image/heif":{"source":"iana","extensions":["heif"]},"image/heif-sequence":{"source":"iana","extensions":["heifs"]},"image/hej2k":{"source":"iana","extensions":["hej2"]},"image/ief":{"source":"iana","extensions":["ief"]},"image/j2c":{"source":"iana"},"image/jaii":{"source":"iana","extensions":["jaii"]},"image/jais":{"source":"iana","extensions":["jais"]},"image/jls":{"source":"iana","extensions":["jls"]},"image/jp2":{"source":"iana","compressible":false,"extensions":["jp2","jpg2"]},"image/jpeg":{"source":"iana","compressible":false,"extensions":["jpg","jpeg","jpe"]},"image/jph":{"source":"iana","extensions":["jph"]},"image/jphc":{"source":"iana","extensions":["jhc"]},"image/jpm":{"source":"iana","compressible":false,"extensions":["jpm","jpgm"]},"image/jpx":{"source":"iana","compressible":false,"extensions":["jpx","jpf"]},"image/jxl":{"source":"iana","extensions":["jxl"]},"image/jxr":{"source":"iana","extensions":["jxr"]},"image/jxra":{"source":"iana","extensions":["jxra"]},"image/jxrs":{"source":"iana","extensions":["jxrs"]},"image/jxs":{"source":"iana","extensions":["jxs"]},"image/jxsc":{"source":"iana","extensions":["jxsc"]},"image/jxsi":{"source":"iana","extensions":["jxsi"]},"image/jxss":{"source":"iana","extensions":["jxss"]},"image/ktx":{"source":"iana","extensions":["ktx"]},"image/ktx2":{"source":"iana","extensions":["ktx2"]},"image/naplps":{"source":"iana"},"image/pjpeg":{"compressible":false,"extensions":["jfif"]},"image/png":{"source":"iana","compressible":false,"extensions":["png"]},"image/prs.btif":{"source":"iana","extensions":["btif","btf"]},"image/prs.pti":{"source":"iana","extensions":["pti"]},"image/pwg-raster":{"source":"iana"},"image/sgi":{"source":"apache","extensions":["sgi"]},"image/svg+xml":{"source":"iana","compressible":true,"extensions":["svg","svgz"]},"image/t38":{"source":"iana","extensions":["t38"]},"image/tiff":{"source":"iana","compressible":false,"extensions":["tif","tiff"]},"image/tiff-fx":{"source":"iana","extensions":["tfx"]},"image/vnd.adobe.photoshop":{"source":"iana","compressible":true,"extensions":["psd"]},"image/vnd.airzip.accelerator.azv":{"source":"iana","extensions":["azv"]},"image/vnd.clip":{"source":"iana"},"image/vnd.cns.inf2":{"source":"iana"},"image/vnd.dece.graphic":{"source":"iana","extensions":["uvi","uvvi","uvg","uvvg"]},"image/vnd.djvu":{"source":"iana","extensions":["djvu","djv"]},"image/vnd.dvb.subtitle":{"source":"iana","extensions":["sub"]},"image/vnd.dwg":{"source":"iana","extensions":["dwg"]},"image/vnd.dxf":{"source":"iana","extensions":["dxf"]},"image/vnd.fastbidsheet":{"source":"iana","extensions":["fbs"]},"image/vnd.fpx":{"source":"iana","extensions":["fpx"]},"image/vnd.fst":{"source":"iana","extensions":["fst"]},"image/vnd.fujixerox.edmics-mmr":{"source":"iana","extensions":["mmr"]},"image/vnd.fujixerox.edmics-rlc":{"source":"iana","extensions":["rlc"]},"image/vnd.globalgraphics.pgb":{"source":"iana"},"image/vnd.microsoft.icon":{"source":"iana","compressible":true,"extensions":["ico"]},"image/vnd.mix":{"source":"iana"},"image/vnd.mozilla.apng":{"source":"iana"},"image/vnd.ms-dds":{"compressible":true,"extensions":["dds"]},"image/vnd.ms-modi":{"source":"iana","extensions":["mdi"]},"image/vnd.ms-photo":{"source":"apache","extensions":["wdp"]},"image/vnd.net-fpx":{"source":"iana","extensions":["npx"]},"image/vnd.pco.b16":{"source":"iana","extensions":["b16"]},"image/vnd.radiance":{"source":"iana"},"image/vnd.sealed.png":{"source":"iana"},"image/vnd.sealedmedia.softseal.gif":{"source":"iana"},"image/vnd.sealedmedia.softseal.jpg":{"source":"iana"},"image/vnd.svf":{"source":"iana"},"image/vnd.tencent.tap":{"source":"iana","extensions":["tap"]},"image/vnd.valve.source.texture":{"source":"iana","extensions":["vtf"]},"image/vnd.wap.wbmp":{"source":"iana","extensions":["wbmp"]},"image/vnd.xiff":{"source":"iana","extensions":["xif"]},"image/vnd.zbrush.pcx":{"source":"iana","extensions":["pcx"]},"image/webp":{"source":"iana","extensions":["webp"]},"image/wmf":{"source":"iana","extensions":["wmf"]},"image/x-3ds":{"source":"apache","extensions":["3ds"]},"image/x-adobe-dng":{"extensions":["dng"]},"image/x-cmu-raster":{"source":"apache","extensions":["ras"]},"image/x-cmx":{"source":"apache","extensions":["cmx"]},"image/x-emf":{"source":"iana"},"image/x-freehand":{"source":"apache","extensions":["fh","fhc","fh4","fh5","fh7"]},"image/x-icon":{"source":"apache","compressible":true,"extensions":["ico"]},"image/x-jng":{"source":"nginx","extensions":["jng"]},"image/x-mrsid-image":{"source":"apache","extensions":["sid"]},"image/x-ms-bmp":{"source":"nginx","compressible":true,"extensions":["bmp"]},"image/x-pcx":{"source":"apache","extensions":["pcx"]},"image/x-pict":{"source":"apache","extensions":["pic","pct"]},"image/x-portable-anymap":{"source":"apache","extensions":["pnm"]},"image/x-portable-bitmap":{"source":"apache","extensions":["pbm"]},"image/x-portable-graymap":{"source":"apache","extensions":["pgm"]},"image/x-portable-pixmap":{"source":"apache","extensions":["ppm"]},"image/x-rgb":{"source":"apache","extensions":["rgb"]},"image/x-tga":{"source":"apache","extensions":["tga"]},"image/x-wmf":{"source":"iana"},"image/x-xbitmap":{"source":"apache","extensions":["xbm"]},"image/x-xcf":{"compressible":false},"image/x-xpixmap":{"source":"apache","extensions":["xpm"]},"image/x-xwindowdump":{"source":"apache","extensions":["xwd"]},"message/bhttp":{"source":"iana"},"message/cpim":{"source":"iana"},"message/delivery-status":{"source":"iana"},"message/disposition-notification":{"source":"iana","extensions":["disposition-notification"]},"message/external-body":{"source":"iana"},"message/feedback-report":{"source":"iana"},"message/global":{"source":"iana","extensions":["u8msg"]},"message/global-delivery-status":{"source":"iana","extensions":["u8dsn"]},"message/global-disposition-notification":{"source":"iana","extensions":["u8mdn"]},"message/global-headers":{"source":"iana","extensions":["u8hdr"]},"message/http":{"source":"iana","compressible":false},"message/imdn+xml":{"source":"iana","compressible":true},"message/mls":{"source":"iana"},"message/news":{"source":"apache"},"message/ohttp-req":{"source":"iana"},"message/ohttp-res":{"source":"iana"},"message/partial":{"source":"iana","compressible":false},"message/rfc822":{"source":"iana","compressible":true,"extensions":["eml","mime","mht","mhtml"]},"message/s-http":{"source":"apache"},"message/sip":{"source":"iana"},"message/sipfrag":{"source":"iana"},"message/tracking-status":{"source":"iana"},"message/vnd.si.simp":{"source":"apache"},"message/vnd.wfa.wsc":{"source":"iana","extensions":["wsc"]},"model/3mf":{"source":"iana","extensions":["3mf"]},"model/e57":{"source":"iana"},"model/gltf+json":{"source":"iana","compressible":true,"extensions":["gltf"]},"model/gltf-binary":{"source":"iana","compressible":true,"extensions":["glb"]},"model/iges":{"source":"iana","compressible":false,"extensions":["igs","iges"]},"model/jt":{"source":"iana","extensions":["jt"]},"model/mesh":{"source":"iana","compressible":false,"extensions":["msh","mesh","silo"]},"model/mtl":{"source":"iana","extensions":["mtl"]},"model/obj":{"source":"iana","extensions":["obj"]},"model/prc":{"source":"iana","extensions":["prc"]},"model/step":{"source":"iana","extensions":["step","stp","stpnc","p21","210"]},"model/step+xml":{"source":"iana","compressible":true,"extensions":["stpx"]},"model/step+zip":{"source":"iana","compressible":false,"extensions":["stpz"]},"model/step-xml+zip":{"source":"iana","compressible":false,"extensions":["stpxz"]},"model/stl":{"source":"iana","extensions":["stl"]},"model/u3d":{"source":"iana","extensions":["u3d"]},"model/vnd.bary":{"source":"iana","extensions":["bary"]},"model/vnd.cld":{"source":"iana","extensions":["cld"]},"model/vnd.collada+xml":{"source":"iana","compressible":true,"extensions":["dae"]},"model/vnd.dwf":{"source":"iana","extensions":["dwf"]},"model/vnd.flatland.3dml":{"source":"iana"},"model/vnd.gdl":{"source":"iana","extensions":["gdl"]},"model/vnd.gs-gdl":{"source":"apache"},"model/vnd.gs.gdl":{"source":"iana"},"model/vnd.gtw":{"source":"iana","extensions":["gtw"]},"model/vnd.moml+xml":{"source":"iana","compressible":true},"model/vnd.mts":{"source":"iana","extensions":["mts"]},"model/vnd.opengex":{"source":"iana","extensions":["ogex"]},"model/vnd.parasolid.transmit.binary":{"source":"iana","extensions":["x_b"]},"model/vnd.parasolid.transmit.text":{"source":"iana","extensions":["x_t"]},"model/vnd.pytha.pyox":{"source":"iana","extensions":["pyo","pyox"]},"model/vnd.rosette.annotated-data-model":{"source":"iana"},"model/vnd.sap.vds":{"source":"iana","extensions":["vds"]},"model/vnd.usda":{"source":"iana","extensions":["usda"]},"model/vnd.usdz+zip":{"source":"iana","compressible":false,"extensions":["usdz"]},"model/vnd.valve.source.compiled-map":{"source":"iana","extensions":["bsp"]},"model/vnd.vtu":{"source":"iana","extensions":["vtu"]},"model/vrml":{"source":"iana","compressible":false,"extensions":["wrl","vrml"]},"model/x3d+binary":{"source":"apache","compressible":false,"extensions":["x3db","x3dbz"]},"model/x3d+fastinfoset":{"source":"iana","extensions":["x3db"]},"model/x3d+vrml":{"source":"apache","compressible":false,"extensions":["x3dv","x3dvz"]},"model/x3d+xml":{"source":"iana","compressible":true,"extensions":["x3d","x3dz"]},"model/x3d-vrml":{"source":"iana","extensions":["x3dv"]},"multipart/alternative":{"source":"iana","compressible":false},"multipart/appledouble":{"source":"iana"},"multipart/byteranges":{"source":"iana"},"multipart/digest":{"source":"iana"},"multipart/encrypted":{"source":"iana","compressible":false},"multipart/form-data":{"source":"iana","compressible":false},"multipart/header-set":{"source":"iana"},"multipart/mixed":{"source":"iana"},"multipart/multilingual":{"source":"iana"},"multipart/parallel":{"source":"iana"},"multipart/related":{"source":"iana","compressible":false},"multipart/report":{"source":"iana"},"multipart/signed":{"source":"iana","compressible":false},"multipart/vnd.bint.med-plus":{"source":"iana"},"multipart/voice-message":{"source":"iana"},"multipart/x-mixed-replace":{"source":"iana"},"text/1d-interleaved-parityfec":{"source":"iana"},"text/cache-manifest":{"source":"iana","compressible":true,"extensions":["appcache","manifest"]},"text/calendar":{"source":"iana","extensions":["ics","ifb"]},"text/calender":{"compressible":true},"text/cmd":{"compressible":true},"text/coffeescript":{"extensions":["coffee","litcoffee"]},"text/cql":{"source":"iana"},"text/cql-expression":{"source":"iana"},"text/cql-identifier":{"source":"iana"},"text/css":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["css"]},"text/csv":{"source":"iana","compressible":true,"extensions":["csv"]},"text/csv-schema":{"source":"iana"},"text/directory":{"source":"iana"},"text/dns":{"source":"iana"},"text/ecmascript":{"source":"apache"},"text/encaprtp":{"source":"iana"},"text/enriched":{"source":"iana"},"text/fhirpath":{"source":"iana"},"text/flexfec":{"source":"iana"},"text/fwdred":{"source":"iana"},"text/gff3":{"source":"iana"},"text/grammar-ref-list":{"source":"iana"},"text/hl7v2":{"source":"iana"},"text/html":{"source":"iana","compressible":true,"extensions":["html","htm","shtml"]},"text/jade":{"extensions":["jade"]},"text/javascript":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["js","mjs"]},"text/jcr-cnd":{"source":"iana"},"text/jsx":{"compressible":true,"extensions":["jsx"]},"text/less":{"compressible":true,"extensions":["less"]},"text/markdown":{"source":"iana","compressible":true,"extensions":["md","markdown"]},"text/mathml":{"source":"nginx","extensions":["mml"]},"text/mdx":{"compressible":true,"extensions":["mdx"]},"text/mizar":{"source":"iana"},"text/n3":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["n3"]},"text/parameters":{"source":"iana","charset":"UTF-8"},"text/parityfec":{"source":"iana"},"text/plain":{"source":"iana","compressible":true,"extensions":["txt","text","conf","def","list","log","in","ini"]},"text/provenance-notation":{"source":"iana","charset":"UTF-8"},"text/prs.fallenstein.rst":{"source":"iana"},"text/prs.lines.tag":{"source":"iana","extensions":["dsc"]},"text/prs.prop.logic":{"source":"iana"},"text/prs.texi":{"source":"iana"},"text/raptorfec":{"source":"iana"},"text/red":{"source":"iana"},"text/rfc822-headers":{"source":"iana"},"text/richtext":{"source":"iana","compressible":true,"extensions":["rtx"]},"text/rtf":{"source":"iana","compressible":true,"extensions":["rtf"]},"text/rtp-enc-aescm128":{"source":"iana"},"text/rtploopback":{"source":"iana"},"text/rtx":{"source":"iana"},"text/sgml":{"source":"iana","extensions":["sgml","sgm"]},"text/shaclc":{"source":"iana"},"text/shex":{"source":"iana","extensions":["shex"]},"text/slim":{"extensions":["slim","slm"]},"text/spdx":{"source":"iana","extensions":["spdx"]},"text/strings":{"source":"iana"},"text/stylus":{"extensions":["stylus","styl"]},"text/t140":{"source":"iana"},"text/tab-separated-values":{"source":"iana","compressible":true,"extensions":["tsv"]},"text/troff":{"source":"iana","extensions":["t","tr","roff","man","me","ms"]},"text/turtle":{"source":"iana","charset":"UTF-8","extensions":["ttl"]},"text/ulpfec":{"source":"iana"},"text/uri-list":{"source":"iana","compressible":true,"extensions":["uri","uris","urls"]},"text/vcard":{"source":"iana","compressible":true,"extensions":["vcard"]},"text/vnd.a":{"source":"iana"},"text/vnd.abc":{"source":"iana"},"text/vnd.ascii-art":{"source":"iana"},"text/vnd.curl":{"source":"iana","extensions":["curl"]},"text/vnd.curl.dcurl":{"source":"apache","extensions":["dcurl"]},"text/vnd.curl.mcurl":{"source":"apache","extensions":["mcurl"]},"text/vnd.curl.scurl":{"source":"apache","extensions":["scurl"]},"text/vnd.debian.copyright":{"source":"iana","charset":"UTF-8"},"text/vnd.dmclientscript":{"source":"iana"},"text/vnd.dvb.subtitle":{"source":"iana","extensions":["sub"]},"text/vnd.esmertec.theme-descriptor":{"source":"iana","charset":"UTF-8"},"text/vnd.exchangeable":{"source":"iana"},"text/vnd.familysearch.gedcom":{"source":"iana","extensions":["ged"]},"text/vnd.ficlab.flt":{"source":"iana"},"text/vnd.fly":{"source":"iana","extensions":["fly"]},"text/vnd.fmi.flexstor":{"source":"iana","extensions":["flx"]},"text/vnd.gml":{"source":"iana"},"text/vnd.graphviz":{"source":"iana","extensions":["gv"]},"text/vnd.hans":{"source":"iana"},"text/vnd.hgl":{"source":"iana"},"text/vnd.in3d.3dml":{"source":"iana","extensions":["3dml"]},"text/vnd.in3d.spot":{"source":"iana","extensions":["spot"]},"text/vnd.iptc.newsml":{"source":"iana"},"text/vnd.iptc.nitf":{"source":"iana"},"text/vnd.latex-z":{"source":"iana"},"text/vnd.motorola.reflex":{"source":"iana"},"text/vnd.ms-mediapackage":{"source":"iana"},"text/vnd.net2phone.commcenter.command":{"source":"iana"},"text/vnd.radisys.msml-basic-layout":{"source":"iana"},"text/vnd.senx.warpscript":{"source":"iana"},"text/vnd.si.uricatalogue":{"source":"apache"},"text/vnd.sosi":{"source":"iana"},"text/vnd.sun.j2me.app-descriptor":{"source":"iana","charset":"UTF-8","extensions":["jad"]},"text/vnd.trolltech.linguist":{"source":"iana","charset":"UTF-8"},"text/vnd.vcf":{"source":"iana"},"text/vnd.wap.si":{"source":"iana"},"text/vnd.wap.sl":{"source":"iana"},"text/vnd.wap.wml":{"source":"iana","extensions":["wml"]},"text/vnd.wap.wmlscript":{"source":"iana","extensions":["wmls"]},"text/vnd.zoo.kcl":{"source":"iana"},"text/vtt":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["vtt"]},"text/wgsl":{"source":"iana","extensions":["wgsl"]},"text/x-asm":{"source":"apache","extensions":["s","asm"]},"text/x-c":{"source":"apache","extensions":["c","cc","cxx","cpp","h","hh","dic"]},"text/x-component":{"source":"nginx","extensions":["htc"]},"text/x-fortran":{"source":"apache","extensions":["f","for","f77","f90"]},"text/x-gwt-rpc":{"compressible":true},"text/x-handlebars-template":{"extensions":["hbs"]},"text/x-java-source":{"source":"apache","extensions":["java"]},"text/x-jquery-tmpl":{"compressible":true},"text/x-lua":{"extensions":["lua"]},"text/x-markdown":{"compressible":true,"extensions":["mkd"]},"text/x-nfo":{"source":"apache","extensions":["nfo"]},"text/x-opml":{"source":"apache","extensions":["opml"]},"text/x-org":{"compressible":true,"extensions":["org"]},"text/x-pascal":{"source":"apache","extensions":["p","pas"]},"text/x-processing":{"compressible":true,"extensions":["pde"]},"text/x-sass":{"extensions":["sass"]},"text/x-scss":{"extensions":["scss"]},"text/x-setext":{"source":"apache","extensions":["etx"]},"text/x-sfv":{"source":"apache","extensions":["sfv"]},"text/x-suse-ymp":{"compressible":true,"extensions":["ymp"]},"text/x-uuencode":{"source":"apache","extensions":["uu"]},"text/x-vcalendar":{"source":"apache","extensions":["vcs"]},"text/x-vcard":{"source":"apache","extensions":["vcf"]},"text/xml":{"source":"iana","compressible":true,"extensions":["xml"]},"text/xml-external-parsed-entity":{"source":"iana"},"text/yaml":{"compressible":true,"extensions":["yaml","yml"]},"video/1d-interleaved-parityfec":{"source":"iana"},"video/3gpp":{"source":"iana","extensions":["3gp","3gpp"]},"video/3gpp-tt":{"source":"iana"},"video/3gpp2":{"source":"iana","extensions":["3g2"]},"video/av1":{"source":"iana"},"video/bmpeg":{"source":"iana"},"video/bt656":{"source":"iana"},"video/celb":{"source":"iana"},"video/dv":{"source":"iana"},"video/encaprtp":{"source":"iana"},"video/evc":{"source":"iana"},"video/ffv1":{"source":"iana"},"video/flexfec":{"source":"iana"},"video/h261":{"source":"iana","extensions":["h261"]},"video/h263":{"source":"iana","extensions":["h263"]},"video/h263-1998":{"source":"iana"},"video/h263-2000":{"source":"iana"},"video/h264":{"source":"iana","extensions":["h264"]},"video/h264-rcdo":{"source":"iana"},"video/h264-svc":{"source":"iana"},"video/h265":{"source":"iana"},"video/h266":{"source":"iana"},"video/iso.segment":{"source":"iana","extensions":["m4s"]},"video/jpeg":{"source":"iana","extensions":["jpgv"]},"video/jpeg2000":{"source":"iana"},"video/jpm":{"source":"apache","extensions":["jpm","jpgm"]},"video/jxsv":{"source":"iana"},"video/lottie+json":{"source":"iana","compressible":true},"video/matroska":{"source":"iana"},"video/matroska-3d":{"source":"iana"},"video/mj2":{"source":"iana","extensions":["mj2","mjp2"]},"video/mp1s":{"source":"iana"},"video/mp2p":{"source":"iana"},"video/mp2t":{"source":"iana","extensions":["ts","m2t","m2ts","mts"]},"video/mp4":{"source":"iana","compressible":false,"extensions":["mp4","mp4v","mpg4"]},"video/mp4v-es":{"source":"iana"},"video/mpeg":{"source":"iana","compressible":false,"extensions":["mpeg","mpg","mpe","m1v","m2v"]},"video/mpeg4-generic":{"source":"iana"},"video/mpv":{"source":"iana"},"video/nv":{"source":"iana"},"video/ogg":{"source":"iana","compressible":false,"extensions":["ogv"]},"video/parityfec":{"source":"iana"},"video/pointer":{"source":"iana"},"video/quicktime":{"source":"iana","compressible":false,"extensions":["qt","mov"]},"video/raptorfec":{"source":"iana"},"video/raw":{"source":"iana"},"video/rtp-enc-aescm128":{"source":"iana"},"video/rtploopback":{"source":"iana"},"video/rtx":{"source":"iana"},"video/scip":{"source":"iana"},"video/smpte291":{"source":"iana"},"video/smpte292m":{"source":"iana"},"video/ulpfec":{"source":"iana"},"video/vc1":{"source":"iana"},"video/vc2":{"source":"iana"},"video/vnd.cctv":{"source":"iana"},"video/vnd.dece.hd":{"source":"iana","extensions":["uvh","uvvh"]},"video/vnd.dece.mobile":{"source":"iana","extensions":["uvm","uvvm"]},"video/vnd.dece.mp4":{"source":"iana"},"video/vnd.dece.pd":{"source":"iana","extensions":["uvp","uvvp"]},"video/vnd.dece.sd":{"source":"iana","extensions":["uvs","uvvs"]},"video/vnd.dece.video":{"source":"iana","extensions":["uvv","uvvv"]},"video/vnd.directv.mpeg":{"source":"iana"},"video/vnd.directv.mpeg-tts":{"source":"iana"},"video/vnd.dlna.mpeg-tts":{"source":"iana"},"video/vnd.dvb.file":{"source":"iana","extensions":["dvb"]},"video/vnd.fvt":{"source":"iana","extensions":["fvt"]},"video/vnd.hns.video":{"source":"iana"},"video/vnd.iptvforum.1dparityfec-1010":{"source":"iana"},"video/vnd.iptvforum.1dparityfec-2005":{"source":"iana"},"video/vnd.iptvforum.2dparityfec-1010":{"source":"iana"},"video/vnd.iptvforum.2dparityfec-2005":{"source":"iana"},"video/vnd.iptvforum.ttsavc":{"source":"iana"},"video/vnd.iptvforum.ttsmpeg2":{"source":"iana"},"video/vnd.motorola.video":{"source":"iana"},"video/vnd.motorola.videop":{"source":"iana"},"video/vnd.mpegurl":{"source":"iana","extensions":["mxu","m4u"]},"video/vnd.ms-playready.media.pyv":{"source":"iana","extensions":["pyv"]},"video/vnd.nokia.interleaved-multimedia":{"source":"iana"},"video/vnd.nokia.mp4vr":{"source":"iana"},"video/vnd.nokia.videovoip":{"source":"iana"},"video/vnd.objectvideo":{"source":"iana"},"video/vnd.planar":{"source":"iana"},"video/vnd.radgamettools.bink":{"source":"iana"},"video/vnd.radgamettools.smacker":{"source":"apache"},"video/vnd.sealed.mpeg1":{"source":"iana"},"video/vnd.sealed.mpeg4":{"source":"iana"},"video/vnd.sealed.swf":{"source":"iana"},"video/vnd.sealedmedia.softseal.mov":{"source":"iana"},"video/vnd.uvvu.mp4":{"source":"iana","extensions":["uvu","uvvu"]},"video/vnd.vivo":{"source":"iana","extensions":["viv"]},"video/vnd.youtube.yt":{"source":"iana"},"video/vp8":{"source":"iana"},"video/vp9":{"source":"iana"},"video/webm":{"source":"apache","compressible":false,"extensions":["webm"]},"video/x-f4v":{"source":"apache","extensions":["f4v"]},"video/x-fli":{"source":"apache","extensions":["fli"]},"video/x-flv":{"source":"apache","compressible":false,"extensions":["flv"]},"video/x-m4v":{"source":"apache","extensions":["m4v"]},"video/x-matroska":{"source":"apache","compressible":false,"extensions":["mkv","mk3d","mks"]},"video/x-mng":{"source":"apache","extensions":["mng"]},"video/x-ms-asf":{"source":"apache","extensions":["asf","asx"]},"video/x-ms-vob":{"source":"apache","extensions":["vob"]},"video/x-ms-wm":{"source":"apache","extensions":["wm"]},"video/x-ms-wmv":{"source":"apache","compressible":false,"extensions":["wmv"]},"video/x-ms-wmx":{"source":"apache","extensions":["wmx"]},"video/x-ms-wvx":{"source":"apache","extensions":["wvx"]},"video/x-msvideo":{"source":"apache","extensions":["avi"]},"video/x-sgi-movie":{"source":"apache","extensions":["movie"]},"video/x-smv":{"source":"apache","extensions":["smv"]},"x-conference/x-cooltalk":{"source":"apache","extensions":["ice"]},"x-shader/x-fragment":{"compressible":true},"x-shader/x-vertex":{"compressible":true}}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
