"""Named entities of the article: spaCy's entity recognizer finds the mentions; this module names each
entity once (countries through the actors' gazetteer, so that entities and actors agree; people by
their fullest name), types it, and gives it the role and affiliation the text states.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ..deadline import Deadline
from ..document import BlockKind, Document, Span
from ..extract import rules
from ..extract.actors import ORGANISATION_HEADS, PERSON_TITLES, ActorIndex, gazetteer
from .model import Entity, EntityType

if TYPE_CHECKING:
    from ..grammar import Grammar

# spaCy's OntoNotes labels → the response's types; the others (cardinals, ordinals, quantities, times of
# day, products, works of art, facilities, languages) are not entities a reader of news looks up.
LABEL_TYPES: Final = {
    "PERSON": EntityType.PERSON, "ORG": EntityType.ORGANISATION, "GPE": EntityType.PLACE, "LOC": EntityType.PLACE,
    "NORP": EntityType.GROUP, "DATE": EntityType.DATE, "MONEY": EntityType.MONEY, "PERCENT": EntityType.PERCENT,
    "LAW": EntityType.LAW, "EVENT": EntityType.EVENT,
}
# Characters of the article read for entities. The recognizer reads ~60,000 characters a second on one
# core (make bench); 40,000 (a ~7,000-word report) keeps a hostile input under a second, and the
# warnings say what was left unread.
MAX_ENTITY_CHARS: Final = 40_000
# Blocks read for entities: a long report has a few hundred; the recognizer's cost per text made 2,600
# one-line blocks (60,000 bullets each opening a sublist) take 1.3 s within the character cap.
MAX_ENTITY_BLOCKS: Final = 1_000
# Blocks handed to the recognizer between two deadline checks.
BLOCKS_PER_CHECK: Final = 32
# Salience mixes how often an entity is mentioned (its share of the most-mentioned entity's count) and
# how early it first is (the lead names what a story is about); equal weights.
FREQUENCY_WEIGHT: Final = 0.5
POSITION_WEIGHT: Final = 0.5
# Words before a name that give a role: "UK Foreign Secretary Jack Straw", "Chinese Premier Li Qiang".
# At most this many characters are looked back at, on the same line.
ROLE_WINDOW_CHARS: Final = 80
_ROLE_BEFORE: Final = re.compile(
    rf"(?:(?P<place>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){{0,3}}?)(?:['’]s)?[^\S\n]+)?"
    rf"(?P<role>{rules.PERSON_TITLE_WORDS}+)$"
)
# "Jack Straw, the foreign secretary," / "Bob Crow, general secretary of the RMT union,": an apposition
# of up to six lower-case words with a role noun, and the body it names.
ROLE_NOUNS: Final = ("secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "chief", "head",
                     "director", "leader", "president", "chairman", "chairwoman", "chair", "executive",
                     "governor", "ambassador", "envoy", "commissioner", "official", "founder", "editor",
                     "economist", "analyst", "manager", "coach", "captain", "lawyer", "attorney", "mayor",
                     "correspondent", "reporter", "judge", "professor", "boss", "skipper", "champion")
_S: Final = r"[^\S\n]+"  # spaces within a line
_CAPITALISED: Final = r"[A-Z][\w&.’'-]*(?:[^\S\n]+[A-Z][\w&.’'-]*){0,4}"
_ROLE_AFTER: Final = re.compile(
    rf",{_S}(?:(?:the|a|an){_S})?(?:(?P<owner>{_CAPITALISED})['’]s{_S})?"
    rf"(?P<role>(?:[a-z-]+{_S}){{0,4}}?(?:{'|'.join(ROLE_NOUNS)})(?:{_S}(?:of|for|on){_S}[a-z][a-z-]*"
    rf"(?:{_S}[a-z][a-z-]*){{0,3}})?)"
    rf"(?:{_S}(?:of|at|for){_S}(?:the{_S})?(?P<body>{_CAPITALISED})(?:{_S}[a-z]+){{0,2}})?[,.]"
)
# Acronyms shorter than this are too ambiguous to tie to a name ("US", "UN" are in the gazetteer).
MIN_ACRONYM_LETTERS: Final = 3
# Types of one body that the recognizer confuses; the first in this order wins when they disagree.
_TYPE_ORDER: Final = (EntityType.COUNTRY, EntityType.ORGANISATION, EntityType.PLACE, EntityType.GROUP)
BODY_TYPES: Final = frozenset(_TYPE_ORDER)
_LEADING_ARTICLE: Final = re.compile(r"^(?:the|The)\s+")
# Titles of courtesy, which say nothing of a role ("Mr Straw"); "President Bush" has one.
COURTESY_TITLES: Final = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"})
_POSSESSIVE: Final = ("'s", "’s")
# Page furniture that news sites leave inside the article's text ("... on poverty.' Scroll down for video
# The Prime Minister ..."): the recognizer reads "Scroll" as a person, whom a later "he" then names.
PAGE_FURNITURE: Final = re.compile(r"\b(?:Scroll down for (?:video|more)|Click here(?: for| to)?|Watch the video)\b")
# A person's title just before a mention makes it a person whatever the recognizer said.
# How far before a mention its title or article is looked for: searched from the start of the text, each
# search cost the whole text before the mention.
WORDS_BEFORE_CHARS: Final = 60
# An article before a one-word "person", with at most three lower-case words between ("the Scot", "The
# 19-year-old Scot", "a Bikini"), or "at" / "in" right before it ("Saturday's game at Bolton"): no person.
_DETERMINER_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Aa]n?)[^\S\n]+(?:[a-z0-9][\w'’-]*[^\S\n]+){0,3}\Z|"
                                       r"\b(?:at|in)[^\S\n]+\Z")  # "Saturday's game at Bolton": a place
# A kind of body just before a one-word "person": the name is the body's ("company TransIP").
_BODY_KINDS: Final = (r"\b(?:company|firm|group|charity|club|brand|website|site|start-?up|retailer|chain|label|band|"
                      r"app|network|agency|newspaper|magazine|broadcaster)[^\S\n]+")
_BODY_NOUN_BEFORE: Final = re.compile(_BODY_KINDS + r"\Z", re.IGNORECASE)
_TITLE_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(sorted(PERSON_TITLES))})\.?[^\S\n]+\Z")


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    text: str
    type: EntityType


def name_entities(document: Document, mentions: list[Mention], actors: ActorIndex) -> list[Entity]:
    """Every distinct entity once, most salient first, with all its mentions."""
    entities = _group(document, mentions, actors)
    _score(entities, len(document.text))
    return sorted(entities, key=lambda e: (-e.salience, e.mentions[0].start))


def _readable_blocks(document: Document) -> Iterator[tuple[Span, bool]]:
    """The blocks read for entities, each with whether it is written in title case (title, headings)."""
    for block in document.blocks:
        if block.kind not in (BlockKind.BOILERPLATE, BlockKind.METADATA):
            yield block.span, block.kind in (BlockKind.TITLE, BlockKind.HEADING)


def _in_furniture(text: str, start: int) -> bool:
    """Whether the mention starting at ``start`` opens a PAGE_FURNITURE phrase."""
    return PAGE_FURNITURE.match(text, start) is not None


def _confirmed(found: list[Mention], title_case: set[int]) -> list[Mention]:
    """In title case every word looks like a name ("China Urges Canada to Break from ..."): a mention
    there is kept only when the gazetteer knows it or the body mentions the same words."""
    body = {m.text for i, m in enumerate(found) if i not in title_case}
    return [m for i, m in enumerate(found)
            if i not in title_case or m.text in body or m.text in gazetteer() or m.type is EntityType.DATE]


def read_mentions(document: Document, grammar: Grammar,
                  deadline: Deadline | None = None) -> tuple[list[Mention], list[str]]:
    """The recognizer's mentions of the types the response shows, in reading order; and warnings."""
    spans: list[Span] = []
    titled: set[Span] = set()
    read = unread = 0
    for span, title_case in _readable_blocks(document):
        if read + len(span) > MAX_ENTITY_CHARS or len(spans) >= MAX_ENTITY_BLOCKS:
            unread += 1
            continue
        read += len(span)
        spans.append(span)
        if title_case:
            titled.add(span)
    found: list[Mention] = []
    title_case_mentions: set[int] = set()
    for first in range(0, len(spans), BLOCKS_PER_CHECK):
        if deadline is not None:
            deadline.check("annotate")
        batch = spans[first : first + BLOCKS_PER_CHECK]
        for span, doc in zip(batch, grammar.entities([document.span_text(s) for s in batch]), strict=True):
            for ent in doc.ents:
                kind = LABEL_TYPES.get(ent.label_)
                if kind is None:
                    continue
                text = ent.text[:-2] if ent.text.endswith(_POSSESSIVE) else ent.text  # "Christian Aid's"
                start = span.start + ent.start_char
                if _in_furniture(document.text, start):
                    continue
                if kind is EntityType.PERSON and text.isupper():
                    # A label ("EXPERT VERDICT:") or a body's initials ("PCSU deputy general secretary ..."),
                    # far more often than a person known by initials ("JFK"), whom this loses.
                    continue
                before = max(0, start - WORDS_BEFORE_CHARS)
                if kind is EntityType.PERSON and " " not in text and _DETERMINER_BEFORE.search(document.text, before,
                                                                                                start):
                    continue  # "the Scot said", "the Bill", "on the Times website": a noun, not a person's name
                if kind is EntityType.PERSON and " " not in text and _BODY_NOUN_BEFORE.search(document.text, before,
                                                                                             start):
                    kind = EntityType.ORGANISATION  # "hosting company TransIP", "the website Wikiart"
                elif kind is EntityType.PERSON and text.split()[-1].lower() in BODY_LAST_WORDS:
                    kind = EntityType.ORGANISATION  # "Christian Aid", "Manchester United" read as a person
                elif kind is not EntityType.PERSON and _TITLE_BEFORE.search(document.text, before, start):
                    kind = EntityType.PERSON  # "Mr Straw" with "Straw" read as an organisation
                if span in titled:
                    title_case_mentions.add(len(found))
                found.append(Mention(Span(start, start + len(text)), text, kind))
    warnings = [f"{unread} block(s) beyond the first {MAX_ENTITY_CHARS} characters or {MAX_ENTITY_BLOCKS} blocks "
                "were not read for entities"] \
        if unread else []
    return _with_missed_full_names(document.text, _confirmed(found, title_case_mentions), spans), warnings


