"""Deterministic selection for quotes4: 12 BBC held-out files + 12 CNN/DM dev rows (random.Random(17))."""
import os, json, random
from pathlib import Path
BASE = Path(__file__).resolve().parent
HELD = '/work/main/eval/heldout/articles'
PREV = ['/work/main/eval/quotes/articles', '/work/main/eval/quotes2/articles', '/work/main/eval/quotes3/articles']
bbc = sorted(f for f in os.listdir(HELD) if f.startswith('bbc-'))
assert len(bbc) == 12, bbc
rows = [json.loads(l) for l in open('/work/shared/eval/cnndm-dev.jsonl', encoding='utf-8') if l.strip()]
rows.sort(key=lambda r: r['id'])
drop = set()
for d in [HELD] + PREV:
    drop |= {f[:-4] for f in os.listdir(d) if f.endswith('.txt')}
n0 = len(rows)
rows = [r for r in rows if r['id'] not in drop]
cn = random.Random(17).sample(rows, 12)
sel = {}
for f in bbc:
    t = open(os.path.join(HELD, f), encoding='utf-8', newline='').read()
    sel[f[:-4]] = {'source': f'heldout/articles/{f}', 'text': t}
for r in cn:
    sel[r['id']] = {'source': f"cnndm-dev.jsonl:{r['id']}", 'text': r['article']}
(BASE / 'articles').mkdir(exist_ok=True)
for k, v in sel.items():
    with open(BASE / 'articles' / f'{k}.txt', 'w', encoding='utf-8', newline='') as fh:
        fh.write(v['text'])
    assert open(BASE / 'articles' / f'{k}.txt', encoding='utf-8', newline='').read() == v['text']
    print(k, v['source'], len(v['text']))
json.dump({k: v['source'] for k, v in sel.items()}, open(BASE / 'selection.json', 'w'), indent=1)
print(f'cnndm rows {n0}, dropped {n0 - len(rows)}, remaining {len(rows)}; ids excluded from dirs: {len(drop)}')
