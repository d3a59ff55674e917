"""Who is acting: country names, capitals and demonyms from the countryinfo data package, a few
organizations from the rules, and person → country links learned from the article itself.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from . import rules

if TYPE_CHECKING:
    from ..document import Document

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
def demonyms() -> frozenset[str]:
    """The nationality words of the countries ("Italian", "German"), from the same data package."""
    import countryinfo

    return frozenset(c.demonym() for c in countryinfo.all_countries() if c.demonym())


@functools.lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    return frozenset(gazetteer().values())


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
        people, people_re = _learned_people(text)
        return cls(dict(people), authors=None, _people_re=people_re)

    @classmethod
    def of(cls, document: Document) -> ActorIndex:
        """``learn`` of the article's text, learnt once per article (``Document.learned``); each call has an
        index of its own, since the extractor sets ``authors``."""
        if "people" not in document.learned:
            document.learned["people"] = _learned_people(document.text)
        people, people_re = document.learned["people"]
        return cls(dict(people), authors=None, _people_re=people_re)

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


def _learned_people(text: str) -> tuple[tuple[tuple[str, str], ...], re.Pattern[str] | None]:
    """The people an article ties to a country or a body, and the pattern that finds them (one megabyte of
    hostile text takes ~0.6 s)."""
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
    if not people:
        return (), None
    alternation = "|".join(re.escape(p) for p in sorted(people, key=len, reverse=True))
    return tuple(people.items()), re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")


# A person's name as these patterns read it: two or three capitalised words, lower-case particles allowed
# before a surname ("Jan de Vries", "Ursula von der Leyen"); ``[^\S\n]`` in the line-bound form, so that a
# name never runs over a line break.
NAME_PARTICLES: Final = ("de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter", "le", "la", "bin",
                         "ibn", "al", "dos", "das")
_PARTICLE: Final = "(?:" + "|".join(NAME_PARTICLES) + ")"
PERSON_NAME: Final = rf"[A-Z][a-z'’-]+(?:\s+(?:{_PARTICLE}\s+){{0,2}}[A-Z][a-z'’-]+){{1,2}}"
PERSON_NAME_ON_LINE: Final = rf"[A-Z][a-z'’-]+(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+){{0,2}}[A-Z][a-z'’-]+){{1,2}}"


# "Oxfam senior policy adviser Max Lawson", "RMT general secretary Bob Crow", "Conservative co-chairman
# Liam Fox", "the Green Party's health spokeswoman, Ann Scott": a body, then words of a role ending in
# one of these nouns, then the name (read by _body_role_people).
SPEAKER_ROLE_NOUNS: Final = ("adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "director",
                             "chief", "secretary", "leader", "head", "chairman", "chairwoman", "president",
                             "executive", "officer", "economist", "analyst", "campaigner", "negotiator",
                             "organiser", "organizer", "coordinator", "manager", "researcher", "representative",
                             "mp", "mep", "msp", "councillor")
# Capitalised words of a role: "Chief Executive of", "General Secretary of", "Managing Director at".
_CAPITALISED_ROLE_WORDS: Final = "|".join(
    sorted({w.capitalize() for w in SPEAKER_ROLE_NOUNS} | {"General", "Managing", "Deputy", "Vice", "Senior"}))
# Words that end a name's role: a verb after the name starts a clause ("Jo Bloggs said it was time for the
# Senate to act" ties Jo Bloggs to no Senate).
_NOT_ROLE_WORDS: Final = r"(?:said|says|told|tells|is|was|were|are|be|been|has|had|have|will|would|can|could|" \
    r"should|may|might|must|did|does|it|that|this|there|who|which|when|and|but)\b"
# "Jo Bloggs, legal director of the human rights organisation Fairwatch": the kind of body, in lower case
# before its name, says the name is a body's whatever its words.
BODY_KIND_NOUNS: Final = ("organisation", "organization", "charity", "group", "union", "campaign", "company",
                          "firm", "think-tank", "think tank", "body", "movement", "association", "network")
# "Andrew Pendleton of Christian Aid", "Mark Serwotka, general secretary of the PCS union", "Jane Doe
# from the RMT": a person named with the body they speak for. The body's name is up to five capitalised
# words; what joins them is up to four words of role ("chief executive of", "Chief Executive of"; other
# capitalised words are not tried, at a cost in backtracking: they would be the name's or the body's).
_PERSON_OF_BODY: Final = re.compile(
    r"(?<![\w.])(?P<name>" + PERSON_NAME + r"),?\s+"
    # one capitalised word may qualify a lower-case role: "Scottish organiser of the RMT"
    r"(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+(?=[a-z]))?"
    r"(?:(?:(?!" + _NOT_ROLE_WORDS + r")[a-z-]+|" + _CAPITALISED_ROLE_WORDS + r")\s+){0,4}?(?:of|at|from|for)\s+"
    r"(?:the\s+)?(?P<kind>(?:[a-z-]+\s+){0,3}?(?:" + "|".join(BODY_KIND_NOUNS) + r")\s+)?"
    r"(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|on)){0,5})"
)
# "For the Liberal Democrats, Sir Jo Bloggs said", "For the Tories, shadow chancellor Jo Bloggs warned": the
# body a speaker answers for, named before them (BBC politics reports put each party's reply this way).
_FOR_BODY_NAME: Final = re.compile(
    r"(?<![\w])For\s+(?:the\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+(?:[a-z-]+\s+){0,3}?"
    r"(?P<name>" + PERSON_NAME + r")\s+[a-z]"
)
# "Andrew Pendleton, Christian Aid's head of trade policy": the body's possessive in apposition.
_PERSON_BODYS_ROLE: Final = re.compile(
    r"(?<![\w.])(?P<name>" + PERSON_NAME + r"),\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w&.-]*['’]?(?:\s+[A-Z][\w&.-]*['’]?){0,4})['’]s\s+[a-z]"
)
# A role noun (its prefix too: "co-chairman") and the person's name after it, up to three capitalised words.
_ROLE_THEN_NAME: Final = re.compile(
    r"(?<![\w-])(?:[a-z]+-)?(?i:" + "|".join(SPEAKER_ROLE_NOUNS) + r"),?[^\S\n]+"
    r"(?P<name>" + PERSON_NAME_ON_LINE + r")"
)
# Before the role noun: up to three lower-case words of role ("senior policy"), none a preposition
# ("Statement from President Y" is a heading, not a body's president), and before those the body, up to
# four capitalised words, the last one possessive or not.
MAX_ROLE_WORDS: Final = 3
MAX_BODY_WORDS: Final = 4
_ROLE_WORD: Final = re.compile(r"[a-z][a-z-]*")
_BODY_WORD: Final = re.compile(r"[A-Z][\w&-]*['’]?")  # "Roasters'" in "Coffee Roasters' Association"
_POSSESSIVE_END: Final = re.compile(r"['’]s$")
_PREPOSITIONS: Final = frozenset({"of", "from", "for", "on", "by", "with", "to", "in", "at", "and"})
# How far before the role noun the words above are looked for.
ROLE_REACH_CHARS: Final = 120
# A minister's or an analyst's field, which names no body: "Transport Secretary Jo Bloggs", "Health analyst
# Jo Bloggs".
PORTFOLIO_WORDS: Final = frozenset({"Transport", "Health", "Education", "Defence", "Defense", "Environment", "Trade",
                                    "Culture", "Energy", "Justice", "Work", "Pensions", "Business", "Interior",
                                    "Finance", "Economy", "Agriculture", "Industry", "Housing", "Welsh", "Scottish",
                                    "Security", "Science", "Technology", "Development", "Communities", "Sports"})
# Capitalised words of a title, which name no body: "Vice President Joe Biden", "Managing Director Jane
# Doe", "White House Press Secretary Sean Spicer" (the body is "White House").
_TITLE_WORDS: Final = frozenset({w.capitalize() for w in SPEAKER_ROLE_NOUNS} |
                                {"Vice", "General", "Managing", "Press", "Assistant", "Associate", "Deputy",
                                 "Senior", "Executive", "Foreign", "Home", "Prime", "First"} | PORTFOLIO_WORDS)
# Capitalised words that open a sentence rather than name a body: "Former adviser Jo Bloggs".
_NOT_BODIES: Final = frozenset({"The", "A", "An", "Former", "Then", "But", "And", "Its", "Their", "His", "Her",
                                "Our", "Senior", "Chief", "Deputy", "Acting", "Interim", "Now", "Later", "New",
                                "Shadow", "Earlier", "Meanwhile", "Also"})
# Words of the body's name after which it stops: "of the PCS union in Wales" is the PCS union.
_BODY_STOP_WORDS: Final = frozenset({"of", "for", "and", "on"})
# Acronyms of bodies ("PCS", "RMT", "CBI") are all capitals, two to six letters.
_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")


def body_name(phrase: str, named_as_body: bool = False) -> str | None:
    """The body a phrase names, canonical when the gazetteer knows it: an acronym, or a name whose
    last word is an organisation's head ("Christian Aid", "National Farmers' Union"); else None (a
    place, a person, a date: "Smith of Leeds" ties Smith to no body). ``named_as_body``: the text called
    it a body ("the human rights organisation Fairwatch"), so any name is one."""
    words = phrase.split()
    while words and words[-1] in _BODY_STOP_WORDS:
        words.pop()
    name = " ".join(words)
    known = gazetteer().get(name)
    if known:
        return known
    if not words:
        return None
    if named_as_body or _ACRONYM.fullmatch(words[0]) or words[-1].lower().strip(".") in ORGANISATION_HEADS:
        return name
    return None


def _role_then_name(text: str) -> list[re.Match[str]]:
    """The matches of _ROLE_THEN_NAME, tried only where a role noun stands: found first in the lowered text
    (of the same length, so the same offsets) by a case-sensitive alternation, which scans a hostile 4.6 MB
    in 0.1 s where the case-insensitive pattern took 0.45 s."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a capital that lowers to two characters ("İ"): ASCII only, slower
        lowered = text.translate(_ASCII_LOWER)
    found: list[re.Match[str]] = []
    searched_from = 0
    for noun in _ROLE_NOUN_LOWER.finditer(lowered):
        match = _ROLE_THEN_NAME.search(text, max(noun.start() - ROLE_PREFIX_CHARS, searched_from),
                                       noun.end() + ROLE_NAME_CHARS)
        if match is None or match.start() > noun.start():
            continue
        if match.group("name").split()[0] in _TITLE_WORDS:
            # "Oxfam Chief Executive Max Lawson": "Chief" is followed by more of the title; the next role
            # noun ("Executive") is the one before the name
            searched_from = match.start() + 1
            continue
        found.append(match)
        searched_from = match.end()
    return found


_ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ROLE_NOUN_LOWER: Final = re.compile(r"\b(?:" + "|".join(SPEAKER_ROLE_NOUNS) + ")")
# Room before a role noun for its prefix ("co-") and after it for a comma and a name of three words.
ROLE_PREFIX_CHARS: Final = 20
ROLE_NAME_CHARS: Final = 80


def _body_role_people(text: str) -> list[tuple[str, str]]:
    """(person, body) for "Oxfam senior policy adviser Max Lawson", "Conservative co-chairman Liam Fox",
    "the Green Party's health spokeswoman, Ann Scott". Read backwards from each role noun and its name, so
    the cost is one scan: a regular expression tried at every capitalised word, choosing where the body
    ends and the role begins, took seconds on a hostile megabyte of capitalised words."""
    found = []
    for match in _role_then_name(text):
        before = text[max(0, match.start() - ROLE_REACH_CHARS) : match.start()].rsplit("\n", 1)[-1].split()
        role_words = 0
        while before and role_words < MAX_ROLE_WORDS and _ROLE_WORD.fullmatch(before[-1]) and \
                before[-1] not in _PREPOSITIONS:
            before.pop()
            role_words += 1
        body = _body_before(before)
        if body and before and _POSSESSIVE_END.search(before[-1]):
            # "The Scottish National Party's Holyrood leader": the possessor is the body, the capitalised word
            # after it qualifies the role
            body = _body_before(before) or body
        while body and body[0] in _NOT_BODIES:
            body.pop(0)  # "The", "Former", "Earlier": the sentence's words, not the body's
        while body and body[-1] in _TITLE_WORDS:
            body.pop()  # "White House Press Secretary Y", "Vice President Y": the title's own words
        name = match.group("name")
        if body and _named_person(name):
            found.append((name, _POSSESSIVE_END.sub("", " ".join(body))))
    return found