# Surnames the recognizer found alone, looked for with a first name before them, per article at most: a
# hostile text of thousands of one-word names would make the alternation itself the cost.
MAX_SURNAMES: Final = 200
_WORD: Final = re.compile(r"[A-Za-z][a-z'’-]*")


def _with_missed_full_names(text: str, found: list[Mention], spans: list[Span]) -> list[Mention]:
    """The mentions, with the full names the recognizer missed where it found the surname alone elsewhere:
    "Marcel Desailly insists ..." untagged, then "Desailly" tagged a person. The word before the surname
    must be a name: capitalised, not a title, and never written in lower case in the article ("When
    Desailly left" is no one called When)."""
    surnames = sorted({m.text for m in found if m.type is EntityType.PERSON and " " not in m.text
                       and m.text[:1].isupper()})
    if not surnames or len(surnames) > MAX_SURNAMES:
        return found
    lower_words = {w for w in _WORD.findall(text) if w.islower()}
    pattern = re.compile(r"(?<![\w’'-])(?P<first>[A-Z][a-z'’-]+)[^\S\n]+(?:" + "|".join(map(re.escape, surnames)) +
                         r")(?![\w’'-])")
    ordered = sorted(found, key=lambda m: m.span.start)
    starts, ends = [m.span.start for m in ordered], [m.span.end for m in ordered]
    added = []
    for span in spans:
        for match in pattern.finditer(text, span.start, span.end):
            first = match.group("first")
            if first.rstrip(".") in PERSON_TITLES or first.lower() in lower_words:
                continue
            index = bisect.bisect_left(starts, match.end())
            if index > 0 and ends[index - 1] > match.start():
                continue  # it overlaps a mention the recognizer made
            added.append(Mention(Span(match.start(), match.end()), match.group(), EntityType.PERSON))
    return sorted([*found, *added], key=lambda m: m.span.start) if added else found


