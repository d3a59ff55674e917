"""Turns the read_file answers saved in raw_wh/tool/*.json (copied from the tool's JSON answer; the tool's "note"
field left out) into raw_wh/<stem>.md and raw_wh/raw.json ({stem: {commit, folder, text}}), as heldout2 keeps them.
Stops if a text's length differs from the tool's total_chars."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
raw = {}
for f in sorted((HERE / "raw_wh" / "tool").glob("*.json"), key=lambda p: int(p.stem)):
    d = json.loads(f.read_text(encoding="utf-8"))
    assert d["repo"] == "brian14708/wh-briefings" and d["offset"] == 0
    assert len(d["text"]) == d["total_chars"], f
    folder, name = d["path"].rsplit("/", 1)
    stem = name[:-3]
    raw[stem] = {"commit": d["commit"], "folder": folder, "text": d["text"]}
    with open(HERE / "raw_wh" / f"{stem}.md", "w", encoding="utf-8", newline="") as out:
        out.write(d["text"])
(HERE / "raw_wh" / "raw.json").write_text(json.dumps(raw, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(raw), "raw WH files")
