"""Direct quotations with their speakers.

marks.py finds the quoted stretches; here each becomes a quote (full, or partial when the writer's own
sentence carries it), or is set aside as a scare quote or a title; its speaker is the subject of the
speech verb beside it in the parse ("...," said Mr Straw; He told the BBC: "..."; according to X), or
the speaker of the quotation just before when it goes on without a new attribution, resolved to the
fullest name the article gives through its entities ("he", "Mr Straw" → Jack Straw).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ..deadline import Deadline
from ..document import Document, Span
from ..document.quotation import MAX_REGION_CHARS, RawQuote, SentenceIndex, find_quoted
from ..extract.actors import ORGANISATION_HEADS, PERSON_TITLES, PORTFOLIO_WORDS, demonyms
from ..extract.resolver import PERSON_ROLE_NOUNS
from ..extract.tree import noun_phrase
from ..grammar.attribution import lead_in_subject, speaker_token, speech_verb, trailing_speaker
from .context import CONTINUATION_CHARS, AttributionContext, Centre, Found
from .entities import ROLE_NOUNS
from .model import Entity, EntityType, Quote, Speaker, SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..grammar import Grammar

# A partial quote in title case is a title or a name ("American Pie", 'The Big Bopper'); small words
# of titles may stay lower case.
TITLE_SMALL_WORDS: Final = frozenset({"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by",
                                      "with", "from", "n'", "’n’", "is", "are"})
MAX_TITLE_WORDS: Final = 8
# Words right before a mark that make what follows a name or title, not speech: a report "called" X,
# the "so-called" Y, a film "entitled" Z.
NAMING_WORDS: Final = frozenset({"called", "so-called", "dubbed", "titled", "entitled", "named", "nicknamed",
                                 "word", "term", "phrase", "slogan", "hashtag", "label", "motto"})
# "known as 'The Blue Notes'" names something; "described the plan as 'a disgrace'" quotes someone.
NAMING_BEFORE_AS: Final = frozenset({"known", "billed", "branded", "styled", "marketed", "referred"})
# A partial quote this short with no speaker is a scare quote ('the grey vote', "experts").
MAX_SCARE_WORDS: Final = 4
# Role nouns of people the text does not name: "a spokesman for the union said".
UNNAMED_HEADS: Final = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "source", "sources", "official", "officials", "witness",
    "witnesses", "analyst", "analysts", "expert", "experts", "insider", "insiders", "aide", "aides", "friend",
    "friends", "neighbour", "neighbor", "neighbours", "resident", "residents", "statement", "spokesmen",
    "representative", "others", "someone", "one", "founders", "broker", "brokers", "trader", "traders",
})
# Common nouns of one person whom the text may leave unnamed, when singular ("a spokesman", "the banker
# said"; not "statement", "source", "one", "others"): a "he said" after stands for them.
ONE_PERSON_NOUNS: Final = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "official", "witness", "analyst", "expert", "insider", "aide",
    "friend", "neighbour", "neighbor", "resident", "representative", "broker", "trader", "banker", "diplomat",
    "dealer", "economist", "lawyer", "executive", "man", "woman", "observer", "negotiator", "delegate", "manager",
    "director", "officer", "worker", "employee", "farmer", "teacher", "doctor", "nurse", "student", "member",
    "passenger", "customer", "motorist", "owner", "consultant", "adviser", "advisor", "researcher", "scientist",
    "professor", "investor", "policeman", "detective", "prosecutor", "judge"})
# Common nouns that name a body, so that "the firm said" is the body named last. Any other "the
# young woman said" is a person the text does not name, never the last body named before her.
BODY_NOUNS: Final = ORGANISATION_HEADS | frozenset({
    "firm", "government", "monopoly", "team", "carrier", "operator", "regulator", "retailer", "manufacturer",
    "maker", "giant", "airline", "insurer", "lender", "broadcaster", "newspaper", "paper", "administration",
    "embassy", "organisers", "organizers", "business", "brand", "chain", "charity", "supermarket", "studio",
})
# What a speaker's phrase may name besides a person.
BODY_TYPES: Final = (EntityType.ORGANISATION, EntityType.COUNTRY, EntityType.PLACE, EntityType.GROUP)
# Bodies of a state: "the British government said" is the country speaking; "the American space
# agency said" is no country but the agency named before.
STATE_BODY_NOUNS: Final = frozenset({"government", "administration", "ministry", "embassy", "parliament", "congress",
                                     "senate", "army", "forces", "police", "department", "office", "court"})
# How far back the body a "statement" or "the agency" stands for may be named: about two sentences.
BODY_REACH_CHARS: Final = 600
# Nouns that describe a person a news story has named, beyond the roles ("the 30-year-old" is one
# too); any other "the jury", "the prosecution", "the couple" said is nobody the text names.
PERSON_DESCRIPTIONS: Final = frozenset({
    "doctor", "winner", "champion", "ace", "youngster", "veteran", "wife", "husband", "daughter", "son", "sister",
    "brother", "mum", "dad", "grandmother", "grandfather", "striker", "midfielder", "defender", "goalkeeper", "keeper",
    "winger", "forward", "batsman", "bowler", "golfer", "jockey", "rider", "presenter", "chef", "model", "star",
    "player", "actor", "actress", "singer", "teenager", "captain",
})
PERSON_PRONOUNS: Final = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS: Final = frozenset({"they", "it", "them"})
# Quotations read per article: a long interview holds ~100; beyond this the rest are left unread (each
# costs a parse of its sentences) and a warning says so.
MAX_QUOTES: Final = 300
# The words of an office's name written as a proper noun ("the Prime Minister", "the Foreign Secretary"):
# no one's name, but whoever holds the office.
OFFICE_WORDS: Final = PERSON_TITLES | PORTFOLIO_WORDS | frozenset({"Prime", "Vice", "Deputy", "Foreign", "Home",
                                                                   "First", "Attorney", "Lord", "Chief", "Shadow"})
# Words of a speaker talking about themselves, and how far back the person they are may be named.
FIRST_PERSON: Final = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "me", "my", "we", "our", "us"})
FIRST_PERSON_WINDOW_CHARS: Final = 300


@dataclass(frozen=True, slots=True)
class QuoteRegions:
    """The quotations of an article and the stretches of text whose parse attributes them: found from the
    text alone, so that they can be parsed while the entity recognizer reads the article."""

    quoted: list[RawQuote]
    regions: list[Span | None]
    lead_ins: list[Span | None]
    # The sentence after each region, parsed only for a quotation the rest leaves without a speaker.
    follow_ons: list[Span | None]
    warnings: list[str]

    @property
    def to_parse(self) -> list[Span]:
        return sorted({s for s in (*self.regions, *self.lead_ins) if s is not None and len(s) <= MAX_REGION_CHARS},
                      key=lambda s: s.start)


def quote_regions(document: Document) -> QuoteRegions:
    text = document.text
    raw = [q for q in find_quoted(text, document.wrapped_breaks()) if not _names_something(text, q)]
    if len(raw) > MAX_QUOTES:
        warnings = [f"{len(raw) - MAX_QUOTES} quotation(s) after the first {MAX_QUOTES} were not read"]
        raw = raw[:MAX_QUOTES]
    else:
        warnings = []
    sentences = SentenceIndex(document)
    regions = [sentences.region(q) for q in raw]
    return QuoteRegions(raw, regions, [sentences.lead_in(region) for region in regions],
                        [sentences.follow_on(region) for region in regions], warnings)


def find_quotes(document: Document, grammar: Grammar, entities: list[Entity],
                deadline: Deadline | None = None, found: QuoteRegions | None = None) -> tuple[list[Quote], list[str]]:
    """The article's quotations with speakers, in reading order; and warnings. ``found`` is what
    ``quote_regions`` gave, when the caller has it already."""
    text = document.text
    found = found or quote_regions(document)
    raw, regions, lead_ins, warnings = found.quoted, found.regions, found.lead_ins, list(found.warnings)
    follow_ons = found.follow_ons
    unique = found.to_parse
    if deadline is not None:
        deadline.check("annotate")
    parses = dict(zip(unique, grammar.parse([document.span_text(s) for s in unique], document.parses), strict=True))
    context = AttributionContext.of(document, entities, raw)
    quotes: list[Quote] = []
    for quote, region, introduction, follow_on in zip(raw, regions, lead_ins, follow_ons, strict=True):
        if deadline is not None:
            deadline.check("annotate")
        partial = _is_partial(text, quote)
        previous = (quotes[-1].speaker, quotes[-1].parts[-1].end) if quotes and _a_person(quotes[-1].speaker) \
            else None
        # One unnamed person who spoke the quotation before is no entity "he" could find by name: the lead-in's
        # "he" ("'...,' he said" after "A Western banker said ...") may stand for them.
        context.previous = previous if previous is not None and previous[0].name is None else None
        introduced = _lead_in_speaker(parses[introduction], introduction.start, context) \
            if introduction in parses else None
        context.preferred = introduced if _a_person(introduced) else None
        context.lead_in = introduced
        context.centre = _centre(parses[introduction], introduction.start, context) if introduction in parses else None
        context.previous = previous
        speaker, cue = _attribute(parses[region], region.start, quote, context) if region in parses else (None, None)
        context.preferred = context.centre = context.lead_in = None
        if speaker is None and not partial and follow_on is not None and _ends_its_sentence(text, quote, region):
            if deadline is not None:
                deadline.check("annotate")
            speaker, cue = _trailing_attribution(document, grammar, follow_on, context)
        goes_on = bool(quotes) and _goes_on(text, quotes[-1], quote)
        if speaker is None and goes_on and not context.named_between(quotes[-1].parts[-1].end, quote.parts[0].start):
            speaker = quotes[-1].speaker  # "'A,' she said. 'B.'": B is hers, whoever A named
        if speaker is None and not partial:
            speaker = introduced or _first_person_speaker(text, quote, context)
        if speaker is None and goes_on:
            speaker = quotes[-1].speaker
        if speaker is None and not partial:
            speaker = _most_salient_person(entities)
        words = " ".join(text[p.start : p.end] for p in quote.parts).split()
        if partial and (_title_case(words) or (speaker is None and len(words) <= MAX_SCARE_WORDS)):
            continue  # a title, or a scare quote: nobody is reported as saying it
        if not partial and _title_case(words) and _runs_into_the_writers_sentence(text, quote):
            # 'In the 1950s, "The Blob" was ...': a title that opens the writer's sentence. This also drops
            # the rare speech in title case that runs on ('"Go Home Now" he shouted'): titles and
            # nicknames beside a speech verb are far more common in news (keeping the attributed ones
            # added 3 false quotations on quotes5 and 2 on eval/quotes, and found none).
            continue
        quotes.append(Quote(quote.parts, partial, speaker, cue))
    return quotes, warnings


def _most_salient_person(entities: list[Entity]) -> Speaker | None:
    """Whom a full quotation nothing attributes is most likely from: the person the article is about
    (entities come most salient first), as under a label ("EXPERT VERDICT: '...'")."""
    person = next((e for e in entities if e.type is EntityType.PERSON), None)
    return Speaker(person.name, SpeakerKind.PERSON, person.affiliation) if person else None


def _ends_its_sentence(text: str, quote: RawQuote, region: Span) -> bool:
    """Only closing marks and punctuation stand between the quotation and the end of its sentences."""
    return not text[quote.parts[-1].end : region.end].strip(" \t.,!?;:\"'“”‘’")


def _trailing_attribution(document: Document, grammar: Grammar, sentence: Span,
                          context: AttributionContext) -> tuple[Speaker | None, Span | None]:
    """The speaker and cue of a sentence that only attributes the quotation before it."""
    doc = grammar.parse([document.span_text(sentence)], document.parses)[0]
    who = trailing_speaker(doc)
    speaker = _resolve(who, sentence.start, context) if who is not None else None
    if speaker is None:
        return None, None  # a cue with nobody to say it would be lent to whoever the fallbacks find
    verb = who.head
    return speaker, Span(sentence.start + verb.idx, sentence.start + verb.idx + len(verb.text))


def _title_case(words: list[str]) -> bool:
    significant = [w.strip(".,!?;:") for w in words if w.lower().strip(".,!?;:") not in TITLE_SMALL_WORDS]
    return 0 < len(words) <= MAX_TITLE_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in significant if w)


def _runs_into_the_writers_sentence(text: str, quote: RawQuote) -> bool:
    """A title or a nickname goes on into the writer's sentence ('"The Blob" was a film', '"Iron Man"
    Robert Downey Jr.'); speech ends on punctuation inside the marks, or is followed by punctuation, a
    dash or a line break."""
    last = quote.parts[-1]
    inside_marks = text[last.start : last.end].rstrip(" \"'“”‘’")
    if inside_marks[-1:] in (".", ",", "!", "?", ":", ";"):
        return False
    after_marks = text[last.end + 1 : last.end + 40].lstrip(" \t\"'“”‘’")
    return after_marks[:1] not in ("", ".", ",", "!", "?", ":", ";", "-", "–", "—", "\n")


def _names_something(text: str, quote: RawQuote) -> bool:
    """A title or a name: the word before the mark introduces one ("a report called 'Fair Play'")."""
    opening = quote.parts[0].start - 1
    words = [w.lower().strip(",") for w in text[max(0, opening - 30) : opening].split()]
    if words and words[-1] == "as":
        return len(words) > 1 and words[-2] in NAMING_BEFORE_AS
    return bool(words) and words[-1] in NAMING_WORDS


def _first_person_speaker(text: str, quote: RawQuote, context: AttributionContext) -> Speaker | None:
    """A full quotation in the first person with no attribution is the person named just before it
    ("Van De Ven is shocked by the response. 'I can honestly say ...'")."""
    words = {w.strip(".,!?;:'\"’‘“”").lower() for p in quote.parts for w in text[p.start : p.end].split()}
    if not words & FIRST_PERSON:
        return None
    person = context.last_person_before(quote.parts[0].start, within=FIRST_PERSON_WINDOW_CHARS)
    return Speaker(person.name, SpeakerKind.PERSON, person.affiliation) if person else None


def _lead_in_speaker(doc: Doc, offset: int, context: AttributionContext) -> Speaker | None:
    """Whoever the sentence before has speak, named as the quotes name speakers."""
    subject = lead_in_subject(doc)
    return _resolve(subject, offset, context) if subject is not None else None


def _a_person(speaker: Speaker | None) -> bool:
    """A named person, or one person the text does not name ("The Peking representative of a securities
    house said ..."): a "he said" right after, with nobody named between, stands for them."""
    return speaker is not None and ((speaker.kind is SpeakerKind.PERSON and speaker.name is not None) or
                                    (speaker.kind is SpeakerKind.UNNAMED and speaker.one_person))


def _centre(doc: Doc, offset: int, context: AttributionContext) -> Centre | None:
    """Whom a sentence is about: the person its main verb's subject names ("then-Sen. Obama hammered the
    Bush administration"); else, with "he" or "she" for that subject, whoever they were ("She added that
    the farm hopes to keep Ben"); else the last person it names outside quotation marks ("The complaint
    was made by his opponent, Tigran Petrosian.")."""
    end = offset + len(doc.text)
    subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    for token in subjects:
        start, stop = (offset + edge for edge in noun_phrase(token))
        # The subject's own name first, then whoever its phrase names ("As well as Spider-Man, Lee co-created
        # ..." is about Lee).
        person = context.entity_in(start, stop, (EntityType.PERSON,), head=offset + token.idx, fallback=False) or \
            (context.person_named(token.text) if token.pos_ == "PROPN" else None) or \
            context.entity_in(start, stop, (EntityType.PERSON,))
        if person is not None:
            return Centre(person, offset, end, Found.SUBJECT)
    if any(t.lower_ in PERSON_PRONOUNS or (t.pos_ == "NOUN" and _is_definite(t) and
                                           (_describes_a_person(t) or _is_role(t))) for t in subjects):
        # "He ...", or "The French star was part of the Chelsea side": whoever they were before, not
        # someone else the sentence names
        return Centre(None, offset, end, Found.PRONOUN)
    for start, person in reversed(context.people_in(offset, end)):
        stop = next(m.end for m in person.mentions if m.start == start)
        span = doc.char_span(start - offset, stop - offset, alignment_mode="expand")
        if span is None or span.root.dep_ != "compound":  # "the Bush administration", "French Maid outfits"
            return Centre(person, offset, end, Found.NAMED)
    return None


def _is_partial(text: str, quote: RawQuote) -> bool:
    """Full when it starts a paragraph or a sentence, follows a colon, or follows a comma with a capital
    ('He said, "We will ..."'); otherwise the writer's sentence carries it."""
    first = quote.parts[0]
    before = text[: first.start - 1].rstrip(" \t")
    if not before or before.endswith("\n") or before[-1] in ".!?:" or before[-1] in "\"“”'‘’":
        return False
    return not (before[-1] == "," and text[first.start : first.start + 1].isupper())


def _attribute(doc: Doc, offset: int, quote: RawQuote,
               context: AttributionContext) -> tuple[Speaker | None, Span | None]:
    """The speaker and cue from the speech verb that attributes the quotation, outside it."""
    chosen = speech_verb(doc, offset, quote)
    if chosen is None:
        return None, None
    who = speaker_token(chosen, offset, quote)
    if who is None:
        return None, None
    speaker = _resolve(who, offset, context)
    cue_end = chosen.idx + len(chosen.text)
    if chosen.lower_ == "according":
        cue_end = next((c.idx + len(c.text) for c in chosen.children if c.lower_ == "to"), cue_end)
    else:
        told = next((c for c in chosen.children if c.dep_ in ("dobj", "dative") and c.i > chosen.i), None)
        if told is not None and len(list(told.subtree)) <= 3:
            cue_end = told.right_edge.idx + len(told.right_edge.text)  # "told the BBC"
    return speaker, Span(offset + chosen.idx, offset + cue_end)


def _resolve(token: Token, offset: int, context: AttributionContext) -> Speaker | None:
    """The speaker a subject names, by the article's fullest name for it."""
    lower = token.lower_
    position = offset + token.idx
    if lower in PERSON_PRONOUNS:
        return _resolve_pronoun(position, context, lower)
    if lower in GROUP_PRONOUNS:
        body = context.last_body_before(position)
        return Speaker(body.name, SpeakerKind.ORGANISATION) if body else None
    if token.pos_ == "PRON":
        return None
    # A name in apposition ("The minister, Ana Costa,", "chief inspector of prisons Jo Bloggs"), not one the
    # parser hung on the noun past a relative clause ("The actor, whose films include The Phantom Menace, said").
    named = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and not any(r.dep_ in ("relcl", "acl") and r.i < c.i for r in token.rights)), None)
    if named is not None and token.pos_ == "NOUN":
        token = named  # "The minister, Ana Costa," / "the minister Ana Costa": the name says who
    # The name itself, without an apposition or a relative clause ("Rodrigo de Rato, the IMF's managing
    # director," is de Rato, not the IMF); the whole phrase for an unnamed one ("a spokesman for the union").
    name = tuple(offset + edge for edge in noun_phrase(token))
    whole = (offset + token.left_edge.idx, offset + token.right_edge.idx + len(token.right_edge.text))
    unnamed = token.lemma_.lower() in UNNAMED_HEADS
    person = context.entity_in(*name, (EntityType.PERSON,), head=offset + token.idx) or \
        (context.person_named(token.text) if _looks_proper(token) else _surname_opening(token, context))
    if person is None and token.lemma_.lower() in ROLE_NOUNS:
        # "Recording Academy president and CEO Neil Portnow": the role's whole phrase names the person.
        person = context.entity_in(*whole, (EntityType.PERSON,))
    if person is not None and not unnamed:
        return Speaker(person.name, SpeakerKind.PERSON, person.affiliation)
    if unnamed and token.lemma_.lower() == "statement":
        return _statement_speaker(token, offset, context, whole)
    if unnamed:
        body = context.entity_in(*whole, BODY_TYPES)
        return Speaker(None, SpeakerKind.UNNAMED, body.name if body else None,
                       one_person=token.lemma_.lower() in ONE_PERSON_NOUNS and token.tag_ == "NN")
    return _resolve_with_body(token, offset, context, context.entity_in(*name, BODY_TYPES))


