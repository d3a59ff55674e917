"""An NFC view of the input for analysis, with exact offsets back into the input as sent.

Text pasted from PDFs or macOS often arrives decomposed ("e" + U+0301 for "é"), so the same word
would not match the rules or the gazetteer. The analysis reads the NFC text; every span it returns is
mapped back to the input, which is never rewritten. NFC only recombines a character with the marks
that follow it, so the text is cut into such clusters, each normalized alone: a span that starts or
ends at a cluster of the NFC text starts or ends at the same cluster of the input.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np

from .model import Span


def _joins_previous(char: str) -> bool:
    # Combining marks, and the Hangul vowel and final jamo that compose with a preceding lead jamo.
    return unicodedata.combining(char) != 0 or "\u1160" <= char <= "\u11ff"


@dataclass(frozen=True, slots=True)
class NfcView:
    """``text`` is the NFC form of ``original``; ``starts[i]``/``ends[i]`` map an offset of ``text``
    (as a span start or end) to the offset of ``original``."""

    original: str
    text: str
    starts: np.ndarray
    ends: np.ndarray

    def to_original(self, span: Span) -> Span:
        return Span(int(self.starts[span.start]), int(self.ends[span.end]))


def nfc_view(text: str) -> NfcView | None:
    """None when the text is already NFC (the usual case; checked in C) or cannot be mapped cluster by
    cluster; otherwise the NFC text with its offset maps."""
    if unicodedata.is_normalized("NFC", text):
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    cluster_start = 0
    for position in range(1, len(text) + 1):
        if position < len(text) and _joins_previous(text[position]):
            continue
        normalized = unicodedata.normalize("NFC", text[cluster_start:position])
        pieces.append(normalized)
        starts.extend([cluster_start] * len(normalized))
        # Inside a cluster that became several characters, an end maps to the cluster's end.
        ends.extend([position] * len(normalized))
        cluster_start = position
    joined = "".join(pieces)
    if joined != unicodedata.normalize("NFC", text):
        return None
    starts.append(len(text))
    return NfcView(text, joined, np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64))
