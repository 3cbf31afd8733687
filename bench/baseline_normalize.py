#!/usr/bin/env python3
"""Baseline for the normalize benchmark: what a few lines of Python do.

Decodes the file as UTF-8, applies NFC and the regex rewrites a quick script
for this job would use, and re-encodes to UTF-8. It keeps no offset map, moves
no tone marks and takes out no footnotes, so it does less than vanban's
normalizer: the ratio says how much faster vanban is while doing more.

Usage: baseline_normalize.py FILE [RUNS]
Prints machine-readable lines (MB = 1e6 bytes of input):
  baseline_bytes N, baseline_output_bytes N, baseline_seconds S, baseline_mb_per_s X
Standard library only.
"""

import re
import sys
import time
import unicodedata

# (pattern, replacement) in the order they apply.
RULES = [
    (re.compile(r"\r\n?"), "\n"),                          # CRLF / CR -> LF
    # Runs of spaces/tabs/NBSP -> one space. Written so a lone ' ' does not
    # match: the naive [ \t\u00a0]+ rewrites every word gap and runs 5x slower,
    # which would flatter vanban.
    (re.compile(r"[\t\u00a0][ \t\u00a0]*| [ \t\u00a0]+"), " "),
    (re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2212]"), "-"),  # dashes
    (re.compile(r"[\u2018\u2019\u201a\u201b]"), "'"),      # curly single quotes
    (re.compile(r"[\u201c\u201d\u201e\u201f]"), '"'),      # curly double quotes
    (re.compile("\u2026"), "..."),                         # ellipsis
    (re.compile(r"\*\*"), ""),                             # Markdown bold
    (re.compile(r"^#{1,6}[ \t]*", re.MULTILINE), ""),      # Markdown headings
]


def normalize(data: bytes) -> bytes:
    text = unicodedata.normalize("NFC", data.decode("utf-8"))
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return text.encode("utf-8")


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    runs = int(sys.argv[2]) if len(sys.argv) == 3 else 3
    with open(sys.argv[1], "rb") as f:
        data = f.read()  # read once, outside the timing, as vanban's side does
    best = None
    output = b""
    for _ in range(runs):
        start = time.perf_counter()
        output = normalize(data)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"baseline_bytes {len(data)}")
    print(f"baseline_output_bytes {len(output)}")
    print(f"baseline_seconds {best:.6f}")
    print(f"baseline_mb_per_s {len(data) / 1e6 / best:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
