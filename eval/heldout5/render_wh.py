"""heldout5: copied from heldout4/render_wh.py with one addition (last in the list below: markdown-escaped
parentheses and brackets "\\(1\\)" -> "(1)", found in the JFK fact sheet) and a --check option that confirms the
renderer still reproduces the WH articles of heldout3 and heldout4 byte for byte (neither has such escapes).

Renders the White House markdown files (raw_wh/<stem>.md, fetched with read_file) as text like the dev articles:
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
  - heldout5: markdown backslash escapes of parentheses and square brackets ("\\(1\\)" in the JFK fact sheet's
    numbered sub-bullets) are removed, keeping the character.
The renderer still reproduces heldout3's and heldout4's sixteen WH articles byte for byte (python3 render_wh.py --check).
"""
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def clean(s):
    s = s.replace("\u00a0", " ")                                 # YAML "\_" (no-break space) -> space
    s = s.replace("\\_", " ")                                    # any markdown "\_" left -> space
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)               # links -> link text
    s = re.sub(r"\\([()\[\]])", r"\1", s)                        # heldout5: "\\(" -> "(" (markdown escapes)
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
    if sys.argv[1:] == ["--check"]:                       # reproduces heldout3's and heldout4's WH articles?
        for h in ("heldout3", "heldout4"):
            hd = HERE.parent / h
            for p in sorted((hd / "raw_wh").glob("*.md")):
                same = render(p.read_text(encoding="utf-8")) == (hd / "articles" / f"wh-{p.stem[:90]}.txt").read_text(encoding="utf-8")
                print("same" if same else "DIFFERENT", h, p.stem[:60])
        sys.exit()
    (HERE / "articles").mkdir(exist_ok=True)
    for p in sorted((HERE / "raw_wh").glob("*.md")):
        out = HERE / "articles" / f"wh-{p.stem[:90]}.txt"
        out.write_text(render(p.read_text(encoding="utf-8")), encoding="utf-8")
        print(out.name)
