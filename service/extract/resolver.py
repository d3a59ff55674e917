"""Resolving a parsed noun phrase to an actor, sentence after sentence: a known country or organisation,
a pronoun or role noun resolved to the last compatible mention, else the phrase as the text names it.
One resolver serves demands and outcomes (and the quotations' speakers inside them)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from ..document import Span
from . import rules
from .actors import (
    ORGANISATION_HEADS,
    PERSON_TITLES,
    ActorIndex,
    body_name,
    countries,
    first_full_name,
    fuller_name,
    role_then_name_re,
    titled_name_re,
)
from .tree import noun_phrase

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
                                      "ambassador", "envoy", "commissioner", "official",
                                      # people as news reports name them a second time: "the prisoner", "the
                                      # actor", "the father of two"
                                      "man", "woman", "prisoner", "suspect", "victim", "defendant", "claimant",
                                      "father", "mother", "actor", "actress", "singer", "player", "star",
                                      "businessman", "businesswoman", "tycoon", "billionaire", "owner", "driver",
                                      "motorist", "patient", "pensioner", "student", "teenager", "boy", "girl"})
COUNTRY_ROLE_NOUNS: Final = frozenset({"government", "country", "administration", "state", "nation"})
# A capitalised name opening a sentence, before its first lower-case word: its subject, most often.
_CAPITALISED_SUBJECT: Final = re.compile(r"\s*(?:The\s+)?(?P<np>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})\s+[a-z]")
# A first and last name just before a verb of speaking ("... transport Jo Bloggs said:", "Ana Costa, 45,
# told"): the person who speaks, whatever role words come before the name.
_NAME_SPEAKING: Final = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+[^\S\n]+[A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+)?),?[^\S\n]+"
    r"(?:\d{1,3},[^\S\n]+)?(?:said|says|told|tells|added|argued|warned|insisted|claimed|explained|admitted)\b"
)
# A first and last name closing a noun phrase after a lower-case role word ("... author Tom Reyes"), not
# after a preposition ("the group led by Tom Reyes" is the group).
_PERSON_ENDING_PHRASE: Final = re.compile(
    r"(?<![\w'’-])(?!(?:by|of|for|with|from|to|and|or|under|including|like|than|at|in|on|as)\b)[a-z]+[^\S\n]+"
    r"(?P<name>[A-Z][a-z'’-]+[^\S\n]+[A-Z][a-z'’-]+)$")
# People who speak for a body: their words are the body's.
SPOKESPEOPLE: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
# Heads that count a group rather than name it: "thousands of civil servants", "some of the unions".
QUANTITY_HEADS: Final = frozenset({"thousand", "thousands", "hundred", "hundreds", "million", "millions", "dozen",
                                   "dozens", "some", "many", "most", "all", "several", "majority", "group", "number",
                                   "members", "member"})
# Common nouns that name a body able to ask, agree or refuse: "the union agreed", "the firm refused".
PARTY_NOUNS: Final = frozenset({
    "union", "unions", "firm", "company", "group", "government", "worker", "staff", "employee", "management",
    "member", "shareholder", "board", "council", "ministry", "minister", "official", "leader", "negotiator",
    "regulator", "operator", "airline", "bank", "owner", "employer", "party", "opposition", "coalition",
    "administration", "authority", "committee", "commission", "delegation", "side", "pilot", "driver", "nurse",
    "doctor", "teacher", "farmer", "miner", "protester", "campaigner", "activist", "rebel", "court", "judge",
    "chair", "co-chair", "partner", "ally", "country", "nation", "state", "president", "chancellor",
    "hospital", "agency", "department", "club", "university", "school", "police", "insurer", "retailer",
    "manufacturer", "carmaker", "producer", "supplier", "watchdog", "organisation", "organization",
    "trust", "maker", "lender", "executive", "newspaper", "publisher", "broadcaster",
})
# Surnames looked up in full per article (a real article names a few dozen people at most).
MAX_SURNAMES_LOOKED_UP: Final = 200
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
    # Surname → where the text first gives it with a first name, and that name (None: never), found once per
    # surname and for at most MAX_SURNAMES_LOOKED_UP surnames (each lookup scans the text).
    full_names: dict[str, tuple[int, str] | None] = field(default_factory=dict)

    def note(self, span: Span | None) -> None:
        """The sentence before the one being read: its first named party is the latest group mentioned,
        and its first titled name ("Mr Okafor") the latest person, for the pronouns of the next."""
        if span is None:
            return
        found = self.index.mentions(self.text, span.start, span.end)
        opening = _CAPITALISED_SUBJECT.match(self.text, span.start, span.end)
        phrase = opening.group("np") if opening else None
        if found:
            self.last_group = found[0].actor
        elif phrase and (phrase.split()[-1].lower() in ORGANISATION_HEADS or body_name(phrase)):
            # "The Tenants Association met on Monday.": a body no gazetteer knows, named as the subject.
            self.last_group = phrase
        # The first titled name, which is most often the sentence's subject ("Mr Okafor told President
        # Diallo ...": the next "he" is Okafor); else a first and last name opening the sentence ("Tom Reyes
        # spoke at the rally."), which a sentence without a cue, never parsed, names in no other way.
        person = self._first_person_named(span)
        if person is not None:
            self.last_person = person
        elif phrase and not found and _person_like(phrase):
            self.last_person = phrase

    def _first_person_named(self, span: Span) -> str | None:
        """The first name under a title ("Mr Okafor", "Foreign Secretary Jo Bloggs") or a role ("shadow
        transport secretary Jo Bloggs") in the span: the person it names, as the article names them in full."""
        titled = titled_name_re().search(self.text, span.start, span.end)
        role = role_then_name_re().search(self.text, span.start, span.end)
        speaking = _NAME_SPEAKING.search(self.text, span.start, span.end)
        first = min((m for m in (titled, role, speaking) if m is not None), key=lambda m: m.start(), default=None)
        if first is None:
            return None
        name = first.group("name")
        named = first.group() if first is titled else name  # the title's words go; "Mr" stays for fuller_name
        return self.index.people.get(name.split()[-1]) or \
            fuller_name(self.text, " ".join(_without_role(named.split())))

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
            if speaker is not None and lower in REPORTED_BODY_PRONOUNS and self._is_person(speaker):
                speaker = None  # "Ms Okafor said it would ...": "it" is not Ms Okafor
            if speaker is not None:
                # "Okafor has said he believes ...": he is Okafor; "the Dental Association said it opposed ...": it
                # is the association.
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
        person = _PERSON_ENDING_PHRASE.search(self.text, start, end)
        if person is not None and person.start("name") > offset + token.idx:
            # "Essential Guide to Parks author Tom Reyes said": the parser heads the phrase with the work's
            # name; the person at its end is who speaks
            name = person.group("name")
            self.last_person = self.index.people.get(name.split()[-1]) or name
            return self.last_person
        phrase_start, phrase_end = noun_phrase(token)
        core = self.index.mentions(self.text, offset + phrase_start, offset + phrase_end)
        found = core or self.index.mentions(self.text, start, end)
        if found:
            # the phrase's own head first: "Dutch Coffee Roasters' Association secretary Jan de Vries" is the
            # body Jan de Vries speaks for, not the country of its first word
            head = next((m for m in found if m.start <= offset + token.idx < m.end), found[0])
            actor = head.actor
            self._remember(token, actor)
            return actor
        if rules.COLLECTIVE_REFERENCES.fullmatch(self.text[offset + phrase_start : offset + phrase_end].strip()):
            return self.collective()
        return self._by_role(token, self.text[offset + phrase_start : offset + phrase_end], offset)

    def _apposed_name(self, token, named, offset: int) -> str:
        """"The country's biggest grocer, Kwik-Mart, ...": the name in apposition (the parser may split it
        into several apposed tokens: "Kwik", "-", "Mart"), canonical when the gazetteer knows it."""
        doc, last = token.doc, named
        while last.i + 1 < len(doc) and doc[last.i + 1].head == token and doc[last.i + 1].dep_ == "appos":
            last = doc[last.i + 1]
        start, end = offset + named.left_edge.idx, offset + last.idx + len(last.text)
        found = self.index.mentions(self.text, start, end)
        actor = found[0].actor if found else self.text[start:end]
        self._remember(named, actor)
        return actor

    def statement_authors(self) -> str | None:
        """Who a statement's own voice speaks for: its authors, else the parties together."""
        return self._pronoun("we")

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
                return governed  # "Mr Ruto said his government would ...": Ruto's country
        if definite and _bare_title(token):
            holder = self._title_holder(token, offset)
            if holder is not None:
                return holder  # "The President calls on ...": the president the article named before
        if token.pos_ != "PROPN" and definite:
            if lemma in PERSON_ROLE_NOUNS and self.last_person:
                return self.last_person
            if lemma in COUNTRY_ROLE_NOUNS and self.last_group:
                return self.last_group
            if lemma in self.by_head and _modifiers_agree(token, self.by_head[lemma]):
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
        if token.pos_ == "PROPN" and self._is_person(token):
            words = _without_role(words)
        name = fuller_name(self.text, " ".join(words).strip(" ,;:'\"’”“")) or None
        if name and len(words) == 1 and (token.pos_ == "PROPN" or token.text.istitle()) and \
                not self.index.mentions(name):
            name = self._full_name_before(name, offset + token.idx) or name  # "Channon": "Paul Channon"
        counted = bool(words) and token.pos_ != "PROPN" and any(c.dep_ == "nummod" for c in token.children)
        if name and not counted and (token.pos_ == "PROPN" or len(words) > 1 or words[0][0].isupper()):
            self._remember(token, name)
            self.by_head.setdefault(lemma, name)
            if token.pos_ == "PROPN":
                self.by_head[lemma] = name
            return name
        # One lower-case noun names an actor only when it is a kind of party ("workers", "the union");
        # "this call", "the bill" or "the plan" asks nothing; nor does a count of people ("40 pupils"),
        # which is no body that "it" could stand for.
        return name if lemma in PARTY_NOUNS or lemma.rstrip("s") in PARTY_NOUNS else None

    def _full_name_before(self, surname: str, before: int) -> str | None:
        """The full name the text gave before ``before`` for a person it now names by surname alone."""
        if surname not in self.full_names:
            if len(self.full_names) >= MAX_SURNAMES_LOOKED_UP:
                return None  # a hostile text of thousands of one-word names: the scans would be the cost
            self.full_names[surname] = first_full_name(self.text, surname)
        found = self.full_names[surname]
        return found[1] if found is not None and found[0] < before else None

    def _title_holder(self, token, offset: int) -> str | None:
        """Whom a bare title stands for ("the President", "the First Lady", "the Prime Minister"): the name
        the same title last stood before, earlier in the text, as the index knows it; else the last person."""
        title = " ".join(t.text for t in (*(c for c in token.lefts if c.dep_ == "compound"), token))
        held = None
        named = re.compile(rf"(?<![\w]){re.escape(title)}\.?[^\S\n]+(?P<name>[A-Z][\w'’.-]+"
                           rf"(?:[^\S\n]+[A-Z][\w'’.-]+){{0,2}})")
        before = named.finditer(self.text, max(0, offset + token.idx - TITLE_REACH_CHARS), offset + token.idx)
        for held in before:  # noqa: B007 - the last one is wanted
            continue
        if held is None:
            return self.last_person
        found = self.index.mentions(self.text, held.start("name"), held.end("name"))
        return found[0].actor if found else self.index.people.get(held.group("name").split()[-1]) or \
            held.group("name")

    def _possessors_country(self, token, offset: int) -> str | None:
        """The country of whoever "his" or "her" in "his government" is, when the article ties that person
        to one."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if owner is None:
            return None
        owners_actor = self._name_one(owner, offset)
        return owners_actor if owners_actor in countries() else None

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
        if token.text in self.index.people or token.text.replace("'", "\u2019") in self.index.people:
            return True  # the parser reads "O’Brien" as "O'Brien" (grammar.parse_view)
        compounds = [c for c in token.lefts if c.dep_ == "compound"]
        if any(c.text.rstrip(".") in PERSON_TITLES for c in compounds):
            return True
        # "Jo Bloggs", "shadow trade secretary Jo Bloggs": a first name just before the surname, and
        # before it nothing but a role
        names = [c for c in compounds if c.pos_ == "PROPN"]
        first = compounds[-1] if compounds else None
        return first is not None and first.i == token.i - 1 and first.pos_ == "PROPN" and len(names) <= 2 \
            and (len(compounds) == 1 or any(c.lower_ in PERSON_ROLE_NOUNS for c in compounds)) \
            and not any(c.lower_ in ORGANISATION_HEADS for c in compounds) and not self.index.mentions(first.text)

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


def _person_like(phrase: str) -> bool:
    """A first and last name (three words at most) with no title, no organisation's head and no body in it."""
    words = phrase.split()
    return 2 <= len(words) <= 3 and not any(w in PERSON_TITLES or w.lower() in ORGANISATION_HEADS for w in words) \
        and body_name(phrase) is None


def _without_role(words: list[str]) -> list[str]:
    """A person's name without the role before it: "shadow trade secretary Jo Bloggs" and "Trade Secretary
    Ana Costa" are Jo Bloggs and Ana Costa; "President Diallo" and "Mr Okafor" stay whole."""
    kept: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or word.rstrip(".") in PERSON_TITLES or word.lower() in PERSON_ROLE_NOUNS:
            break
        kept.insert(0, word)
    return kept if len(kept) >= 2 else words


def _reporting_speaker(pronoun):
    """The named subject of a verb whose clause holds the pronoun ("Okafor said he ...", "the Dental
    Association said it ..."): a proper noun for "he", "she" and "it"; for "they", a plural subject too ("the unions
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


def _bare_title(token) -> bool:
    """A title standing for its holder, with no name of its own: "the President", "the Prime Minister",
    "the First Lady" (not "the President of Utopia", nor "President Diallo")."""
    if token.pos_ != "PROPN" or not (token.text in PERSON_TITLES or token.lower_ in PERSON_ROLE_NOUNS | _LADY):
        return False
    before = [c for c in token.lefts if c.dep_ == "compound"]
    return all(c.text in _TITLE_QUALIFIERS for c in before) and \
        not any(c.dep_ in ("prep", "appos", "flat") or (c.dep_ == "compound" and c.i > token.i) for c in token.children)


# How far back the holder of a bare title is looked for: a long statement names its president in its
# first pages; a bound keeps a hostile text of titles from costing a scan of all it holds for each.
TITLE_REACH_CHARS: Final = 30_000
# Words of a title before its noun ("Prime Minister", "First Lady", "Vice President") and the nouns that
# are titles only with them.
_TITLE_QUALIFIERS: Final = frozenset({"Prime", "First", "Vice", "Deputy", "Foreign", "Home", "Chief", "Attorney"})
_LADY: Final = frozenset({"lady"})


def _named_in_apposition(token):
    """The proper name a common noun is given in apposition: "the country's biggest grocer, Kwik-Mart"."""
    if token.pos_ == "PROPN":
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _ours(token) -> bool:
    """"our ministers", "our governments": a statement's authors under another name."""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children)


def _modifiers_agree(token, remembered: str) -> bool:
    """"the administration" may stand for the "Trump Administration" named before; "the Biden administration"
    may not: a name modifying the noun must be in the name remembered for it."""
    return all(c.text in remembered for c in token.children if c.dep_ in ("compound", "amod", "poss")
               and c.pos_ == "PROPN")
