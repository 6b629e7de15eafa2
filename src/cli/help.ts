/** `simvue-upload --help`: every flag (the README's CLI section lists the same), examples. */

export const HELP = `Usage: simvue-upload --run NAME_OR_ID [options] PATH...

Uploads files, directories (recursive) and globs as artifacts of a run on a Simvue server,
like the Simvue Upload Artifact GitHub Action (same behaviour, same names). Quote globs and
'!patterns' so that the shell leaves them alone.

Server and token: SIMVUE_URL and SIMVUE_TOKEN, else the Python client's simvue.toml or
.simvue.toml ([server] url and token; searched in the current directory and its parents,
then in the home directory). A token on the command line is refused.

What and where:
  PATH...                       Files, directories and globs, relative to the working
                                directory; '!pattern' excludes.
  --exclude PATTERN             Exclude what matches PATTERN (repeatable; like '!PATTERN').
  --objects JSON                A JSON object {"name": value}: each value is stored as a
                                JSON object artifact.
  --run NAME_OR_ID              Id or name of the run (required).
  --create-run                  Create the run (status running) when no run has this name.
  --folder PATH                 Folder of a created run; when not /, also filters the
                                name lookup (default /).
  --run-status STATUS           Set the run to completed, failed or terminated afterwards
                                (only if no file failed).
  --category CATEGORY           input, output (default) or code.
  --working-directory DIR       Base for relative paths and preserved names (default: the
                                current directory).
  --workspace DIR               Boundary for symbolic links met while walking (default: the
                                working directory).

Names and content:
  --preserve-path               Name each artifact by its path relative to the working
                                directory instead of its file name.
  --name NAME                   Explicit name (exactly one file or object).
  --name-prefix PREFIX          Prepended as written to every name, e.g. linux/.
  --mime-type TYPE              One MIME type for every file (default: detected).
  --object-type TYPE            none (default), auto, dataframe or torch: upload files as
                                Simvue typed objects.
  --metadata JSON               A JSON object attached to every artifact (a ci key with
                                where it ran is added).
  --if-no-files-found ACTION    warn (default), error or ignore.
  --include-hidden-files        Include entries starting with "." met while walking.
  --follow-symbolic-links       Follow links met while walking (default; --no-… to skip).
  --skip-existing               Skip files the run already has with the same name and
                                content (default; --no-… to upload again).
  --deduplicate                 Ask the server to reuse stored content with the same
                                checksum.

Transfer:
  --server-url URL              Simvue server URL (default: SIMVUE_URL, then simvue.toml).
  --profile NAME                Use [profiles.NAME] of simvue.toml (default:
                                SIMVUE_SERVER_PROFILE, else [server]).
  --allow-insecure-http         Allow http:// to a host that is not loopback.
  --concurrency N               Files in flight at once, 1 to 64 (default 32).
  --max-attempts N              Attempts per request (default 5).
  --stall-timeout SECONDS       Seconds without progress before an attempt is retried
                                (default 300).
  --fail-on-error               Exit 1 when a file fails (default; --no-… exits 0 and warns).
  --dry-run                     Validate and print the plan; send nothing.

Output:
  --json                        Print the artifacts list (JSON, every entry) on stdout;
                                every log line goes to stderr.
  --summary FILE                Write the job summary Markdown to FILE.
  -q, --quiet                   Only warnings and errors.
  -v, --verbose                 Also debug lines (one per file).
  -h, --help                    This help.
  --version                     The version.

Every on/off flag also has a --no-… form, e.g. --no-skip-existing.

Exit codes: 0 all done, 1 some files failed, 2 bad usage or setup (input, configuration,
server, token, run), 130 interrupted.

Examples:
  simvue-upload --run nightly --create-run results/
  simvue-upload --run nightly --category input --preserve-path 'system/**' --exclude '**/*.bak'
  simvue-upload --run 0123456789abcdefABCDEF --dry-run 'logs/**/*.txt' '!logs/tmp/**'
  simvue-upload --run nightly --json results/ > artifacts.json
  SIMVUE_SERVER_PROFILE=staging simvue-upload --run test --create-run --run-status completed out/
`