def _canonical(mention: Mention) -> tuple[str, EntityType]:
    """A place, nationality or body the gazetteer knows takes its canonical name ("British" → United
    Kingdom, a country); a person is named later, from the fullest mention of the article."""
    bare = _LEADING_ARTICLE.sub("", mention.text).strip()
    known = gazetteer().get(bare) or gazetteer().get(mention.text)
    if known and mention.type in (EntityType.PLACE, EntityType.GROUP, EntityType.ORGANISATION):
        is_country = known not in rules.ORGANIZATION_ALIASES
        return known, EntityType.COUNTRY if is_country else EntityType.ORGANISATION
    return bare, mention.type


# Last words of sports clubs' names that are nobody's surname, which the recognizer reads as people
# ("Manchester United"); "Villa" or "Palace" may be a surname ("David Villa") and stay with the recognizer.
CLUB_WORDS: Final = frozenset({"united", "fc", "hotspur", "wanderers", "rovers", "athletic", "albion"})
# Last words that make a "person" the recognizer found a body: "Christian Aid", "Manchester United".
BODY_LAST_WORDS: Final = ORGANISATION_HEADS | CLUB_WORDS


# Letters after a name that are no part of it: "Simon Farrell QC" is found under Farrell, not under "QC"
# with every other barrister.
POST_NOMINALS: Final = frozenset({"QC", "KC", "MP", "MEP", "MSP", "Jr", "Sr", "OBE", "MBE", "CBE", "KBE", "PhD",
                                  "II", "III"})


