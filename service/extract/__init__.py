"""Stage 3, extract: Document → key demands and outcomes, each with evidence spans.

Rule families run in order of how explicit their layout is (lists, tables, then prose); restatements
are merged and the order of first appearance is kept.
"""

from __future__ import annotations

from collections import Counter

from ..deadline import Deadline
from ..document import BlockKind, Document, Sentence, UnitKind
from ..embeddings import Encoder
from . import rules
from .actors import ActorIndex
from .dedup import may_paraphrase, merge_paraphrases, merge_restatements
from .demands import demands_in
from .model import Demand, Extraction, Outcome, Source, Status
from .outcomes import outcomes_in
from .rank import by_importance
from .structured import classify_cue, from_lists, from_tables

__all__ = ["Demand", "Extraction", "Outcome", "Source", "Status", "extract"]

# The parties of an article are its most-mentioned actors; two covers a bilateral meeting, the
# common case, and "both sides" resolves to them.
PARTY_COUNT = 2
# The longest sentence the prose rules read. Real sentences stay under ~600 characters (the longest
# clause in the dev set's joint statements is ~550); longer units are run-ons without punctuation.
MAX_SENTENCE_CHARS = 3000
# Sentences between two deadline checks: ~256 x 60 µs keeps the overrun of a deadline near 15 ms.
DEADLINE_CHECK_EVERY = 256


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


def _statement_voice(document: Document) -> bool:
    """The document is the parties' own statement: its title says so ("Joint Statement", "Readout",
    "Fact Sheet"), or it speaks as "we"."""
    if document.title is not None and rules.STATEMENT_TITLE_RE.search(document.span_text(document.title)):
        return True
    unquoted = rules.QUOTATION_RE.sub(" ", document.text)
    return len(rules.STATEMENT_VOICE_RE.findall(unquoted)) >= rules.STATEMENT_VOICE_MIN_WORDS


def _authors(document: Document, actors: ActorIndex, parties: list[str]) -> str | None:
    """Who "we" is: the actors the title names before its topic ("G7 Statement on Ukraine", "Joint
    Declaration by X and Y on ..."), else those of its topic ("Joint Statement on U.S.-China Talks"),
    else the article's parties."""
    named: list[str] = []
    if document.title is not None:
        title = document.title
        topic = rules.TITLE_TOPIC_RE.search(document.text, title.start, title.end)
        topic_start = topic.start() if topic else title.end
        named = actors.all_in(document.text, title.start, topic_start) or \
            actors.all_in(document.text, topic_start, title.end)
    return " and ".join(named or parties) or None


def extract(document: Document, encoder: Encoder | None = None, deadline: Deadline | None = None) -> Extraction:
    """All demands and outcomes of the article, most important first, restatements merged: same
    wording always, same meaning when the sentence ``encoder`` is given."""
    text = document.text
    actors = ActorIndex.learn(text)
    parties = main_parties(document, actors)
    demands: list[Demand] = []
    outcomes: list[Outcome] = []
    for family in (from_lists, from_tables):
        found_demands, found_outcomes = family(document, actors, parties)
        demands.extend(found_demands)
        outcomes.extend(found_outcomes)
    statement_voice = _statement_voice(document)
    if statement_voice:
        actors.authors = _authors(document, actors, parties)
    overlong = 0
    previous = None
    for number, sentence in enumerate(document.sentences):
        if deadline is not None and number % DEADLINE_CHECK_EVERY == 0:
            deadline.check("extract")
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
    demands, outcomes = merge_restatements(demands, text, deadline), merge_restatements(outcomes, text, deadline)
    block_starts = [block.span.start for block in document.blocks]
    if encoder is not None and (may_paraphrase(demands, block_starts) or may_paraphrase(outcomes, block_starts)):
        vectors = encoder.encode([text[item.span.start : item.span.end] for item in (*demands, *outcomes)])
        demands, outcomes = (merge_paraphrases(demands, vectors[: len(demands)], text, block_starts),
                             merge_paraphrases(outcomes, vectors[len(demands) :], text, block_starts))
    return Extraction(by_importance(demands, len(text)), by_importance(outcomes, len(text)))
