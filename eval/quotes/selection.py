"""The draw every later quotation set's select_articles.py makes (eval/quotes5 to quotes9): the rows of
../shared/eval/cnndm-dev.jsonl sorted by id, less those any earlier set, the held-out set or dev3 holds;
then the set's own seeded sample, written byte-exact to articles/<id>.txt and listed in selection.json."""
import json
import os
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent
SHARED_EVAL = EVAL.parent.parent / 'shared' / 'eval'


def remaining_rows(earlier_sets):
    """The cnndm-dev rows, sorted by id, that none of ``earlier_sets`` (folders of eval/), eval/heldout
    or ../shared/eval/dev3-articles holds."""
    with open(SHARED_EVAL / 'cnndm-dev.jsonl', encoding='utf-8') as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows.sort(key=lambda r: r['id'])
    folders = [EVAL / 'heldout' / 'articles', *(EVAL / name / 'articles' for name in earlier_sets),
               SHARED_EVAL / 'dev3-articles']
    used = {f[:-4] for folder in folders for f in os.listdir(folder) if f.endswith('.txt')}
    kept = [r for r in rows if r['id'] not in used]
    print(f'cnndm rows {len(rows)}, dropped {len(rows) - len(kept)}, remaining {len(kept)}; ids excluded: {len(used)}')
    return kept


def write_selection(base, picked):
    """Writes each picked row's article byte-exact to base/articles/<id>.txt (re-read and compared) and
    base/selection.json (id -> source)."""
    (base / 'articles').mkdir(exist_ok=True)
    for row in picked:
        path = base / 'articles' / f"{row['id']}.txt"
        with open(path, 'w', encoding='utf-8', newline='') as fh:
            fh.write(row['article'])
        with open(path, encoding='utf-8', newline='') as fh:
            assert fh.read() == row['article']
        print(row['id'], f"cnndm-dev.jsonl:{row['id']}", len(row['article']))
    with open(base / 'selection.json', 'w') as fh:
        json.dump({row['id']: f"cnndm-dev.jsonl:{row['id']}" for row in picked}, fh, indent=1)
