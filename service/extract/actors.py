"""Who is acting: country names, capitals and demonyms from the countryinfo data package, a few
organizations from the rules, and person → country links learned from the article itself.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Final

from ..document import Span
from . import rules
from .tree import noun_phrase

# Alternative spellings shorter than this are ISO codes ("CA", "IN") that collide with words.
MIN_ALT_SPELLING_CHARS: Final = 4


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    actor: str


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Surface form → canonical actor name. Built once per process from the data package."""
    import countryinfo

    names: dict[str, str] = {}
    for country in countryinfo.all_countries():
        canonical = country.name()
        if not canonical:
            continue
        forms = {canonical, country.demonym() or ""}
        capitals = country.capital() or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            forms.add(capital)
            # "Washington D.C." is written "Washington" in running text.
            forms.add(capital.split(" D.C.")[0])
        for alt in country.alt_spellings() or []:
            if len(alt) >= MIN_ALT_SPELLING_CHARS and alt.isascii() and "," not in alt:
                forms.add(alt)
        for form in forms:
            # A demonym shared by several entries ("Indian", "American") belongs to the sovereign
            # country, which in this data always has the shortest name of the entries sharing it.
            if form and form[0].isupper() and len(canonical) < len(names.get(form, canonical + "_")):
                names[form] = canonical
    for canonical, aliases in (*rules.COUNTRY_EXTRA_ALIASES.items(), *rules.ORGANIZATION_ALIASES.items()):
        for alias in aliases:
            names[alias] = canonical
    return names


@functools.lru_cache(maxsize=1)
def _gazetteer_re() -> re.Pattern[str]:
    # Case-sensitive: actors are proper nouns, and "us" or "china" (the porcelain) are not.
    names = rules.alternation(gazetteer(), ignore_case=False, flexible_spaces=False)
    return re.compile(r"(?<![\w.])(?:" + names + r")(?![\w])")


def demonym_alternation() -> str:
    return "|".join(re.escape(f) for f in sorted(gazetteer(), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _person_re() -> re.Pattern[str]:
    return re.compile(
        # Within one line: "... of Israel\n\nPresident Biden spoke" ties Biden to no country.
        rf"(?P<country>{demonym_alternation()})(?:['’]s)?[^\S\n]+{rules.PERSON_TITLE_WORDS}+"
        r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2})"
    )


@dataclass(slots=True)
class ActorIndex:
    """Actor mentions of one article: the gazetteer plus the people the article ties to countries."""

    people: dict[str, str] = field(default_factory=dict)
    # Who "we" is in a statement written by the parties (set by the extractor from its title).
    authors: str | None = None
    _people_re: re.Pattern[str] | None = None

    @classmethod
    def learn(cls, text: str) -> ActorIndex:
        people: dict[str, str] = {}
        names = gazetteer()
        for match in _person_re().finditer(text):
            actor = names.get(match.group("country"))
            if not actor:
                continue
            full = match.group("name")
            people.setdefault(full, actor)
            # Later references use the surname alone ("Carney", "Li").
            people.setdefault(full.split()[-1], actor)
        for full, actor in _people_of_organisations(text):
            people.setdefault(full, actor)
            people.setdefault(full.split()[-1], actor)
        index = cls(people)
        if people:
            alternation = "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True))
            index._people_re = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")
        return index

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        end = len(text) if end is None else end
        found = [Mention(m.start(), m.end(), gazetteer()[m.group()])
                 for m in _gazetteer_re().finditer(text, start, end)]
        if self._people_re is not None:
            taken = [(m.start, m.end) for m in found]
            for m in self._people_re.finditer(text, start, end):
                if not any(a <= m.start() < b for a, b in taken):
                    found.append(Mention(m.start(), m.end(), self.people[m.group()]))
        return sorted(found, key=lambda m: m.start)

    def subject_before(self, text: str, clause_start: int, verb_start: int) -> str | None:
        """The actor named closest before the verb in its clause: usually the grammatical subject."""
        before = self.mentions(text, clause_start, verb_start)
        return before[-1].actor if before else None

    def first_after(self, text: str, start: int, end: int) -> str | None:
        after = self.mentions(text, start, end)
        return after[0].actor if after else None

    def all_in(self, text: str, start: int, end: int) -> list[str]:
        seen: list[str] = []
        for m in self.mentions(text, start, end):
            if m.actor not in seen:
                seen.append(m.actor)
        return seen


