"""Checker for gold-quotes.json. Hard errors: part text != article[start:end], parts of a quote out of
order or overlapping, two quotes overlapping, bad field values, not_quote text mismatch.
Warnings (for review): a part/not_quote not directly bounded by quote marks; quote-mark characters in
an article that bound no labelled span (possible missed quote; apostrophes are expected here).
Checks the set in its own folder, or the one given: `python3 eval/quotes/check_gold.py eval/quotes3`."""
import json, re, sys
from pathlib import Path
BASE = str(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent)
G = json.load(open(f'{BASE}/gold-quotes.json', encoding='utf-8'))
MARKS = set('"“”‘’\'')
errors, warns = [], []
for aid, a in G['articles'].items():
    t = open(f'{BASE}/articles/{aid}.txt', encoding='utf-8', newline='').read()
    spans = []
    bounded = set()
    def chk(p, where):
        if not (isinstance(p['start'], int) and isinstance(p['end'], int) and 0 <= p['start'] < p['end'] <= len(t)):
            errors.append(f'{aid} {where}: bad offsets {p["start"]},{p["end"]}'); return False
        if t[p['start']:p['end']] != p['text']:
            errors.append(f'{aid} {where}: text mismatch at {p["start"]}'); return False
        before = t[p['start']-1] if p['start'] > 0 else ''
        after = t[p['end']] if p['end'] < len(t) else ''
        if before not in MARKS: warns.append(f'{aid} {where}: no opening mark before {p["start"]} ({p["text"][:30]!r})')
        else: bounded.add(p['start']-1)
        if after not in MARKS: warns.append(f'{aid} {where}: no closing mark after {p["end"]} ({p["text"][-30:]!r})')
        else: bounded.add(p['end'])
        return True
    for qi, q in enumerate(a['quotes']):
        assert set(q) == {'parts', 'partial', 'speaker', 'cue'}, (aid, qi, q.keys())
        if not q['parts']: errors.append(f'{aid} q{qi}: no parts')
        if not isinstance(q['partial'], bool): errors.append(f'{aid} q{qi}: partial not bool')
        s = q['speaker']
        if set(s) != {'name', 'kind', 'org'} or s['kind'] not in ('person', 'organisation', 'unnamed'):
            errors.append(f'{aid} q{qi}: bad speaker {s}')
        if s['kind'] == 'unnamed' and s['name'] is not None: errors.append(f'{aid} q{qi}: unnamed with a name')
        if s['kind'] != 'unnamed' and not s['name']: errors.append(f'{aid} q{qi}: {s["kind"]} without a name')
        if q['cue'] is not None and not isinstance(q['cue'], str): errors.append(f'{aid} q{qi}: bad cue')
        prev_end = -1
        for pi, p in enumerate(q['parts']):
            if chk(p, f'q{qi}p{pi}'):
                if p['start'] < prev_end: errors.append(f'{aid} q{qi}p{pi}: parts out of order/overlapping')
                prev_end = p['end']
        spans.append((min(p['start'] for p in q['parts']), max(p['end'] for p in q['parts']), qi))
    # no two quotes overlap: compare every part of every quote pair, and also interleaving of ranges
    allparts = [(p['start'], p['end'], qi) for qi, q in enumerate(a['quotes']) for p in q['parts']]
    allparts.sort()
    maxend, owner = -1, None
    for s2, e2, q2 in allparts:   # running max end: catches any overlap, not only adjacent ones
        if s2 < maxend: errors.append(f'{aid}: parts of q{owner} and q{q2} overlap at {s2}')
        if e2 > maxend: maxend, owner = e2, q2
    spans.sort()
    for (s1, e1, q1), (s2, e2, q2) in zip(spans, spans[1:]):
        if s2 < e1: warns.append(f'{aid}: quote q{q2} lies between parts of q{q1}')
    for ni, n in enumerate(a['not_quotes']):
        assert set(n) == {'start', 'end', 'text', 'why'}, (aid, ni)
        chk(n, f'nq{ni}')
        for s, e, qi in allparts:
            if (n['start'], n['end']) == (s, e): errors.append(f'{aid} nq{ni}: same span as quote q{qi}')
    # quote marks that bound nothing labelled
    for m in re.finditer('["“”‘’\']', t):
        i = m.start()
        if i in bounded: continue
        ch = t[i]
        prev, nxt = t[i-1:i], t[i+1:i+2]
        if ch in "'’" and prev.isalpha() and (nxt.isalpha() or nxt in ' s'):  # apostrophe (it's, Hardie's, victims')
            continue
        warns.append(f'{aid}: unbounded mark {ch!r} at {i}: {t[max(0,i-25):i+25]!r}')
print('\n'.join('ERROR ' + e for e in errors))
print('\n'.join('warn  ' + w for w in warns))
print(f'{len(errors)} errors, {len(warns)} warnings')
sys.exit(1 if errors else 0)