def _resolve_pronoun(position: int, context: AttributionContext, pronoun: str = "") -> Speaker | None:
    """Who "he" or "she" is: the lead-in's speaker; the person the subject of the sentence before names
    (it outranks the speaker of the quotation before: "Alexis also wasn't shy about it. '...,' she
    posted."); the speaker of the quotation before (past the sentence just before, when its subject
    is "she" too: whoever that sentence names besides); the last person that sentence names; or the
    person the text is about. Each only when the pronoun agrees with what the text says of their sex."""
    agrees = context.agrees
    if context.preferred is not None and agrees(context.preferred.name, pronoun):
        return context.preferred
    person = context.centre_at(position, Found.SUBJECT)
    person = person if person is not None and agrees(person.name, pronoun) else None
    centre = context.centre
    names_skipped = centre.start if centre is not None and centre.found is Found.PRONOUN else None
    if person is None and (speaker := context.previous_speaker(position, names_skipped)) is not None and \
            agrees(speaker.name, pronoun):
        return speaker
    named = context.centre_at(position, Found.NAMED)
    named = named if named is not None and agrees(named.name, pronoun) else None
    person = person or named or context.antecedent(position, pronoun)
    return Speaker(person.name, SpeakerKind.PERSON, person.affiliation) if person else None


def _resolve_with_body(token: Token, offset: int, context: AttributionContext, body: Entity | None) -> Speaker | None:
    """A subject that names no person the recognizer found, with the body its phrase names, if any."""
    if body is not None and _is_definite(token) and _describes_a_person(token):
        # "added the Barcelona defender": a person described by their club, not the club; taken as "he"
        # would be (most often the speaker of the quotation just before).
        speaker = _resolve_pronoun(offset + token.idx, context)
        if speaker is not None:
            return Speaker(speaker.name, SpeakerKind.PERSON, speaker.affiliation or body.name)
    if body is not None and _is_role(token):
        # "The French president told reporters": a person with a role, not the country of the role.
        person = context.antecedent(offset + token.idx)
        if person is not None:
            return Speaker(person.name, SpeakerKind.PERSON, person.affiliation or body.name)
    role = next((c for c in token.rights if c.dep_ == "appos" and
                 (c.lemma_.lower() in ROLE_NOUNS or c.lemma_.lower() in PERSON_ROLE_NOUNS)), None)
    if role is not None and token.pos_ == "PROPN":
        # "Rodrigo de Rato, the IMF's managing director,": a person with a role, whatever the recognizer
        # made of the name; the body in the apposition is theirs.
        of = context.entity_in(offset + role.left_edge.idx, offset + role.right_edge.idx + len(role.right_edge.text),
                               BODY_TYPES)
        name = body.name if body is not None else _proper_name(token)
        return Speaker(name, SpeakerKind.PERSON, of.name if of else None)
    if body is not None:
        body = _described_body(token, body, offset, context) or body
        return Speaker(body.name, SpeakerKind.ORGANISATION)
    return _named_by_the_text(token, offset, context)


