"""Renders the White House markdown files (raw_wh/<stem>.md, fetched with read_file) as text like the dev articles:
title (from the YAML front matter) on line 1, a blank line, then one line per paragraph.
Copied from heldout3/render_wh.py (itself heldout2's with three additions for markdown heldout2's six files did not
contain, listed first), plus two heldout4 additions (last two):
  - "<!-- -->" separator blocks (pandoc's list splitter) are dropped;
  - list markers keep one space after them ("-   text" -> "- text", "1.  text" -> "1. text"), as the dev WH files
    show bullets ("- The U.S.-Jordan Agreement ...");
  - a list item that starts a line inside a block (items not separated by a blank line, as in the Stockholm
    statement's "1." and "2.") becomes its own paragraph.
  - heldout4: an indented (nested) list marker starting a line also starts its own paragraph, as nested bullets are
    shown in the dev fact sheets (one "- " line per bullet); heldout3's rule covered only unindented markers;
  - heldout4: inline HTML tags (the "<span style=...>" around the last sentence of the Statement of Administration
    Policy) are removed, keeping their text.
The renderer still reproduces heldout3's eight WH articles byte for byte (checked by running it on heldout3/raw_wh).
"""
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def clean(s):
    s = s.replace("\u00a0", " ")                                 # YAML "\_" (no-break space) -> space
    s = s.replace("\\_", " ")                                    # any markdown "\_" left -> space
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)               # links -> link text
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)                       # bold
    s = re.sub(r"\*(.+?)\*", r"\1", s)                           # emphasis
    s = re.sub(r"[ \t]+", " ", s)                                # collapse spaces (also after list markers)
    return s.strip()


def render(md):
    _, fm, body = md.split("---\n", 2)
    title = clean(yaml.safe_load(fm)["title"])
    paras = []
    blocks = []
    for block in re.split(r"\n\s*\n", body):
        items = [[]]
        for l in block.splitlines():
            if re.match(r"\s*(\d+\.|[-*+])\s+\S", l) and items[-1]:  # a list marker (any indent) starts an item
                items.append([])
            items[-1].append(l)
        blocks += ["\n".join(i) for i in items]
    for block in blocks:
        line = clean(" ".join(l.strip() for l in block.splitlines()))
        if not line or re.fullmatch(r"(\\?#\s*)+", line):         # the final "\###" / "\# \# \#"
            continue
        if re.fullmatch(r"<!--.*?-->", line):                      # "<!-- -->" list separators
            continue
        line = re.sub(r"</?(span|u|em|strong|b|i)\b[^>]*>", "", line)  # heldout4: inline HTML tags -> their text
        paras.append(line)
    return title + "\n\n" + "\n\n".join(paras)           # no trailing newline, like the dev files


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--check-heldout3"]:              # reproduces heldout3's WH articles?
        h3 = HERE.parent / "heldout3"
        for p in sorted((h3 / "raw_wh").glob("*.md")):
            same = render(p.read_text(encoding="utf-8")) == (h3 / "articles" / f"wh-{p.stem[:90]}.txt").read_text(encoding="utf-8")
            print("same" if same else "DIFFERENT", p.stem[:60])
        sys.exit()
    (HERE / "articles").mkdir(exist_ok=True)
    for p in sorted((HERE / "raw_wh").glob("*.md")):
        out = HERE / "articles" / f"wh-{p.stem[:90]}.txt"
        out.write_text(render(p.read_text(encoding="utf-8")), encoding="utf-8")
        print(out.name)
