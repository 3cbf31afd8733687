#!/usr/bin/env bash
# The database commands from the command line: ingest the samples, ask each
# question in text and JSON, and check exit codes (0 ok, 1 failure, 2 usage).
set -u
# English labels whatever the machine's locale; --lang vi is tested below
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8
vanban=$1
samples=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/v.db
out=$tmp/out
err=$tmp/err
fail=0
check() {  # check NAME EXPECTED_EXIT COMMAND...
  local name=$1 want=$2
  shift 2
  "$@" >"$out" 2>"$err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, want $want"; cat "$err"; fail=1
  else
    echo "ok   $name"
  fi
}
expect() {  # expect NAME PATTERN: the last output contains PATTERN
  grep -q -- "$2" "$out" || { echo "FAIL $1: no '$2' in the output"; head -20 "$out"; fail=1; }
}
json_ok() {  # the last output is valid JSON
  python3 -m json.tool "$out" >/dev/null || { echo "FAIL $1: invalid JSON"; fail=1; }
}

check "query before ingest" 1 "$vanban" show 24-NQ/TW --db "$db"
[ -e "$db" ] && { echo "FAIL a query created the database"; fail=1; }

cp -r "$samples" "$tmp/docs"
printf 'PK\003\004\000\000' >"$tmp/docs/broken.txt"
check "ingest with a failing file" 1 "$vanban" ingest "$tmp/docs" --db "$db"
expect "ingest summary" "6 stored, 0 replaced, 0 unchanged, 0 duplicate(s), 1 failed"
grep -q "broken.txt" "$err" || { echo "FAIL ingest: the failing file is not named"; fail=1; }
grep -q $'\r' "$err" && { echo "FAIL ingest: a progress bar without a terminal"; fail=1; }
rm "$tmp/docs/broken.txt"
check "ingest again" 0 "$vanban" ingest "$tmp/docs" --db "$db"
expect "ingest again" "6 unchanged"
# copies of a stored document in other bytes are duplicates, not failures
mkdir "$tmp/copies"
first=$(ls "$tmp/docs" | head -1)
for i in 1 2 3 4 5 6 7 8; do { cat "$tmp/docs/$first"; printf '\n%s\n' "$i"; } >"$tmp/copies/c$i.txt"; done
check "ingest copies" 0 "$vanban" ingest "$tmp/copies" --db "$db"
expect "ingest copies" "0 stored, 0 replaced, 0 unchanged, 8 duplicate(s), 0 failed"
[ "$(grep -c "a copy of the document stored from" "$err")" = 5 ] ||
  { echo "FAIL copies: the first five are named, the rest counted"; cat "$err"; fail=1; }

check "show" 0 "$vanban" show 215/KH-UBND --db "$db"
expect "show" "Implemented, amended, ... by"
check "show --json" 0 "$vanban" show "$tmp/docs/05-ke-hoach-phuong.txt" --db "$db" --json
json_ok "show --json"
check "show unknown" 1 "$vanban" show 999/KH-UBND --db "$db"
check "show near miss" 1 "$vanban" show 215/KH-UBNX --db "$db"
grep -q "Did you mean 215/KH-UBND?" "$err" || { echo "FAIL near miss: no suggestion"; cat "$err"; fail=1; }
check "serve with a bad port" 2 "$vanban" serve --port 70000 --db "$db"
check "serve without a database" 1 "$vanban" serve --db "$tmp/none.db"
[ -e "$tmp/none.db" ] && { echo "FAIL serve created a database"; fail=1; }
check "implementers" 0 "$vanban" implementers 24-NQ/TW --db "$db"
expect "implementers" "87/KH-SNNMT"
expect "implementers" "05-ke-hoach-phuong.txt"
check "implementers --json --depth 1" 0 "$vanban" implementers 24-NQ/TW --depth 1 --json --db "$db"
json_ok "implementers --json"
check "implementers bad depth" 2 "$vanban" implementers 24-NQ/TW --depth x --db "$db"
for depth in 1abc -3 99999999999 0; do
  check "implementers --depth $depth" 2 "$vanban" implementers 24-NQ/TW --depth "$depth" --db "$db"
done
for day in 2026-02-31 0000-01-01 2026-13-01 2026-1-1; do
  check "tasks --as-of $day" 2 "$vanban" tasks --status overdue --as-of "$day" --db "$db"
