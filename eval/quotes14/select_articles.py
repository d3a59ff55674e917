"""Deterministic selection for quotes14: English news articles from the test fixtures of the `newspaper` article
extractor (plain-text article bodies scraped from ~50 news and magazine sites, 2013-2015).

Pool 1: codelucas/newspaper, folder tests/data/text/ (listings/text.json: the 100 paths find_files listed; the tool
        reports 164 files and truncates at 100, so the last 64 names in alphabetical order could not be drawn).
Pool 2: AndyTheFactory/newspaper4k@79553f6302cea1a6e36103fb4dc1c675ca704cd3, folder tests/data/text/ (listings/text4k.json,
        complete: 63 files), less every file whose name is also in pool 1's listing (the fork keeps the same fixtures).
        Pool 2 is walked only after pool 1 is exhausted.

The look-up tools cannot be called from Python, so their answers were copied into files by hand, exactly:
  tool/<id>.json (+ tool/<id>@16000.json for the second page of a long file)   every article kept
  tool/skipped/<id>.json (+ @16000)                                             every file read and skipped
Each answer is checked here: repo, path and commit equal the listing's, pages are contiguous, and
len(text) == total_chars.

Rule (fixed before the walk; see NOTES.md): for each pool, sort the listed paths, shuffle them with a fresh
random.Random(20261205), walk them in that order and keep a file unless, in this order,
  (a) its name marks it as not a candidate (decided from the name alone, before any text was read):
      a language-sample file (arabic, bengali, burmese, chinese, japanese, japanese2, latvian), a CNN file (cnn,
      cnn_summary: CNN/DM is the earlier sets' source), or a site that does not publish news (how-to, recipe, viral,
      design-blog, analytics-company, research-centre and personal-blog sites: NOT_NEWS_SITES);
  (b) the tool answer could not be copied exactly (len(text) != total_chars after copying);
  (c) the text is not English (JUDGED_LANGUAGE);
  (d) it is a copy of an earlier article: its first line equals the first line of a .txt under
      /work/shared/eval/*-articles/, /work/shared/seeds/ or /work/main/eval/*/articles/ (this folder excluded), or more
      than 20% of its 8-word shingles occur in one such text;
  (e) it has fewer than 2 pairs of double quotation marks (straight " in pairs plus min(#“, #”));
  (f) reading it, it has fewer than 2 direct quotations (JUDGED_QUOTES: marks that are only titles, names, scare
      quotes, hypothetical speech or fiction);
  (g) its body equals the body of a file already kept.
Stop at 20 kept files.
Writes articles/<id>.txt (byte-exact, newline=''), selection.json (id -> source) and selection_log.json.
"""
import glob
import json
import random
import re
from pathlib import Path

BASE = Path(__file__).resolve().parent
SEED = 20261205
QUOTA = 20
POOLS = [('np', 'codelucas/newspaper', 'listings/text.json'),
         ('np4k', 'AndyTheFactory/newspaper4k', 'listings/text4k.json')]

LANGUAGE_FILES = {'arabic', 'bengali', 'burmese', 'chinese', 'japanese', 'japanese2', 'latvian'}
CNN_FILES = {'cnn', 'cnn_summary'}
NOT_NEWS_SITES = {'about.com', 'adoption.com', 'apartmenttherapy.com', 'bhg.com', 'coolhunting.com', 'lifebuzz.com',
                  'parsely.com', 'pewresearch.org', 'pixable.com', 'pixelmonkey.org', 'recipe.com', 'sitepoint.com',
                  'upworthy.com', 'youbeauty.com'}

JUDGED_LANGUAGE = {
    'np-huffingtonpost.de2': 'German',
    'np4k-vogue.de1': 'German',
    'np4k-vogue.de2': 'German',
}
UNCOPYABLE = {
    'np-elle.com2': "11 invisible characters (the apostrophes of Im, doesnt, cant, its, dont, hadnt, shes are "
                    "characters the tool shows as nothing); the copy has 2465 of 2476 characters",
}
JUDGED_QUOTES = {
    'np-foxnews.com2': (1, '“met” is scare quotes; one quote (“I don’t regret it …”)'),
    'np-gulflive.com1': (1, 'one quote (D. Joshua Taylor); the other two pairs are event and course titles'),
    'np-businessinsider.com1': (0, '“Malvinas” and “Krypton” are names'),
    'np-avclub.com2': (1, '“mail kimp?” (a sound bite) and a track title'),
    'np-flavorwire.com1': (0, 'a song title (“Rude.” twice) and a sketch title'),
    'np-cleveland.com2': (1, 'a book list: book titles, scare quotes and one excerpt from a book'),
    'np-foxbusiness.com2': (1, 'a how-to column: a hypothetical question, “something”, one Dickens epigraph'),
    'np-avclub.com1': (0, 'a film list: film dialogue, a song lyric, on-screen credit text, titles; no real speaker'),
    'np-flavorwire.com2': (0, 'an essay: titles, hypothetical speech and scare quotes, no reported speech'),
    'np4k-space.com1': (0, 'a reference page: names and glosses in quotes only'),
}


def pairs(t):
    return t.count('"') // 2 + min(t.count('“'), t.count('”'))


def shingles(t, n=8):
    w = re.findall(r"\w+", t.lower())
    return {' '.join(w[i:i + n]) for i in range(len(w) - n + 1)}


