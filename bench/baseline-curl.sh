#!/usr/bin/env bash
# The shell baseline of the small-files figure: uploads every regular file directly in DIR, one at a
# time, as a bash loop would: per file one sha256sum, the four requests with curl
# (A create, B presigned multipart POST, C mark uploaded, D attach) and one jq per JSON reply.
#
#   bench/baseline-curl.sh API_URL TOKEN RUN_ID DIR [CATEGORY]
#
# API_URL ends in /api. The file list with sizes comes from one `find` up front.
set -euo pipefail

api=${1:?API_URL} token=${2:?TOKEN} run=${3:?RUN_ID} dir=${4:?DIR} category=${5:-output}
auth="Authorization: Bearer $token"
json='Content-Type: application/json'

escape() { # JSON string escaping of \ and " (bench file names need nothing more)
  local s=${1//\\/\\\\}
  printf '%s' "${s//\"/\\\"}"
}

count=0
while read -r size file; do
  name=${file##*/}
  sum=$(sha256sum "$file")
  sum=${sum%% *}
  body="{\"name\": \"$(escape "$name")\", \"original_path\": \"$(escape "$file")\", \"size\": $size,"
  body+=" \"mime_type\": \"application/octet-stream\", \"checksum\": \"$sum\", \"metadata\": null}"

  # A: create the artifact; one jq gives the id, the url and the fields as key=value lines.
  reply=$(curl -sS --fail-with-body -H "$auth" -H "$json" --data-binary "$body" "$api/artifacts")
  mapfile -t parsed < <(jq -r '.id, (.url // ""), (.fields // {} | to_entries[] | "\(.key)=\(.value)")' <<<"$reply")
  id=${parsed[0]} url=${parsed[1]}

  if [[ -n $url ]]; then
    # B: the presigned POST, fields first, then the file.
    form=()
    for field in "${parsed[@]:2}"; do form+=(--form-string "$field"); done
    curl -sS --fail-with-body -o /dev/null "${form[@]}" -F "file=@$file" "$url"
    # C: mark it uploaded.
    reply=$(curl -sS --fail-with-body -X PUT -H "$auth" -H "$json" \
      --data-binary '{"uploaded": true}' "$api/artifacts/$id")
    jq -e '.id' <<<"$reply" >/dev/null
  fi

  # D: attach it to the run.
  reply=$(curl -sS --fail-with-body -X PUT -H "$auth" -H "$json" \
    --data-binary "{\"category\": \"$category\"}" "$api/runs/$run/artifacts/$id")
  jq -e 'type == "object"' <<<"$reply" >/dev/null
  count=$((count + 1))
done < <(find "$dir" -mindepth 1 -maxdepth 1 -type f -printf '%s %p\n' | sort -k2)

echo "uploaded $count files"