# "Andrew Pendleton of Christian Aid", "Mark Serwotka, general secretary of the PCS union", "Jane Doe
# from the RMT": a person named with the body they speak for. The body's name is up to five capitalised
# words; what joins them is up to four lower-case words of role ("chief executive of").
_PERSON_OF_BODY: Final = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),?\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,4}?(?:of|at|from|for)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|on)){0,5})"
)
# "Andrew Pendleton, Christian Aid's head of trade policy": the body's possessive in apposition.
_PERSON_BODYS_ROLE: Final = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&.-]*['’]?(?:\s+[A-Z][\w&.-]*['’]?){0,4})['’]s\s+[a-z]"
)
# "Oxfam senior policy adviser Max Lawson", "RMT general secretary Bob Crow": a body, then lower-case
# words of a role ending in a role noun, then the name. The body is one or two capitalised words.
SPEAKER_ROLE_NOUNS: Final = ("adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "director",
                             "chief", "secretary", "leader", "head", "chairman", "chairwoman", "president",
                             "executive", "officer", "economist", "analyst", "campaigner", "negotiator",
                             "organiser", "organizer", "coordinator", "manager", "researcher", "representative")
_BODY_ROLE_PERSON: Final = re.compile(
    r"(?<![\w.])(?P<body>[A-Z][\w&-]*(?:[^\S\n]+[A-Z][\w&-]*)?)[^\S\n]+(?:[a-z-]+[^\S\n]+){0,3}?(?:"
    + "|".join(SPEAKER_ROLE_NOUNS) + r")[^\S\n]+(?P<name>[A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+){1,2})"
)
# Capitalised words that open a sentence rather than name a body: "Former adviser Jo Bloggs".
_NOT_BODIES: Final = frozenset({"The", "A", "An", "Former", "Then", "But", "And", "Its", "Their", "His", "Her",
                                "Our", "Senior", "Chief", "Deputy", "Acting", "Interim", "Now", "Later", "New"})
# Words of the body's name after which it stops: "of the PCS union in Wales" is the PCS union.
_BODY_STOP_WORDS: Final = frozenset({"of", "for", "and", "on"})
# Acronyms of bodies ("PCS", "RMT", "CBI") are all capitals, two to six letters.
_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")


def _body_name(phrase: str) -> str | None:
    """The body a phrase names, canonical when the gazetteer knows it: an acronym, or a name whose
    last word is an organisation's head ("Christian Aid", "National Farmers' Union"); else None (a
    place, a person, a date: "Smith of Leeds" ties Smith to no body)."""
    words = phrase.split()
    while words and words[-1] in _BODY_STOP_WORDS:
        words.pop()
    name = " ".join(words)
    known = gazetteer().get(name)
    if known:
        return known
    if not words:
        return None
    if _ACRONYM.fullmatch(words[0]) or words[-1].lower().strip(".") in ORGANISATION_HEADS:
        return name
    return None


def _people_of_organisations(text: str) -> list[tuple[str, str]]:
    """(person, body) pairs the article states: "NAME of BODY", "NAME, role of the BODY"."""
    found = []
    for match in (*_PERSON_OF_BODY.finditer(text), *_PERSON_BODYS_ROLE.finditer(text)):
        name = match.group("name")
        if name.split()[0] in PERSON_TITLES or name in gazetteer():
            continue
        body = _body_name(match.group("body"))
        if body:
            found.append((name, body))
    for match in _BODY_ROLE_PERSON.finditer(text):
        body, name = match.group("body"), match.group("name")
        if body.split()[0] not in _NOT_BODIES and name.split()[0] not in PERSON_TITLES:
            found.append((name, gazetteer().get(body, body)))  # the role says it is a body
    return found


