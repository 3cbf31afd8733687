#!/usr/bin/env python3
"""How far each rendering of a document scores from the document itself.

usage: scripts/renderings.py VANBAN [--shared DIR] [--max-gap 0.03] [--max-gap-layout 0.10]

For every document of ../shared/corpus/renderings (`<doc>.<converter>.<ext>`),
extracts the rendering and the wild original, scores both (task recall, lead F1,
identity fields) and prints one line per rendering with its gap to the original.
With --max-gap, exits 1 when a rendering's task recall or lead F1 is further below
the original's than allowed (pdftotext -layout has its own, looser, limit).
"""
import argparse
import contextlib
import io
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gains import extract, load_scorer  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IDENTITY = ('doc.code', 'doc.issued', 'doc.type', 'doc.issuer', 'doc.signer')


def scores(scorer, docs, gold_file):
    with tempfile.TemporaryDirectory() as one:
        os.symlink(gold_file, os.path.join(one, os.path.basename(gold_file)))
        with contextlib.redirect_stdout(io.StringIO()):
            fields, acc, _ = scorer.score(docs, one)
    t = fields['tasks']
    out = {'tasks': t.tp / t.gold if t.gold else 1.0, 'lead': fields['lead'].f1()}
    for f in IDENTITY:
        out[f] = acc[f][0]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('vanban')
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--max-gap', type=float)
    ap.add_argument('--max-gap-layout', type=float, default=0.10)
    a = ap.parse_args()
    a.shared = os.path.abspath(a.shared)  # the scorer is handed symlinks to its gold files
    scorer = load_scorer(a.shared)
    rendered = os.path.join(a.shared, 'corpus', 'renderings')
    wild = os.path.join(a.shared, 'corpus', 'wild')
    files = sorted(os.listdir(rendered))
    originals = sorted({f.split('.')[0] for f in files})
    wild_files = {o: next(os.path.join(wild, w) for w in os.listdir(wild) if w.startswith(o + '.'))
                  for o in originals}
    docs = extract(a.vanban, [os.path.join(rendered, f) for f in files] + list(wild_files.values()))
    failed = []
    for o in originals:
        base = scores(scorer, docs, os.path.join(a.shared, 'gold', 'wild', o + '.json'))
        print(f'{o}: tasks {base["tasks"]:.3f} lead {base["lead"]:.3f}')
        for f in files:
            if not f.startswith(o + '.'):
                continue
            stem = f.rsplit('.', 1)[0]
            got = scores(scorer, docs, os.path.join(a.shared, 'gold', 'renderings', stem + '.json'))
            converter = stem.split('.', 1)[1]
            gap = max(base['tasks'] - got['tasks'], base['lead'] - got['lead'])
            identity = [k[4:] for k in IDENTITY if got[k] != base[k]]
            print(f'  {converter:<18} tasks {got["tasks"]:.3f} lead {got["lead"]:.3f} gap {gap:+.3f}'
                  + (f'  identity differs: {",".join(identity)}' if identity else ''))
            limit = a.max_gap_layout if converter == 'pdftotext_layout' else a.max_gap
            if a.max_gap is not None and gap > limit:
                failed.append(f'{stem} gap {gap:.3f} > {limit}')
    if failed:
        print('RENDERINGS BELOW THEIR ORIGINALS: ' + '; '.join(failed))
        sys.exit(1)


if __name__ == '__main__':
    main()
