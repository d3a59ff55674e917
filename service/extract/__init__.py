"""Stage 3, extract: Document → key demands and outcomes, each with evidence spans.

Rule families run in order of how explicit their layout is (lists, tables, then prose); restatements
are merged and the order of first appearance is kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..deadline import CHECK_EVERY, Deadline
from ..document import BlockKind, Document, Sentence, Span, UnitKind
from ..document.quotation import unquoted
from ..embeddings import Encoder
from ..grammar import Grammar
from . import rules
from .actors import ActorIndex, titled_name_re
from .condition_readers import CONDITION_READERS
from .dedup import may_paraphrase, merge_paraphrases, merge_restatements
from .demand_readers import DEMAND_READERS
from .demands import demands_in
from .dispute_readers import DISPUTE_READERS
from .families import PARTY_VOICE_PASS_RE, ranges_matching, ranges_naming_cues
from .model import Demand, Extraction, Outcome, Source, Status
from .outcome_readers import OUTCOME_READERS
from .outcomes import outcomes_in
from .rank import by_importance
from .reading import SentenceReading, read_sentence
from .resolver import Resolver
from .speakers import QuoteSpeakers
from .structured import from_lists, from_tables, list_kind

__all__ = ["Demand", "Extraction", "Outcome", "Source", "Status", "extract"]

# The parties of an article are its most-mentioned actors; two covers a bilateral meeting, the
# common case, and "both sides" resolves to them.
PARTY_COUNT = 2
# The longest sentence the prose rules read. Real sentences stay under ~600 characters (the longest
# clause in the dev set's joint statements is ~550); longer units are run-ons without punctuation.
MAX_SENTENCE_CHARS = 3000
# Characters of cue sentences parsed per article. Tagger and parser read ~40,000 characters a second on
# one core (measured by make bench); 20,000 (the cue sentences of a ~4,000-word report) keeps a hostile
# 1 MB input near half a second of parsing, and the document's warnings say when sentences went unread.
MAX_PARSED_CHARS = 20_000
# Sentences parsed between two deadline checks.
PARSE_CHUNK_SENTENCES = 64
READERS = {**DEMAND_READERS, **CONDITION_READERS, **OUTCOME_READERS, **DISPUTE_READERS}


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
    return list_kind(document, unit.block_index) is None


def _without_label(document: Document, unit: Sentence) -> Sentence:
    """A list item opening with a short label ("- Nuclear Fuel: Two firms signed ..."): the sentence after
    the label is what is read, since the parser makes the label a second subject of its verb."""
    if unit.kind is not UnitKind.LIST_ITEM:
        return unit
    label = rules.ITEM_LABEL_RE.match(document.text, unit.span.start, unit.span.end)
    if label is None or rules.REPORTING_LABEL_RE.search(label.group("label")):
        return unit  # "The minister said: We will ..." is a sentence, not a label
    return Sentence(Span(label.end(), unit.span.end), unit.block_index, unit.kind)


def _statement_voice(document: Document) -> bool:
    """The document is the parties' own statement: its title says so ("Joint Statement", "Readout",
    "Fact Sheet"), or it speaks as "we"."""
    if document.title is not None and rules.STATEMENT_TITLE_RE.search(document.span_text(document.title)):
        return True
    # Outside every quotation the quote finder sees (single marks, quotations over paragraphs): a report
    # quoting people who say "we" is not the parties' own voice.
    outside_quotes = unquoted(document.text, document.wrapped_breaks())
    return len(rules.STATEMENT_VOICE_RE.findall(outside_quotes)) >= rules.STATEMENT_VOICE_MIN_WORDS


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
        if not named:
            # "Statement from President Amina Diallo on ...": a person's statement speaks for that person.
            person = titled_name_re().search(document.text, title.start, topic_start)
            named = [person.group().strip()] if person else []
    return " and ".join(named or parties) or None


def _readable_prose(document: Document, deadline: Deadline | None,
                    warnings: list[str]) -> Iterator[tuple[Sentence, Span | None]]:
    """The prose sentences both readers read, each with the one read before it. Overlong units are
    skipped and counted into ``warnings`` once the sentences are exhausted."""
    previous: Span | None = None
    overlong = 0
    for number, sentence in enumerate(document.sentences):
        if deadline is not None and number % CHECK_EVERY == 0:
            deadline.check("extract")
        if not _read_as_prose(document, sentence):
            continue
        if len(sentence.span) > MAX_SENTENCE_CHARS:
            overlong += 1
            continue
        yield sentence, previous
        previous = sentence.span
    if overlong:
        warnings.append(f"{overlong} sentence(s) longer than {MAX_SENTENCE_CHARS} characters were not searched for "
                        "demands and outcomes (no sentence boundary found; likely not prose)")


def _cue_sentences(document: Document, deadline: Deadline | None, statement_voice: bool = False
                   ) -> tuple[list[tuple[Sentence, Span | None, list[Span]]], list[str]]:
    """The prose sentences worth parsing (a cue word in them), each with the prose sentence before it and
    the prose sentences not parsed since the last one chosen (read for antecedents), and warnings for what
    was left unread."""
    chosen: list[tuple[Sentence, Span | None, list[Span]]] = []
    warnings: list[str] = []
    skipped = parsed_chars = 0
    passed_over: list[Span] = []
    worth_parsing = _sentences_worth_parsing(document, statement_voice)
    for sentence, previous in _readable_prose(document, deadline, warnings):
        worth = sentence.span.start in worth_parsing
        if not worth or parsed_chars + len(sentence.span) > MAX_PARSED_CHARS:
            skipped += worth  # a cue sentence beyond the parse cap
            passed_over.append(sentence.span)
            continue
        parsed_chars += len(sentence.span)
        chosen.append((_without_label(document, sentence), previous, passed_over))
        passed_over = []
    if skipped:
        warnings.append(f"{skipped} sentence(s) with cue words beyond the first {MAX_PARSED_CHARS} characters of "
                        "such sentences were not parsed for demands and outcomes")
    return chosen, warnings


def _sentences_worth_parsing(document: Document, statement_voice: bool) -> set[int]:
    """The start offsets of the sentences holding a cue word, or a party-voice cue where a party speaks for
    itself. (The patterns scan the whole text once: ``ranges_naming_cues``.)"""
    text = document.text
    # Overlong sentences are never read (``_readable_prose``): scanning them cost a 1 MB line 0.3 s.
    ranges = [(sentence.span.start, sentence.span.end) for sentence in document.sentences
              if len(sentence.span) <= MAX_SENTENCE_CHARS]
    named = ranges_naming_cues(text, ranges)
    voiced = ranges_matching(text, ranges, PARTY_VOICE_PASS_RE) - named
    worth = {ranges[index][0] for index in named}
    for index in voiced:
        span = Span(*ranges[index])
        if statement_voice or rules.FIRST_PERSON_PLURAL_RE.search(text, span.start, span.end) is not None or \
                _names_parties_together(text, span):
            worth.add(span.start)
    return worth


def _prose_parsed(document: Document, grammar: Grammar, actors: ActorIndex, parties: list[str],
                  statement_voice: bool, deadline: Deadline | None,
                  warnings: list[str]) -> tuple[list[Demand], list[Outcome]]:
    """Demands and outcomes of the running prose read from each cue sentence's dependency parse
    (families.py, demand_readers.py, outcome_readers.py); what went unread is said in ``warnings``."""
    text = document.text
    chosen, unread = _cue_sentences(document, deadline, statement_voice)
    warnings.extend(unread)
    resolver = Resolver(actors, text, parties)
    speakers = QuoteSpeakers(document, grammar, resolver)
    demands: list[Demand] = []
    outcomes: list[Outcome] = []
    for first in range(0, len(chosen), PARSE_CHUNK_SENTENCES):
        if deadline is not None:
            deadline.check("extract")
        batch = chosen[first : first + PARSE_CHUNK_SENTENCES]
        texts = [document.span_text(s.span) for s, _, _ in batch]
        for (sentence, previous, passed_over), parsed in zip(batch, grammar.parse(texts, document.parses),
                                                             strict=True):
            for span in passed_over:
                resolver.note(span)  # the sentences the parse skipped may still name who "he" or "it" is
            reading = SentenceReading(
                text, sentence.span, parsed, resolver, statement_voice,
                after_joint_sentence=previous is not None and _names_parties_together(text, previous),
                deal_context=rules.DEAL_CONTEXT_RE.search(text, previous.start if previous else sentence.span.start,
                                                          sentence.span.end) is not None,
            )
            antecedents = resolver.last_person, resolver.last_group
            read_sentence(reading, READERS)
            speakers.assign(reading.demands, antecedents)
            resolver.note_subject(parsed, sentence.span.start)
            demands.extend(reading.demands)
            outcomes.extend(reading.outcomes)
    return demands, outcomes


def _names_parties_together(text: str, span: Span) -> bool:
    return rules.COLLECTIVE_REFERENCES.search(text, span.start, span.end) is not None or \
        rules.CONJOINED_SUBJECT_RE.match(text, span.start, span.end) is not None


def _prose_regex(document: Document, actors: ActorIndex, parties: list[str], statement_voice: bool,
                 deadline: Deadline | None, warnings: list[str]) -> tuple[list[Demand], list[Outcome]]:
    """Demands and outcomes of the running prose, read by the cue-word rules (demands.py, outcomes.py)."""
    text = document.text
    demands: list[Demand] = []
    outcomes: list[Outcome] = []
    for sentence, previous in _readable_prose(document, deadline, warnings):
        start, end = sentence.span.start, sentence.span.end
        if rules.DEMAND_TRIGGER_RE.search(text, start, end):
            demands.extend(demands_in(text, sentence.span, actors, previous))
        if rules.OUTCOME_TRIGGER_RE.search(text, start, end):
            outcomes.extend(outcomes_in(text, sentence.span, actors, parties, statement_voice, previous))
    return demands, outcomes


def extract(document: Document, encoder: Encoder | None = None, deadline: Deadline | None = None,
            grammar: Grammar | None = None) -> Extraction:
    """All demands and outcomes of the article, most important first, restatements merged: same
    wording always, same meaning when the sentence ``encoder`` is given.

    Prose is read, when a ``grammar`` (the sentence parser) is given, by the rule families over each
    sentence's dependency tree (the service's default, PRECIS_PROSE_READER=grammar), else by the cue-word
    rules (PRECIS_PROSE_READER=rules). ``scripts/score_inprocess.py`` scores either reader."""
    text = document.text
    actors = ActorIndex.of(document)
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
    warnings: list[str] = []
    if grammar is not None:
        found_demands, found_outcomes = _prose_parsed(document, grammar, actors, parties, statement_voice, deadline,
                                                      warnings)
    else:
        found_demands, found_outcomes = _prose_regex(document, actors, parties, statement_voice, deadline, warnings)
    demands.extend(found_demands)
    outcomes.extend(found_outcomes)
    demands.sort(key=lambda d: d.evidence.start)
    outcomes.sort(key=lambda o: o.evidence.start)
    block_starts = [block.span.start for block in document.blocks]
    demands, outcomes = (merge_restatements(demands, text, deadline, block_starts),
                         merge_restatements(outcomes, text, deadline, block_starts))
    if encoder is not None and (may_paraphrase(demands, block_starts) or may_paraphrase(outcomes, block_starts)):
        vectors = encoder.encode([text[item.span.start : item.span.end] for item in (*demands, *outcomes)])
        demands, outcomes = (merge_paraphrases(demands, vectors[: len(demands)], text, block_starts),
                             merge_paraphrases(outcomes, vectors[len(demands) :], text, block_starts))
    return Extraction(by_importance(demands, len(text)), by_importance(outcomes, len(text)), warnings)
