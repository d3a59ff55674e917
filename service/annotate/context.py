"""Who has been named where, for attributing quotations: the article's entity mentions outside quotation
marks, indexed by position once per article so that every lookup is a binary search, and what the
attribution of the current quotation has learnt (its lead-in's speaker, whom the sentence before is
about, the speaker of the quotation before).

A name said inside a quotation is no antecedent of the attribution's "he" ('"Hair is a big deal," she
said' is not Hair's), so mentions inside quotation marks are left out of the index.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Final

from ..document import Document, Span
from ..document.quotation import RawQuote
from .entities import FEMALE_MARKERS, KIN_WORDS, MALE_MARKERS, person_key, sexes_beside
from .model import Entity, EntityType, Speaker

SEX_MARKERS: Final = MALE_MARKERS | FEMALE_MARKERS

# "he" and "the prime minister" stand for the person the text is about, which news names as a subject,
# at the head of a sentence, more than in a phrase inside one ("hosted by UK finance minister Gordon
# Brown, he said ..." is not Brown speaking). A name leads its sentence when at most this many words,
# none a preposition, come before it ("However, UK Foreign Secretary Jack Straw").
LEADING_WORDS: Final = 6
PREPOSITIONS: Final = frozenset({"by", "with", "of", "to", "from", "for", "at", "in", "on", "against", "than",
                                 "over", "about", "like", "starring", "and", "or", "between", "after", "before"})
# A verb of speaking right after a name: the name is the subject speaking, as salient as a leading one
# ("While bids are sought, Jo Bloggs said, there is no backlog").
SPEAKING_AFTER_NAME: Final = re.compile(r",?[^\S\n]+(?:said|says|told|tells|added|adds|explained|noted|argued|"
                                        r"warned|insisted|recalled)\b")
# A mention between a comma and a comma (or "and", "or") is an item of a list; the item before it is looked
# for within LIST_ITEM_CHARS.
LIST_ITEM_CHARS: Final = 40
# The item before is a name: "Smith's attorney, Jo Bloggs, said" is an apposition, not a list.
LISTED_BEFORE: Final = re.compile(r"[A-Z][\w'’.&-]*,[^\S\n]\Z")
LISTED_AFTER: Final = re.compile(r",|[^\S\n]+(?:and|or)\b")
# How far back "the architect" looks for the person named as "architect Ana Costa" (a long feature names
# its people once, near the top).
DESCRIPTION_REACH_CHARS: Final = 5_000
# How far back such a leading name is preferred to a later name inside a sentence: about two sentences.
SALIENT_REACH_CHARS: Final = 600
# Characters between two quotations within which the second, with no attribution of its own, is taken
# to go on with the first's speaker (the next sentence or paragraph of the same speech).
CONTINUATION_CHARS: Final = 400

# How far back "she" looks past people of the other sex for one of hers (about four paragraphs): beyond,
# no guess rather than a woman named early in a long piece.
AGREEMENT_REACH_CHARS: Final = 2_000
PRONOUN_SEXES: Final = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}


class Found(Enum):
    """How the sentence before a quotation says whom it is about."""

    SUBJECT = "subject"      # its main verb's subject names a person
    PRONOUN = "pronoun"      # its subject is "he" or "she": whoever they were before
    NAMED = "named"          # it names a person elsewhere (the last one)


@dataclass(frozen=True, slots=True)
class Centre:
    """Whom a sentence is about (centering), how that was found, and where the sentence lies."""

    person: Entity | None
    start: int
    end: int
    found: Found


@dataclass(slots=True)
class _Positions:
    """Mentions sorted by where they start, with their entities."""

    starts: list[int] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, mentions: list[tuple[int, int, Entity]]) -> _Positions:
        ordered = sorted(mentions, key=lambda mention: mention[0])
        return cls([start for start, _, _ in ordered], [entity for _, _, entity in ordered],
                   [end for _, end, _ in ordered])

    def between(self, start: int, end: int) -> range:
        """Indexes of the mentions that start in [start, end)."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))