def _body_before(before: list[str]) -> list[str]:
    """Up to MAX_BODY_WORDS capitalised words taken off the end of ``before``, the last one possessive or not
    ("Oxfam", "the Green Party's"); a possessive word before them ends the body."""
    body: list[str] = []
    while before and len(body) < MAX_BODY_WORDS and _BODY_WORD.fullmatch(_POSSESSIVE_END.sub("", before[-1])) \
            and (not body or not _POSSESSIVE_END.search(before[-1])):
        body.insert(0, before.pop())
    return body


def _named_person(name: str) -> bool:
    """Whether a matched name is a person's: an honorific and a name ("Lord Pruitt", "Dr Jo Bloggs")
    are; an office's title ("Secretary General", "President Bush" of a country the gazetteer already
    knows) is not read as a person of a body."""
    words = name.split()
    if words[-1].lower() in DOCUMENT_HEADS:
        return False  # "White Paper on fishing quotas for the EU" is no person of the EU
    return words[0] in HONORIFICS or words[0] not in PERSON_TITLES


def _people_of_organisations(text: str) -> list[tuple[str, str]]:
    """(person, body) pairs the article states: "NAME of BODY", "NAME, role of the BODY"."""
    found = []
    for match in (*_PERSON_OF_BODY.finditer(text), *_PERSON_BODYS_ROLE.finditer(text),
                  *_FOR_BODY_NAME.finditer(text), *_PERSON_WHO_HEADS_BODY.finditer(text)):
        words = match.group("name").split()
        while len(words) > 2 and words[0] in _NOT_BODIES:
            words.pop(0)  # "But Edward Leigh, who is ...": the sentence's word, not the name's
        name = " ".join(words)
        if not _named_person(name) or name in gazetteer():
            continue
        # "the human rights organisation Fairwatch": the kind before the name says it is a body's
        body = body_name(match.group("body"), named_as_body=bool(match.groupdict().get("kind")))
        if body:
            found.append((name, body))
    for name, body in _body_role_people(text):
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


