#!/usr/bin/env python3
"""Gains and losses of an extraction change, per gold set, document and field.

usage: scripts/gains.py BEFORE AFTER [--shared DIR] [--sets seeds,wild,renderings] [--all]

BEFORE and AFTER are each a vanban binary or a git revision of this repository
(a revision is built once into .gains/<sha>/, with ccache when it is installed).
Each gold set's documents are extracted by both, scored by ../shared/gold/score.py
one document at a time, and every field that moved is printed:

  wild  021_kh179_...md  tasks 38/129 -> 97/129  lead 0.41 -> 0.88  spurious 44 -> 3

followed by the summary of each set before and after. Nothing is printed for a
document whose fields did not move unless --all is given.
"""
import argparse
import contextlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SETS = {
    'seeds': ('corpus/seeds', 'gold'),
    'wild': ('corpus/wild', 'gold/wild'),
    'renderings': ('corpus/renderings', 'gold/renderings'),
}


def load_scorer(shared):
    path = os.path.join(shared, 'gold', 'score.py')
    spec = importlib.util.spec_from_file_location('gold_score', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_revision(rev):
    """Builds `rev` in a worktree of its own under .gains/ and returns its binary."""
    sha = subprocess.check_output(['git', '-C', ROOT, 'rev-parse', rev], text=True).strip()
    tree = os.path.join(ROOT, '.gains', sha[:12])
    binary = os.path.join(tree, 'build', 'vanban')
    if os.path.exists(binary):
        return binary
    if not os.path.isdir(tree):
        subprocess.check_call(['git', '-C', ROOT, 'worktree', 'add', '--detach', '-q', tree, sha])
    configure = ['cmake', '-S', tree, '-B', os.path.join(tree, 'build'),
                 '-DCMAKE_BUILD_TYPE=RelWithDebInfo', '-DVANBAN_BUILD_TESTS=OFF']
    if shutil.which('ccache'):
        configure.append('-DCMAKE_CXX_COMPILER_LAUNCHER=ccache')
    subprocess.check_call(configure, stdout=subprocess.DEVNULL)
    subprocess.check_call(['cmake', '--build', os.path.join(tree, 'build'), '-j2', '--target',
                           'vanban'], stdout=subprocess.DEVNULL)
    return binary


def resolve(arg):
    if os.path.isfile(arg) and os.access(arg, os.X_OK):
        return os.path.abspath(arg)
    return build_revision(arg)


def documents(shared, corpus_dir):
    folder = os.path.join(shared, corpus_dir)
    return sorted(os.path.join(folder, f) for f in os.listdir(folder)
                  if not f.endswith('.tsv') and not f.startswith('.'))


def extract(binary, files):
    out = subprocess.run([binary, 'extract', *files, '--format', 'json'], capture_output=True,
                         text=True)
    if out.returncode != 0:
        sys.exit(f'{binary} extract failed: {out.stderr.strip()[:500]}')
    data = json.loads(out.stdout)
    return data['documents'] if isinstance(data, dict) else data


def ratio(tally):
    return tally.f1() if (tally.pred or tally.gold) else None


def per_document(scorer, docs, gold_dir):
    """{gold file: {field: (value, text)}} scored one document at a time."""
    rows = {}
    with tempfile.TemporaryDirectory() as one:
        for name in sorted(os.listdir(gold_dir)):
            if not name.endswith('.json'):
                continue
            link = os.path.join(one, name)
            os.symlink(os.path.join(gold_dir, name), link)
            with contextlib.redirect_stdout(io.StringIO()):
                fields, acc, detail = scorer.score(docs, one)
            os.unlink(link)
            t = fields['tasks']
            row = {'tasks': (t.tp, f'{t.tp}/{t.gold}')}
            if 'tasks_spurious' in detail[0]:
                n = len(detail[0]['tasks_spurious'])
                row['spurious'] = (-n, str(n))
            for f in ('references', 'edges', 'lead', 'coordinate'):
                v = ratio(fields[f])
                if v is not None:
                    row[f] = (v, f'{v:.2f}')
            ok, n = acc['deadline']
            if n:
                row['deadline'] = (ok, f'{ok}/{n}')
            for f in ('doc.code', 'doc.issued', 'doc.type', 'doc.issuer', 'doc.signer'):
                ok, _ = acc[f]
                row[f] = (ok, 'ok' if ok else 'wrong')
            rows[name[:-5]] = row
    return rows


def summary(scorer, docs, gold_dir):
    with contextlib.redirect_stdout(io.StringIO()):
        fields, acc, _ = scorer.score(docs, gold_dir)
    out = {k: fields[k].f1() for k in ('references', 'edges', 'lead', 'coordinate')}
    out['tasks'] = fields['tasks'].tp / fields['tasks'].gold if fields['tasks'].gold else 1.0
    p = fields['task_precision']
    out['precision'] = p.tp / p.pred if p.pred else 1.0
    for k, (ok, n) in acc.items():
        out[k] = ok / n if n else 1.0
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('before')
    ap.add_argument('after')
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--sets', default='seeds,wild,renderings')
    ap.add_argument('--all', action='store_true', help='print documents that did not move too')
    a = ap.parse_args()
    a.shared = os.path.abspath(a.shared)  # the scorer is handed symlinks to its gold files
    if not os.path.isfile(os.path.join(a.shared, 'gold', 'score.py')):
        sys.exit(f'gains: no gold in {a.shared}')
    scorer = load_scorer(a.shared)
    before, after = resolve(a.before), resolve(a.after)
    won = lost = 0
    for set_name in a.sets.split(','):
        corpus_dir, gold_dir = SETS[set_name]
        gold_dir = os.path.join(a.shared, gold_dir)
        if not os.path.isdir(gold_dir):
            continue
        files = documents(a.shared, corpus_dir)
        docs_before, docs_after = extract(before, files), extract(after, files)
        rows_before = per_document(scorer, docs_before, gold_dir)
        rows_after = per_document(scorer, docs_after, gold_dir)
        print(f'== {set_name}')
        for doc, rb in rows_before.items():
            ra = rows_after[doc]
            moved = []
            for field in rb.keys() | ra.keys():
                vb, va = rb.get(field, (None, '-')), ra.get(field, (None, '-'))
                if vb[0] == va[0]:
                    continue
                moved.append(f'{field} {vb[1]} -> {va[1]}')
                if vb[0] is not None and va[0] is not None:
                    won += va[0] > vb[0]
                    lost += va[0] < vb[0]
            if moved or a.all:
                print(f'  {doc[:44]:<44} ' + ('  '.join(sorted(moved)) or 'unchanged'))
        sb, sa = summary(scorer, docs_before, gold_dir), summary(scorer, docs_after, gold_dir)
        print('  ' + '  '.join(f'{k} {sb[k]:.3f}->{sa[k]:.3f}' for k in sb))
    print(f'fields won: {won}, lost: {lost}')


if __name__ == '__main__':
    main()