# What a person's name says of their sex when the word is part of the name or right before it ("Mr
# Ray", "Ms Jackson", "his wife Jane", "spokeswoman Ann Lee"): then "she said" is not Mr Ray speaking.
# Titles and kinship or role words only; first names say nothing here (no name list is guessed from).
MALE_MARKERS: Final = frozenset({"mr", "sir", "lord", "king", "prince", "duke", "father", "dad", "husband", "son",
                                 "brother", "boyfriend", "grandfather", "grandson", "uncle", "nephew", "stepfather",
                                 "spokesman", "chairman", "businessman", "congressman", "councilman", "fiancé",
                                 "widower", "policeman", "fireman", "sportsman", "gentleman"})
FEMALE_MARKERS: Final = frozenset({"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "duchess", "mother",
                                   "mum", "mom", "wife", "daughter", "sister", "girlfriend", "grandmother",
                                   "granddaughter", "aunt", "niece", "stepmother", "spokeswoman", "chairwoman",
                                   "businesswoman", "congresswoman", "councilwoman", "fiancée", "widow",
                                   "policewoman", "sportswoman", "actress", "waitress", "heiress"})
# Kinship words that introduce a person by name ("his mother Claire", "her husband Tom Lee"): a later
# "his mother said" is that person.
KIN_WORDS: Final = frozenset({"mother", "father", "mum", "dad", "wife", "husband", "son", "daughter", "sister",
                              "brother", "grandmother", "grandfather", "girlfriend", "boyfriend", "partner",
                              "fiancé", "fiancée", "stepmother", "stepfather", "aunt", "uncle"})


def sex_word(word: str) -> str | None:
    """"male" or "female" when the word is one of those markers ("Mrs.", "husband"), else None."""
    word = word.lower().rstrip(".")
    return "male" if word in MALE_MARKERS else "female" if word in FEMALE_MARKERS else None


def person_key(name: str) -> str:
    """The name a person is found under: the surname, without a title or letters after it ("Mr Straw",
    "Jack Straw" → Straw)."""
    words = _name_words(name)
    return words[-1] if words else name


def _person_keys(text: str, mentions: list[Mention]) -> dict[int, str]:
    """Each person mention's key: its surname, unless people of one surname are named in full with
    different first names ("James Lee" and "his mother Claire Lee"): then each first name and surname
    is a key of its own ("Hillary Clinton" and "Hillary Rodham Clinton" stay one), and a mention by the
    surname or a title alone ("Lee", "Mrs Lee") is the one named in full most recently before it, of the
    sex a title says where the text gave theirs (the first named, when none was yet)."""
    named: dict[str, list[tuple[int, str]]] = {}  # surname -> (start, key) of its full-name mentions
    sexes: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.type is EntityType.PERSON and len(words := _name_words(_canonical(mention)[0])) > 1:
            key = f"{_first_name(words[0])} {words[-1]}"
            named.setdefault(words[-1], []).append((mention.span.start, key))
            sexes.setdefault(key, set()).update(_sexes_beside(text, mention))
    shared = {surname for surname, keys in named.items() if len({key for _, key in keys}) > 1}
    starts = {surname: [start for start, _ in named[surname]] for surname in shared}
    keys: dict[int, str] = {}
    for mention in mentions:
        if mention.type is not EntityType.PERSON:
            continue
        words = _name_words(_canonical(mention)[0])
        surname = words[-1] if words else person_key(_canonical(mention)[0])
        if surname not in shared:
            keys[id(mention)] = surname
        elif len(words) > 1:
            keys[id(mention)] = f"{_first_name(words[0])} {surname}"
        else:
            keys[id(mention)] = _named_before(named[surname], starts[surname], mention.span.start, sexes,
                                              _sexes_beside(text, mention))
    return keys


