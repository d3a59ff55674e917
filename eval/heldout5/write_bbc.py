"""Writes articles/bbc-<cat>-NNN.txt exactly as read_file returned them (saved in bbc_tool/<cat>-NNN.json, the tool's
"note" field left out), and bbc_sources.json. Stops if a text's length differs from the tool's total_chars."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMIT = "c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae"
src = {}
for f in sorted((HERE / "bbc_tool").glob("*.json")):
    d = json.loads(f.read_text(encoding="utf-8"))
    assert d["repo"] == "DokahlSoZoor/DieNeueKrone" and d["commit"] == COMMIT and d["offset"] == 0
    assert len(d["text"]) == d["total_chars"], f
    cat, num = f.stem.split("-")
    assert d["path"] == f"data/bbc/{cat}/{num}.txt"
    aid = f"bbc-{cat}-{num}"
    with open(HERE / "articles" / f"{aid}.txt", "w", encoding="utf-8", newline="") as out:
        out.write(d["text"])
    src[aid] = d["path"]
(HERE / "bbc_sources.json").write_text(json.dumps(src, indent=1), encoding="utf-8")
print(len(src), "BBC files")