def _statement_speaker(token: Token, offset: int, context: AttributionContext, phrase: tuple[int, int]) -> Speaker:
    """Whose "a statement (from X) said" is: X; with an owner or a source that is no entity ("a statement
    from his family") nobody named; else the body named in the sentence before or this one, with no
    person named since ("..., NASA said. '...,' a statement said.")."""
    bodies = (EntityType.ORGANISATION, EntityType.COUNTRY)
    body = context.entity_in(*phrase, bodies)
    if body is not None:
        return Speaker(body.name, SpeakerKind.ORGANISATION)
    person = context.entity_in(*phrase, (EntityType.PERSON,))
    if person is not None:
        return Speaker(person.name, SpeakerKind.PERSON, person.affiliation)
    sourced = any(c.dep_ == "poss" for c in token.children) or \
        any(c.dep_ == "prep" and c.lower_ in ("from", "by", "of", "on") for c in token.rights)
    position = offset + token.idx
    found = context.last_body(position, within=position - context.previous_sentence_start(position))
    if sourced or found is None or context.named_between(found[0], position):
        return Speaker(None, SpeakerKind.UNNAMED)
    return Speaker(found[1].name, SpeakerKind.ORGANISATION)


def _described_body(token: Token, body: Entity, offset: int, context: AttributionContext) -> Entity | None:
    """For "the American space agency": the organisation named shortly before, when the only body the
    phrase names is a country or people modifying a noun of a body that is not the state's."""
    lemma = token.lemma_.lower()
    if body.type not in (EntityType.COUNTRY, EntityType.GROUP) or lemma not in BODY_NOUNS - STATE_BODY_NOUNS:
        return None
    if not any(t.lower_ in ("the", "this") for t in token.lefts):
        return None
    return context.last_body_before(offset + token.idx, within=BODY_REACH_CHARS, kinds=(EntityType.ORGANISATION,))