done
check "tasks --as-of a leap day" 0 "$vanban" tasks --status overdue --as-of 2028-02-29 --db "$db"
check "search --limit 0" 2 "$vanban" search nong nghiep --limit 0 --db "$db"
check "show CODE@overflowing year" 1 "$vanban" show "24-NQ/TW@99999999999" --db "$db"
check "cites" 0 "$vanban" cites 215/KH-UBND --db "$db"
expect "cites" "implements"
check "cited-by" 0 "$vanban" cited-by 57-NQ/TW --db "$db" --json
json_ok "cited-by --json"
check "tasks" 0 "$vanban" tasks --agency "so nong nghiep va moi truong" --role lead --db "$db"
full=$(tail -1 "$out")
# every spelling the gazetteer knows names the same agency
check "tasks --agency abbreviation" 0 "$vanban" tasks --agency "Sở NN&MT" --role lead --db "$db"
[ "$(tail -1 "$out")" = "$full" ] || { echo "FAIL abbreviation: $(tail -1 "$out") != $full"; fail=1; }
# a filter that matches no agency says so, and exits 0 with no tasks
check "tasks --agency unknown" 0 "$vanban" tasks --agency "Ban Không Có Thật" --db "$db"
grep -q "no agency in the database matches" "$err" ||
  { echo "FAIL unknown agency: nothing on stderr"; fail=1; }
check "tasks --agency too long" 2 "$vanban" tasks --agency "$(printf 'x%.0s' $(seq 500))" --db "$db"
check "tasks --status" 0 "$vanban" tasks --status overdue --as-of 2026-01-01 --db "$db" --json
json_ok "tasks --json"
check "tasks ISO date" 0 "$vanban" tasks --due-before 2025-12-31 --db "$db"
iso=$(tail -1 "$out")
# the Vietnamese day order is the same day
check "tasks DD/MM/YYYY date" 0 "$vanban" tasks --due-before 31/12/2025 --db "$db"
[ "$(tail -1 "$out")" = "$iso" ] || { echo "FAIL DD/MM/YYYY: $(tail -1 "$out") != $iso"; fail=1; }
check "tasks D/M/YYYY date" 0 "$vanban" tasks --due-before 1/1/2026 --db "$db"
check "tasks bad date" 2 "$vanban" tasks --due-before 31/13/2025 --db "$db"
check "tasks two-digit year" 2 "$vanban" tasks --due-before 31/12/25 --db "$db"
check "tasks bad role" 2 "$vanban" tasks --role boss --db "$db"
check "agencies" 0 "$vanban" agencies --db "$db"
check "search" 0 "$vanban" search chuyen doi so --db "$db"
expect "search" "\[chuyển\]"
check "graph dot" 0 "$vanban" graph --root 24-NQ/TW --db "$db"
expect "graph dot" "digraph"
check "graph graphml" 0 "$vanban" graph --format graphml --db "$db"
python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$out" ||
  { echo "FAIL graphml: invalid XML"; fail=1; }
check "graph json" 0 "$vanban" graph --format json --db "$db"
json_ok "graph json"
check "graph bad format" 2 "$vanban" graph --format png --db "$db"
check "export json" 0 "$vanban" export --format json --db "$db"
json_ok "export json"
python3 - "$out" <<'EOF' || { echo "FAIL export json: not six records in the gold shape"; fail=1; }
import json, sys
records = json.load(open(sys.argv[1]))
assert len(records) == 6
for r in records:
    assert {"source", "document", "references", "edges", "tasks"} <= set(r)
EOF
# task status: recorded by a person, kept across a re-ingest, with its history
check "tasks of 215" 0 "$vanban" tasks --doc 215/KH-UBND --json --db "$db"
path=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["task"]["id"])' "$out")
check "status" 0 "$vanban" status "215/KH-UBND:$path" --db "$db"
expect "status" "History (0)"
check "status --set" 0 "$vanban" status "215/KH-UBND:$path" --set done --on 01/10/2025 \
  --note "báo cáo của Sở" --db "$db"
expect "status --set" "state     done (hoàn thành)"
check "tasks --status done" 0 "$vanban" tasks --status done --db "$db"
expect "tasks --status done" "^1 task(s)"
check "status bad state" 2 "$vanban" status "215/KH-UBND:$path" --set finished --db "$db"
check "status --note without --set" 2 "$vanban" status "215/KH-UBND:$path" --note x --db "$db"
check "status unknown path" 1 "$vanban" status "215/KH-UBND:IX.99" --db "$db"
grep -q "its tasks are" "$err" || { echo "FAIL status unknown path: no list of paths"; fail=1; }
check "tasks bad status" 2 "$vanban" tasks --status finished --db "$db"
check "source of a task" 0 "$vanban" source "215/KH-UBND:$path" --db "$db"
expect "source of a task" "⟦"
expect "source of a task" "03-ke-hoach-215-KH-UBND.txt:"
check "source of a span" 0 "$vanban" source "$samples/02-nghi-quyet-41-NQ-CP.txt:0-10" --context 0
expect "source of a span" "^     1 | ⟦"
check "source overflowing span" 2 "$vanban" source "$samples/02-nghi-quyet-41-NQ-CP.txt:1-99999999999999999999999"
check "source span past the end" 1 "$vanban" source "$samples/02-nghi-quyet-41-NQ-CP.txt:1-99999999"
check "tasks --lang vi" 0 "$vanban" tasks --agency "Sở NN&MT" --lang vi --db "$db"
expect "tasks --lang vi" "CHỦ TRÌ"
LANG=vi_VN.UTF-8 check "coverage in a Vietnamese locale" 0 "$vanban" coverage 215/KH-UBND --db "$db"
expect "coverage in a Vietnamese locale" "Nhiệm vụ quá hạn"
check "tasks --lang fr" 2 "$vanban" tasks --lang fr --db "$db"
check "tasks --limit" 0 "$vanban" tasks --limit 1 --db "$db"
expect "tasks --limit" "^1 task(s)"
grep -q "more task(s) not shown" "$err" || { echo "FAIL tasks --limit: the rest not counted"; fail=1; }
check "tasks --limit 0" 2 "$vanban" tasks --limit 0 --db "$db"
COLUMNS=130 check "tasks role column" 0 "$vanban" tasks --agency "Sở NN&MT" --db "$db"
expect "tasks role column" "ROLE"
python3 -c 'import sys; sys.exit(any(len(l.rstrip("\n")) > 130 for l in open(sys.argv[1], encoding="utf-8")))' \
  "$out" || { echo "FAIL COLUMNS=130: a longer line"; fail=1; }