# Titles before a person's name.
PERSON_TITLES: Final = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "President", "Premier",
                                  "Minister", "Secretary", "Chancellor", "Senator", "Governor", "Mayor", "Judge",
                                  "King", "Queen", "Prince", "General", "Professor", "Chairman", "Chief"})
# Titles that go with a person's name, not with an office: the name after them is a person's.
HONORIFICS: Final = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Professor"})
# Last words of documents' names, which a person's name never ends with: "White Paper", "Finance Bill".
DOCUMENT_HEADS: Final = frozenset({"paper", "bill", "act", "report", "treaty", "agreement", "accord", "plan",
                                   "review", "budget", "statement", "declaration", "charter", "convention",
                                   "protocol", "directive", "strategy", "framework"})
# Head words of organisations' names: "Christian Aid" is not a person, nor "Unite Union".
ORGANISATION_HEADS: Final = frozenset({
    "aid", "union", "party", "group", "company", "corporation", "corp", "inc", "ltd", "plc", "bank", "council",
    "commission", "association", "federation", "institute", "foundation", "agency", "authority", "board",
    "committee", "ministry", "department", "office", "court", "parliament", "congress", "senate", "assembly",
    "league", "organisation", "organization", "fund", "trust", "alliance", "coalition", "network", "society",
    "airlines", "airways", "motors", "news", "times", "post", "service", "services", "house", "street",
    "college", "university", "school", "hospital", "police", "forum", "centre", "center", "club", "chamber",
    "confederation", "bureau", "watch", "campaign", "movement", "army", "forces",
})
# "Jo Bloggs, who is chairman of the Commons public accounts committee, warned": a body named in lower case,
# known by its head word, in a relative clause of the name.
_PERSON_WHO_HEADS_BODY: Final = re.compile(
    r"(?<![\w.])(?P<name>" + PERSON_NAME + r"),\s+who\s+(?:is|was|has\s+been)\s+(?:the\s+|a\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:of|at|for)\s+(?:the\s+)?"
    r"(?P<body>(?:[\w’'-]+\s+){0,4}?(?i:" + "|".join(sorted(ORGANISATION_HEADS)) + r"))\b"
)