# The subject of a sentence that names no known actor: a short noun phrase at its start, before the
# first finite verb ("Premiers are ...", "Christian Aid condemned ...", "Experts recommend ...").
_SUBJECT_PHRASE: Final = re.compile(
    r"\s*(?:(?:The|A|An|Many|Some|Most|Several)\s+)?(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+"
    r"(?:are|is|was|were|has|have|had|will|would|can|could|should|must|may|might|also|[a-z]+ed|"
    r"urges?|calls?|says?|warns?|wants?|asks?|recommends?|emphasi[sz]es|stress(?:es)?)\b"
)
_NOT_SUBJECTS: Final = frozenset({"It", "This", "That", "These", "Those", "There", "He", "She", "They", "We",
                                  "But", "And", "However", "While", "As", "In", "On", "At", "For", "With"})


def subject_phrase(text: str, start: int, end: int, before: int | None = None) -> str | None:
    """The noun phrase opening ``text[start:end]`` when a verb follows it (ending before ``before``)."""
    match = _SUBJECT_PHRASE.match(text, start, end)
    if not match or match.group("np").split()[0] in _NOT_SUBJECTS or match.group("np").split()[0].endswith("ing"):
        return None
    if before is not None and match.end("np") > before:
        return None
    return match.group("np")


# ---- resolving a parsed noun phrase to an actor ------------------------------------------------
# Pronouns that stand for a person, for a group or country, and for the document's own authors.
PERSON_PRONOUNS: Final = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS: Final = frozenset({"they", "them", "it", "its", "their"})
# Group pronouns that, inside a reported clause, are the reporting subject ("the union said it would ...").
REPORTED_BODY_PRONOUNS: Final = frozenset({"it", "they", "their"})
AUTHOR_PRONOUNS: Final = frozenset({"we", "us", "our"})
# The single author of a statement ("I urge Congress to send this bill to my desk"): the same authors
# when the document is a statement, no one otherwise (a quoted "I" is the quote's speaker's).
SINGLE_AUTHOR_PRONOUNS: Final = frozenset({"i", "me", "my"})
# Subjects that are no party to anything: "analysts expect", "it is likely", "experts warned".
NON_PARTY_WORDS: Final = frozenset({
    "it", "this", "that", "these", "those", "there", "i", "you", "which", "who", "what", "analyst", "analysts",
    "expert", "experts", "economist", "economists", "observer", "observers", "many", "some", "most", "others",
    "critic", "critics", "people", "one", "anyone", "everyone", "nobody", "something", "report", "study",
    "survey", "figure", "figures", "data", "market", "markets", "investor", "investors", "trader", "traders",
})
# Role nouns that refer back to the last named party of their kind: "the union" → "the RMT union";
# "the government" → the last country; "the minister" → the last person.
PERSON_ROLE_NOUNS: Final = frozenset({"minister", "president", "secretary", "spokesman", "spokeswoman",
                                      "spokesperson", "chancellor", "premier", "leader", "chief", "chairman",
                                      "ambassador", "envoy", "commissioner", "official"})
COUNTRY_ROLE_NOUNS: Final = frozenset({"government", "country", "administration", "state", "nation"})
# A capitalised name opening a sentence, before its first lower-case word: its subject, most often.
_CAPITALISED_SUBJECT: Final = re.compile(r"\s*(?:The\s+)?(?P<np>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})\s+[a-z]")
# People who speak for a body: their words are the body's.
SPOKESPEOPLE: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
# Heads that count a group rather than name it: "thousands of civil servants", "some of the unions".
QUANTITY_HEADS: Final = frozenset({"thousand", "thousands", "hundred", "hundreds", "million", "millions", "dozen",
                                   "dozens", "some", "many", "most", "all", "several", "majority", "group", "number",
                                   "members", "member"})
# Titles before a person's name.
PERSON_TITLES: Final = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "President", "Premier",
                                  "Minister", "Secretary", "Chancellor", "Senator", "Governor", "Mayor", "Judge",
                                  "King", "Queen", "Prince", "General", "Professor", "Chairman", "Chief"})
