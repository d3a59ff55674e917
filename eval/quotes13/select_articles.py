"""Deterministic selection for quotes13: BBC sport, entertainment and tech articles of
DokahlSoZoor/DieNeueKrone@c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae (data/bbc/<category>/NNN.txt).

Inputs (the look-up tools cannot be called from Python, so their answers were copied into files):
  listings/<category>.txt       the paths find_files listed for data/bbc/<category> (sport complete: 43;
                                entertainment and tech truncated by the tool at 100 of 112 / 104)
  tool/<category>-NNN.json      the read_file answer (less its `note`) of every article kept
  tool/skipped/<category>-NNN.json   the read_file answer of every article read and skipped
Rule: per category, a fresh random.Random(20261201) shuffles the sorted listed paths; walk them in that order and
keep an article when (a) it holds at least 2 pairs of double quotation marks (straight " counted in pairs, plus
min(#“, #”)), (b) neither its text nor its first line occurs in an earlier set (every .txt under
/work/shared/eval/*-articles/, /work/shared/seeds/ and /work/main/eval/*/articles/ except this folder), and (c) its
body (text after the first line) is not the body of an article already kept here; stop at the quota
(sport 9, entertainment 7, tech 4).
Writes articles/bbc-<category>-NNN.txt (byte-exact, newline=''), selection.json (id -> source) and
selection_log.json (every file read, in walk order, with the reason it was kept or skipped)."""
import glob
import json
import os
import random
from pathlib import Path

BASE = Path(__file__).resolve().parent
REPO, COMMIT = 'DokahlSoZoor/DieNeueKrone', 'c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae'
SEED = 20261201
QUOTA = {'sport': 9, 'entertainment': 7, 'tech': 4}

# ---- earlier sets
earlier = []
for pat in ['/work/shared/eval/*-articles/**/*.txt', '/work/shared/seeds/**/*.txt', '/work/main/eval/*/articles/**/*.txt']:
    for f in glob.glob(pat, recursive=True):
        if Path(f).resolve().parent.parent == BASE:
            continue
        with open(f, encoding='utf-8', newline='') as fh:
            earlier.append((f, fh.read()))
earlier_texts = {t for _, t in earlier}
earlier_first = {t.split('\n', 1)[0].strip() for _, t in earlier}
print(f'earlier .txt files compared: {len(earlier)}')


def marks_pairs(t):
    return t.count('"') // 2 + min(t.count('“'), t.count('”'))


def load_answer(cat, num):
    for sub in ('tool', 'tool/skipped'):
        p = BASE / sub / f'{cat}-{num}.json'
        if p.exists():
            with open(p, encoding='utf-8') as fh:
                d = json.load(fh)
            assert d['repo'] == REPO and d['commit'] == COMMIT and d['path'] == f'data/bbc/{cat}/{num}.txt', p
            assert d['offset'] == 0 and len(d['text']) == d['total_chars'], (p, len(d['text']), d['total_chars'])
            return d['text'], str(p.relative_to(BASE))
    raise SystemExit(f'no stored read_file answer for {cat}/{num}: read it with the tool first')


sel, log = {}, []
(BASE / 'articles').mkdir(exist_ok=True)
for cat, quota in QUOTA.items():
    with open(BASE / 'listings' / f'{cat}.txt') as fh:
        names = sorted(line.strip() for line in fh if line.startswith('data/'))
    random.Random(SEED).shuffle(names)
    print(cat, 'listed', len(names), 'order:', ' '.join(n[-7:-4] for n in names))
    kept_bodies = {}
    for path in names:
        if sum(1 for k in sel if k.startswith(f'bbc-{cat}-')) == quota:
            break
        num = path[-7:-4]
        text, stored = load_answer(cat, num)
        first, body = text.split('\n', 1)
        pairs = marks_pairs(text)
        if text in earlier_texts or first.strip() in earlier_first:
            why, keep = 'skipped: text or first line already in an earlier set', False
        elif pairs < 2:
            why, keep = f'skipped: {pairs} pair(s) of double quotation marks', False
        elif body in kept_bodies:
            why, keep = f'skipped: same body as {kept_bodies[body]} (kept earlier in this walk; only the title differs)', False
        else:
            why, keep = f'kept: {pairs} pairs of double quotation marks', True
        log.append({'path': path, 'chars': len(text), 'stored': stored, 'first_line': first, 'decision': why})
        print(f'  {path} {len(text):5d} {why}')
        if keep:
            aid = f'bbc-{cat}-{num}'
            kept_bodies[body] = aid
            out = BASE / 'articles' / f'{aid}.txt'
            with open(out, 'w', encoding='utf-8', newline='') as fh:
                fh.write(text)
            with open(out, encoding='utf-8', newline='') as fh:
                assert fh.read() == text
            sel[aid] = f'{REPO}@{COMMIT}:{path}'
    assert sum(1 for k in sel if k.startswith(f'bbc-{cat}-')) == quota, cat

with open(BASE / 'selection.json', 'w') as fh:
    json.dump(sel, fh, indent=1)
with open(BASE / 'selection_log.json', 'w', encoding='utf-8') as fh:
    json.dump(log, fh, ensure_ascii=False, indent=1)
print(len(sel), 'articles selected;', len(log), 'files read')
