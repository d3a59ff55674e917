"""Deterministic selection for quotes15: Reuters-21578 newswire stories (March 1987), file reut2-003, as stored in
the public repository loki86/ksr_zadanie1V2 at commit d16457fd9d6d2b623fffc163746092b89a6e2fef.

Which file: the brief names reut2-003.sgm, but in this repository that file is TRUNCATED: 224,008 characters, it
stops after NEWID 3157 (157 of the 1,000 stories 3001-4000 of the corpus file) and ends with a blank line after the
last </REUTERS>. reut2-003-full.sgm (1,298,718 characters) holds NEWIDs 3001-4000 and is identical to
reut2-003.sgm where both were compared (offset 0 page, and reut2-003.sgm@221000 == reut2-003-full.sgm@220997,
which covers NEWIDs 3155-3157), except for one edit in the metadata of story 3001: `<PLACES>uk</D></PLACES>` for
`<PLACES><D>uk</D></PLACES>` (3 characters fewer, hence the shift of 3). reut2-003-Kopia.sgm (160,646 characters)
is a stripped working copy that starts with a bare list of <PLACES> lines. So the stories are read from
reut2-003-full.sgm; no TITLE, DATELINE or BODY of any story is known to differ from the truncated file.

The look-up tools cannot be called from Python, so each read_file answer used was copied by hand, whole, into
tool/<offset>.json. Each answer is checked here: repo, path, commit and offset, and len(text) equals
min(16000, total_chars - offset) -- except the one page in KNOWN_COPY_DEFECTS.

Rule (fixed before the walk): rng = random.Random(20261207); draw page offsets
rng.randrange(0, total_chars // 16000 + 1) * 16000, skipping offsets drawn before. In each drawn page walk, in order,
the stories whose `<REUTERS` opening tag starts inside the page (the text of a story that runs past the end of the
page is completed from the next page's answer). A story is kept unless, in this order,
  (a) it has no TITLE or no BODY (the "Blah blah blah." briefs have no BODY);
  (b) its BODY has fewer than 2 pairs of double quotation marks (count('"') // 2 < 2);
  (c) reading it, it has fewer than 2 direct quotations (JUDGED_QUOTES: marks that are only names, terms or
      scare quotes);
  (d) it is a copy of a kept story (same body, or more than 50% of its 8-word shingles in a kept story), or of an
      earlier set's text (first line equal to the first line of a .txt under /work/shared/eval/*-articles/,
      /work/shared/seeds/ or /work/main/eval/*/articles/, this folder excluded, or more than 20% of its 8-word
      shingles in one such text).
Stop as soon as 20 stories are kept.
Writes articles/r21q-<NEWID>.txt (newline=''), selection.json (id -> source) and selection_log.json.
"""
import glob
import json
import random
import re
from pathlib import Path

BASE = Path(__file__).resolve().parent
REPO = 'loki86/ksr_zadanie1V2'
PATH = 'reut2-003-full.sgm'
COMMIT = 'd16457fd9d6d2b623fffc163746092b89a6e2fef'
TOTAL = 1298718
SEED = 20261207
PAGE = 16000
QUOTA = 20

KNOWN_COPY_DEFECTS = {
    176000: 'hand copy has 15,999 of 16,000 characters: one character was lost in copying and could not be located. '
            'The page is used only to finish story 3118 (no quotation marks, rejected), and is not a drawn page',
}
JUDGED_QUOTES = {
    '3464': (1, '"Karda Ku" is a place name; one partial quote ("to make up for failure ...")'),
    '3117': (1, 'one quote (Takefman); "laser tag" is a product name'),
    '3014': (1, 'one quote ("We are determined to do it."); "intrusive" is a term / scare quotes'),
}
ENT = {'&lt;': '<', '&gt;': '>', '&amp;': '&'}


def load_page(off):
    p = BASE / 'tool' / f'{off}.json'
    if not p.exists():
        return None
    with open(p, encoding='utf-8') as fh:
        d = json.load(fh)
    assert (d['repo'], d['path'], d['commit'], d['offset'], d['total_chars']) == (REPO, PATH, COMMIT, off, TOTAL), p
    want = min(PAGE, TOTAL - off)
    if off in KNOWN_COPY_DEFECTS:
        assert len(d['text']) == want - 1, (off, len(d['text']))
    else:
        assert len(d['text']) == want, (off, len(d['text']), want)
        if off + PAGE < TOTAL:
            assert d['next_offset'] == off + PAGE
    return d['text']


def decode(s):
    return re.sub('&lt;|&gt;|&amp;', lambda m: ENT[m.group(0)], s)