def fuller_name(text: str, name: str) -> str:
    """"Mr Okafor" as the article first names him in full ("Ade Okafor"): an honorific and a surname
    become the first name and surname the text gives without a title; else the name as it is."""
    words = name.split()
    if len(words) != 2 or words[0].rstrip(".") not in HONORIFICS:
        return name
    for match in re.finditer(rf"(?<![\w'’-])(?P<first>[A-Z][a-z'’-]+)[^\S\n]+{re.escape(words[1])}(?![\w'’-])", text):
        if match.group("first") not in PERSON_TITLES:
            return f"{match.group('first')} {words[1]}"
    return name


# Capitalised words that open a sentence before a name and are no first name ("Yesterday Oxfam said").
_NOT_FIRST_NAMES: Final = rules.DAY_AND_MONTH_NAMES | frozenset({
    "Yesterday", "Today", "Tomorrow", "Tonight", "Last", "Next", "This", "That", "When", "While", "After", "Before",
    "Since", "Until", "If", "Once", "Where", "Why", "How", "What", "So", "Yet", "Still", "Indeed", "Instead"})


def first_full_name(text: str, surname: str) -> tuple[int, str] | None:
    """Where the text first gives a first name and ``surname`` together, and that name, for a person it
    names by surname alone elsewhere ("Channon also called for ...", after "Paul Channon, secretary for
    trade, said"); None when it never does. The first name is capitalised, no title, and never written in
    lower case in the text ("Yesterday Channon said" gives no one called Yesterday). One scan of the text:
    the resolver asks once per surname (``Resolver.full_names``)."""
    if not surname[1:].islower():
        return None  # "UNICEF", "McDonald's": no surname of a person named before
    pattern = re.compile(rf"(?<![\w'’-])(?P<first>[A-Z][a-z'’-]+)[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?"
                         rf"{re.escape(surname)}(?![\w'’-])")
    for match in pattern.finditer(text):
        first = match.group("first")
        if first in PERSON_TITLES or first in _NOT_BODIES or first in _NOT_FIRST_NAMES or first in gazetteer() or \
                re.search(rf"(?<![\w'’-]){re.escape(first.lower())}(?![\w'’-])", text):
            continue
        return match.start(), match.group()
    return None


def role_then_name_re() -> re.Pattern[str]:
    """A role noun and the name after it ("general secretary Ana Costa", "spokesman Jo Bloggs")."""
    return _ROLE_THEN_NAME


@functools.lru_cache(maxsize=1)
def titled_name_re() -> re.Pattern[str]:
    titles = "|".join(sorted(PERSON_TITLES, key=len, reverse=True))
    return re.compile(rf"\b(?:{titles})\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
