"""Faithfulness guard for generated summaries: every sentence aligned to the source sentences that
support it, and the facts a summary states that its source does not (numbers, dates, names) listed.

A generated sentence is only as trustworthy as its support: clients get the spans to check it, and a
warning when a figure or a name appears from nowhere (the commonest abstractive hallucination).
"""

from __future__ import annotations

import re
from typing import Final

import numpy as np

from .extractive import SupportSpan

# Support spans kept per generated sentence: the best two cover a sentence fused from two sources.
SUPPORTS_PER_SENTENCE: Final = 2
# Numbers as written ("3.5", "1,200", "40%"); commas are dropped before comparing.
_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)*%?")
# Capitalized words: names, places, months. A sentence's first word is checked in lower case too.
_CAPITALIZED: Final = re.compile(r"\b[A-Z][\w'’-]*")
_WORD: Final = re.compile(r"[\w'’-]+")
_FACT: Final = re.compile(rf"{_NUMBER.pattern}|{_CAPITALIZED.pattern}")


def align(summary_vectors: np.ndarray, source_vectors: np.ndarray, source_spans: list) -> list[list[SupportSpan]]:
    """For each summary sentence, its best supporting source sentences, most similar first."""
    if summary_vectors.shape[0] == 0 or source_vectors.shape[0] == 0:
        return [[] for _ in range(summary_vectors.shape[0])]
    similarity = summary_vectors @ source_vectors.T
    supports: list[list[SupportSpan]] = []
    for row in similarity:
        best = np.argsort(-row)[:SUPPORTS_PER_SENTENCE]
        supports.append([SupportSpan(source_spans[i], round(float(row[i]), 4)) for i in best])
    return supports


def unsupported_facts(summary_sentences: list[str], source: str) -> list[str]:
    """Numbers and capitalized words of the summary that the source never writes."""
    source_numbers = {n.replace(",", "") for n in _NUMBER.findall(source)}
    source_words = set(_WORD.findall(source))
    source_lower = {w.lower() for w in source_words}
    missing: list[str] = []
    for sentence in summary_sentences:
        for match in _FACT.finditer(sentence):
            word = match.group()
            if word[0].isdigit():
                if word.replace(",", "") in source_numbers or word.rstrip("%") in source_numbers:
                    continue
            elif word in source_words or (not sentence[: match.start()].strip() and word.lower() in source_lower):
                continue
            missing.append(word)
    return list(dict.fromkeys(missing))