def story_text(off, start):
    """The story that opens at page[start]: text up to and including </REUTERS>, continued from later pages."""
    t, pages = load_page(off)[start:], [off]
    nxt = off + PAGE
    while '</REUTERS>' not in t:
        more = load_page(nxt)
        if more is None:
            # the page ends inside the closing tag; the story's TEXT is complete (checked), the next page is not stored
            assert '</TEXT>' in t, (off, start)
            break
        t += more
        pages.append(nxt)
        nxt += PAGE
    if '</REUTERS>' in t:
        t = t[:t.index('</REUTERS>') + len('</REUTERS>')]
    return t, pages


def parse(st):
    newid = re.search(r'NEWID="(\d+)"', st).group(1)
    title = re.search(r'<TITLE>(.*?)</TITLE>', st, re.S)
    dl = re.search(r'<DATELINE>(.*?)</DATELINE>', st, re.S)
    body = re.search(r'<BODY>(.*?)</BODY>', st, re.S)
    return newid, title and title.group(1), dl and dl.group(1), body and body.group(1)


def clean_body(b):
    """BODY minus the closing sign-off (a last line ` Reuter`/` REUTER`, the &#3; after it, trailing whitespace);
    other &#N; control entities removed; &lt; &gt; &amp; decoded. Returns (text, notes)."""
    notes = []
    assert b.endswith('&#3;'), b[-20:]
    b = b[:-len('&#3;')].rstrip()
    last = b.rsplit('\n', 1)
    if len(last) == 2 and last[1].strip().lower() == 'reuter':
        b = last[0].rstrip()
    else:
        notes.append(f'no sign-off line (last line {last[-1].strip()[-30:]!r})')
    other = re.findall(r'&#\d+;', b)
    if other:
        notes.append(f'removed control entities {other}')
        b = re.sub(r'&#\d+;', '', b)
    return decode(b), notes


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

rng = random.Random(SEED)
drawn, sel, log, kept = [], {}, [], {}
(BASE / 'articles').mkdir(exist_ok=True)
while len(sel) < QUOTA:
    off = rng.randrange(0, TOTAL // PAGE + 1) * PAGE
    if off in drawn:
        continue
    drawn.append(off)
    page = load_page(off)
    assert page is not None, f'page {off} was drawn: read it with the tool and store tool/{off}.json'
    starts = [m.start() for m in re.finditer(r'<REUTERS ', page)]
    print(f'page {off}: {len(starts)} stories open here')
    for s in starts:
        if len(sel) == QUOTA:
            break
        st, pages = story_text(off, s)
        newid, title, dl, body = parse(st)
        aid = f'r21q-{newid}'
        entry = {'id': aid, 'newid': newid, 'page': off, 'pages_used': pages}
        if title is not None:
            entry['title'] = decode(title.strip())
        if title is None or body is None:
            why = 'skipped (a): no TITLE' if title is None else 'skipped (a): no BODY (brief)'
        else:
            pairs = body.count('"') // 2
            entry['pairs'] = pairs
            text_body, notes = clean_body(body)
            text = decode(title) + '\n\n' + dl.strip() + ' ' + text_body
            sh = shingles(text)
            ov = max((len(sh & s2) / len(sh) for _, s2 in earlier_sh), default=0.0) if sh else 0.0
            ov_kept = max((len(sh & shingles(k)) / len(sh) for k in kept.values()), default=0.0) if sh else 0.0
            entry['max_shingle_overlap_earlier'] = round(ov, 3)
            if pairs < 2:
                why = f'skipped (b): {pairs} pair(s) of double quotation marks'
            elif newid in JUDGED_QUOTES:
                n, reason = JUDGED_QUOTES[newid]
                why = f'skipped (c): {n} direct quotation(s): {reason}'
            elif text_body in kept.values() or ov_kept > 0.5:
                why = 'skipped (d): copy of a kept story'
            elif text.split('\n', 1)[0].strip() in earlier_first or ov > 0.2:
                why = 'skipped (d): copy of an earlier set'
            else:
                why = f'kept: {pairs} pairs of double quotation marks'
                if notes:
                    entry['notes'] = notes
                kept[aid] = text_body
                out = BASE / 'articles' / f'{aid}.txt'
                with open(out, 'w', encoding='utf-8', newline='') as fh:
                    fh.write(text)
                with open(out, encoding='utf-8', newline='') as fh:
                    assert fh.read() == text
                sel[aid] = f'{REPO}@{COMMIT}:{PATH}#NEWID={newid}'
        entry['decision'] = why
        log.append(entry)
        print(f'  {newid} {why}')

used = {e['newid'] for e in log if e['decision'].startswith('skipped (c)')}
assert used == set(JUDGED_QUOTES), used ^ set(JUDGED_QUOTES)
with open(BASE / 'selection.json', 'w') as fh:
    json.dump(sel, fh, indent=1)
with open(BASE / 'selection_log.json', 'w', encoding='utf-8') as fh:
    json.dump({'drawn_pages': drawn, 'stories': log}, fh, ensure_ascii=False, indent=1)
print(len(sel), 'stories kept;', len(log), 'stories walked;', len(drawn), 'pages drawn:', drawn)