def _first_name(word: str) -> str:
    return word.casefold().replace(".", "")


def _named_before(named: list[tuple[int, str]], starts: list[int], position: int, sexes: dict[str, set[str]],
                  told: set[str]) -> str:
    """The full name mentioned last before ``position`` (the first one when none was), preferring one the
    text gave the sex ``told`` says, and never one it gave the other sex."""
    last = bisect.bisect_left(starts, position)
    preferences = (lambda key: bool(sexes[key] & told), lambda key: not sexes[key] - told) if told else ()
    for wanted in preferences:
        for i in range(last - 1, -1, -1):  # the names of one surname: a family, a handful of mentions
            if wanted(named[i][1]):
                return named[i][1]
        fitting = [key for _, key in named if wanted(key)]
        if fitting:
            return fitting[0]
    return named[last - 1][1] if last else named[0][1]


def _sexes_beside(text: str, mention: Mention) -> set[str]:
    return sexes_beside(text, mention.span)


def sexes_beside(text: str, span: Span) -> set[str]:
    """What a title opening the mention at ``span`` or a marker word right before it says of the person's
    sex; the word before counts only inside the same phrase (not "... his daughter. John")."""
    words = text[span.start : span.end].split()[:1]
    before = text[max(0, span.start - 30) : span.start].split()
    if before and before[-1][-1] not in ".,;:!?)":
        words += before[-1:]
    return {sex for word in words if (sex := sex_word(word)) is not None}


def _name_words(name: str) -> list[str]:
    return [w for w in name.replace("’s", "").replace("'s", "").split()
            if w.rstrip(".") not in PERSON_TITLES and w.rstrip(".,") not in POST_NOMINALS]


def _group(document: Document, mentions: list[Mention], actors: ActorIndex) -> list[Entity]:
    by_key: dict[tuple[str, EntityType], Entity] = {}
    person_keys = _person_keys(document.text, mentions)
    for mention in mentions:
        name, kind = _canonical(mention)
        # The recognizer may type one body two ways ("BT" as organisation and as place): one entity.
        kind_key = EntityType.ORGANISATION if kind in BODY_TYPES else kind
        key = (person_keys[id(mention)] if kind is EntityType.PERSON else name.lower(), kind_key)
        entity = by_key.get(key)
        if entity is None:
            by_key[key] = Entity(name, kind, [mention.span])
            continue
        entity.mentions.append(mention.span)
        if kind in BODY_TYPES and _TYPE_ORDER.index(kind) < _TYPE_ORDER.index(entity.type):
            entity.type = kind
        if kind is EntityType.PERSON and _fuller(name, entity.name):
            entity.name = name
    entities = _merge_acronyms(_merge_first_names(_one_sense_for_bodies(document.text, by_key)))
    for entity in entities:
        if entity.type is EntityType.PERSON:
            entity.role, entity.affiliation = _role(document.text, entity, actors)
    return entities


def _one_sense_for_bodies(text: str, by_key: dict[tuple[str, EntityType], Entity]) -> list[Entity]:
    """A one-word "person" the text calls a body elsewhere ("TransIP hired robots" and "hosting company
    TransIP"): the body, one sense per document, with the body's other mentions when the recognizer found
    some. A surname the recognizer also typed as a body ("Mertesacker") stays a person: no kind of body
    stands before it. Looked for only while there are few one-word people (a hostile text of thousands
    would make it a scan of the text for each)."""
    lone = [e for (_, kind), e in by_key.items() if kind is EntityType.PERSON and " " not in e.name]
    if len(lone) > MAX_SURNAMES:
        return list(by_key.values())
    called_bodies = {id(e) for e in lone if re.search(_BODY_KINDS + re.escape(e.name) + r"\b", text, re.IGNORECASE)}
    kept = []
    for entity in by_key.values():
        if id(entity) not in called_bodies:
            kept.append(entity)
            continue
        body = by_key.get((entity.name.lower(), EntityType.ORGANISATION))
        if body is None:
            entity.type = EntityType.ORGANISATION
            kept.append(entity)
        else:
            body.mentions.extend(entity.mentions)
            body.mentions.sort(key=lambda span: span.start)
    return kept