def _named_by_the_text(token: Token, offset: int, context: AttributionContext) -> Speaker | None:
    """A subject no entity covers: a role noun ("the minister") that stands for the person the text is
    about, or a proper name as written."""
    position = offset + token.idx
    described = context.described_as(token.lower_, position) if _is_definite(token) else None
    if described is not None:
        # "the architect says", after "architect Ana Costa": the person the text named so
        return Speaker(described.name, SpeakerKind.PERSON, described.affiliation)
    if _is_role(token):
        person = context.antecedent(position)
        if person is not None:
            return Speaker(person.name, SpeakerKind.PERSON, person.affiliation)
    words = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"] + [token]
    name = _proper_name(token)
    definite = any(t.lower_ in ("the", "this") for t in token.lefts)
    if definite and all(w.text.rstrip(".") in OFFICE_WORDS for w in words):
        # "The Prime Minister said": an office, whose holder is the person the text is about
        person = context.antecedent(position)
        if person is not None:
            return Speaker(person.name, SpeakerKind.PERSON, person.affiliation)
    if token.pos_ == "PROPN" and not token.text.islower():
        titled = any(t.text.rstrip(".") in PERSON_TITLES for t in words)
        kind = SpeakerKind.ORGANISATION if token.lower_ in ORGANISATION_HEADS or (not titled and len(words) == 1) \
            else SpeakerKind.PERSON
        return Speaker(name, kind)
    lemma = token.lemma_.lower()
    if definite and lemma in BODY_NOUNS:
        # "the company said" after "a spokesperson for Merivale said ..." is Merivale; otherwise "the former
        # monopoly", "the club" is the last body named.
        lead_in = context.lead_in
        if lead_in is not None and lead_in.kind is SpeakerKind.UNNAMED and lead_in.affiliation:
            return Speaker(lead_in.affiliation, SpeakerKind.ORGANISATION)
        body = context.last_body_before(position)
        if body is not None:
            return Speaker(body.name, SpeakerKind.ORGANISATION)
    elif (kin := context.kin_named(lemma)) is not None and \
            any(t.dep_ == "poss" and t.lower_ in ("his", "her", "their") for t in token.lefts):
        # "his mother said", after "His mother Claire, 34, said": the person that kinship word named.
        return Speaker(kin.name, SpeakerKind.PERSON, kin.affiliation)
    elif definite and _describes_a_person(token):
        # "said the 30-year-old", "the midfielder added": a description of the person the text is about,
        # found as "he" would be.
        speaker = _resolve_pronoun(position, context)
        if speaker is not None:
            return speaker
    # "The banker said", "a young woman told reporters": one person the text does not name (not "the
    # residents", "dealers", nor "the ordeal" a misread "had gone on" has speak)
    return Speaker(None, SpeakerKind.UNNAMED, one_person=token.tag_ == "NN" and lemma in ONE_PERSON_NOUNS)


