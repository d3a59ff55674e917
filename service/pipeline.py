"""analyze(): the numbered stages of one request, shared by the HTTP API and the command line.

1. normalize  raw text / HTML → Document (blocks, sentences, spans, title, published)
2. summarize  Document → Summary (quoted sentences with spans and scores)
3. extract    Document → demands and outcomes with evidence spans
4. annotate   Document → entities, quotations with speakers, dated events (only those asked for)
5. assemble   → Analysis (plain dataclasses; the API's schemas turn it into JSON)

Stages 3 and 4 read the document only and return their own results (warnings included). They run after
stage 2 on the request's thread, or on a thread of their own beside an abstractive summary.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .annotate import Annotations, annotate
from .deadline import Deadline
from .document import Document, build_document
from .document.html import ExtractedPage, extract_page
from .document.nfc import nfc_view
from .embeddings import Encoder
from .extract import Extraction, extract
from .grammar import Grammar
from .summarize import Summary, summarize_extractive
from .summarize.abstractive import AbstractiveSummarizer
from .summarize.extractive import DEFAULT_LENGTH, LengthLimits
from .version import __version__

if TYPE_CHECKING:
    from .extensions import ModelHolder

InputFormat = Literal["text", "html"]


Method = Literal["extractive", "abstractive", "auto"]


class AnalysisError(ValueError):
    """A request the analysis cannot serve, whoever called it: the API answers 422 on the request field
    ``field`` names, the command line exits 2 with the message."""

    field: tuple[str, ...] = ()


class NoArticleText(AnalysisError):
    """The input holds no text to analyse (e.g. an HTML page with no main content)."""

    field = ("text",)


class AnnotationsUnavailable(AnalysisError):
    """Entities, quotes or events were asked for, but spaCy's pipeline is not loaded."""

    field = ("options", "include")


class AbstractiveUnavailable(AnalysisError):
    """An abstractive summary was asked for, but this server has no abstractive model configured."""

    field = ("options", "method")


@dataclass(frozen=True, slots=True)
class Options:
    # Length limits; all None means the default length (``default_length``).
    max_sentences: int | None = None
    max_words: int | None = None
    ratio: float | None = None
    method: Method = "extractive"
    include_document: bool = False
    # What of the annotate stage to return: any of "entities", "quotes", "events".
    annotations: frozenset[str] = frozenset()
    default_length: LengthLimits = DEFAULT_LENGTH

    @classmethod
    def from_request(cls, requested: dict, default_length: LengthLimits) -> Options:
        """Options from a validated request's ``options`` object (the API's OptionsSchema, which the
        command line validates its flags with too): one way to build them for both callers."""
        include = frozenset(requested.get("include", ()))
        return cls(max_sentences=requested.get("max_sentences"), max_words=requested.get("max_words"),
                   ratio=requested.get("ratio"), method=requested.get("method", "extractive"),
                   include_document="document" in include, annotations=include - {"document"},
                   default_length=default_length)


@dataclass(slots=True)
class Analysis:
    document: Document
    title: str | None
    summary: Summary
    extraction: Extraction
    annotations: Annotations
    # HTML input: what the page extraction gave (``text``, which all spans point into, and the parts of
    # the page it left out); None for text input.
    page: ExtractedPage | None
    options: Options
    warnings: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    version: str = __version__
    truncated: bool = False


def analyze(raw: str, encoder: Encoder, options: Options | None = None, input_format: InputFormat = "text",
            title: str | None = None, abstractive: AbstractiveSummarizer | None = None,
            deadline: Deadline | None = None, grammar: Grammar | None = None,
            annotator: Grammar | None = None, ranker: Encoder | None = None) -> Analysis:
    """Runs every stage on one article and records each stage's time in milliseconds. ``encoder`` merges
    restated items; ``ranker`` ranks the extractive summary's sentences (the encoder when None);
    ``abstractive`` is the configured seq2seq model, if any ("auto" uses it when present); ``grammar`` the
    sentence parser when prose is read by the grammar reader; ``annotator`` spaCy's pipeline for
    ``options.annotations`` (the grammar by default)."""
    options = options or Options()
    annotator = annotator or grammar
    if options.annotations and annotator is None:
        raise AnnotationsUnavailable("entities, quotes and events need spaCy's pipeline, which is not loaded")
    if options.method == "abstractive" and abstractive is None:
        raise AbstractiveUnavailable("options.method 'abstractive' needs an abstractive model; this server has "
                                     "none configured (PRECIS_ABSTRACTIVE_MODEL)")
    timings: dict[str, float] = {}
    with _stage("normalize", timings, deadline):
        document, page = _normalize(raw, input_format)
    # spaCy's networks hold the GIL for most of their time: the entity recognizer and the parser on two
    # threads took 3.13 s where one after the other took 2.84 s (40 CNN/DM articles), and an analysis with
    # every annotation went from p50 ~100 to ~85 ms when stages 3 and 4 stopped running beside stage 2. So
    # they follow the summary on this thread, except beside an abstractive summary, whose generation
    # (CTranslate2 or torch) releases the GIL for far longer than they take.
    reading = _Job(_read, document, encoder, grammar, annotator, options, deadline) \
        if _generates(options, abstractive) else None
    with _stage("summarize", timings, deadline):
        summary = _summarize(document, encoder, ranker or encoder, options, abstractive)
    (extraction, annotations), read_timings = reading.result() if reading is not None \
        else _read(document, encoder, grammar, annotator, options, deadline)
    timings.update(read_timings)
    warnings = [*document.warnings, *summary.warnings, *extraction.warnings, *annotations.warnings]
    page_title = page.title if page is not None else None
    resolved_title = title or (document.span_text(document.title) if document.title else page_title)
    return Analysis(document, resolved_title, summary, extraction, annotations, page, options, warnings, timings,
                    truncated=summary.truncated or not document.read_whole)


