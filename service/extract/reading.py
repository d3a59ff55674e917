"""Reading one parsed sentence: every cue token is handed to the readers of its rule families.

A reader (``demand_readers.py``, ``outcome_readers.py``) names the roles from the dependency tree and
adds items through the ``SentenceReading`` it is given; nothing here knows a family's words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from ..document import Span
from . import rules
from .actors import Resolver
from .families import FAMILIES_BY_LEMMA, FAMILY_BY_RULE, cue_lemma
from .model import Demand, Outcome, Source, Status
from .spans import trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Items shorter than this many words say nothing on their own ("to act", "it").
MIN_ITEM_WORDS: Final = rules.MIN_ACTION_WORDS
# Items longer than this many words are whole clauses; the core walk should have cut them, so one
# this long is a parse that went wrong and is dropped rather than shown.
MAX_ITEM_WORDS: Final = 45


@dataclass(slots=True)
class SentenceReading:
    """One sentence being read: its parse, where it sits in the text, and what the readers found."""

    text: str
    span: Span
    doc: Doc
    resolver: Resolver
    statement_voice: bool
    # The sentence before names the parties together, so a "They ..." here is both of them.
    after_joint_sentence: bool
    # This sentence or the one before speaks of a deal (what is granted is then an outcome).
    deal_context: bool
    demands: list[Demand] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def offset(self) -> int:
        return self.span.start

    def item_span(self, start: int, end: int) -> Span | None:
        """A parse-relative character range as a trimmed document span, or None if it is no item."""
        span = trim(self.text, self.offset + start, self.offset + end)
        if span is None:
            return None
        words = len(self.text[span.start : span.end].split())
        return span if MIN_ITEM_WORDS <= words <= MAX_ITEM_WORDS else None

    def name(self, token: Token | None) -> str | None:
        return self.resolver.name(token, self.offset)

    def is_party(self, token: Token | None) -> bool:
        return self.resolver.is_party(token, self.offset)

    def add_demand(self, rule: str, bounds: tuple[int, int], actor: str | None, target: str | None) -> None:
        span = self.item_span(*bounds)
        if span is not None:
            if actor is not None:
                self.resolver.last_asker = actor
            self.demands.append(Demand(span, actor, target if target != actor else None, Source.SENTENCE,
                                       self.span, cue=rule))

    def add_outcome(self, rule: str, bounds: tuple[int, int], actors: list[str], status: str | None = None) -> None:
        span = self.item_span(*bounds)
        if span is not None:
            chosen = Status(status or FAMILY_BY_RULE[rule].status)
            self.outcomes.append(Outcome(span, chosen, actors, Source.SENTENCE, self.span, cue=rule))

    def actors_of(self, token: Token | None) -> list[str]:
        """The parties behind a subject, as a list ("X and Y" gives both; "both sides" the parties)."""
        if token is not None and self.is_joint(token):
            return list(self.resolver.parties)
        return self.resolver.names(token, self.offset)

    def is_joint(self, subject: Token | None, first_person: bool = True) -> bool:
        """The parties together: "The two leaders", "Both sides", "They" after a sentence about both,
        two named parties as one subject ("Kenya and Uganda"), and (``first_person``) a statement's "we"."""
        if subject is None:
            return False
        start, end = self.offset + subject.left_edge.idx, self.offset + subject.idx + len(subject.text)
        if rules.COLLECTIVE_REFERENCES.search(self.text, start, end):
            return True
        if subject.lower_ == "they" and self.after_joint_sentence:
            return True
        if first_person and subject.lower_ == "we" and self.statement_voice:
            return True
        return any(c.dep_ == "conj" for c in subject.children) and self.is_party(subject)


def lemma_of(token: Token) -> str:
    """The token's lemma as the families spell it (lower case, lemmatizer slips mended)."""
    return cue_lemma(token.lemma_.lower(), token.lower_)


Reader = Callable[["Token", SentenceReading], None]


def read_sentence(reading: SentenceReading, readers: dict[str, Reader]) -> None:
    """Hands every cue token of the sentence to the readers of its families, in reading order."""
    for token in reading.doc:
        for family in FAMILIES_BY_LEMMA.get(lemma_of(token), ()):
            readers[family.rule](token, reading)
