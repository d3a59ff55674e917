"""Checks the held-out gold (heldout2): it loads, every item is verbatim in its article, 3-20 words, titles match."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
g = json.loads((HERE / "gold-heldout2.json").read_text(encoding="utf-8"))
assert set(g) == {"about", "articles"} and isinstance(g["about"], str)
arts = g["articles"]
files = sorted(p.stem for p in (HERE / "articles").glob("*.txt"))
assert sorted(arts) == files, (sorted(arts), files)
bad = 0
for aid, a in sorted(arts.items()):
    text = (HERE / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
    assert set(a) == {"title", "date", "boilerplate", "source", "items"}, aid
    assert a["date"] is None and a["boilerplate"] == [] and isinstance(a["source"], str)
    if aid.startswith(("dm-", "cnn-")):
        assert a["title"] is None and a["source"] == f"cnndm-dev.jsonl:{aid}"
    else:
        assert "@" in a["source"] and ":" in a["source"]
    if a["title"] is not None:
        assert a["title"] == text.split("\n", 1)[0]
    for it in a["items"]:
        assert it["kind"] in ("demand", "outcome")
        assert isinstance(it["required"], bool)
        if it["kind"] == "outcome":
            assert it["status"] in ("agreed", "expected", "none") and isinstance(it["actors"], list)
        else:
            assert "actor" in it and "target" in it
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
      f"outcomes req={tot('outcome',True)} opt={tot('outcome',False)}")
print("not verbatim:", bad)
