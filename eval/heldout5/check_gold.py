"""Checks the held-out gold (heldout5): it loads, the keys and format are right, every item is verbatim in its article,
3-20 words, titles are the first line of their text, no duplicate texts; prints per-document and total counts.
Copied from heldout4/check_gold.py (sources are checked against raw_wh/raw.json and bbc_sources.json, and every
article id must be one that select.py's output chose), with heldout4 (its article ids, gold ids and WH source stems)
and quotes13 (named; the quotes* globs already include it) added to the earlier sets; the no-copy assertion
(share of 8-word shingles < 0.5 with every earlier text, seeds included) is kept."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
g = json.loads((HERE / "gold-heldout5.json").read_text(encoding="utf-8"))
assert set(g) == {"about", "articles"} and isinstance(g["about"], str)
arts = g["articles"]
files = sorted(p.stem for p in (HERE / "articles").glob("*.txt"))
assert sorted(arts) == files, (sorted(arts), files)

# every id is one the selection chose
sel = (HERE / "select_output.txt").read_text(encoding="utf-8")
chosen = {"wh-" + m[:90] for m in re.findall(r"^  WH (\S+)$", sel, re.M)}
for cat, nums in re.findall(r"^BBC (\w+): .*sample of 4: (.*)$", sel, re.M):
    chosen |= {f"bbc-{cat}-{n}" for n in nums.split()}
assert set(arts) == chosen, (sorted(set(arts) ^ chosen))
assert sum(a.startswith("wh-") for a in arts) == 8
assert sum(a.startswith("bbc-politics-") for a in arts) == 4 and sum(a.startswith("bbc-business-") for a in arts) == 4

# no id is in an earlier set
used = set()
for d in ["/work/shared/eval/dev-articles", "/work/shared/eval/dev2-articles", "/work/shared/eval/dev3-articles",
          "/work/main/eval/heldout/articles", "/work/main/eval/heldout2/articles",
          "/work/main/eval/heldout3/articles", "/work/main/eval/heldout4/articles",
          "/work/main/eval/quotes13/articles"] + \
         [str(p) for p in Path("/work/main/eval").glob("quotes*/articles")]:
    used |= {p.stem for p in Path(d).glob("*.txt")}
for f in ["seeds-gold.json", "gold-dev.json", "gold-dev2.json", "gold-dev3.json"]:
    used |= set(json.loads(Path("/work/shared/eval", f).read_text(encoding="utf-8"))["articles"])
for f in ["/work/main/eval/heldout/gold-heldout.json", "/work/main/eval/heldout2/gold-heldout2.json",
          "/work/main/eval/heldout3/gold-heldout3.json", "/work/main/eval/heldout4/gold-heldout4.json",
          "/work/main/eval/quotes13/gold-quotes.json"] + [str(p) for p in Path("/work/main/eval").glob("quotes*/gold-quotes.json")]:
    used |= set(json.loads(Path(f).read_text(encoding="utf-8"))["articles"])
assert not (set(arts) & used), sorted(set(arts) & used)
h4 = json.loads(Path("/work/main/eval/heldout4/gold-heldout4.json").read_text(encoding="utf-8"))["articles"]
h4_src = {a["source"].rsplit("/", 1)[1] for a in h4.values() if a["source"].startswith("brian14708/")}
own_src = {a["source"].rsplit("/", 1)[1] for a in arts.values() if a["source"].startswith("brian14708/")}
assert not (own_src & h4_src), sorted(own_src & h4_src)

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

raw = json.loads((HERE / "raw_wh" / "raw.json").read_text(encoding="utf-8"))
bbc = json.loads((HERE / "bbc_sources.json").read_text(encoding="utf-8"))
bad = 0
for aid, a in sorted(arts.items()):
    text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
    assert set(a) == {"title", "date", "boilerplate", "source", "items"}, aid
    assert a["date"] is None and a["boilerplate"] == [] and isinstance(a["source"], str)
    if aid.startswith("wh-"):
        stem = next(k for k in raw if k[:90] == aid[3:])
        assert a["source"] == f"brian14708/wh-briefings@{raw[stem]['commit']}:{raw[stem]['folder']}/{stem}.md", aid
    else:
        assert a["source"] == f"DokahlSoZoor/DieNeueKrone@c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae:{bbc[aid]}", aid
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