def analyze_request(article: dict, models: ModelHolder, default_length: LengthLimits,
                    deadline: Deadline | None = None) -> Analysis:
    """A validated article request (ArticleRequestSchema: text, format, title, options) analysed with a
    worker's loaded models: the one call behind the API's routes, the batch rows and the command line."""
    return analyze(article["text"], models.encoder, Options.from_request(article["options"], default_length),
                   article["format"], article["title"], abstractive=models.abstractive, deadline=deadline,
                   grammar=models.prose_grammar, annotator=models.grammar, ranker=models.ranker)


@contextlib.contextmanager
def _stage(name: str, timings: dict[str, float], deadline: Deadline | None) -> Iterator[None]:
    """Times one stage into ``timings`` and checks the request's deadline after it."""
    started = time.perf_counter()
    yield
    timings[name] = _ms_since(started)
    if deadline is not None:
        deadline.check(name)


def _normalize(raw: str, input_format: InputFormat) -> tuple[Document, ExtractedPage | None]:
    """Stage 1: the Document and, for HTML input, what the page extraction gave (its text, title, date and
    the parts it left out)."""
    page = None
    if input_format == "html":
        page = extract_page(raw)
        if not page.text.strip():
            raise NoArticleText("no article text could be extracted from the HTML page")
    source = page.text if page is not None else raw
    view = nfc_view(source)  # the analysis reads NFC; spans go back to the input through the view
    published_hint = page.published if page is not None else None
    return build_document(view.text if view else source, published_hint, origin=view), page


def _summarize(document: Document, encoder: Encoder, ranker: Encoder, options: Options,
               abstractive: AbstractiveSummarizer | None) -> Summary:
    """Stage 2: generated when asked for and configured, else quoted; its warnings include why a summary
    is shorter than asked."""
    limits = LengthLimits.resolve(options.max_sentences, options.max_words, options.ratio, document.word_count,
                                  options.default_length)
    if _generates(options, abstractive):
        summary = abstractive.summarize(document, encoder, limits)
    else:
        summary = summarize_extractive(document, ranker, limits)
        if options.method == "auto":
            summary.warnings.append("options.method 'auto': this server has no abstractive model "
                                    "(PRECIS_ABSTRACTIVE_MODEL), so the summary is extractive")
    # An empty summary already carries its own warning; this one explains a short non-empty one.
    if summary.method == "extractive" and summary.sentences and limits.max_words is None \
            and limits.max_sentences is not None and len(summary.sentences) < limits.max_sentences:
        summary.warnings.append(f"max_sentences={limits.max_sentences} asked, but the article has only "
                                f"{len(summary.sentences)} prose sentences that can be quoted")
    return summary


def _generates(options: Options, abstractive: AbstractiveSummarizer | None) -> bool:
    """Whether the summary is generated by the abstractive model (asked for, or "auto", and configured)."""
    return options.method != "extractive" and abstractive is not None


def _read(document: Document, encoder: Encoder, grammar: Grammar | None, annotator: Grammar | None,
          options: Options, deadline: Deadline | None) -> tuple[tuple[Extraction, Annotations], dict[str, float]]:
    """Stages 3 and 4 (the annotations only when asked for) and the milliseconds each took."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    extraction = extract(document, encoder, deadline, grammar)
    timings["extract"] = _ms_since(started)
    annotations = Annotations()
    if options.annotations:
        started = time.perf_counter()
        annotations = annotate(document, annotator, options.annotations, deadline)
        timings["annotate"] = _ms_since(started)
    return (extraction, annotations), timings


class _Job:
    """A function run on its own thread; ``result`` waits for it and re-raises what it raised (a deadline
    overrun, a bad input) in the caller, so the request fails the same way as when run inline. A thread
    per call rather than a pool: nothing is shared across requests or carried over a fork."""

    def __init__(self, function: Callable[..., object], *args: object) -> None:
        self._outcome: tuple[bool, object] | None = None
        self._thread = threading.Thread(target=self._run, args=(function, args), name="precis-extract", daemon=True)
        self._thread.start()

    def _run(self, function: Callable[..., object], args: tuple[object, ...]) -> None:
        try:
            self._outcome = (True, function(*args))
        except BaseException as error:  # handed to the caller, which re-raises it
            self._outcome = (False, error)

    def result(self):
        self._thread.join()
        succeeded, value = self._outcome
        if not succeeded:
            raise value
        return value


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000.0, 2)
