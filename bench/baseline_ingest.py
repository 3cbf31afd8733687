#!/usr/bin/env python3
"""Baseline for the store benchmark: what a quick script would do.

Stores each document in SQLite the simple way: decode UTF-8, NFC, SHA-256,
one row (path, sha256, text) and an FTS5 index (unicode61, diacritics
removed), all in one transaction, in a new database file. It keeps no
identity, citations, edges, mentions, tasks, spans or footnotes, so it does
much less than vanban's store.

Usage: baseline_ingest.py FILE
FILE holds the documents separated by "\\n\\x1e\\n" (U+001E, record separator).
Prints machine-readable lines (MB = 1e6 bytes of input), best of 3 runs:
  baseline_bytes N, baseline_documents N, baseline_seconds S, baseline_mb_per_s X
Standard library only.
"""

import hashlib
import os
import sqlite3
import sys
import tempfile
import time
import unicodedata

SEPARATOR = b"\n\x1e\n"
RUNS = 3

SCHEMA = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT UNIQUE, sha256 TEXT, text TEXT);
CREATE VIRTUAL TABLE documents_fts USING fts5(
  text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
"""


def store(documents, path):
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.executescript(SCHEMA)
    with connection:
        for i, data in enumerate(documents):
            text = unicodedata.normalize("NFC", data.decode("utf-8"))
            row = connection.execute(
                "INSERT INTO documents(path, sha256, text) VALUES (?, ?, ?)",
                (f"doc{i}", hashlib.sha256(data).hexdigest(), text))
            connection.execute("INSERT INTO documents_fts(rowid, text) VALUES (?, ?)",
                               (row.lastrowid, text))
    connection.close()


def main():
    with open(sys.argv[1], "rb") as f:
        documents = f.read().split(SEPARATOR)
    size = sum(len(d) for d in documents)
    best = None
    with tempfile.TemporaryDirectory() as directory:
        for run in range(RUNS):
            path = os.path.join(directory, f"baseline{run}.db")
            start = time.perf_counter()
            store(documents, path)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
    print(f"baseline_bytes {size}")
    print(f"baseline_documents {len(documents)}")
    print(f"baseline_seconds {best:.6f}")
    print(f"baseline_mb_per_s {size / 1e6 / best:.3f}")


if __name__ == "__main__":
    main()
