"""Selection for the third quotation gold set. Writes articles/<id>.txt (byte-exact) and selection.json."""
import os, json, random
from pathlib import Path
BASE = Path(__file__).resolve().parent
D2 = '/work/shared/eval/dev2-articles'; D3 = '/work/shared/eval/dev3-articles'
files = []
for d, tag in [(D2, 'dev2-articles'), (D3, 'dev3-articles')]:
    for f in os.listdir(d):
        if f.startswith('bbc-politics-'):
            files.append((f, tag, d))
files.sort(key=lambda x: x[0])
rows = [json.loads(l) for l in open('/work/shared/eval/cnndm-dev.jsonl', encoding='utf-8') if l.strip()]
rows.sort(key=lambda r: r['id'])
excl = set()
for d in ['/work/main/eval/heldout/articles', '/work/main/eval/quotes/articles', '/work/main/eval/quotes2/articles']:
    excl |= {f[:-4] for f in os.listdir(d) if f.endswith('.txt')}
n_all = len(rows)
rows = [r for r in rows if r['id'] not in excl]
cn = random.Random(13).sample(rows, 12)
sel = {}
for f, tag, d in files:
    t = open(os.path.join(d, f), encoding='utf-8', newline='').read()
    sel[f[:-4]] = {'source': f'{tag}/{f}', 'text': t}
for r in cn:
    sel[r['id']] = {'source': f"cnndm-dev.jsonl:{r['id']}", 'text': r['article']}
(BASE / 'articles').mkdir(exist_ok=True)
for k, v in sel.items():
    with open(BASE / 'articles' / f'{k}.txt', 'w', encoding='utf-8', newline='') as fh:
        fh.write(v['text'])
    print(k, v['source'], len(v['text']))
json.dump({k: v['source'] for k, v in sel.items()}, open(BASE / 'selection.json', 'w'), indent=1)
print(f'BBC {len(files)}; CNN/DM rows {n_all}, excluded ids {len(excl)}, remaining {len(rows)}, sampled {len(cn)}')
