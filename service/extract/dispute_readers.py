"""Readers of the outcome families that end a dispute or fail to: no deal, talks that failed or broke
down, offers refused, and cases decided by a court or a vote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from . import tree
from .families import DEAL_NOUNS, DECISIONS, DISPUTES, FAILED_AT, OFFER_WORDS, TALK_NOUNS, VERDICTS
from .outcome_readers import SCANT_NOUNS, subject_actors, under_demand
from .reading import Reader, SentenceReading, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Declining to say something refuses no deal: "declined to comment", "refused to confirm".
SPEECH_LEMMAS: Final = frozenset({"comment", "say", "confirm", "discuss", "elaborate", "reveal", "disclose",
                                  "answer", "speculate", "give", "name", "specify", "identify"})

# Penalties handed down ("was jailed", "fined"): an outcome only when passive or with an object.
PENALTIES: Final = frozenset({"jail", "sentence", "fine", "convict"})

# Words that make a prospect of agreement none: "little prospect of ...", "no chance of ...".
SCANT: Final = frozenset({"little", "no", "slim", "scant", "scarcely"})

# What "failed to make" must fail to make for the failure to be an outcome: "failed to make progress".
MADE_IN_TALKS: Final = frozenset({"progress", "headway", "breakthrough", "deal", "agreement", "decision"})


def read_not_agreed(cue: Token, reading: SentenceReading) -> None:
    """"talks failed to ...", "no agreement was reached", "rejected the offer", "refused to ...",
    "negotiations collapsed", "without a deal"."""
    lemma = lemma_of(cue)
    if lemma == "no" and cue.dep_ == "det" and cue.head.lemma_ in DEAL_NOUNS:
        _no_deal(cue.head, reading)
    elif lemma in SCANT_NOUNS and cue.pos_ == "NOUN":
        _little_prospect(cue, reading)
    elif lemma == "without" and (deal := tree.child(cue, "pobj")) is not None and deal.lemma_ in DEAL_NOUNS:
        reading.add_outcome("not_agreed", (cue.idx, tree.core(deal)[1]), list(reading.resolver.parties))
    elif cue.pos_ == "VERB" and lemma == "fail":
        _failed(cue, reading)
    elif cue.pos_ == "NOUN" and lemma == "failure":
        _failure(cue, reading)
    elif cue.pos_ == "VERB" and lemma in PHRASAL_REFUSALS and (lemma != "break" or tree.child(cue, "dobj")):
        _phrasal_refusal(cue, reading)  # "broke off talks"; "talks broke down" is below
    elif cue.pos_ == "VERB" and lemma in ("collapse", "stall", "break"):
        subject = tree.subject(cue)
        if subject is not None and subject.lemma_ in TALK_NOUNS and (lemma != "break" or tree.child(cue, "prt")):
            reading.add_outcome("not_agreed", (tree.noun_phrase(subject)[0], tree.core(cue)[1]),
                                list(reading.resolver.parties))
    elif cue.pos_ == "VERB" and lemma in ("reject", "refuse", "decline", "rebuff", "spurn"):
        _refused(cue, reading)


# What "was rejected" as the outcome of a dispute or a decision: an offer, a demand, an appeal, a bill (not
# a "claim": "his claim that he was at home was rejected" is a finding of fact).
REFUSABLE: Final = OFFER_WORDS | {"appeal", "bill", "motion", "amendment", "takeover", "merger"}
# Phrasal verbs of refusing or leaving talks, with their particle and what they must be about.
PHRASAL_REFUSALS: Final = {"turn": ("down", OFFER_WORDS), "break": ("off", TALK_NOUNS),
                           "cut": ("off", TALK_NOUNS), "pull": ("out", TALK_NOUNS), "walk": ("out", TALK_NOUNS)}


def _phrasal_refusal(cue: Token, reading: SentenceReading) -> None:
    """"turned down the offer", "broke off talks", "pulled out of the negotiations", "walked out of talks"."""
    word, things = PHRASAL_REFUSALS[lemma_of(cue)]
    particle = next((c for c in cue.children if c.lower_ == word and c.dep_ in ("prt", "prep", "advmod")), None)
    if particle is None or under_demand(cue) or tree.hedged(cue) or tree.negated(cue):
        return
    if tree.is_passive(cue):
        _refused_thing(cue, things, reading)  # "the proposal was turned down by shareholders"
        return
    # "walked out of the talks": the parser hangs "of" on the particle or on the verb.
    thing = tree.child(cue, "dobj") or tree.prep_object(particle, "of", "from") or tree.prep_object(cue, "of", "from")
    if thing is None or thing.lemma_.lower() not in things:
        return
    reading.add_outcome("not_agreed", (cue.idx, tree.core(thing)[1]), subject_actors(reading, cue))


def _no_deal(deal: Token, reading: SentenceReading) -> None:
    verb = deal.head
    start = tree.noun_phrase(deal)[0]
    if deal.dep_ in ("nsubjpass", "nsubj") and verb.pos_ in ("VERB", "AUX"):
        end = max(tree.core(deal)[1], verb.idx + len(verb.text))
    else:
        end = tree.core(deal)[1]
    reading.add_outcome("not_agreed", (start, end), list(reading.resolver.parties))


def _little_prospect(cue: Token, reading: SentenceReading) -> None:
    """"little prospect of X agreeing to ...", "no chance of a deal": an agreement nobody expects."""
    scant = next((c for c in cue.lefts if c.lower_ in SCANT), None)
    prospect = tree.prep_object(cue, "of", "for")
    if scant is None or prospect is None:
        return
    reading.add_outcome("not_agreed", (scant.idx, tree.core(cue)[1]), list(reading.resolver.parties))


def _failed(cue: Token, reading: SentenceReading) -> None:
    action = tree.infinitive(cue)
    if action is None or action.lemma_ not in FAILED_AT:
        return
    made = tree.child(action, "dobj")
    if action.lemma_ == "make" and (made is None or made.lemma_.lower() not in MADE_IN_TALKS):
        return  # "failed to make the public aware" is no failed negotiation
    subject = tree.subject(cue)
    keep = subject is not None and subject.pos_ != "PRON" and len(list(subject.subtree)) <= 4
    start = subject.left_edge.idx if keep else cue.idx
    reading.add_outcome("not_agreed", (start, tree.core(action)[1]), subject_actors(reading, cue))


def _failure(cue: Token, reading: SentenceReading) -> None:
    """"the failure (of the delegates) to agree on quotas": an agreement not reached, said as a noun; its
    parties are those the "of" names, else the text's."""
    action = next((c for c in cue.children if c.dep_ == "acl" and c.lemma_ in FAILED_AT and
                   any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if action is None or under_demand(cue):
        return
    failing = tree.prep_object(cue, "of")
    actors = reading.actors_of(failing) if failing is not None else []
    reading.add_outcome("not_agreed", (cue.idx, tree.core(action)[1]), actors or list(reading.resolver.parties))


def _refused(cue: Token, reading: SentenceReading) -> None:
    """"rejected the offer", "rejected the 60% rise", "refused to sign": a bid or deal turned down."""
    if under_demand(cue) or tree.hedged(cue):
        return  # "called on X to reject ..." is a demand
    if tree.is_passive(cue):
        _refused_thing(cue, REFUSABLE, reading)  # "the bid was rejected by the board"
        return
    thing = tree.child(cue, "dobj")
    if thing is not None and thing.pos_ != "PRON" and (lemma_of(cue) == "reject" or thing.lemma_ in OFFER_WORDS):
        reading.add_outcome("not_agreed", (cue.idx, tree.core(thing)[1]), subject_actors(reading, cue))
        return
    action = tree.infinitive(cue)
    if action is not None and lemma_of(cue) in ("refuse", "decline") and action.lemma_ not in SPEECH_LEMMAS:
        reading.add_outcome("not_agreed", (cue.idx, tree.core(action)[1]), subject_actors(reading, cue))


def _refused_thing(cue: Token, things: frozenset[str], reading: SentenceReading) -> None:
    """A bid or deal that "was rejected" or "was turned down" (by whom, when the text says); not one
    that "could be rejected" nor "was not rejected"."""
    thing = tree.child(cue, "nsubjpass")
    if thing is None or thing.lemma_.lower() not in things or tree.negated(cue):
        return
    refuser = tree.agent(cue)
    reading.add_outcome("not_agreed", (tree.noun_phrase(thing)[0], tree.core(cue)[1]),
                        reading.actors_of(refuser) if refuser is not None else [])


def read_ruled(cue: Token, reading: SentenceReading) -> None:
    """A dispute decided: "ruled that X ..." (the ruling), "ruled out X", "was jailed for five years", "was
    found guilty of ...", "won a challenge against ...", "overturned the fine" (the verb stays in)."""
    if cue.pos_ != "VERB" or tree.hedged(cue) or under_demand(cue):
        return
    lemma = lemma_of(cue)
    if lemma == "rule":
        clause = tree.that_clause(cue)
        if clause is not None:
            reading.add_outcome("ruled", tree.core(clause, keep_subject=True), subject_actors(reading, cue))
        elif tree.child(cue, "prt") is not None:  # "ruled out", passive or active
            _ruled_with_subject(cue, reading)
        return
    if lemma == "find" and not any(c.lemma_ in VERDICTS for c in cue.children if c.dep_ in ("oprd", "acomp")):
        return  # only "found guilty / liable / in breach"
    if lemma == "charge":
        if tree.child(cue, "auxpass") is not None and tree.prep_object(cue, "with") is not None:
            _charged(cue, reading)
        return  # only "was charged with theft": "charged £5", "advisers charged with leading the work" are no charge
    if lemma in ("win", "lose", "uphold", "overturn", "dismiss"):
        thing = tree.child(cue, "dobj") or tree.child(cue, "nsubjpass")
        if thing is None or thing.lemma_ not in DISPUTES | DECISIONS:
            return  # "won the match", "upholding the UN Charter" decide no dispute
    if lemma in PENALTIES and not tree.is_passive(cue) and tree.child(cue, "dobj") is None:
        return
    _ruled_with_subject(cue, reading)


def _charged(cue: Token, reading: SentenceReading) -> None:
    """"was charged with trespassing after warning, resisting arrest with violence and battery ...": the list
    of charges runs to the end of the sentence (the parser scatters it over the tree), unless a clause of its
    own comes first ("..., and will appear in court on Monday")."""
    doc = cue.doc
    stop = next((t.left_edge.i for t in doc[cue.i + 1 : cue.sent.end] if t.pos_ in ("VERB", "AUX") and
                 (t.dep_ in CLAUSE_DEPS or tree.child(t, *tree.SUBJECTS) is not None)), cue.sent.end)
    last = doc[max(stop - 1, cue.i)]
    while last.i > cue.i and (last.is_punct or last.dep_ == "cc"):
        last = doc[last.i - 1]
    reading.add_outcome("ruled", (cue.idx, last.idx + len(last.text)), reading.actors_of(tree.doer(cue)))


# Verbs that open a clause of their own after the charges: "..., and will appear in court".
CLAUSE_DEPS: Final = frozenset({"conj", "advcl", "parataxis", "relcl", "ccomp"})


def _ruled_with_subject(cue: Token, reading: SentenceReading) -> None:
    """The item from the verb to its core's end: "jailed for five years", "won a challenge against ..."."""
    subject = tree.subject(cue)
    # A passive keeps what was decided: "Judicial reviews into five deaths were ruled out".
    keep = tree.is_passive(cue) and subject is not None and subject.pos_ != "PRON"
    reading.add_outcome("ruled", tree.core(cue, keep_subject=keep), reading.actors_of(tree.doer(cue)))


DISPUTE_READERS: Final[dict[str, Reader]] = {"not_agreed": read_not_agreed, "ruled": read_ruled}
