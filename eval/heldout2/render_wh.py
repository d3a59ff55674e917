"""Renders the White House markdown files (raw_wh/<stem>.md, fetched with read_file) as text like the dev articles:
title (from the YAML front matter) on line 1, a blank line, then one line per paragraph."""
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
    s = re.sub(r"[ \t]+", " ", s)                                # collapse spaces
    return s.strip()


def render(md):
    _, fm, body = md.split("---\n", 2)
    title = clean(yaml.safe_load(fm)["title"])
    paras = []
    for block in re.split(r"\n\s*\n", body):
        line = clean(" ".join(l.strip() for l in block.splitlines()))
        if not line or re.fullmatch(r"(\\?#\s*)+", line):         # the final "\###" / "\# \# \#"
            continue
        paras.append(line)
    return title + "\n\n" + "\n\n".join(paras)           # no trailing newline, like the dev files


if __name__ == "__main__":
    for p in sorted((HERE / "raw_wh").glob("*.md")):
        out = HERE / "articles" / f"wh-{p.stem[:90]}.txt"
        out.write_text(render(p.read_text(encoding="utf-8")), encoding="utf-8")
        print(out.name)