check "status --json" 0 "$vanban" status "215/KH-UBND:$path" --json --db "$db"
json_ok "status --json"
check "export csv" 0 "$vanban" export --format csv --db "$db"
grep -q "hoàn thành" "$out" || { echo "FAIL export csv: the recorded status is not shown"; fail=1; }
[ "$(head -c 3 "$out" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] ||
  { echo "FAIL export csv: no UTF-8 byte order mark"; fail=1; }
# the follow-up table takes the filters of `tasks`, as CSV or as a workbook
check "export csv filtered" 0 "$vanban" export --format csv --status done --output "$tmp/done.csv" \
  --db "$db"
[ "$(wc -l <"$tmp/done.csv")" = 2 ] || { echo "FAIL export csv --status done: not one row"; fail=1; }
check "export xlsx" 0 "$vanban" export --format xlsx --agency "Sở NN&MT" --output "$tmp/t.xlsx" \
  --db "$db"
[ "$(head -c 2 "$tmp/t.xlsx")" = "PK" ] || { echo "FAIL export xlsx: not a zip"; fail=1; }
check "export xlsx without --output" 2 "$vanban" export --format xlsx --db "$db"
check "export bad format" 2 "$vanban" export --format pdf --db "$db"
check "coverage" 0 "$vanban" coverage 215/KH-UBND --as-of 2025-10-01 --db "$db"
expect "coverage" "Coverage of 215/KH-UBND"
check "coverage --json" 0 "$vanban" coverage 05-ke-hoach-phuong.txt --db "$db" --json
json_ok "coverage --json"
check "coverage bad date" 2 "$vanban" coverage 215/KH-UBND --as-of yesterday --db "$db"
cp "$samples/01-nghi-quyet-24-NQ-TW.md" "$tmp/notes.db"
check "not a database" 1 "$vanban" show 24-NQ/TW --db "$tmp/notes.db"
cmp -s "$tmp/notes.db" "$samples/01-nghi-quyet-24-NQ-TW.md" || { echo "FAIL a text file given as --db changed"; fail=1; }
TMPDIR=$tmp check "demo" 0 "$vanban" demo --samples "$samples"
expect "demo" "vanban implementers 24-NQ/TW"
# Office files that cannot be read: one reason each, the text stored, a summary
mkdir "$tmp/office"
cp "$samples/02-nghi-quyet-41-NQ-CP.txt" "$tmp/office/"
printf '\320\317\021\340\241\261\032\341\000\000' >"$tmp/office/old.doc"
printf '%%PDF-1.4\n' >"$tmp/office/scan.pdf"
: >"$tmp/office/empty.docx"
printf 'PK\003\004\024\000' >"$tmp/office/cut.docx"
check "ingest office files" 1 "$vanban" ingest "$tmp/office" --db "$tmp/office.db"
expect "ingest office files" "1 stored, 0 replaced, 0 unchanged, 0 duplicate(s), 4 failed"
expect "ingest office files" "not stored: 1 × 0 bytes: an empty file, not a .docx; "
expect "ingest office files" "; 1 × Word 97-2003 .doc: save it as .docx"
expect "ingest office files" "; 1 × truncated .docx"
for reason in "old.doc: Word 97-2003 .doc: save it as .docx" "scan.pdf: \(PDF: not supported\|damaged PDF\)" \
              "empty.docx: 0 bytes" "cut.docx: truncated .docx"; do
  grep -q -- "$reason" "$err" || { echo "FAIL ingest office files: no '$reason'"; cat "$err"; fail=1; }
done
exit $fail