# ---- earlier sets
earlier = []
for pat in ['/work/shared/eval/*-articles/**/*.txt', '/work/shared/seeds/**/*.txt',
            '/work/main/eval/*/articles/**/*.txt']:
    for f in glob.glob(pat, recursive=True):
        if Path(f).resolve().parent.parent == BASE:
            continue
        with open(f, encoding='utf-8', newline='') as fh:
            earlier.append((f, fh.read()))
earlier_first = {t.split('\n', 1)[0].strip() for _, t in earlier}
earlier_sh = [(f, shingles(t)) for f, t in earlier]
print(f'earlier .txt files compared: {len(earlier)}')


def load_answer(aid, repo, path, commit):
    for sub in ('tool', 'tool/skipped'):
        p = BASE / sub / f'{aid}.json'
        if p.exists():
            break
    else:
        raise SystemExit(f'no stored read_file answer for {aid}: read it with the tool first')
    pages, stored = [], [str(p.relative_to(BASE))]
    with open(p, encoding='utf-8') as fh:
        d = json.load(fh)
    pages.append(d)
    while 'next_offset' in pages[-1]:
        q = p.with_name(f"{aid}@{pages[-1]['next_offset']}.json")
        with open(q, encoding='utf-8') as fh:
            pages.append(json.load(fh))
        stored.append(str(q.relative_to(BASE)))
    off = 0
    for d in pages:
        assert (d['repo'], d['path'], d['commit']) == (repo, path, commit), (aid, d['repo'], d['path'], d['commit'])
        assert d['offset'] == off, (aid, d['offset'], off)
        off += len(d['text'])
        if 'next_offset' in d:
            assert d['next_offset'] == off, (aid, d['next_offset'], off)
    text = ''.join(d['text'] for d in pages)
    return text, pages[0]['total_chars'], stored, str(p.parent.relative_to(BASE))


sel, log, kept_bodies = {}, [], {}
(BASE / 'articles').mkdir(exist_ok=True)
seen_names = set()
for prefix, repo, listing in POOLS:
    with open(BASE / listing) as fh:
        files = json.load(fh)['files']
    commit_of = {f['path']: f['commit'] for f in files}
    names = sorted(p for p in commit_of if p.rsplit('/', 1)[1] not in seen_names)
    pool_names = {p.rsplit('/', 1)[1] for p in commit_of}
    random.Random(SEED).shuffle(names)
    print(f'{repo}: listed {len(commit_of)}, in pool {len(names)}')
    for path in names:
        if len(sel) == QUOTA:
            break
        fname = path.rsplit('/', 1)[1]
        stem = fname[:-4]
        site = re.sub(r'\d+$', '', stem)
        aid = f'{prefix}-{stem}'
        entry = {'id': aid, 'source': f'{repo}@{commit_of[path]}:{path}'}
        if stem in LANGUAGE_FILES:
            why = 'skipped (a, by name): language-sample file'
        elif stem in CNN_FILES:
            why = 'skipped (a, by name): CNN, the source of earlier sets'
        elif site in NOT_NEWS_SITES:
            why = f'skipped (a, by name): {site} does not publish news'
        else:
            text, total, stored, where = load_answer(aid, repo, path, commit_of[path])
            entry.update(chars=total, stored=stored, first_line=text.split('\n', 1)[0][:100], pairs=pairs(text))
            ov = 0.0
            sh = shingles(text)
            if sh:
                ov = max(len(sh & s) / len(sh) for _, s in earlier_sh)
            entry['max_shingle_overlap'] = round(ov, 3)
            body = text.split('\n', 1)[-1]
            if len(text) != total:
                assert aid in UNCOPYABLE, (aid, len(text), total)
                why = f'skipped (b): could not be copied exactly: {UNCOPYABLE[aid]}'
            elif aid in JUDGED_LANGUAGE:
                why = f'skipped (c): not English ({JUDGED_LANGUAGE[aid]})'
            elif text.split('\n', 1)[0].strip() in earlier_first or ov > 0.2:
                why = 'skipped (d): copy of an earlier article'
            elif pairs(text) < 2:
                why = f'skipped (e): {pairs(text)} pair(s) of double quotation marks'
            elif aid in JUDGED_QUOTES:
                n, reason = JUDGED_QUOTES[aid]
                why = f'skipped (f): {n} direct quotation(s): {reason}'
            elif body in kept_bodies:
                why = f'skipped (g): same body as {kept_bodies[body]}'
            else:
                why = f'kept: {pairs(text)} pairs of double quotation marks'
                kept_bodies[body] = aid
                out = BASE / 'articles' / f'{aid}.txt'
                with open(out, 'w', encoding='utf-8', newline='') as fh:
                    fh.write(text)
                with open(out, encoding='utf-8', newline='') as fh:
                    assert fh.read() == text
                sel[aid] = entry['source']
            assert (where == 'tool') == why.startswith('kept'), (aid, where, why)
        entry['decision'] = why
        log.append(entry)
        print(f'  {fname:28s} {why}')
    seen_names |= pool_names

assert len(sel) == QUOTA, len(sel)
used = {e['id'] for e in log if e['decision'].startswith('skipped (f)')}
assert used == set(JUDGED_QUOTES), set(JUDGED_QUOTES) ^ used
assert {e['id'] for e in log if e['decision'].startswith('skipped (c)')} == set(JUDGED_LANGUAGE)
with open(BASE / 'selection.json', 'w') as fh:
    json.dump(sel, fh, indent=1)
with open(BASE / 'selection_log.json', 'w', encoding='utf-8') as fh:
    json.dump(log, fh, ensure_ascii=False, indent=1)
print(len(sel), 'articles selected;', sum('stored' in e for e in log), 'files read;', len(log), 'files walked')
