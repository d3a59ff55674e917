"""Deterministic selection for the second quotation gold set (quotes2).
BBC: every bbc-* file in /work/shared/eval/dev-articles, sorted by name.
CNN/DM: cnndm-dev.jsonl rows sorted by id, minus ids in eval/heldout/articles and eval/quotes/articles,
then random.Random(11).sample(rows, 12).  Writes articles/<id>.txt (byte-exact) and selection.json."""
import os, json, random
from pathlib import Path
BASE = Path(__file__).resolve().parent
DEV = '/work/shared/eval/dev-articles'
bbc = sorted(f for f in os.listdir(DEV) if f.startswith('bbc-'))
rows = [json.loads(l) for l in open('/work/shared/eval/cnndm-dev.jsonl', encoding='utf-8') if l.strip()]
rows.sort(key=lambda r: r['id'])
n_all = len(rows)
held = {f[:-4] for f in os.listdir('/work/main/eval/heldout/articles') if f.endswith('.txt')}
first = {f[:-4] for f in os.listdir('/work/main/eval/quotes/articles') if f.endswith('.txt')}
rows = [r for r in rows if r['id'] not in held and r['id'] not in first]
cn = random.Random(11).sample(rows, 12)
sel = {}
for f in bbc:
    t = open(os.path.join(DEV, f), encoding='utf-8', newline='').read()
    sel[f[:-4]] = {'source': f'dev-articles/{f}', 'text': t}
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
print(f'bbc={len(bbc)} cnndm rows={n_all} after drop={len(rows)} '
      f'(held={len(held)}, first set={len(first)}) total selected={len(sel)}')
