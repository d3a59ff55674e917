"""Demands inside a quotation are its speaker's: '"The operator must restore the night trains," said
Ana Costa of the RMT union' asks the operator on behalf of the RMT. The quotation's speaker comes
from the same attribution rules as the response's quotes (grammar/attribution.py), named by the
extractor's own resolver so that actors keep one set of names.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..document import Document, Span
from ..document.quotation import MAX_REGION_CHARS, RawQuote, SentenceIndex, find_quoted, inside
from ..grammar.attribution import lead_in_subject, speaker_token, speech_verb
from .model import Demand
from .resolver import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..grammar import Grammar


class QuoteSpeakers:
    """The article's quotations, and (parsed only when a demand is found inside one) their speakers."""

    def __init__(self, document: Document, grammar: Grammar, resolver: Resolver) -> None:
        self._document = document
        self._grammar = grammar
        self._resolver = resolver
        self._quotes = find_quoted(document.text, document.wrapped_breaks())
        self._starts = [q.parts[0].start for q in self._quotes]
        self._sentences = SentenceIndex(document)
        self._speakers: dict[int, str | None] = {}

    def assign(self, demands: list[Demand], antecedents: tuple[str | None, str | None]) -> None:
        """Each demand inside a quotation becomes its speaker's; whoever it was said to come from (the
        subject of "X must ...") becomes its target when it has none. ``antecedents`` are the resolver's
        last person and group before the sentence was read, which the attribution's "he" refers to."""
        if not demands or not self._quotes:
            return
        after_reading = self._resolver.last_person, self._resolver.last_group
        self._resolver.last_person, self._resolver.last_group = antecedents
        try:
            self._assign(demands)
        finally:
            self._resolver.last_person, self._resolver.last_group = after_reading

    def _assign(self, demands: list[Demand]) -> None:
        for demand in demands:
            number = self._around(demand.span)
            if number is None:
                continue
            speaker = self._speaker(number)
            if speaker is None or speaker == demand.actor:
                continue
            demand.target = demand.target or demand.actor
            demand.actor = speaker

    def _around(self, span: Span) -> int | None:
        number = bisect.bisect_right(self._starts, span.start) - 1
        if number >= 0 and inside(self._quotes[number], span.start):
            return number
        return None

    def _speaker(self, number: int) -> str | None:
        if number not in self._speakers:
            self._speakers[number] = self._attribute(self._quotes[number])
        return self._speakers[number]

    def _attribute(self, quote: RawQuote) -> str | None:
        region = self._sentences.region(quote)
        if len(region) <= MAX_REGION_CHARS:
            doc = self._parse(region)
            verb = speech_verb(doc, region.start, quote)
            token = speaker_token(verb, region.start, quote) if verb is not None else None
            if token is not None:
                return self._resolver.name(token, region.start)
        before = self._sentences.lead_in(region)
        return self._lead_in_speaker(before) if before is not None and len(before) <= MAX_REGION_CHARS else None

    def _lead_in_speaker(self, sentence: Span) -> str | None:
        """'One broker said the reasons may be political. "If you ..."': the broker's."""
        subject = lead_in_subject(self._parse(sentence))
        return self._resolver.name(subject, sentence.start) if subject is not None else None

    def _parse(self, span: Span) -> Doc:
        return self._grammar.parse([self._document.span_text(span)], self._document.parses)[0]
