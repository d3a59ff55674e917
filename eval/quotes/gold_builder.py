"""The helpers every quotation set's build_gold.py uses to turn hand labels into gold-quotes.json, each
offset computed by str.find over the article text (eval/quotes4 to quotes9; in eval/quotes4 a part's k counts
every occurrence of its prefix; eval/quotes to quotes3 keep their own scripts).

Part spec:  "exact span"  |  (prefix, suffix)  |  (prefix, suffix, k)  |  NoOpen("exact span")
  - "exact span": the whole text between the marks (must occur once right after a quote mark, or give
    ("span", None, k)).
  - (prefix, suffix[, k]): span runs from the k-th (1-based) occurrence of prefix that directly follows a
    quote mark (at/after the search start) to the end of the first occurrence of suffix at or after it.
    The parts of one quote are searched left to right, each after the previous part's end.
  - NoOpen("exact span"): a quoted span whose opening mark is missing in the source; found with str.find
    (must occur once), with no opening-mark check.
"""
import json

MARKS = '"“”‘’\''


class NoOpen(str):
    pass


def locate(t, spec, frm=0, every_occurrence=False):
    """Where a part spec lies. With ``every_occurrence`` (eval/quotes4's convention), k counts every
    occurrence of the prefix at or after ``frm``, not only those right after a quote mark."""
    if isinstance(spec, str):
        spec = (spec, None, None)
    if len(spec) == 2:
        spec = (spec[0], spec[1], None)
    pre, suf, k = spec
    # occurrences at/after frm that directly follow a quote mark
    occ, j = [], t.find(pre, frm)
    while j >= 0:
        if j > 0 and t[j - 1] in MARKS:
            occ.append(j)
        j = t.find(pre, j + 1)
    assert occ, ('prefix not found after a mark', pre)
    if k is None:
        if frm == 0:
            assert len(occ) == 1, ('prefix not unique; give k', pre)
        i = occ[0]
    elif every_occurrence:
        i = frm - 1
        for _ in range(k):
            i = t.find(pre, i + 1)
            assert i >= 0, ('k-th prefix not found', pre, k)
    else:
        assert len(occ) >= k, ('k-th prefix not found', pre, k)
        i = occ[k - 1]
    if suf is None:
        e = i + len(pre)
    else:
        j = t.find(suf, i)
        assert j >= 0, ('suffix not found', suf)
        e = j + len(suf)
    return i, e


def span(t, spec, frm=0, every_occurrence=False):
    if isinstance(spec, NoOpen):
        s = t.find(spec, frm)
        assert s >= 0 and t.find(spec, s + 1) < 0, ('NoOpen span not found once', spec)
        return {'start': s, 'end': s + len(spec), 'text': t[s:s + len(spec)]}
    s, e = locate(t, spec, frm, every_occurrence)
    assert t[s - 1] in MARKS, ('no opening mark', t[s - 10:s + 20])
    return {'start': s, 'end': e, 'text': t[s:e]}


def Q(parts, name, kind='person', org=None, cue=None, partial=False):
    return dict(parts=parts, name=name, kind=kind, org=org, cue=cue, partial=partial)


def P(spec, name, kind='person', org=None, cue=None):
    return Q([spec], name, kind, org, cue, partial=True)


def N(spec, why):
    return dict(spec=spec, why=why)


UN = dict(name=None, kind='unnamed')


def text_in(base, aid):
    with open(base / 'articles' / f'{aid}.txt', encoding='utf-8', newline='') as fh:
        return fh.read()


def build(base, L, about, every_occurrence=False):
    """Writes base/gold-quotes.json from the labels ``L`` (article id -> quotes and not-quotes) of the
    articles in base/selection.json, and prints the counts per article (``every_occurrence``: see locate)."""

    def span_of(t, spec, frm=0):
        return span(t, spec, frm, every_occurrence)

    with open(base / 'selection.json') as fh:
        SEL = json.load(fh)
    assert set(L) == set(SEL), set(L) ^ set(SEL)
    out = {'about': about, 'articles': {}}
    nq_total = nf = npart = 0
    for aid in SEL:
        t = text_in(base, aid)
        quotes, nots = [], []
        for item in L[aid]:
            if 'spec' in item:
                d = span_of(t, item['spec'])
                d['why'] = item['why']
                nots.append(d)
                continue
            parts, frm = [], 0
            for i, sp in enumerate(item['parts']):
                p = span_of(t, sp) if i == 0 else span_of(t, sp, frm)
                parts.append(p)
                frm = p['end']
            quotes.append({'parts': parts, 'partial': item['partial'],
                           'speaker': {'name': item['name'], 'kind': item['kind'],
                                       'org': item['org'] if item['kind'] != 'organisation' else None},
                           'cue': item['cue']})
        quotes.sort(key=lambda q: q['parts'][0]['start'])
        nots.sort(key=lambda n: n['start'])
        out['articles'][aid] = {'source': SEL[aid], 'quotes': quotes, 'not_quotes': nots}
        full = sum(not q['partial'] for q in quotes)
        print(f'{aid[:24]:24s} full {full:2d}  partial {len(quotes) - full:2d}  not_quotes {len(nots):2d}')
        nf += full
        npart += len(quotes) - full
        nq_total += len(nots)
    print(f'TOTAL full {nf}  partial {npart}  not_quotes {nq_total}')
    with open(base / 'gold-quotes.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
