#!/usr/bin/env bash
# vanban serve in a real browser: Debian's chromium, headless, loads the home
# page, a document, its Lược đồ, the tasks page with a filter and a search,
# checks what is visible and saves screenshots under OUT. Skips (exit 77)
# when chromium is not installed.
set -euo pipefail
vanban=$1 samples=$2 out=$3

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed (apt-get install chromium)"
  exit 77
fi

work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$out"

"$vanban" ingest "$samples" --db "$work/v.db" >/dev/null
"$vanban" serve --db "$work/v.db" --port 0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  grep -q 'http://' "$work/serve.log" && break
  sleep 0.1
done
url=$(grep -o 'http://[^ ]*' "$work/serve.log")
echo "server at $url"

fail=0
fetch() {  # fetch URL: the body (python3, which CI has; curl may be absent)
  python3 -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())' "$1"
}
# load NAME PATH TEXT...: the page's DOM after its scripts ran holds every TEXT.
load() {
  local name=$1 path=$2; shift 2
  local dom="$work/$name.html"
  "$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
    --dump-dom "$url$path" >"$dom" 2>/dev/null
  "$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" \
    --hide-scrollbars --window-size=1280,1600 --screenshot="$out/$name.png" "$url$path" \
    >/dev/null 2>&1
  for text in "$@"; do
    if ! grep -qF -- "$text" "$dom"; then
      echo "FAIL: $name ($path) does not show: $text"
      fail=1
    fi
  done
  [ -s "$out/$name.png" ] || { echo "FAIL: no screenshot of $name"; fail=1; }
  echo "ok: $name -> $out/$name.png"
}

# the id of 215/KH-UBND, from the home page's links
home=$(fetch "$url")
id=$(printf '%s' "$home" | grep -o 'href="/document/[0-9]*">215/KH-UBND' | grep -o '[0-9]*' | head -1)
[ -n "$id" ] || { echo "FAIL: 215/KH-UBND is not on the home page"; exit 1; }

load home / "Cơ sở dữ liệu văn bản" "Văn bản mới nhất" "215/KH-UBND"
# ?hl= makes the script highlight a span on load: the <mark id="hl"> is in the DOM
span=$(fetch "${url}api/documents/$id" | python3 -c '
import json, sys
t = json.load(sys.stdin)["tasks"][0]["task"]["source_span"]
print("%d-%d" % (t[0], t[1]))')
load document "/document/$id?hl=$span" "Cơ quan ban hành" "Trích yếu" "Văn bản nguồn" \
  'mark id="hl"'
load graph "/document/$id/graph" "Lược đồ" "<svg" "Cây văn bản thực hiện"
load tasks "/tasks?status=overdue&as_of=2026-12-31&sort=due" "Nhiệm vụ" "Quá hạn" "Tải về"
load search "/search?q=chuyen+doi+so" "<mark>" "văn bản chứa"

kill -INT "$server"
wait "$server" || { echo "FAIL: vanban serve did not stop cleanly on SIGINT"; fail=1; }
server=
grep -q "stopped" "$work/serve.log" || { echo "FAIL: no 'stopped' line"; fail=1; }
exit $fail