# Head words of organisations' names: "Christian Aid" is not a person, nor "Unite Union".
ORGANISATION_HEADS: Final = frozenset({
    "aid", "union", "party", "group", "company", "corporation", "corp", "inc", "ltd", "plc", "bank", "council",
    "commission", "association", "federation", "institute", "foundation", "agency", "authority", "board",
    "committee", "ministry", "department", "office", "court", "parliament", "congress", "senate", "assembly",
    "league", "organisation", "organization", "fund", "trust", "alliance", "coalition", "network", "society",
    "airlines", "airways", "motors", "news", "times", "post", "service", "services", "house", "street",
})
# Common nouns that name a body able to ask, agree or refuse: "the union agreed", "the firm refused".
PARTY_NOUNS: Final = frozenset({
    "union", "unions", "firm", "company", "group", "government", "worker", "staff", "employee", "management",
    "member", "shareholder", "board", "council", "ministry", "minister", "official", "leader", "negotiator",
    "regulator", "operator", "airline", "bank", "owner", "employer", "party", "opposition", "coalition",
    "administration", "authority", "committee", "commission", "delegation", "side", "pilot", "driver", "nurse",
    "doctor", "teacher", "farmer", "miner", "protester", "campaigner", "activist", "rebel", "court", "judge",
    "chair", "co-chair", "partner", "ally", "country", "nation", "state", "president", "chancellor",
})
# Parts of a name never shown in an actor: "The RMT union" is "RMT union".
_NAME_LEAD_WORDS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


