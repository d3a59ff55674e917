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
from .families import FAMILIES_BY_LEMMA, FAMILY_BY_RULE, cue_lemma
from .model import Demand, Outcome, Source, Status
from .resolver import Resolver
from .spans import balance_quotes, trim
from .tree import backgrounded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Items shorter than this many words say nothing on their own ("to act", "it").
MIN_ITEM_WORDS: Final = rules.MIN_ACTION_WORDS
# Items longer than this many words are whole clauses; the core walk should have cut them, so one
# this long is a parse that went wrong and is dropped rather than shown.
MAX_ITEM_WORDS: Final = 45
# Parts of speech that name something: an item needs one of them, or must end on a verb ("have it
# voided"), to say what is asked or agreed. "work together", "press on", "stand down" name nothing.
NAMING_POS: Final = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})
# Objects that only point back at what was said before: "exceed that", "do so", "be clear about
# something" leave the reader asking what.
POINTING_WORDS: Final = frozenset({"it", "that", "this", "them", "so", "something", "those", "these"})
# Nouns that stand for a matter named elsewhere: "solve the problem", "tackle the issue".
GENERIC_MATTERS: Final = frozenset({"problem", "issue", "matter", "situation", "question", "thing", "things"})
# Words that together name no act: an item made of nothing else asks for nothing in particular.
VAGUE_WORDS: Final = frozenset({"more", "much", "to", "be", "been", "done", "do", "something", "anything",
                                "everything", "whatever", "what", "it", "takes", "needed", "necessary", "all", "can"})
# An item of this many words or fewer that ends on a pointing word or a generic matter names nothing of
# its own; a longer one has named its thing before ("... the tariffs that the ministry uses to fund it").
MAX_POINTING_ITEM_WORDS: Final = 4


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
        span = trim(self.text, *balance_quotes(self.text, self.offset + start, self.offset + end))
        if span is None:
            return None
        words = len(self.text[span.start : span.end].split())
        if not MIN_ITEM_WORDS <= words <= MAX_ITEM_WORDS or self._names_nothing(span):
            return None
        return span

    def _names_nothing(self, span: Span) -> bool:
        """The item only points back ("exceed that", "settle the matter") or names no thing at all
        ("work together")."""
        tokens = self.doc.char_span(span.start - self.offset, span.end - self.offset, alignment_mode="expand")
        words = [t for t in tokens or () if not t.is_punct]
        if not words:
            return True
        if all(t.lower_ in VAGUE_WORDS for t in words):
            return True  # "more to be done", "do more", "do what it takes": no act is named
        last = words[-1]
        if len(words) <= MAX_POINTING_ITEM_WORDS and (last.lower_ in POINTING_WORDS or
                                                     last.lemma_.lower() in GENERIC_MATTERS):
            return True
        return last.pos_ not in ("VERB", "AUX") and not any(t.pos_ in NAMING_POS for t in words)

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
    """Hands every cue token of the sentence to the readers of its families, in reading order. A question
    ("Do they want to solve it?") asks the reader, not a party: it states no demand and no outcome."""
    if _is_question(reading):
        return
    for token in reading.doc:
        families = FAMILIES_BY_LEMMA.get(lemma_of(token), ())
        # "before they signed ...", "since agreeing ...": the background of an outcome, not one. (Walked
        # up the tree only for a cue of an outcome family.)
        background = any(family.kind == "outcome" for family in families) and backgrounded(token)
        for family in families:
            if not (background and family.kind == "outcome"):
                readers[family.rule](token, reading)


# Closing marks that may follow a question's "?" at the end of a sentence.
_QUESTION_TAIL: Final = " \t\r\n\"'”’)]"


def _is_question(reading: SentenceReading) -> bool:
    return reading.text[reading.span.start : reading.span.end].rstrip(_QUESTION_TAIL).endswith("?")
