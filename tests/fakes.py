"""A fast stand-in for MiniLM, for the tests whose behaviour does not depend on the embedding (serving,
auth, limits, error envelopes). Wherever the summary or the extraction is asserted, the real model runs."""

from __future__ import annotations

import re
import zlib

import numpy as np

DIMENSIONS = 384  # MiniLM's, so shapes match wherever vectors are compared
_WORD = re.compile(r"\w+")


class HashingEncoder:
    """Unit vectors of hashed word counts: deterministic, ~1,000x faster than MiniLM, and sentences sharing
    words are near, so the ranking code runs on real similarities."""

    name = "test-hashing-encoder"
    precision = "fp32"

    def encode(self, sentences: list[str]) -> np.ndarray:
        vectors = np.zeros((len(sentences), DIMENSIONS), dtype=np.float32)
        for row, sentence in enumerate(sentences):
            for word in _WORD.findall(sentence.lower()):
                vectors[row, zlib.crc32(word.encode()) % DIMENSIONS] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)
