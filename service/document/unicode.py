"""Characters that must never reach the output, the input's language, and mojibake detection.

The input string is never rewritten (offsets are sacred). Instead, control and bidirectional-override
characters act as line breaks (layout.py): no unit, title or boilerplate span ever contains one, so a
client can neither be spoofed by reordered text nor receive terminal escapes.
"""

from __future__ import annotations

import re
from typing import Final

# C0 controls except tab and line breaks, DEL, C1 controls, and the bidi embedding, override and
# isolate characters (the "Trojan Source" set), plus the line and paragraph separators.
INVISIBLE_CONTROLS: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
# Text samples shorter than this give language guesses no better than chance.
LANGUAGE_MIN_CHARS: Final = 40
# Characters sampled for language identification: enough for a confident guess (py3langid is
# reliable from a few sentences), and its cost grows with the sample.
LANGUAGE_SAMPLE_CHARS: Final = 1000
# UTF-8 read as Latin-1/cp1252 always yields one of these lead characters; text without any of them
# cannot be mojibake of that kind, so ftfy's (costlier) check runs only when one is present.
_MOJIBAKE_LEADS: Final = re.compile("[ÃÂâÅÐÑØÙ]")
# Characters checked for mojibake: problems in a pasted article show up within its first pages.
MOJIBAKE_SAMPLE_CHARS: Final = 10_000


def detect_language(sample: str) -> str | None:
    """ISO 639-1 code of the sample's language, or None when the sample is too short to tell."""
    sample = sample[:LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < LANGUAGE_MIN_CHARS:
        return None
    import py3langid  # imported lazily: its model loads on first use (~0.3 s)

    language, _ = py3langid.classify(sample)
    return language


def looks_like_mojibake(sample: str) -> bool:
    """True when the text shows UTF-8 decoded as a legacy code page ("â€™" for "’")."""
    sample = sample[:MOJIBAKE_SAMPLE_CHARS]
    if not _MOJIBAKE_LEADS.search(sample):
        return False
    from ftfy import badness

    return badness.is_bad(sample)
