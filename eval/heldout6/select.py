"""heldout6: mechanical selection of 16 Reuters-21578 stories (reut2-000.sgm, reut2-001.sgm of
loki86/ksr_zadanie1V2 @ d16457fd9d6d2b623fffc163746092b89a6e2fef) and rendering of articles/r21-<NEWID>.txt.

Inputs: tool/<file>@<offset>.json, the read_file answers copied by hand (see SELECTION.md: each holds the answer's
text from the start of the page up to and including the `</REUTERS>` that closes the first story whose `<REUTERS`
tag starts in the page; the `note` field is left out). judgements.json: manual skip decisions (NEWID -> reason)
for the two non-mechanical rules (results table, near-copy); it is {} because no drawn story needed one.

Draw: rng = random.Random(20261206); repeat: file = rng.choice(FILES), offset = rng.randrange(0, total//16000 + 1)
* 16000; skip a (file, offset) pair drawn before; take the first story whose `<REUTERS` starts in the page.
Eligible: TITLE and BODY present; >= 150 words in the rendered body; not a results table; not a near-copy of a
story already kept. Keep the first 16 eligible. Prints the whole walk and writes it to select_output.txt."""
import difflib
import html
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO, COMMIT = "loki86/ksr_zadanie1V2", "d16457fd9d6d2b623fffc163746092b89a6e2fef"
FILES = ["reut2-000.sgm", "reut2-001.sgm"]
PAGE, WANT, MIN_WORDS = 16000, 16, 150


class _Tee:  # everything printed also goes to select_output.txt (written at the end of a complete run)
    def __init__(self):
        self.out, self.buf = sys.stdout, []

    def write(self, s):
        self.out.write(s)
        self.buf.append(s)

    def flush(self):
        self.out.flush()


_TEE = sys.stdout = _Tee()


def load(f, off):
    p = HERE / "tool" / f"{f}@{off}.json"
    d = json.loads(p.read_text(encoding="utf-8"))
    assert d["repo"] == REPO and d["commit"] == COMMIT and d["path"] == f and d["offset"] == off, p
    assert len(d["text"]) <= PAGE, p
    if d.get("next_offset") is not None:
        assert d["next_offset"] == off + PAGE, p
    return d


TOTAL = {f: load(f, 0)["total_chars"] for f in FILES}
assert TOTAL == {"reut2-000.sgm": 1324355, "reut2-001.sgm": 1254436}, TOTAL
# the corpus check: page 0 of each file opens with NEWID 1 / 1001 (last pages, read but not stored, end with 1000 / 2000)
assert 'NEWID="1">' in load(FILES[0], 0)["text"] and 'NEWID="1001">' in load(FILES[1], 0)["text"]


def first_story(f, off):
    d = load(f, off)
    t = d["text"]
    assert d["total_chars"] == TOTAL[f]
    i = t.find("<REUTERS")
    assert i >= 0, (f, off)
    s = t[i:]
    nxt = off
    while "</REUTERS>" not in s:           # story runs past the page: continue in the next page
        assert len(d["text"]) == PAGE, (f, off)
        nxt += PAGE
        d = load(f, nxt)
        s += d["text"]
    s = s[: s.index("</REUTERS>") + len("</REUTERS>")]
    assert (HERE / "tool" / f"{f}@{off}.json").read_text(encoding="utf-8").count("<REUTERS") >= 1
    return s


def dec(x):
    return x.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


SIGNOFF = re.compile(r"\n[ \t]*reuter\.*[ \t]*$", re.I)


def render(story):
    """-> (newid, article text or None, body words, note)"""
    nid = re.search(r'NEWID="(\d+)"', story).group(1)
    ti = re.search(r"<TITLE>(.*?)</TITLE>", story, re.S)
    bo = re.search(r"<BODY>(.*?)</BODY>", story, re.S)
    dl = re.search(r"<DATELINE>(.*?)</DATELINE>", story, re.S)
    if not ti or not bo:
        return nid, None, 0, "no TITLE/BODY (TEXT TYPE=%s)" % (re.search(r'<TEXT TYPE="(\w+)"', story) or [None, "?"])[1]
    body = bo.group(1)
    body = re.sub(r"(&#3;|\s)+$", "", body)          # closing control entity and trailing whitespace
    body = SIGNOFF.sub("", body).rstrip()             # the final ' Reuter' / ' REUTER' line
    other = re.findall(r"&#\d+;", body)
    body = re.sub(r"&#\d+;", "", body)
    body = dec(body)
    title = dec(ti.group(1)).strip()
    dateline = dec(dl.group(1)).strip() if dl else ""
    text = f"{title}\n\n{dateline} {body}" if dateline else f"{title}\n\n{body}"
    note = ("other control entities removed: %s" % other) if other else ""
    return nid, text, len(body.split()), note


SOURCES = {}
TABLE_LINE = re.compile(r"\bvs\b|^\s*(shr|net|revs|sales|qtly div|avg shrs|oper)\b", re.I)


def is_table(text):
    lines = [l for l in text.split("\n")[2:] if l.strip()]
    return sum(bool(TABLE_LINE.search(l)) for l in lines) / max(1, len(lines)) > 0.5


def shingles(t, n=8):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}


def main():
    judged = json.loads((HERE / "judgements.json").read_text(encoding="utf-8"))
    rng = random.Random(20261206)
    seen, kept, rank = set(), {}, 0
    print(f"totals: {TOTAL}; pages per file: " + ", ".join(f"{f} 0..{TOTAL[f] // PAGE}" for f in FILES))
    while len(kept) < WANT:
        f = rng.choice(FILES)
        off = rng.randrange(0, TOTAL[f] // PAGE + 1) * PAGE
        if (f, off) in seen:
            print(f"        repeat {f}@{off} skipped")
            continue
        seen.add((f, off))
        rank += 1
        nid, text, words, note = render(first_story(f, off))
        title = text.split("\n", 1)[0] if text else ""
        if text is None:
            dec_ = "skip: " + note
        elif nid in judged:
            dec_ = "skip: " + judged[nid]
        elif words < MIN_WORDS:
            dec_ = f"skip: body {words} words < {MIN_WORDS}"
        elif is_table(text):
            dec_ = "skip: results table"
        else:
            sh = shingles(text)
            near = [(k, len(sh & shingles(v)) / max(1, len(sh)), difflib.SequenceMatcher(None, text, v).ratio())
                    for k, v in kept.items()]
            near = [x for x in near if x[1] >= 0.5 or x[2] >= 0.8]
            if near:
                dec_ = f"skip: near-copy of {near[0][0]}"
            else:
                kept[f"r21-{nid}"] = text
                SOURCES[f"r21-{nid}"] = f"{REPO}@{COMMIT}:{f}#NEWID={nid}"
                dec_ = f"KEEP #{len(kept)} r21-{nid} ({words} words){'; ' + note if note else ''}"
        print(f"{rank:3d} {f}@{off:<8d} NEWID={nid:<5s} {title[:60]!r:64s} {dec_}")
    out = HERE / "articles"
    out.mkdir(exist_ok=True)
    for p in out.glob("*.txt"):
        p.unlink()
    for aid, text in kept.items():
        with open(out / f"{aid}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    print(f"\n{rank} pages drawn, {len(kept)} kept:")
    for aid in kept:
        print("  " + aid)
    (HERE / "sources.json").write_text(json.dumps(SOURCES, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
    (HERE / "select_output.txt").write_text("".join(_TEE.buf), encoding="utf-8")