@dataclass(slots=True)
class Resolver:
    """Names the actor behind a parsed noun phrase: a known country or organisation, a pronoun or role
    noun resolved to the last compatible mention, else the phrase as the text names it. One resolver
    serves demands and outcomes, sentence after sentence in reading order."""

    index: ActorIndex
    text: str
    parties: list[str]
    last_person: str | None = None
    last_group: str | None = None
    # Head noun → the fullest name seen with it ("union" → "RMT union").
    by_head: dict[str, str] = field(default_factory=dict)
    # Who made the last demand read: "This call for ..." in the next sentence is theirs.
    last_asker: str | None = None

    def note(self, span: Span | None) -> None:
        """The sentence before the one being read: its first named party is the latest group mentioned,
        and a titled name in it ("Mr Okafor") the latest person, for the pronouns of the next."""
        if span is None:
            return
        found = self.index.mentions(self.text, span.start, span.end)
        if found:
            self.last_group = found[0].actor
        else:
            # "The Tenants Association met on Monday.": a body no gazetteer knows, named as the subject.
            opening = _CAPITALISED_SUBJECT.match(self.text, span.start, span.end)
            phrase = opening.group("np") if opening else None
            if phrase and (phrase.split()[-1].lower() in ORGANISATION_HEADS or _body_name(phrase)):
                self.last_group = phrase
        titled = list(titled_name_re().finditer(self.text, span.start, span.end))
        if titled:
            name = titled[-1].group("name")
            self.last_person = self.index.people.get(name.split()[-1]) or titled[-1].group()

    def note_subject(self, doc, offset: int) -> None:
        """After a parsed sentence: its main clause's subject is the likeliest antecedent of the next
        sentence's "he" or "they" ("President Biden emphasized ... He urged ..."), so it is remembered."""
        root = next((token for token in doc if token.dep_ == "ROOT"), None)
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None \
            else None
        if subject is not None and subject.pos_ != "PRON" and subject.lower_ not in AUTHOR_PRONOUNS:
            self._name_one(subject, offset)

    def collective(self) -> str | None:
        return " and ".join(self.parties) or None

    def names(self, token, offset: int) -> list[str]:
        """The actors for a parsed token (its phrase's head) and the heads coordinated with it ("France
        and Germany" gives both); ``offset`` maps the parse into the text."""
        if token is None:
            return []
        conjoined = [token, *(c for c in token.conjuncts if c.i > token.i and c.dep_ == "conj")]
        return list(dict.fromkeys(name for part in conjoined if (name := self._name_one(part, offset))))

    def name(self, token, offset: int) -> str | None:
        """``names`` as one actor string ("France and Germany"), or None."""
        return " and ".join(self.names(token, offset)) or None

    def _name_one(self, token, offset: int) -> str | None:
        lower = token.lower_
        if lower in PERSON_PRONOUNS | REPORTED_BODY_PRONOUNS:
            speaker = _reporting_speaker(token)
            if speaker is not None:
                # "Loeb has said he believes ...": he is Loeb; "the Royal College said it opposed ...": it
                # is the college.
                return self._name_one(speaker, offset)
        if token.pos_ == "PRON" or lower in AUTHOR_PRONOUNS | SINGLE_AUTHOR_PRONOUNS:
            return self._pronoun(lower)
        if _ours(token):
            return self._pronoun("our")  # "our ministers", "our governments": the authors
        named = _named_in_apposition(token)
        if named is not None:
            return self._apposed_name(token, named, offset)
        if token.lemma_.lower() in QUANTITY_HEADS:
            members = next((grand for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                            for grand in c.children if grand.dep_ == "pobj"), None)
            if members is not None:
                return self._name_one(members, offset)  # "Thousands of civil servants": the civil servants
        start = offset + token.left_edge.idx
        end = offset + token.right_edge.idx + len(token.right_edge.text)
        phrase_start, phrase_end = noun_phrase(token)
        core = self.index.mentions(self.text, offset + phrase_start, offset + phrase_end)
        found = core or self.index.mentions(self.text, start, end)
        if found:
            actor = found[0].actor
            self._remember(token, actor)
            return actor
        if rules.COLLECTIVE_REFERENCES.fullmatch(self.text[offset + phrase_start : offset + phrase_end].strip()):
            return self.collective()
        return self._by_role(token, self.text[offset + phrase_start : offset + phrase_end], offset)

    def _apposed_name(self, token, named, offset: int) -> str:
        """"The world's largest retailer, Wal-Mart, ...": the name in apposition (the parser may split it
        into several apposed tokens: "Wal", "-", "Mart"), canonical when the gazetteer knows it."""
        doc, last = token.doc, named
        while last.i + 1 < len(doc) and doc[last.i + 1].head == token and doc[last.i + 1].dep_ == "appos":
            last = doc[last.i + 1]
        start, end = offset + named.idx, offset + last.idx + len(last.text)
        found = self.index.mentions(self.text, start, end)
        actor = found[0].actor if found else self.text[start:end]
        self._remember(named, actor)
        return actor

    def _pronoun(self, lower: str) -> str | None:
        if lower in SINGLE_AUTHOR_PRONOUNS:
            return self.index.authors
        if lower in AUTHOR_PRONOUNS:
            return self.index.authors or self.collective()
        if lower in PERSON_PRONOUNS:
            return self.last_person or self.last_group
        if lower in GROUP_PRONOUNS:
            return self.last_group or self.collective()
        return None

    def _by_role(self, token, phrase: str, offset: int) -> str | None:
        lemma = token.lemma_.lower()
        words = phrase.split()
        definite = bool(words) and words[0].lower() in ("the", "this", "that")
        if token.pos_ != "PROPN" and lemma in COUNTRY_ROLE_NOUNS:
            governed = self._possessors_country(token, offset)
            if governed is not None:
                return governed  # "Mr Niyazov said his government would ...": Niyazov's country
        if token.pos_ != "PROPN" and definite:
            if lemma in PERSON_ROLE_NOUNS and self.last_person:
                return self.last_person
            if lemma in COUNTRY_ROLE_NOUNS and self.last_group:
                return self.last_group
            if lemma in self.by_head:
                return self.by_head[lemma]
        if lemma in NON_PARTY_WORDS or token.lower_ in NON_PARTY_WORDS:
            return None
        if lemma in SPOKESPEOPLE:
            # "a spokesman for the union" speaks for the union; a bare "a spokesman" for the body just named.
            body = next((grand for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                         for grand in c.children if grand.dep_ == "pobj"), None)
            return self._name_one(body, offset) if body is not None else self.last_group
        while words and words[0].lower() in _NAME_LEAD_WORDS:
            words = words[1:]
        name = " ".join(words).strip(" ,;:'\"’”“") or None
        counted = bool(words) and token.pos_ != "PROPN" and any(c.dep_ == "nummod" for c in token.children)
        if name and not counted and (token.pos_ == "PROPN" or len(words) > 1 or words[0][0].isupper()):
            self._remember(token, name)
            self.by_head.setdefault(lemma, name)
            if token.pos_ == "PROPN":
                self.by_head[lemma] = name
            return name
        # One lower-case noun names an actor only when it is a kind of party ("workers", "the union");
        # "this call", "the bill" or "the plan" asks nothing; nor does a count of people ("25 children"),
        # which is no body that "it" could stand for.
        return name if lemma in PARTY_NOUNS or lemma.rstrip("s") in PARTY_NOUNS else None

    def _possessors_country(self, token, offset: int) -> str | None:
        """The country of whoever "his" or "her" in "his government" is, when the article ties that person
        to one."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None:
            return None
        person = self._name_one(owner, offset)
        countries = set(gazetteer().values())
        return person if person in countries else None

    def _remember(self, token, actor: str) -> None:
        if self._is_person(token):
            self.last_person = actor
        else:
            self.last_group = actor

    def _is_person(self, token) -> bool:
        """A person's name without an entity recognizer: a name the article ties to a country ("Rao"),
        a proper noun under a title ("Mr Okafor", "President Lula"), or a first and last name that names
        no organisation ("Jack Straw", not "Christian Aid" or "the RMT union")."""
        if token.pos_ != "PROPN" or token.lemma_.lower() in ORGANISATION_HEADS:
            return False
        if token.text in self.index.people:
            return True
        compounds = [c for c in token.lefts if c.dep_ == "compound"]
        if any(c.text.rstrip(".") in PERSON_TITLES for c in compounds):
            return True
        return len(compounds) == 1 and compounds[0].pos_ == "PROPN" and compounds[0].lower_ not in ORGANISATION_HEADS \
            and not self.index.mentions(compounds[0].text)

    def is_party(self, token, offset: int) -> bool:
        """A subject that can make a commitment: a named actor, "we", the parties together, a body named by
        its kind ("the union", "the firm", "workers"), or a pronoun for the last party named."""
        if token is None:
            return False
        if token.lower_ in GROUP_PRONOUNS | PERSON_PRONOUNS and token.dep_ != "expl":
            return (self.last_group or self.last_person) is not None
        if token.lower_ in NON_PARTY_WORDS:
            return False
        if token.lower_ in AUTHOR_PRONOUNS or _ours(token) or token.lemma_.lower() in PARTY_NOUNS or \
                _named_in_apposition(token) is not None:
            return True
        phrase_start, phrase_end = noun_phrase(token)
        if rules.COLLECTIVE_REFERENCES.search(self.text, offset + phrase_start, offset + phrase_end):
            return True
        if self.index.mentions(self.text, offset + phrase_start, offset + phrase_end):
            return True
        return token.pos_ == "PROPN"


@functools.lru_cache(maxsize=1)
def titled_name_re() -> re.Pattern[str]:
    titles = "|".join(sorted(PERSON_TITLES, key=len, reverse=True))
    return re.compile(rf"\b(?:{titles})\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _reporting_speaker(pronoun):
    """The named subject of a verb whose clause holds the pronoun ("Loeb said he ...", "the Royal College
    said it ..."): a proper noun for "he", "she" and "it"; for "they", a plural subject too ("the unions
    said they would ...")."""
    plural = pronoun.lower_ in ("they", "their")
    for ancestor in pronoun.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        if subject is None or subject == pronoun or subject.i > pronoun.i:
            continue
        if plural and subject.tag_ in ("NNS", "NNPS"):
            return subject
        if not plural and subject.pos_ == "PROPN" and subject.tag_ != "NNPS":
            return subject
    return None


def _named_in_apposition(token):
    """The proper name a common noun is given in apposition: "the world's largest retailer, Wal-Mart"."""
    if token.pos_ == "PROPN":
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _ours(token) -> bool:
    """"our ministers", "our governments": a statement's authors under another name."""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children)
