"""Renders the White House markdown files (raw_wh/<stem>.md, fetched with read_file) as text like the dev articles:
title (from the YAML front matter) on line 1, a blank line, then one line per paragraph.
Copied from heldout2/render_wh.py, with two additions for markdown that heldout2's six files did not contain:
  - "<!-- -->" separator blocks (pandoc's list splitter) are dropped;
  - list markers keep one space after them ("-   text" -> "- text", "1.  text" -> "1. text"), as the dev WH files
    show bullets ("- The U.S.-Jordan Agreement ...");
  - a list item that starts a line inside a block (items not separated by a blank line, as in the Stockholm
    statement's "1." and "2.") becomes its own paragraph.
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
            if re.match(r"(\d+\.|[-*+])\s+\S", l) and items[-1]:     # an unindented list marker starts an item
                items.append([])
            items[-1].append(l)
        blocks += ["\n".join(i) for i in items]
    for block in blocks:
        line = clean(" ".join(l.strip() for l in block.splitlines()))
        if not line or re.fullmatch(r"(\\?#\s*)+", line):         # the final "\###" / "\# \# \#"
            continue
        if re.fullmatch(r"<!--.*?-->", line):                      # "<!-- -->" list separators
            continue
        paras.append(line)
    return title + "\n\n" + "\n\n".join(paras)           # no trailing newline, like the dev files


if __name__ == "__main__":
    (HERE / "articles").mkdir(exist_ok=True)
    for p in sorted((HERE / "raw_wh").glob("*.md")):
        out = HERE / "articles" / f"wh-{p.stem[:90]}.txt"
        out.write_text(render(p.read_text(encoding="utf-8")), encoding="utf-8")
        print(out.name)
