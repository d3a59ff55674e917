"""Analysis (dataclasses) → plain dict in the shape of AnalysisSchema; every span gets its text."""

from __future__ import annotations

from typing import Any

from ..annotate import Annotations, Quote
from ..document import Document, Span
from ..extract import Demand, Outcome
from ..pipeline import Analysis
from ..summarize import Summary, SummarySentence


def _span(document: Document, span: Span) -> dict[str, Any]:
    """A span as the client sees it: offsets into the text it sent, and that text's slice."""
    if document.origin is not None:
        span = document.origin.to_original(span)
        return {"text": document.origin.original[span.start : span.end], "start": span.start, "end": span.end}
    return {"text": document.span_text(span), "start": span.start, "end": span.end}


def _summary_text(document: Document, summary: Summary) -> str:
    """Quoted sentences as the input writes them (it may be decomposed where the analysis read NFC)."""
    if document.origin is None or summary.method != "extractive":
        return summary.text
    return " ".join(_span(document, sentence.span)["text"] for sentence in summary.sentences)


def _summary_sentence(document: Document, sentence: SummarySentence) -> dict[str, Any]:
    if sentence.span is None:  # generated: no place in the input, but its supporting sentences
        located = {"text": sentence.text, "start": None, "end": None}
    else:
        located = _span(document, sentence.span)
    support = [{**_span(document, s.span), "similarity": s.similarity} for s in sentence.support]
    return {**located, "score": sentence.score, "support": support}


def _item(document: Document, item: Demand | Outcome) -> dict[str, Any]:
    return {**_span(document, item.span), "topic": item.topic, "source": item.source.value,
            "evidence": _span(document, item.evidence), "also": [_span(document, a) for a in item.also],
            "rule": item.cue, "importance": item.importance}


def _annotations(document: Document, annotations: Annotations, parts: frozenset[str]) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if "entities" in parts:
        body["entities"] = [{"name": e.name, "type": e.type.value, "salience": e.salience, "role": e.role,
                             "affiliation": e.affiliation, "mentions": [_span(document, m) for m in e.mentions]}
                            for e in annotations.entities]
    if "quotes" in parts:
        body["quotes"] = [_quote(document, q) for q in annotations.quotes]
    if "events" in parts:
        body["events"] = [{"date": _span(document, e.date), "clause": _span(document, e.clause),
                           "resolved": e.resolved, "granularity": e.granularity, "note": e.note}
                          for e in annotations.events]
    return body


def _quote(document: Document, quote: Quote) -> dict[str, Any]:
    parts = [_span(document, p) for p in quote.parts]
    speaker = quote.speaker
    return {"text": " ".join(p["text"] for p in parts), "parts": parts, "partial": quote.partial,
            "speaker": None if speaker is None else {"name": speaker.name, "kind": speaker.kind.value,
                                                     "affiliation": speaker.affiliation},
            "cue": _span(document, quote.cue) if quote.cue else None}


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    doc = analysis.document
    summary = analysis.summary
    body: dict[str, Any] = {
        "title": analysis.title,
        "published": doc.published,
        "language": doc.language,
        "summary": {
            "text": _summary_text(doc, analysis.summary),
            "sentences": [_summary_sentence(doc, s) for s in summary.sentences],
            "method": summary.method,
            "model": summary.model,
            "quotable_sentences": summary.quotable,
            "ranked_sentences": summary.ranked,
        },
        "key_demands": [{**_item(doc, d), "actor": d.actor, "target": d.target}
                        for d in analysis.extraction.demands],
        "outcomes": [{**_item(doc, o), "status": o.status.value, "actors": o.actors}
                     for o in analysis.extraction.outcomes],
        "meta": {
            "word_count": doc.word_count,
            "sentence_count": len(doc.sentences),
            "truncated": analysis.truncated,
            "boilerplate": [{**_span(doc, b.span), "reason": b.reason or ""} for b in doc.boilerplate],
            "page_boilerplate": [{"start": p.start, "end": p.end, "element": p.element, "visible_text": p.text,
                                  "reason": p.reason} for p in (analysis.page.dropped if analysis.page else [])],
            "warnings": analysis.warnings,
            "version": analysis.version,
            "timings_ms": analysis.timings_ms,
        },
    }
    if analysis.page is not None:
        body["text"] = analysis.page.text
    body.update(_annotations(doc, analysis.annotations, analysis.options.annotations))
    if analysis.options.include_document:
        body["document"] = {
            "blocks": [
                {**_span(doc, b.span), "kind": b.kind.value, "reason": b.reason,
                 "cue": _span(doc, b.cue) if b.cue else None,
                 "items": [_span(doc, i) for i in b.items],
                 "header": [_span(doc, c) for c in b.header],
                 "rows": [[_span(doc, c) for c in row] for row in b.rows]}
                for b in doc.blocks
            ],
            "sentences": [{**_span(doc, s.span), "kind": s.kind.value, "block": s.block_index}
                          for s in doc.sentences],
        }
    return body