def _merge_first_names(entities: list[Entity]) -> list[Entity]:
    """A one-word name that is the first name of exactly one person named in full ("Julia" for "Julia
    Louis-Dreyfus", which the recognizer may even call an organisation) is that person; so is an
    organisation the gazetteer does not know, named by the surname of exactly one such person named in
    full before it ("McCoy" read as an organisation after "AP McCoy": one sense per document; but
    "Houston police" is no Whitney Houston named later, and "Bloomberg" is Bloomberg)."""
    people = [e for e in entities if e.type is EntityType.PERSON and len(e.name.split()) > 1]
    by_surname: dict[str, list[Entity]] = {}
    for person in people:
        by_surname.setdefault(person_key(person.name), []).append(person)
    kept = []
    for entity in entities:
        words = entity.name.split()
        owners = [p for p in people if p is not entity and p.name.split()[0] == entity.name] \
            if len(words) == 1 and entity.type in (EntityType.PERSON, *BODY_TYPES) else []
        if not owners and len(words) == 1 and entity.type is EntityType.ORGANISATION and \
                entity.name not in gazetteer():
            first_named = min(m.start for m in entity.mentions)
            owners = [p for p in by_surname.get(entity.name, []) if min(m.start for m in p.mentions) < first_named]
        if len(owners) == 1:
            owners[0].mentions.extend(entity.mentions)
        else:
            kept.append(entity)
    return kept


def _merge_acronyms(entities: list[Entity]) -> list[Entity]:
    """An acronym of a body named in full ("TSA" for "Transportation Security Administration") is it."""
    bodies: dict[str, Entity] = {}
    for entity in entities:
        if entity.type in BODY_TYPES and len(entity.name.split()) > 1:
            initials = "".join(w[0] for w in entity.name.split() if w[0].isupper())
            for cut in range(len(initials) - MIN_ACRONYM_LETTERS + 1):  # "(CNN)Two Transportation ..." too
                bodies.setdefault(initials[cut:], entity)
    kept = []
    for entity in entities:
        full = bodies.get(entity.name) if entity.type in BODY_TYPES and entity.name.isupper() else None
        if full is not None and full is not entity:
            full.mentions.extend(entity.mentions)
        else:
            kept.append(entity)
    return kept


def _fuller(candidate: str, current: str) -> bool:
    """A name with more words that are not titles is fuller ("Jack Straw" over "Mr Straw")."""
    def words(name: str) -> int:
        return sum(1 for w in name.split() if w.rstrip(".") not in PERSON_TITLES)
    return words(candidate) > words(current)


def _role(text: str, person: Entity, actors: ActorIndex) -> tuple[str | None, str | None]:
    """The role and the country or body the text gives a person: the title words before a mention ("UK
    Foreign Secretary Jack Straw"), an apposition after one ("Bob Crow, general secretary of the RMT"),
    else the affiliation the actors' index learned ("Andrew Pendleton of Christian Aid")."""
    affiliation = actors.people.get(person.name) or actors.people.get(person_key(person.name))
    for mention in person.mentions:
        line_start = text.rfind("\n", 0, mention.start) + 1
        before = _ROLE_BEFORE.search(text, max(line_start, mention.start - ROLE_WINDOW_CHARS), mention.start)
        if before is not None and before.group("role").strip().rstrip(".") not in COURTESY_TITLES:
            place = before.group("place")
            return before.group("role").strip(), (gazetteer().get(place) if place else None) or affiliation
        after = _ROLE_AFTER.match(text, mention.end)
        if after is not None:
            body = after.group("owner") or after.group("body")
            return after.group("role"), (gazetteer().get(body, body) if body else None) or affiliation
    return None, affiliation


def _score(entities: list[Entity], text_length: int) -> None:
    if not entities:
        return
    most = max(len(e.mentions) for e in entities)
    for entity in entities:
        entity.mentions.sort(key=lambda s: s.start)
        first = entity.mentions[0].start / max(1, text_length)
        entity.salience = round(FREQUENCY_WEIGHT * len(entity.mentions) / most + POSITION_WEIGHT * (1 - first), 4)
