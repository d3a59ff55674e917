"""The per-worker model holder: loads the models once, answers readiness.

Loading has two parts. ``load_shared`` holds what is safe to fork and large: the imports (neither torch
nor transformers: see grammar/ and embeddings.py), spaCy's pipelines, the text libraries' tables and the
summary's static ranker when its distillation is already cached, warmed up, with no thread started.
Under gunicorn the master runs it before forking (deploy/gunicorn.conf.py, preload), so every worker
shares those pages instead of holding its own copy. The rest (MiniLM on CTranslate2, the
abstractive model) starts thread pools when built, so it is loaded in each worker after the fork: no
thread pool exists before fork and the known fork hang of torch and OpenMP cannot occur.
"""

from __future__ import annotations

import gc
import logging
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings
from .embeddings import EmbeddingConfig, Encoder, SentenceEncoder, default_model_path

if TYPE_CHECKING:
    from .grammar import Grammar
    from .summarize.abstractive import AbstractiveSummarizer

log = logging.getLogger(__name__)


class ModelNotReady(RuntimeError):
    """Raised when a request arrives before the model has loaded (or after it failed to)."""


class ModelHolder:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._encoder: Encoder | None = None
        self._ranker: Encoder | None = None
        self._abstractive: AbstractiveSummarizer | None = None
        self._grammar: Grammar | None = None
        self._error: BaseException | None = None
        self._loaded = threading.Event()
        self._lock = threading.Lock()
        self._started = False
        self._shared_loaded = False
        self.load_seconds: float | None = None

    @classmethod
    def loaded(cls, settings: Settings, encoder: Encoder, grammar: Grammar | None = None,
               abstractive: AbstractiveSummarizer | None = None, ranker: Encoder | None = None) -> ModelHolder:
        """A holder of models built elsewhere (a test's fake encoder, a batch job's shared models): ready at
        once, nothing loaded from disk."""
        holder = cls(settings)
        holder._encoder, holder._grammar, holder._abstractive = encoder, grammar, abstractive
        holder._ranker = ranker
        holder._started = True
        holder.load_seconds = 0.0
        holder._loaded.set()
        return holder

    @property
    def ready(self) -> bool:
        return self._encoder is not None

    @property
    def error(self) -> str | None:
        return repr(self._error) if self._error else None

    def start_background_load(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._load, name="model-loader", daemon=True).start()

    def load(self) -> Encoder:
        """Loads synchronously (or waits for a load already under way) and returns the encoder."""
        with self._lock:
            start_here = not self._started
            self._started = True
        if start_here:
            self._load()
        self._loaded.wait()
        return self.encoder

    def load_shared(self) -> None:
        """The fork-safe part of the load (spaCy's pipelines, the text stack, the summary's static ranker:
        arrays and a tokenizer, no thread started until it first encodes), synchronously. Raises what the
        load raised (in a gunicorn master, a failed check stops the server at start; in a worker's load,
        readiness reports it)."""
        if self._shared_loaded:
            return
        # Imported here, not in the workers, so that their modules' pages are shared too (~60 MB a worker).
        import ctranslate2  # noqa: F401

        _warm_text_stack()
        self._grammar = self._load_grammar()
        # The ranker's 31 MB of vectors, loaded before fork, are one copy for all workers. Not when it has
        # yet to be distilled (no `prepare` for this cache): that runs MiniLM on torch, which must not
        # happen before fork; each worker then distils (one at a time, by a file lock) or loads it.
        if self._wants_static_ranker() and self._ranker_cached():
            self._ranker = self._load_encoder("static")
        self._shared_loaded = True

    def _wants_static_ranker(self) -> bool:
        return self.settings.summary_ranker == "static" and self.settings.embedding_backend != "static"

    def _ranker_cached(self) -> bool:
        from .embeddings import static_model_cached

        return static_model_cached(self._embedding_config("static"))

    def _load(self) -> None:
        started = time.perf_counter()
        preloaded = self._shared_loaded
        try:
            self.load_shared()
            encoder = self._load_encoder(self.settings.embedding_backend)
            # The summary's ranker (config.py), loaded with the shared part when it could be; None: the
            # encoder ranks.
            ranker = self._ranker or (self._load_encoder("static") if self._wants_static_ranker() else None)
            for model in (encoder, ranker):
                if model is not None:
                    model.encode(["warm-up sentence."])  # the first pass allocates; before ready
            abstractive = self._load_abstractive()
            # The imported libraries leave ~10^6 long-lived objects (torch and transformers, when a
            # backend needs them); every full garbage collection walked them all (a 200,000-line request
            # paid ~1 s in GC). Freezing moves them out of the collector's sight for the life of the worker.
            gc.collect()
            gc.freeze()
            self._abstractive = abstractive
            self._ranker = ranker
            self._encoder = encoder
            self.load_seconds = round(time.perf_counter() - started, 3)
            log.info("model loaded", extra={"model": encoder.name, "seconds": self.load_seconds, "pid": os.getpid(),
                                            "shared_preloaded": preloaded})
        except Exception as exc:  # reported by /readyz and every request; the worker stays up
            self._error = exc
            log.exception("model load failed")
        finally:
            self._loaded.set()

    def _load_encoder(self, backend: str) -> SentenceEncoder:
        return SentenceEncoder(self._embedding_config(backend))

    def _embedding_config(self, backend: str) -> EmbeddingConfig:
        path = Path(self.settings.embedding_model_path) if self.settings.embedding_model_path \
            else default_model_path()
        return EmbeddingConfig(
            model_path=path,
            expected_sha256=self.settings.embedding_model_sha256,
            max_tokens=self.settings.embedding_max_tokens,
            batch_size=self.settings.embedding_batch_size,
            torch_threads=self.settings.torch_threads,
            backend=backend,
            cache_dir=Path(self.settings.cache_dir) if self.settings.cache_dir else None,
        )

    def _load_abstractive(self) -> AbstractiveSummarizer | None:
        if not self.settings.abstractive_model:
            return None
        from .summarize.abstractive import AbstractiveSummarizer

        summarizer = AbstractiveSummarizer(
            self.settings.abstractive_model, backend=self.settings.abstractive_backend,
            threads=self.settings.torch_threads,
            cache_dir=Path(self.settings.cache_dir) if self.settings.cache_dir else None,
        )
        summarizer.forward("warm-up sentence.", max_new_tokens=2, min_new_tokens=1)
        return summarizer

    def _load_grammar(self) -> Grammar:
        """spaCy's English pipeline, hash-checked: the grammar prose reader's parser, and the entity
        recognizer behind options.include's entities, quotes and events, whichever reader is set."""
        from .annotate import PARTS, annotate
        from .annotate.events import warm_up
        from .document import build_document
        from .extract import extract
        from .grammar import Grammar

        grammar = Grammar()
        document = build_document(_WARM_UP_TEXT)
        extract(document, grammar=grammar)  # first parse allocates; before ready
        annotate(document, grammar, frozenset(PARTS))
        warm_up()
        return grammar

    @property
    def grammar(self) -> Grammar | None:
        """spaCy's pipeline (parser and entity recognizer) once loaded, else None."""
        return self._grammar

    @property
    def prose_grammar(self) -> Grammar | None:
        """The parser when prose is read by the grammar reader (PRECIS_PROSE_READER=grammar), else None."""
        return self._grammar if self.settings.prose_reader == "grammar" else None

    @property
    def abstractive(self) -> AbstractiveSummarizer | None:
        """The abstractive model when one is configured (and loaded), else None."""
        return self._abstractive

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            raise ModelNotReady(self.error or "the model is still loading")
        return self._encoder

    @property
    def ranker(self) -> Encoder:
        """What ranks the summary's sentences: the static distillation by default, else the encoder."""
        return self._ranker or self.encoder

    def wait(self, timeout: float) -> bool:
        return self._loaded.wait(timeout) and self.ready


def _warm_text_stack() -> None:
    """Imports and first-use costs of the text libraries, paid before readiness rather than by a request."""
    from .document import build_document
    from .extract import extract

    extract(build_document(_WARM_UP_TEXT))


_WARM_UP_TEXT = ("date 2024-01-12 Warm Up\n\nChina urged Canada to act. Both sides agreed to talk again next month "
                 "about trade and climate.")


# Where create_app keeps the worker's state on the Flask app; read through the typed accessors below.
SETTINGS_KEY = "precis.settings"
MODELS_KEY = "precis.model"
API_KEY = "precis.api"
IN_FLIGHT_KEY = "precis.in_flight"
TURNS_KEY = "precis.turns"


def _app(app):
    from flask import current_app

    return app if app is not None else current_app


def settings_of(app=None) -> Settings:
    """The app's settings (the current app's by default)."""
    return _app(app).extensions[SETTINGS_KEY]


def models_of(app=None) -> ModelHolder:
    """The app's model holder (the current app's by default)."""
    return _app(app).extensions[MODELS_KEY]
