"""Deterministic selection for quotes9: random.Random(43).sample(rows, 20) of cnndm-dev rows (sorted by id),
excluding ids already used in heldout/quotes/quotes2..quotes8/dev3-articles."""
import os, json, random
from pathlib import Path
BASE = Path(__file__).resolve().parent
DIRS = ['/work/main/eval/heldout/articles', '/work/main/eval/quotes/articles'] + \
       [f'/work/main/eval/quotes{i}/articles' for i in range(2, 9)] + ['/work/shared/eval/dev3-articles']
rows = [json.loads(l) for l in open('/work/shared/eval/cnndm-dev.jsonl', encoding='utf-8') if l.strip()]
rows.sort(key=lambda r: r['id'])
drop = set()
for d in DIRS:
    drop |= {f[:-4] for f in os.listdir(d) if f.endswith('.txt')}
n0 = len(rows)
rows = [r for r in rows if r['id'] not in drop]
assert len(rows) == 87 and all(r['id'].startswith('dm-test-') for r in rows), len(rows)
cn = random.Random(43).sample(rows, 20)
sel = {}
for r in cn:
    sel[r['id']] = {'source': f"cnndm-dev.jsonl:{r['id']}", 'text': r['article']}
(BASE / 'articles').mkdir(exist_ok=True)
for k, v in sel.items():
    with open(BASE / 'articles' / f'{k}.txt', 'w', encoding='utf-8', newline='') as fh:
        fh.write(v['text'])
    with open(BASE / 'articles' / f'{k}.txt', encoding='utf-8', newline='') as fh:
        assert fh.read() == v['text']
    print(k, v['source'], len(v['text']))
json.dump({k: v['source'] for k, v in sel.items()}, open(BASE / 'selection.json', 'w'), indent=1)
print(f'cnndm rows {n0}, dropped {n0 - len(rows)}, remaining {len(rows)}; ids excluded from dirs: {len(drop)}')
