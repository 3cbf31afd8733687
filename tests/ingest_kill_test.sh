#!/usr/bin/env bash
# Crash safety: `vanban ingest` of a few thousand generated documents is
# killed with SIGKILL at many moments. After each kill the database passes
# PRAGMA integrity_check; a run to the end then exits 0, and the database
# holds exactly what an uninterrupted ingest stores (compared through
# `vanban export`, which reads every table of facts).
# usage: ingest_kill_test.sh VANBAN [DOCUMENTS] [TRIALS]
set -u
vanban=$1
documents=${2:-3000}
trials=${3:-12}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A chain of plans, each implementing the one before, with two tasks.
python3 - "$tmp/docs" "$documents" <<'PY'
import os, sys
out, n = sys.argv[1], int(sys.argv[2])
for i in range(1, n + 1):
    d = os.path.join(out, f"{i % 50:02d}")
    os.makedirs(d, exist_ok=True)
    prev = f"Thực hiện Kế hoạch số {i - 1}/KH-UBND ngày 01/02/2025 của Ủy ban nhân dân tỉnh.\n" if i > 1 else ""
    text = (f"ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: {i}/KH-UBND\nLào Cai, ngày 03 tháng 4 năm 2025\n"
            f"KẾ HOẠCH\nTriển khai nhiệm vụ số {i}\n{prev}"
            "II. NHIỆM VỤ\n"
            f"1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát kinh phí đợt {i}; thời hạn: quý II/2026.\n"
            f"2. Sở Khoa học và Công nghệ chủ trì xây dựng cơ sở dữ liệu số {i}, hoàn thành trong năm 2026.\n")
    with open(os.path.join(d, f"plan-{i}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
PY

integrity() {  # integrity DB: prints "ok" when SQLite finds nothing wrong
  python3 - "$1" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
print(con.execute("PRAGMA integrity_check").fetchone()[0])
PY
}

fail=0
"$vanban" ingest "$tmp/docs" --db "$tmp/reference.db" >/dev/null 2>&1 ||
  { echo "FAIL uninterrupted ingest"; exit 1; }
"$vanban" export --format json --db "$tmp/reference.db" >"$tmp/reference.json"

db=$tmp/killed.db
for trial in $(seq 1 "$trials"); do
  # the moments spread over the run: 0.05 s, 0.15 s, ...
  delay=$(python3 -c "print(f'{0.05 + 0.1 * ($trial - 1):.2f}')")
  "$vanban" ingest "$tmp/docs" --db "$db" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ -f "$db" ]; then
    result=$(integrity "$db")
    if [ "$result" != "ok" ]; then
      echo "FAIL trial $trial (killed after ${delay}s): integrity_check says $result"; fail=1
    else
      echo "ok   trial $trial: killed after ${delay}s, integrity ok"
    fi
  fi
done
if ! "$vanban" ingest "$tmp/docs" --db "$db" >/dev/null 2>"$tmp/err"; then
  echo "FAIL the run after the kills did not exit 0"; cat "$tmp/err"; fail=1
fi
"$vanban" export --format json --db "$db" >"$tmp/killed.json"
if cmp -s "$tmp/reference.json" "$tmp/killed.json"; then
  echo "ok   after $trials kills the database equals an uninterrupted ingest"
else
  echo "FAIL after $trials kills the export differs from an uninterrupted ingest"
  diff "$tmp/reference.json" "$tmp/killed.json" | head -20
  fail=1
fi
# Two ingests on one database at once: each waits for the other's batches or
# says in words that the database is busy; a last run then completes it,
# and nothing is lost.
both=$tmp/both.db
"$vanban" ingest "$tmp/docs" --db "$both" >/dev/null 2>"$tmp/err1" &
first=$!
"$vanban" ingest "$tmp/docs" --db "$both" >/dev/null 2>"$tmp/err2"
second=$?
wait "$first"
first=$?
for n in 1 2; do
  if grep -qi "error" "$tmp/err$n" && ! grep -q "busy" "$tmp/err$n"; then
    echo "FAIL concurrent ingest $n failed without saying the database is busy"; cat "$tmp/err$n"; fail=1
  fi
done
"$vanban" ingest "$tmp/docs" --db "$both" >/dev/null 2>&1 || { echo "FAIL the run after two at once"; fail=1; }
"$vanban" export --format json --db "$both" >"$tmp/both.json"
if cmp -s "$tmp/reference.json" "$tmp/both.json"; then
  echo "ok   two ingests at once (exits $first and $second), then one more: nothing lost"
else
  echo "FAIL two ingests at once lost or changed facts"; fail=1
fi

[ "$fail" = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit "$fail"
