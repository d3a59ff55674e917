"""Checks the held-out gold (heldout6): it loads, the keys and format are right, every item is verbatim in its article,
3-20 words, titles are the first line of their text, no duplicate texts; prints per-document and total counts.
Adapted from heldout5/check_gold.py: sources are checked against sources.json (written by select.py), every article
id must be one that select.py's output kept (16, all r21-<NEWID>); heldout5 (article ids and gold ids) is added to the
earlier sets (every /work/main/eval/*/articles folder but this one, every gold-*.json there); the no-copy assertion
(share of 8-word shingles < 0.5 with every earlier text, seeds included) is kept."""
import json
import re
import sys
from pathlib import Path


class _Tee:  # everything printed also goes to check_output.txt (written at the end of a complete run)
    def __init__(self):
        self.out, self.buf = sys.stdout, []

    def write(self, s):
        self.out.write(s)
        self.buf.append(s)

    def flush(self):
        self.out.flush()


_TEE = sys.stdout = _Tee()

HERE = Path(__file__).resolve().parent
g = json.loads((HERE / "gold-heldout6.json").read_text(encoding="utf-8"))
assert set(g) == {"about", "articles"} and isinstance(g["about"], str)
arts = g["articles"]
files = sorted(p.stem for p in (HERE / "articles").glob("*.txt"))
assert sorted(arts) == files, (sorted(arts), files)

# every id is one the selection kept
sel = (HERE / "select_output.txt").read_text(encoding="utf-8")
chosen = set(re.findall(r"KEEP #\d+ (r21-\d+) ", sel))
assert set(arts) == chosen, (sorted(set(arts) ^ chosen))
assert len(arts) == 16 and all(a.startswith("r21-") for a in arts)

# no id is in an earlier set
used = set()
for d in ["/work/shared/eval/dev-articles", "/work/shared/eval/dev2-articles", "/work/shared/eval/dev3-articles"] + \
         [str(p) for p in Path("/work/main/eval").glob("*/articles") if p.parent != HERE]:
    used |= {p.stem for p in Path(d).glob("*.txt")}
for f in ["seeds-gold.json", "gold-dev.json", "gold-dev2.json", "gold-dev3.json"]:
    used |= set(json.loads(Path("/work/shared/eval", f).read_text(encoding="utf-8"))["articles"])
for f in [p for p in Path("/work/main/eval").glob("*/gold-*.json") if p.parent != HERE]:
    used |= set(json.loads(f.read_text(encoding="utf-8"))["articles"])
assert not (set(arts) & used), sorted(set(arts) & used)

# no article copies an earlier text (8-word shingles; the largest share found is printed)
def shingles(t, n=8):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i + n]) for i in range(max(0, len(w) - n + 1))}
old = []
for d in [Path("/work/shared/seeds")] + [Path(x) for x in ["/work/shared/eval/dev-articles", "/work/shared/eval/dev2-articles",
          "/work/shared/eval/dev3-articles"]] + [p for p in Path("/work/main/eval").glob("*/articles") if p.parent != HERE]:
    old += [(f"{d.parent.name}/{p.stem}", shingles(p.read_text(encoding="utf-8", errors="replace"))) for p in d.glob("*.txt")]
top = []
for aid in sorted(arts):
    s = shingles((HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8"))
    share, who = max((len(s & o) / max(1, len(s)), k) for k, o in old)
    assert share < 0.5, (aid, who, share)
    top.append((share, aid, who))
print(f"earlier texts compared: {len(old)}; largest shared 8-word-shingle share: %.3f (%s vs %s)" % max(top))

src = json.loads((HERE / "sources.json").read_text(encoding="utf-8"))
bad = 0
for aid, a in sorted(arts.items(), key=lambda kv: int(kv[0][4:])):
    text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
    assert set(a) == {"title", "date", "boilerplate", "source", "items"}, aid
    assert a["date"] is None and a["boilerplate"] == [] and isinstance(a["source"], str)
    assert a["source"] == src[aid] == (f"loki86/ksr_zadanie1V2@d16457fd9d6d2b623fffc163746092b89a6e2fef:"
                                       f"reut2-00{0 if int(aid[4:]) <= 1000 else 1}.sgm#NEWID={aid[4:]}"), aid
    assert a["title"] == text.split("\n", 1)[0], aid
    for it in a["items"]:
        assert it["kind"] in ("demand", "outcome")
        assert isinstance(it["required"], bool)
        if it["kind"] == "outcome":
            assert set(it) == {"kind", "status", "actors", "required", "text"}, it
            assert it["status"] in ("agreed", "expected", "none") and isinstance(it["actors"], list)
            assert all(isinstance(x, str) and x for x in it["actors"])
        else:
            assert set(it) == {"kind", "actor", "target", "required", "text"}, it
            assert isinstance(it["actor"], str) and it["actor"] and (it["target"] is None or isinstance(it["target"], str))
        n = len(it["text"].split())
        if it["text"] not in text:
            bad += 1; print("NOT VERBATIM", aid, repr(it["text"]))
        if not 3 <= n <= 20:
            print("LENGTH", n, aid, repr(it["text"]))
    # duplicate texts
    ts = [i["text"] for i in a["items"]]
    assert len(ts) == len(set(ts)), aid
    c = lambda k, r: sum(1 for i in a["items"] if i["kind"] == k and i["required"] == r)
    print(f"{aid}: demands req={c('demand',True)} opt={c('demand',False)} | outcomes req={c('outcome',True)} opt={c('outcome',False)}")
tot = lambda k, r: sum(1 for a in arts.values() for i in a["items"] if i["kind"] == k and i["required"] == r)
print(f"TOTAL {len(arts)} docs: demands req={tot('demand',True)} opt={tot('demand',False)} | "
      f"outcomes req={tot('outcome',True)} opt={tot('outcome',False)} | items {sum(len(a['items']) for a in arts.values())}")
print("not verbatim:", bad)

(Path(__file__).resolve().parent / "check_output.txt").write_text("".join(_TEE.buf), encoding="utf-8")
