#!/usr/bin/env python3
"""Baseline for the extract benchmark: what a quick script would do.

For each document: decode UTF-8, NFC, then one regular expression that finds
document numbers ("57-NQ/TW", "128/KH-UBND", "45/2026/NĐ-CP") and the date
written right after them ("ngày 22/12/2024", "ngày 22 tháng 12 năm 2024"),
collecting the distinct codes of the document with the first date seen. It
keeps no spans, reads no document types, issuers, relations or identity,
merges no typos and misses the irregular spellings ("02 CTr/BCĐTW",
"11/NQ CP"), so it does much less than vanban's extractor.

Usage: baseline_extract.py FILE [RUNS]
FILE holds the documents separated by "\\n\\x1e\\n" (U+001E, record separator).
Prints machine-readable lines (MB = 1e6 bytes of input):
  baseline_bytes N, baseline_documents N, baseline_codes N (distinct codes
  summed over documents), baseline_dated N, baseline_seconds S,
  baseline_mb_per_s X
Standard library only.
"""

import re
import sys
import time
import unicodedata

SEPARATOR = b"\n\x1e\n"

# A document number, then optionally its date: numeric (22/12/2024) or in
# words (22 tháng 12 năm 2024), possibly after a comma and "ngày".
CODE_AND_DATE = re.compile(
    r"(\d+(?:/\d{4})?[/-][A-ZĐ][A-Za-zĐ]*(?:[-/][A-ZĐ0-9][A-Za-zĐ0-9&.]*)+)"
    r"(?:,?\s*(?:[Nn]gày|NGÀY)\s*(\d{1,2})\s*(?:/|-|tháng)\s*(\d{1,2})\s*(?:/|-|năm)\s*(\d{4}))?"
)


def extract(data: bytes) -> dict:
    """Distinct codes of one document -> (year, month, day) or None."""
    text = unicodedata.normalize("NFC", data.decode("utf-8"))
    codes = {}
    for m in CODE_AND_DATE.finditer(text):
        code = m.group(1).rstrip(".")  # a sentence's full stop is not part of it
        date = (int(m.group(4)), int(m.group(3)), int(m.group(2))) if m.group(4) else None
        if codes.get(code) is None:
            codes[code] = date
    return codes


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    runs = int(sys.argv[2]) if len(sys.argv) == 3 else 3
    with open(sys.argv[1], "rb") as f:
        data = f.read()  # read once, outside the timing, as vanban's side does
    documents = data.split(SEPARATOR)  # vanban's copies are also split beforehand
    best = None
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        results = [extract(doc) for doc in documents]
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"baseline_bytes {len(data)}")
    print(f"baseline_documents {len(documents)}")
    print(f"baseline_codes {sum(len(codes) for codes in results)}")
    print(f"baseline_dated {sum(1 for codes in results for d in codes.values() if d)}")
    print(f"baseline_seconds {best:.6f}")
    print(f"baseline_mb_per_s {len(data) / 1e6 / best:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
