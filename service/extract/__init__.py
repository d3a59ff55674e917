"""Stage 3, extract: Document → key demands and outcomes, each with evidence spans.

Rule families run in order of how explicit their layout is (lists, tables, then prose); restatements
are merged and the order of first appearance is kept.
"""

from __future__ import annotations

from collections import Counter

from ..document import BlockKind, Document, Sentence, UnitKind
from . import rules
from .actors import ActorIndex
from .dedup import merge_restatements
from .model import Demand, Extraction, Outcome, Source, Status
from .prose import demands_in, outcomes_in
from .structured import classify_cue, from_lists, from_tables

__all__ = ["Demand", "Extraction", "Outcome", "Source", "Status", "extract"]

# The parties of an article are its most-mentioned actors; two covers a bilateral meeting, the
# common case, and "both sides" resolves to them.
PARTY_COUNT = 2
# The longest sentence the prose rules read. Real sentences stay under ~600 characters (the longest
# clause in the dev set's joint statements is ~550); longer units are run-ons without punctuation.
MAX_SENTENCE_CHARS = 3000


def main_parties(document: Document, actors: ActorIndex) -> list[str]:
    # One pass over the whole text (headings and lists name the parties too) instead of one per unit.
    counts = Counter(mention.actor for mention in actors.mentions(document.text))
    return [name for name, _ in counts.most_common(PARTY_COUNT)]


def _read_as_prose(document: Document, unit: Sentence) -> bool:
    """Paragraph sentences, and the items of lists whose cue does not say what they hold (a fact
    sheet's bullets, a declaration's numbered clauses): those are read like prose."""
    block = document.blocks[unit.block_index]
    if block.kind is BlockKind.PARAGRAPH:
        return True
    if unit.kind is not UnitKind.LIST_ITEM:
        return False
    return block.cue is None or classify_cue(document.span_text(block.cue)) is None


def extract(document: Document) -> Extraction:
    """All demands and outcomes of the article, in reading order, restatements merged."""
    text = document.text
    actors = ActorIndex.learn(text)
    parties = main_parties(document, actors)
    demands: list[Demand] = []
    outcomes: list[Outcome] = []
    for family in (from_lists, from_tables):
        found_demands, found_outcomes = family(document, actors, parties)
        demands.extend(found_demands)
        outcomes.extend(found_outcomes)
    statement_voice = len(rules.STATEMENT_VOICE_RE.findall(text)) >= rules.STATEMENT_VOICE_MIN_WORDS
    overlong = 0
    previous = None
    for sentence in document.sentences:
        if not _read_as_prose(document, sentence):
            continue
        if len(sentence.span) > MAX_SENTENCE_CHARS:
            overlong += 1
            continue
        start, end = sentence.span.start, sentence.span.end
        if rules.DEMAND_TRIGGER_RE.search(text, start, end):
            demands.extend(demands_in(text, sentence.span, actors, previous))
        if rules.OUTCOME_TRIGGER_RE.search(text, start, end):
            outcomes.extend(outcomes_in(text, sentence.span, actors, parties, statement_voice, previous))
        previous = sentence.span
    if overlong:
        document.warnings.append(
            f"{overlong} sentence(s) longer than {MAX_SENTENCE_CHARS} characters were not searched for "
            "demands and outcomes (no sentence boundary found; likely not prose)"
        )
    demands.sort(key=lambda d: d.evidence.start)
    outcomes.sort(key=lambda o: o.evidence.start)
    return Extraction(merge_restatements(demands, text), merge_restatements(outcomes, text))