def _is_definite(token: Token) -> bool:
    return any(t.lower_ in ("the", "this") for t in token.lefts)


def _describes_a_person(token: Token) -> bool:
    """ "the 30-year-old" (the parser's head is "old"), "the midfielder"."""
    if token.lower_ == "old" and any(t.lower_ == "year" for t in token.subtree):
        return True
    return token.lemma_.lower() in PERSON_DESCRIPTIONS


def _looks_proper(token: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence the tagger took for a common noun ("In his
    post-match comments, Wilmots added")."""
    return token.pos_ == "PROPN" or (token.i > 0 and not token.is_sent_start and token.text[:1].isupper()
                                     and not token.text.isupper())


def _surname_opening(token: Token, context: AttributionContext) -> Entity | None:
    """A sentence's first word that names a person the article names in full, by surname or by a first name
    only one person has ("Boase, who has
    two convictions, said: ..."; the tagger calls it a common noun there). A full name is words of letters
    only: the recognizer also calls a caption label "D.C. Shooter:" a person."""
    if not token.is_sent_start or not token.text[:1].isupper() or token.text.isupper():
        return None
    person = context.person_named(token.text)
    words = person.name.split() if person is not None else []
    return person if len(words) > 1 and all(_NAME_WORD.fullmatch(w) for w in words) else None


_NAME_WORD: Final = re.compile(r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*")


def _is_role(token: Token) -> bool:
    """A common noun naming a person by their role, with its article or its body's possessive: "the
    (French) president", "United's head coach" (the tagger may call a lower-case "minister" a proper noun);
    or one of a nation named by the nationality: "added the Italian"."""
    lemma = token.lemma_.lower()
    determined = any(t.lower_ in ("the", "this") or (t.dep_ == "poss" and t.pos_ == "PROPN") for t in token.lefts)
    if determined and token.tag_ != "NNPS" and _one_of_a_nation(token.text):
        return True
    return (token.pos_ == "NOUN" or token.text.islower()) and (lemma in ROLE_NOUNS or lemma in PERSON_ROLE_NOUNS) and \
        determined


# Nationality words that name one person ("the Italian", "the Spaniard"), not a nation ("the British").
ONE_OF_A_NATION_ENDINGS: Final = ("an", "man", "woman", "ard")


def _one_of_a_nation(word: str) -> bool:
    return word in demonyms() and word.lower().endswith(ONE_OF_A_NATION_ENDINGS)


def _proper_name(token: Token) -> str:
    return " ".join(t.text for t in [*(t for t in token.lefts if t.dep_ in ("compound", "amod") and
                                       t.pos_ == "PROPN"), token])


def _goes_on(text: str, previous: Quote, quote: RawQuote) -> bool:
    """A quotation with no attribution of its own, close after the last one, goes on with its speaker."""
    gap = quote.parts[0].start - previous.parts[-1].end
    return previous.speaker is not None and not previous.partial and 0 <= gap <= CONTINUATION_CHARS
