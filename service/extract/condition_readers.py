"""Readers of demands stated without a verb of asking.

- condition: a party that will not act "until" or "unless" another does something, or will act "only if" /
  "only once" it does, sets that something as its demand. "The board would not resume talks unless the
  bidder came up with firm proposals" demands the proposals. The condition keeps its subject, since it
  names who is to act.
- time_to: "It is time to release the hostages", "the time has come for a ban on smoking": what the
  speaker says is due now is asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from . import tree
from .demand_readers import JOURNALISTS, NOT_OBLIGED, SELF_OBLIGED, reporter_of
from .reading import Reader, SentenceReading, lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Subordinators that, after "only", make their clause a condition: "only if", "only once".
ONLY_WHEN: Final = frozenset({"if", "once", "when", "after"})
# A condition stated about the future or what may be: "would not resume", "will only start", "cannot go on".
CONDITIONAL_AUXILIARIES: Final = frozenset({"will", "would", "can", "could", "shall", "may", "might", "wo", "ca"})
# Verbs of a condition that name no act of a party: "unless the nation sees rises", "until it is known".
NOT_ACTS: Final = frozenset({"see", "be", "have", "know", "seem", "become", "get", "remain", "happen"})


def read_condition(cue: Token, reading: SentenceReading) -> None:
    """"X would not resume talks unless Y came up with ...", "Y will get funds only once Z approves ..."."""
    condition = _condition_clause(cue)
    if condition is None:
        return
    subject = tree.child(condition, "nsubj")
    if subject is None or subject.lower_ in NOT_OBLIGED | SELF_OBLIGED or \
            (lemma_of(condition) in NOT_ACTS and tree.child(condition, "acomp") is None):
        return  # "unless you have determination", "until we change": no other party is asked ("only if
        # the parties are straightforward" asks them to be)
    target = reading.name(subject)
    if target is None and subject.pos_ not in ("NOUN", "PROPN"):
        return  # "until it is done": nobody named
    main = condition.head
    reporter = reporter_of(main)
    speaker = tree.subject(reporter) if reporter is not None else tree.subject(main)
    if speaker is None or speaker.lemma_ in JOURNALISTS:
        return
    actor = reading.name(speaker)
    if actor is None or subject.lower_ == speaker.lower_ or (subject.pos_ == "PRON" and target == actor):
        return  # "we will not stop until we win" asks nothing of anyone else
    reading.add_demand("condition", (subject.left_edge.idx, tree.core(condition)[1]), actor, target)


def _condition_clause(cue: Token) -> Token | None:
    """The clause a cue makes a condition of a refused or limited main clause: "[would not resume] unless
    [Y came up with ...]", "[will get funds] only once [Z approves]", "[will] only [start] if [...]"."""
    if lemma_of(cue) == "only":
        holder = cue.head
        candidates = [holder, *(c for c in holder.children if c.dep_ == "advcl")]
        for clause in candidates:
            mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ONLY_WHEN), None)
            if mark is not None and clause.dep_ == "advcl" and _conditional(clause.head):
                return clause
        return None
    clause = cue.head
    if cue.dep_ != "mark" or clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
        return None
    main = clause.head
    refused = lemma_of(cue) == "unless" or tree.negated(main)
    return clause if refused and _conditional(main) else None


def _conditional(main: Token) -> bool:
    """A main clause about the future or what may be: "would not resume", "will only start", "cannot go"."""
    return main.pos_ in ("VERB", "AUX") and tree.has_auxiliary(main, CONDITIONAL_AUXILIARIES)


def read_time_to(cue: Token, reading: SentenceReading) -> None:
    """"It is time (for X) to ...", "the time has come to ... / for a ban on ...", said by a speaker or in a
    statement's own voice."""
    head = cue.head
    it_is_time = cue.dep_ == "attr" and lemma_of(head) == "be" and not any(True for _ in cue.lefts) and \
        any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)  # not "the best time"
    due_now = it_is_time or (cue.dep_ == "nsubj" and lemma_of(head) == "come" and tree.child(cue, "det") is not None)
    if cue.pos_ != "NOUN" or not due_now or tree.negated(head):
        return  # "it was not time to ...", "time will come": nothing is due
    actor = _speaker_of(head, reading)
    if actor is None:
        return  # "It was time to go home": the writer narrating, not a party asking
    action = next((c for c in (*cue.children, *head.children) if c.dep_ in ("relcl", "acl", "advcl", "xcomp")
                   and tree.child(c, "aux") is not None and tree.child(c, "aux").lower_ == "to"), None)
    if action is None:
        for thing in tree.prep_objects(head, "for"):  # "the time has come for a ban on smoking"
            reading.add_demand("time_to", tree.core(thing), actor, None)
        return
    doer = tree.child(action, "nsubj")
    if doer is not None and doer.lower_ in SELF_OBLIGED | {"us", "me"}:
        return  # "it is time for us to act": the speakers' own resolve
    target = reading.name(doer)
    for part, coordinated in tree.parts(action):
        reading.add_demand("time_to", tree.core(part, coordinated=coordinated), actor, target)
    # "It is time to release X, begin Y and implement Z": the parser hangs the later actions on "is".
    for later in (c for c in head.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > action.i):
        for verb in (later, *(c for c in later.conjuncts if c.i > later.i and c.tag_ == "VB")):
            reading.add_demand("time_to", tree.core(verb), actor, target)


def _speaker_of(head: Token, reading: SentenceReading) -> str | None:
    """Who says it: the subject of the verb reporting the clause, else a statement's authors."""
    reporter = reporter_of(head)
    if reporter is not None:
        speaker = tree.subject(reporter)
        return reading.name(speaker) if speaker is not None and speaker.lemma_ not in JOURNALISTS else None
    return reading.resolver.statement_authors() if reading.statement_voice else None


CONDITION_READERS: Final[dict[str, Reader]] = {"condition": read_condition, "time_to": read_time_to}