@dataclass(slots=True)
class AttributionContext:
    """What attribution reads: the text, its entities by mention, and the people named so far."""

    text: str
    entities: list[Entity]
    # Where each sentence starts, to tell a name that leads its sentence from one inside it.
    sentence_starts: list[int]
    # The parts of every quotation, sorted: their insides are no place for an antecedent.
    quoted: list[Span]
    # The person a lead-in sentence has speak ("Rodrigo de Rato said ..."): the next "he said" is theirs.
    preferred: Speaker | None = None
    # Whoever the lead-in has speak, of any kind ("A spokesperson for Merivale said ..."): the body "the
    # company said" stands for.
    lead_in: Speaker | None = None
    # Whom the sentence before is about: what a "he said" right after it most often stands for.
    centre: Centre | None = None
    # The person who spoke the quotation before, and where it ended: "He added: ..." right after it,
    # with nobody named between, is them.
    previous: tuple[Speaker, int] | None = None
    _quoted_starts: list[int] = field(default_factory=list)
    # Every mention by where it starts, with its end and entity: entity_in is asked once per quotation.
    _mentions: list[tuple[int, int, Entity]] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    _people: _Positions = field(default_factory=_Positions)
    _bodies: dict[tuple[EntityType, ...], _Positions] = field(default_factory=dict)
    # Each person's sex where a title or a kinship word beside a mention says it, by canonical name.
    _sexes: dict[str, str] = field(default_factory=dict)
    # The person each kinship word was last put beside ("his mother Claire"), by the word.
    _kin: dict[str, Entity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.quoted = sorted(self.quoted, key=lambda part: part.start)
        self._quoted_starts = [part.start for part in self.quoted]
        self._mentions = sorted(((m.start, m.end, e) for e in self.entities for m in e.mentions), key=lambda m: m[0])
        self._mention_starts = [start for start, _, _ in self._mentions]
        self._people = self._index((EntityType.PERSON,))
        self._sexes = {e.name: sex for e in self.entities if e.type is EntityType.PERSON
                       if (sex := self._sex_of(e)) is not None}
        for start, person in zip(self._people.starts, self._people.entities, strict=True):
            before = self.text[max(0, start - 20) : start].split()
            if before and before[-1].lower() in KIN_WORDS:
                self._kin[before[-1].lower()] = person

    def kin_named(self, word: str) -> Entity | None:
        """The person a kinship word ("mother", "husband") was put beside, when one was."""
        return self._kin.get(word)

    def _sex_of(self, person: Entity) -> str | None:
        """"male" or "female" when the words beside its mentions agree on it, else None."""
        found = set()
        first_name = person.name.split()[0]
        for mention in person.mentions:
            words = self.text[mention.start : mention.end].split()
            if len(words) > 1 and words[0].lower().rstrip(".") not in SEX_MARKERS and words[0] != first_name:
                continue  # "Brenda Burns" folded into "Joshua Burns" by the surname says nothing of him
            found |= sexes_beside(self.text, mention)
        return found.pop() if len(found) == 1 else None

    def agrees(self, name: str | None, pronoun: str) -> bool:
        """Whether ``pronoun`` ("he", "she") can stand for the person named ``name``: unless the text
        gives that person the other sex."""
        sex = PRONOUN_SEXES.get(pronoun)
        return sex is None or name is None or self._sexes.get(name, sex) == sex

    @classmethod
    def of(cls, document: Document, entities: list[Entity], quoted: list[RawQuote]) -> AttributionContext:
        return cls(document.text, entities, [s.span.start for s in document.sentences],
                   [p for q in quoted for p in q.parts])

    def _index(self, kinds: tuple[EntityType, ...]) -> _Positions:
        return _Positions.of([(m.start, m.end, e) for e in self.entities if e.type in kinds for m in e.mentions
                              if self.outside(m.start)])

    def outside(self, position: int) -> bool:
        """Whether ``position`` lies outside every quotation."""
        i = bisect.bisect_right(self._quoted_starts, position) - 1
        return i < 0 or position >= self.quoted[i].end

    def named_between(self, start: int, end: int) -> bool:
        """Whether a person is named in [start, end) outside quotations."""
        return len(self._people.between(start, end)) > 0

    def previous_speaker(self, position: int, named_before: int | None = None) -> Speaker | None:
        """The speaker of the quotation just before, with nobody named since; or, with ``named_before``,
        with nobody named between that quotation and ``named_before`` (the names after it do not count)."""
        if self.previous is None:
            return None
        speaker, end = self.previous
        if not 0 <= position - end <= CONTINUATION_CHARS:
            return None
        return None if self.named_between(end, position if named_before is None else named_before) else speaker

    def centre_at(self, position: int, found: Found) -> Entity | None:
        """The person the sentence before is about, found as ``found``, when nobody is named between."""
        centre = self.centre
        if centre is None or centre.found is not found or self.named_between(centre.end, position):
            return None
        return centre.person

    def antecedent(self, position: int, pronoun: str = "") -> Entity | None:
        """The person "he" or "the minister" at ``position`` stands for: the last one named, unless a
        name that leads its sentence comes shortly before a name inside a later sentence; with a
        ``pronoun``, the last one it agrees with ("she" passes over "Mr Ray")."""
        before = bisect.bisect_left(self._people.starts, position)
        while before > 0 and (not self.agrees(self._people.entities[before - 1].name, pronoun) or
                              self._listed(before - 1)):
            if self._people.starts[before - 1] < position - AGREEMENT_REACH_CHARS:
                return None  # nobody of that sex named in the last few paragraphs: no guess
            before -= 1
        if before == 0:
            return None
        last = self._people.starts[before - 1]
        if SPEAKING_AFTER_NAME.match(self.text, self._people.ends[before - 1]):
            return self._people.entities[before - 1]  # "..., Yearout said, there is ...": the last to speak
        for i in range(before - 1, -1, -1):
            start = self._people.starts[i]
            if start < last - SALIENT_REACH_CHARS:
                break
            if self._leads_sentence(start) and self.agrees(self._people.entities[i].name, pronoun):
                return self._people.entities[i]
        return self._people.entities[before - 1]

    def described_as(self, noun: str, position: int) -> Entity | None:
        """The last person named before ``position`` just after ``noun`` ("architect Ana Costa" for "the
        architect"), within DESCRIPTION_REACH_CHARS."""
        before = bisect.bisect_left(self._people.starts, position)
        for i in range(before - 1, -1, -1):
            start = self._people.starts[i]
            if start < position - DESCRIPTION_REACH_CHARS:
                return None
            words = self.text[max(0, start - len(noun) - 2) : start].split()
            if words and words[-1].lower() == noun:
                return self._people.entities[i]
        return None

    def _listed(self, index: int) -> bool:
        """The person mention at ``index`` is an item inside an enumeration ("the BBC, Google Arts, Wikiart,
        and museums"): no one a later "he" stands for (and, named alone, often no person at all)."""
        start, end = self._people.starts[index], self._people.ends[index]
        return LISTED_BEFORE.search(self.text, max(0, start - LIST_ITEM_CHARS), start) is not None and \
            LISTED_AFTER.match(self.text, end) is not None

    def people_in(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """The person mentions in [start, end) outside quotations, in reading order."""
        return [(self._people.starts[i], self._people.entities[i]) for i in self._people.between(start, end)]

    def previous_sentence_start(self, position: int) -> int:
        """Where the sentence before the one holding ``position`` starts."""
        sentence = bisect.bisect_right(self.sentence_starts, position) - 1
        return self.sentence_starts[sentence - 1] if sentence >= 1 else 0

    def _leads_sentence(self, position: int) -> bool:
        sentence = bisect.bisect_right(self.sentence_starts, position) - 1
        words = self.text[self.sentence_starts[sentence] if sentence >= 0 else 0 : position].split()
        return len(words) <= LEADING_WORDS and not any(w.lower().strip(",") in PREPOSITIONS for w in words)

    def entity_in(self, start: int, end: int, kinds: tuple[EntityType, ...], head: int | None = None,
                  fallback: bool = True) -> Entity | None:
        """The first entity of ``kinds`` mentioned in [start, end); the one whose mention holds ``head``
        when there is one ("Tsarnaev's defense attorney Judy Clarke" is Clarke)."""
        first, last = bisect.bisect_left(self._mention_starts, start), bisect.bisect_left(self._mention_starts, end)
        found = next((entity for mention_start, mention_end, entity in self._mentions[first:last]
                      if entity.type in kinds and (head is None or mention_start <= head < mention_end)), None)
        if found is None and head is not None and fallback:
            return self.entity_in(start, end, kinds)
        return found

    def person_named(self, name: str) -> Entity | None:
        """The person a single name stands for: by surname, else the one person with that first name."""
        people = [e for e in self.entities if e.type is EntityType.PERSON]
        # The parser reads a curly apostrophe as a straight one (grammar.parse_view): "O'Brien" is "O’Brien".
        name = name.replace("'", "\u2019") if "'" in name and "\u2019" in self.text else name
        by_surname = next((e for e in people if person_key(e.name) == name), None)
        if by_surname is not None:
            return by_surname
        by_first_name = [e for e in people if len(e.name.split()) > 1 and e.name.split()[0] == name]
        return by_first_name[0] if len(by_first_name) == 1 else None

    def last_body_before(self, position: int, within: int | None = None,
                         kinds: tuple[EntityType, ...] = (EntityType.ORGANISATION,)) -> Entity | None:
        """The body of ``kinds`` named last before ``position`` outside quotations (within ``within``
        characters): what "it said" and "they added" stand for."""
        found = self.last_body(position, within, kinds)
        return found[1] if found else None

    def last_body(self, position: int, within: int | None = None,
                  kinds: tuple[EntityType, ...] = (EntityType.ORGANISATION,)) -> tuple[int, Entity] | None:
        """That body and where it was named."""
        if kinds not in self._bodies:
            self._bodies[kinds] = self._index(kinds)
        return _last_before(self._bodies[kinds], position, within)

    def last_person_before(self, position: int, within: int | None = None) -> Entity | None:
        """The person named last before ``position`` outside quotations (within ``within`` characters)."""
        found = _last_before(self._people, position, within)
        return found[1] if found else None


def _last_before(positions: _Positions, position: int, within: int | None) -> tuple[int, Entity] | None:
    """The mention that starts last before ``position`` (within ``within`` characters), and its entity."""
    i = bisect.bisect_left(positions.starts, position) - 1
    earliest = 0 if within is None else position - within
    return (positions.starts[i], positions.entities[i]) if i >= 0 and positions.starts[i] >= earliest else None
