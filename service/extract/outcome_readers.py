"""Readers of the outcome families: from a cue token, what was agreed or is expected, and which parties it
binds. (Failed talks, refusals and decided cases are read in dispute_readers.py.)
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from . import rules, tree
from .actors import countries
from .families import DEAL_NOUNS, DECISIONS, FUTURE_MODALS, PROPOSED_DOCUMENTS, TERMS_DOCUMENTS
from .reading import Reader, SentenceReading, lemma_of
from .resolver import PARTY_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of going and meeting: expecting or planning them announces a meeting, not its result.
MEETING_VERBS: Final = frozenset({"visit", "travel", "meet", "attend", "arrive", "fly", "tour", "host", "speak",
                                  "hold", "go", "come", "return", "join"})
# Verbs of deliberating: talks "expected to focus on trade" or leaders "anticipated to weigh the offer"
# set an agenda; what the talks will decide is the outcome, not what they will look at.
AGENDA_VERBS: Final = frozenset({"focus", "discuss", "consider", "weigh", "examine", "explore", "review",
                                 "debate", "address", "assess", "study", "cover", "center", "centre", "touch"})
# Joint-position verbs that back what their object names ("welcomed the resumption of ..."); the others
# (affirm, recognize, stress, note ...) count only with an action ("affirmed their resolve to ...").
# ("commend" and "applaud" praise someone for what they did: no step of the parties.)
APPROVING: Final = frozenset({"welcome", "encourage", "endorse", "support"})
# The one joint verb whose object is asked to do its infinitive ("encouraged the parties to resume talks");
# after the others an infinitive is the purpose of the thing backed ("welcomed the talks to end the strike").
ASKING_JOINTLY: Final = frozenset({"encourage"})
# Verbs that conclude something only when what they name is a deal or a step taken.
ANNOUNCING: Final = frozenset({"announce", "unveil"})
# Verbs of buying: a concluded deal only in the parties' own statement.
PURCHASING: Final = frozenset({"purchase", "buy"})
STEP_NOUNS: Final = frozenset({"launch", "plan", "programme", "program", "package", "fund", "initiative",
                               "partnership", "dialogue", "council", "committee", "group", "mechanism", "centre",
                               "center", "office", "secretariat", "task", "force", "strategy", "roadmap",
                               "effort", "venture", "project",
                               # measures a party takes by announcing them: "announced a wage and price freeze"
                               "freeze", "ban", "moratorium", "embargo", "sanction", "tariff", "curfew", "reform",
                               "measure", "scheme", "subsidy", "stimulus", "bailout", "inquiry", "investigation"})
# Endings of nouns made from verbs of doing: establishment, creation, expansion, resumption, removal.
STEP_SUFFIXES: Final = ("ment", "tion", "sion", "al")
# Verbs by which a party states its own intent or commitment ("expressed their intent to ...").
DECLARING: Final = frozenset({"express", "reaffirm", "affirm", "reiterate", "confirm", "announce", "state",
                              "declare", "signal", "stress", "underline", "emphasise", "emphasize", "make",
                              "renew", "show", "demonstrate", "note"})
# Agreement cues whose item must be an action, and nouns of agreement whose object must be one too.
VERB_ONLY_AGREEMENTS: Final = frozenset({"back", "resolve", "commitment", "intent", "intention", "willingness",
                                         "readiness"})
SCANT_NOUNS: Final = frozenset({"prospect", "chance", "likelihood"})
# Agreement verbs that commit a party only to an action ("offered to ..."), or to a thing offered to a party
# the text names: anything else offered is news of an offer, not of an agreement.
OFFERING_ONLY_TO_ACT: Final = frozenset({"offer"})
# Lemmas of verbs that report a deal as expected rather than reached.
EXPECTING: Final = frozenset({"expect", "hope", "anticipate", "plan", "seek", "aim", "likely", "could", "may"})
# What announcing or adopting leaves still to be done: "announced plans to buy ...".
PLANS: Final = frozenset({"plan", "proposal", "intention", "intent", "timetable", "roadmap"})
# Attitudes toward what has not happened yet: "confident (that) a settlement can be reached".
ATTITUDES: Final = frozenset({"optimistic", "confident", "hopeful", "sure", "certain"})
# Auxiliaries of a deal still to come: it is expected, not reached.
FUTURE_OR_POSSIBLE: Final = frozenset({"will", "shall", "would", "could", "may", "might", "can", "should"})
# Demand and wish lemmas: a verb under one of them is demanded or hoped for ("called on donors to
# provide", "hopes that X will adopt"), not done.
DEMANDING: Final = frozenset({"urge", "ask", "call", "press", "push", "demand", "want", "seek", "request",
                              "encourage", "need", "should", "must", "hope", "wish", "expect", "insist"})


def under_demand(token: Token) -> bool:
    return any(lemma_of(a) in DEMANDING for a in token.ancestors)


def _asked_for(token: Token) -> bool:
    """The token is what a demand or wish asks for ("called on X to commit to ...", "hopes they will
    agree"), through its own complement link (not a relative clause beside a "need")."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in ("xcomp", "ccomp") and lemma_of(token.head) in DEMANDING


# Auxiliaries of what may or ought to happen ("would" reports a promise: "said it would sign").
MAY_OR_OUGHT: Final = tree.HEDGES - {"would"}


def _only_possible(verb: Token) -> bool:
    return tree.has_auxiliary(verb, MAY_OR_OUGHT)


# Agreement verbs whose object can carry the infinitive of its purpose ("agreed a plan to ..."); after
# "offered" or "backed" the object is who is offered or backed ("offered Chile to host ...").
AGREEING_ON_THINGS: Final = frozenset({"agree", "approve", "settle", "accept"})


# Verbs that deny what their clause says: "denied it will close the plant".
DENYING: Final = frozenset({"deny", "dispute", "refute"})
# Verbs that make a decision public: what a party announces "will" happen is a decision taken. ("said"
# and "confirmed" are not among them: "the club confirmed he will miss the match" reports a fact.) Each is
# a cue of the concluded family too, so the first pass already selects the sentences that hold one (a test
# checks it).
ANNOUNCING_DECISIONS: Final = frozenset({"announce"})
# Subjects that are things, not parties: a deal or a document "will boost trade" is a claim about its
# effect, not a commitment anyone makes.
# ("it" stays a party: "announced it will invest $1bn" is the company's commitment.)
THING_SUBJECTS: Final = DEAL_NOUNS | {"statement", "declaration", "initiative", "plan", "programme", "program",
                                      "partnership", "law"}
# "will be" and "will have" say what something is, not a step anyone takes.
# Nor do verbs of thinking and perceiving: "voters will think the plan unfair" predicts.
NOT_COMMITMENTS: Final = frozenset({"be", "have", "say", "tell", "need", "want", "think", "believe", "feel", "know",
                                    "seem", "wonder", "become", "like", "hope", "expect"})
# Nouns the need reader reads ("stressed the need for ...", "confirm the necessity of ...").
NEED_NOUNS: Final = frozenset({"need", "necessity", "importance"})
# Bodies whose forming is an outcome: "a founding executive board has been formed", "a task force was set up".
FORMED_BODIES: Final = frozenset({"group", "council", "board", "committee", "commission", "fund", "force", "team",
                                  "panel", "body", "agency", "office", "mechanism", "taskforce", "unit", "institute"})
# Measures that act by themselves in a fact sheet's words: "The order revokes ...", "the memorandum creates ...".
ACTING_MEASURES: Final = frozenset({"order", "memorandum", "law", "act", "decree", "directive", "proclamation"})


def subject_actors(reading: SentenceReading, verb: Token) -> list[str]:
    return reading.actors_of(tree.subject(verb))


# Nouns of an agreement not made: "the failure of the delegates to agree on quotas".
FAILURE_NOUNS: Final = frozenset({"failure", "inability", "refusal", "reluctance"})


def negated_chain(token: Token) -> bool:
    """"did not agree", "failed to agree", "refused to sign", "the failure to agree"."""
    if tree.negated(token):
        return True
    return (token.dep_ == "xcomp" and token.head.lemma_ in ("fail", "refuse", "decline")) or \
        (token.dep_ == "acl" and token.head.lemma_ in FAILURE_NOUNS)


# Days and months: "on Monday", "on February 18" says when something was agreed, not what.
CALENDAR_WORDS: Final = frozenset(name.lower() for name in rules.DAY_AND_MONTH_NAMES) | frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "tomorrow",
    "yesterday"})


def _agreed_things(cue: Token) -> list[tuple[Token, bool, bool]]:
    """What an agreement verb takes, as (head, keep its subject, cut at its coordination) for each item:
    "to V", "on X", "that ...", an object, or the subject of a passive."""
    action = tree.infinitive(cue)
    if action is not None and lemma_of(cue) == "commit" and tree.child(cue, "dobj") is not None:
        return [(part, False, cut) for part, cut in tree.parts(action)]  # "commits both sides to withdraw ..."
    agreed_to = tree.prep_object(cue, "on", "upon", "to", "over")
    if agreed_to is not None and agreed_to.lower_ in CALENDAR_WORDS:
        agreed_to = None  # "approving the loan on February 18": when, not what
    if action is not None and agreed_to is not None and agreed_to.i < action.i and \
            (action.dep_ == "advcl" or agreed_to.head.lower_ == "to"):
        action = None  # "agreed to a Framework ... to strengthen ties": the infinitive is the purpose
    agreed_thing = tree.child(cue, "dobj")
    if action is not None and agreed_thing is not None and agreed_thing.pos_ != "PRON" and \
            agreed_thing.i < action.i and cue.pos_ == "VERB" and lemma_of(cue) in AGREEING_ON_THINGS:
        return [(cue, False, False)]  # "agreed a plan with its lenders to sell bonds": all of it
    if action is not None:
        if tree.asks_which(action):
            return []  # "will decide whether to reopen ..." has decided nothing yet
        return [(part, False, cut) for part, cut in tree.parts(action)]
    if cue.pos_ == "NOUN" and tree.prep_object(cue, "to") is None:
        return []
    if lemma_of(cue) in OFFERING_ONLY_TO_ACT and not _offered_to_a_named_party(cue):
        return []  # "offered some good news", "offering redundancy to 30 reporters" are offers, not agreements
    if agreed_to is not None:  # also "committed to securing ..."
        return [(part, False, cut) for part, cut in tree.parts(agreed_to)]
    if lemma_of(cue) == "commit":
        return []  # "committed hundreds of violations": only "committed to ..." is a commitment
    clause = tree.that_clause(cue)
    if clause is not None:
        return [] if tree.asks_which(clause) else [(clause, True, False)]
    thing = tree.child(cue, "dobj")
    if thing is not None and thing.pos_ != "PRON":
        action = tree.infinitive(thing)  # "backed plans to write off ..."
        if action is not None and thing.lemma_ in ("plan", "proposal", "measure", "move", "effort", "step") and \
                lemma_of(cue) not in AGREEING_ON_THINGS:  # "agreed a proposal to borrow" keeps the proposal
            thing = action
        return [(part, False, cut) for part, cut in tree.parts(thing)]
    if tree.is_passive(cue):
        subject = tree.child(cue, "nsubjpass")
        if subject is not None and subject.pos_ != "PRON":
            return [(subject, False, False)]
    return []


def _offered_to_a_named_party(cue: Token) -> bool:
    """"Chavez has offered China wide-ranging access to the country's oil reserves": a thing offered to a
    party the text names is a term of their dealings."""
    recipient = tree.child(cue, "dative") or tree.prep_object(cue, "to")
    return recipient is not None and recipient.pos_ == "PROPN"


def read_agreed(cue: Token, reading: SentenceReading) -> None:
    """"X and Y agreed to ...", "pledged ...", "decided that ...", "a deal was agreed"; negated, none."""
    holder = cue
    if cue.pos_ == "NOUN":
        # "expressed their intent to ...", "reaffirmed their commitment to ...": the holder's subject agrees.
        if cue.head.pos_ != "VERB" or cue.dep_ != "dobj" or lemma_of(cue.head) not in DECLARING:
            return  # "the visit symbolizes a renewed commitment" reports no one's commitment
        holder = cue.head
    elif cue.pos_ not in ("VERB", "ADJ") or cue.dep_ == "amod":
        return
    if any(a.lemma_ in SCANT_NOUNS for a in holder.ancestors):
        return  # "little prospect of X agreeing ..." is the not_agreed reader's
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in holder.children):
        return  # "implement de-mining, as agreed by the committee, to protect ...": a past agreement cited
    if tree.open_clause(holder) or _asked_for(holder) or _only_possible(holder):
        return  # "if X decides to ...", "called on X to commit to ...", "must settle": nothing agreed yet
    # In "a programme was agreed", the subject is what was agreed; "we are committed to ..." is the
    # subject's commitment.
    party = tree.subject(holder.head) if holder.dep_ == "acomp" else tree.doer(holder)
    # "the accord commits both sides to ...": a deal binds whom it commits.
    bound = tree.child(holder, "dobj") if party is not None and lemma_of(cue) == "commit" and \
        party.lemma_.lower() in DEAL_NOUNS else None
    if party is not None and bound is None and not reading.is_party(party) and not reading.is_joint(party):
        return  # "analysts agree that ..." binds nobody
    failed = negated_chain(holder)
    actors = reading.actors_of(bound if bound is not None else party)
    for thing, keep_subject, cut in _agreed_things(cue):
        if lemma_of(cue) in VERB_ONLY_AGREEMENTS and thing.pos_ not in ("VERB", "AUX"):
            continue  # "backed Mr Brown's plan" is support; "backed plans to write off ..." a decision
        bounds = tree.core(thing, keep_subject=keep_subject, coordinated=cut)
        if failed:
            negation = tree.child(holder, "neg")
            start = min(holder.left_edge.idx if holder.dep_ == "xcomp" else (negation or holder).idx, bounds[0])
            reading.add_outcome("not_agreed", (start, max(bounds[1], cue.idx + len(cue.text))), actors, "none")
        else:
            reading.add_outcome("agreed", bounds, actors)


def read_concluded(cue: Token, reading: SentenceReading, rule: str = "concluded") -> None:
    """"signed the ... Agreement", "launched a working group": the verb stays in the item."""
    if cue.pos_ != "VERB" or negated_chain(cue):
        return
    if lemma_of(cue) in PURCHASING and not reading.statement_voice:
        return  # a report's "the group was bought" is news, a fact sheet's "the airline purchased ..." a deal done
    if tree.is_passive(cue):
        subject = tree.child(cue, "nsubjpass")
        concluded = subject is not None and (subject.lemma_.lower() in DEAL_NOUNS | FORMED_BODIES or
                                             lemma_of(cue) == "appoint")
        if concluded and subject.pos_ != "PRON" and not tree.has_no(subject):  # "no agreements were announced"
            # "the pact would be signed next week", "must still be approved": a step still to come
            status = "expected" if tree.has_auxiliary(cue, FUTURE_OR_POSSIBLE | {"must"}) else None
            reading.add_outcome(rule, (tree.noun_phrase(subject)[0], tree.core(cue)[1]),
                                reading.actors_of(tree.agent(cue)), status)
        return
    thing = tree.child(cue, "dobj")
    subject = tree.subject(cue)
    acting_measure = subject is not None and subject.lemma_.lower() in ACTING_MEASURES  # "The order revokes ..."
    if thing is None or thing.pos_ == "PRON" or thing.lemma_ in NEED_NOUNS or \
            not (reading.is_party(subject) or reading.is_joint(subject) or acting_measure):
        return
    if lemma_of(cue) in ANNOUNCING and not _names_a_step(thing):
        return  # "announced a 10% rise in profits" concludes nothing; "announced a trade deal" does
    if under_demand(cue) or tree.hedged(cue):
        return  # "urged X to sign the treaty" is a demand
    actors = subject_actors(reading, cue)
    # "announced plans to buy ...", "aims to launch ...": planned, not yet done
    planned = (thing.lemma_ in PLANS and lemma_of(cue) in ANNOUNCING) or \
        any(a.lemma_ in EXPECTING for a in cue.ancestors)
    status = "expected" if planned else None
    for number, (start, end) in enumerate(tree.object_items(cue, thing)):
        reading.add_outcome(rule, (cue.idx if number == 0 else start, end), actors, status)


def read_stopped(cue: Token, reading: SentenceReading) -> None:
    """"The firms suspended sales of the drug", "shelved plans to close the ward": read as a concluded
    step, since the verb is the decision ("the deal was suspended" as the concluded reader reads a deal).
    Only a stop the sentence reports as made by its own subject: "postponing the repayment was out of the
    question" or "forced the government to cancel" weigh or press for a stop."""
    if tree.child(cue, "nsubj", "nsubjpass") is None and cue.dep_ != "conj":
        return
    if cue.tag_ == "VBG" and tree.child(cue, "aux") is None:
        return  # "Greece postponing the repayment was out of the question": a stop weighed, not made
    read_concluded(cue, reading, "stopped")


def _names_a_step(noun: Token) -> bool:
    """A deal, or a step named by its verb: "the establishment of ...", "the launch of ...", "a plan"."""
    lemma = noun.lemma_.lower()
    return lemma in DEAL_NOUNS | STEP_NOUNS or (noun.pos_ == "NOUN" and lemma.endswith(STEP_SUFFIXES))


def read_reached(cue: Token, reading: SentenceReading) -> None:
    """"reached a deal on ...", "a settlement was struck": the deal is the item; "no deal" is none."""
    if cue.pos_ != "VERB":
        return
    deal = tree.child(cue, "nsubjpass") if tree.is_passive(cue) else tree.child(cue, "dobj")
    if deal is None or deal.lemma_ not in DEAL_NOUNS:
        return
    if tree.has_no(deal) or negated_chain(cue):
        return  # the not_agreed reader's
    status = "expected" if _still_to_come(cue) else None
    actors = reading.actors_of(tree.doer(cue))
    reading.add_outcome("reached", tree.core(deal), actors, status)


def _still_to_come(cue: Token) -> bool:
    """A deal the sentence puts in the future or in doubt ("a deal will be struck by Friday"), or that someone
    expects, plans or is confident about ("confident a settlement can be reached"): not reached yet."""
    return tree.has_auxiliary(cue, FUTURE_OR_POSSIBLE) or any(a.lemma_ in EXPECTING | ATTITUDES for a in cue.ancestors)


def read_joint(cue: Token, reading: SentenceReading) -> None:
    """"The two leaders welcomed ...", "Both sides affirmed ...": what the parties back together."""
    if cue.pos_ != "VERB" or negated_chain(cue) or tree.hedged(cue):
        return
    subject = tree.subject(cue)
    if not reading.is_joint(subject):
        return
    # A that-clause ("reaffirm that any use ... would be met with ...") asserts or warns; what the parties
    # back together is an object or an action.
    action, thing = tree.infinitive(cue), tree.child(cue, "dobj")
    if action is not None and not (thing is not None and thing.i < action.i and lemma_of(cue) not in ASKING_JOINTLY):
        thing = action  # else "welcomed the talks to end the strike": the infinitive is their purpose
    if thing is None or thing.pos_ == "PRON" or tree.open_clause(cue):
        return
    if thing.lemma_ in NEED_NOUNS:
        return  # the need reader's
    if thing.pos_ not in ("VERB", "AUX") and lemma_of(cue) not in APPROVING:
        return  # "reaffirmed the rule of law", "recognized women leaders": a stance, not a step taken
    for part, cut in tree.parts(thing):
        reading.add_outcome("joint", tree.core(part, coordinated=cut), list(reading.resolver.parties))


def read_committed(cue: Token, reading: SentenceReading) -> None:
    """"We will ...", "Both sides will ...", "X will (1) ... and (2) ..." in a statement's own voice."""
    verb = cue.head
    if cue.dep_ != "aux" or verb.lemma_ in NOT_COMMITMENTS:
        return  # a negated commitment stays one, with its negation: "will never recognise ..."
    subject = tree.subject(verb)
    if subject is None or subject.lemma_.lower() in THING_SUBJECTS or tree.open_clause(verb) or \
            any(lemma_of(a) in DENYING for a in verb.ancestors):
        return  # "the deal will boost trade", "if X will ...", "denied it will close ..." commit nobody
    speaking = reading.is_joint(subject) or subject.lower_ in ("we", "us")
    announcer = _announcer(verb)
    if announcer is not None and reading.is_party(announcer) and not tree.hedged(verb):
        # "Nine embassies will close, the Foreign Secretary announced": a decision made public; the
        # party that announces it made it, whatever the clause's subject (passive too: "fines will be
        # levied on employers").
        actors = reading.actors_of(announcer)
        named = subject.pos_ != "PRON"  # "nine embassies will close": what changes is the news, not "it"
        for action, coordinated in tree.parts(verb):
            reading.add_outcome("committed", tree.core(action, coordinated=coordinated, keep_subject=named), actors)
        return
    if tree.is_passive(verb) and not speaking:
        return  # "U.S. policy will be determined by ..." commits its subject to nothing; "we will not be
        # diverted" commits the speakers
    committing = speaking or (reading.statement_voice and _a_main_party(subject, reading))
    if not committing:
        return
    actors = subject_actors(reading, verb)
    for action, coordinated in tree.parts(verb):
        reading.add_outcome("committed", tree.core(action, coordinated=coordinated), actors)


def _a_main_party(subject: Token, reading: SentenceReading) -> bool:
    """A party of the statement (one it is between) or a country: "Malaysia will ...", "The United States
    will ...". A body the statement describes ("the Board will oversee ...", "its commander will lead ...")
    is given a role, not committed to a step."""
    if subject.pos_ not in ("PROPN", "NOUN"):
        return False  # "Reversing the trade deficit will ...": an act as subject, whoever it names
    names = reading.actors_of(subject)
    return bool(names) and all(name in reading.resolver.parties or name in countries() for name in names)


def _announcer(verb: Token) -> Token | None:
    """The subject of the verb of announcing whose reported clause ``verb`` heads, if any: a clause
    coordinated with one reported ("announced it and the schools will close") is its own; "did not
    announce" announces nothing."""
    return _reported_by(verb, ANNOUNCING_DECISIONS)


# Verbs and nouns that report a measure as announced ("he told parliament that a ban would be introduced",
# "Brown's announcement that 104,000 jobs would be cut").
REPORTING_MEASURES: Final = frozenset({"say", "tell", "announce", "confirm", "state", "add", "reveal"})
ANNOUNCEMENT_NOUNS: Final = frozenset({"announcement", "decision", "confirmation"})


def read_announced(cue: Token, reading: SentenceReading) -> None:
    """"He said fines would be levied on employers and licences would be removed": a measure in the
    passive future, in what a party is reported to have said or announced."""
    if cue.pos_ != "VERB" or not tree.is_passive(cue) or tree.open_clause(cue) or negated_chain(cue):
        return
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in cue.children):
        return  # "were cut", "could be cut": done already, or only possible
    subject = tree.child(cue, "nsubjpass") or _stranded_subject(cue)
    announcer = _measure_announcer(cue)
    if subject is None or subject.pos_ == "PRON" or announcer is None or not reading.is_party(announcer):
        return
    start, end = tree.core(cue, keep_subject=True)
    start = min(start, subject.left_edge.idx)
    end = _with_timing(cue, end)
    within = itertools.takewhile(lambda t: t.idx < end, cue.doc[cue.i + 1 :])
    stranded = next((t for t in within if _stranded_subject_of(t) is not None), None)
    if stranded is not None and stranded.i >= 2:
        before_and = cue.doc[stranded.i - 2]  # "levied on employers [and] licences would be removed"
        end = before_and.idx + len(before_and.text)
    reading.add_outcome("announced", (start, end), reading.actors_of(announcer))


def _stranded_subject_of(noun: Token) -> Token | None:
    """The verb whose subject the parser joined to the clause before: in "fines would be levied on
    employers and licences would be removed", "licences" is read as coordinated with "employers", though
    the modal right after it is the next clause's."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(noun.doc):
        return None
    modal = noun.doc[noun.i + 1]
    if modal.dep_ == "aux" and modal.lower_ in FUTURE_MODALS and modal.head != noun.head:
        return modal.head
    return None


def _stranded_subject(verb: Token) -> Token | None:
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS), None)
    if modal is None or modal.i == 0:
        return None
    noun = verb.doc[modal.i - 1]
    return noun if _stranded_subject_of(noun) == verb else None


def _measure_announcer(verb: Token) -> Token | None:
    """Who reports the clause ``verb`` heads: the subject of "said" or "told", or the owner of "the
    announcement that ..."."""
    return _reported_by(verb, REPORTING_MEASURES, ANNOUNCEMENT_NOUNS)


def _reported_by(verb: Token, verbs: frozenset[str], nouns: frozenset[str] = frozenset()) -> Token | None:
    """The subject of the verb among ``verbs`` whose complement (up coordinated clauses) ``verb`` heads,
    unless that verb is negated; or the owner of a noun among ``nouns`` whose clause it is."""
    steps = ("ccomp", "conj", "acl") if nouns else ("ccomp", "conj")
    current = verb
    for _ in range(tree.MAX_SUBJECT_HOPS):
        head = current.head
        if current.dep_ not in steps or head == current:
            return None
        if current.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and lemma_of(head) in verbs:
            return None if negated_chain(head) else tree.subject(head)
        if head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
            return tree.child(head, "poss") or tree.subject(head.head)
        current = head
    return None


def read_granted(cue: Token, reading: SentenceReading) -> None:
    """"allowing Egyptian goods free access to ...": what a deal grants, when the sentence or the one
    before speaks of a deal and the verb is not itself demanded or wanted."""
    if cue.pos_ != "VERB" or not reading.deal_context or negated_chain(cue) or _only_possible(cue):
        return  # "the operator must give rivals access ..." is asked of it, not granted
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) and cue.head.lemma_ in DEMANDING | {"want"}:
        return
    if under_demand(cue):
        return
    actors = subject_actors(reading, cue)
    thing = tree.infinitive(cue) if lemma_of(cue) in ("allow", "enable") else None
    thing = thing or tree.child(cue, "dobj")
    if thing is None:
        # The parser often loses "allowing X free access to ..." (double object): take what follows.
        following = next(cue.rights, None)
        if following is not None and not following.is_punct:
            reading.add_outcome("granted", (following.left_edge.idx, tree.core(cue)[1]), actors)
        return
    if thing.pos_ == "PRON":
        return
    receiver = tree.child(cue, "dative")
    for number, (start, end) in enumerate(tree.object_items(cue, thing)):
        if number == 0 and receiver is not None and receiver.i < thing.i:
            start = receiver.left_edge.idx  # "giving American firms access to ...": who gets it counts
        reading.add_outcome("granted", (start, end), actors)


def read_nominal(cue: Token, reading: SentenceReading) -> None:
    """"the agreement by both leaders to ...", "a deal to end the strike": a deal with its content."""
    if cue.pos_ != "NOUN" or (tree.infinitive(cue) is None and tree.prep_object(cue, "on", "over") is None):
        return
    if cue.head.lemma_ in ("reach", "strike", "clinch", "secure", "broker", "sign", "agree", "conclude", "seal") \
            or tree.has_no(cue):
        return  # the reached, concluded and not_agreed readers'
    if any(c.dep_ == "det" and c.lower_ == "any" for c in cue.children):
        return  # "any decision to lift the ban would ...": a deal supposed, not made
    status = "expected" if _still_to_come(cue) else None
    reading.add_outcome("nominal", tree.core(cue), list(reading.resolver.parties), status)


def read_expected(cue: Token, reading: SentenceReading) -> None:
    """"the embargo ... is likely to be lifted", "X is expected to ...", "is due to ...": the subject
    belongs to the item, since it is what the expectation is about."""
    if lemma_of(cue) == "expect" and not tree.is_passive(cue):
        _forecast(cue, reading)
        return
    if lemma_of(cue) == "set" and not tree.is_passive(cue):
        return
    action = tree.infinitive(cue)
    if action is not None and (action.lemma_ in MEETING_VERBS | AGENDA_VERBS or _takes_place(action)):
        return  # "is expected to visit" or "to take place" announces the meeting, "to focus on trade" its agenda
    if action is not None and _forecasts_a_figure(action):
        return  # "is expected to produce 1,900 tonnes this year": a forecast
    if action is not None and action.lemma_ == "be":
        return  # "is likely to be the busiest port" describes; "is likely to be lifted" expects
    if any(c.lower_ in ("more", "less") for c in cue.children):
        return  # "twice as many ... more likely to move house": a comparison of chances
    if lemma_of(cue) == "unlikely" and action is not None and tree.is_passive(action):
        return  # "unlikely to be cowed by its newcomer status" judges a mood; "unlikely to change policy" expects
    if action is None:
        clause = tree.that_clause(cue)
        if clause is not None and lemma_of(cue) == "expect":
            reading.add_outcome("expected", tree.core(clause, keep_subject=True), subject_actors(reading, clause))
        elif lemma_of(cue) in ("expect", "anticipate") and tree.is_passive(cue):
            _thing_expected(cue, reading)
        return
    if tree.is_passive(cue) and _expected_of_a_party(cue, action, reading):
        return
    head = cue.head if cue.pos_ == "ADJ" and cue.dep_ == "acomp" else cue
    subject = tree.subject(head)
    own_subject = subject is not None and subject.head == head  # not one shared with an earlier verb
    if not own_subject and not any(c.dep_ in COMPLEMENT_DEPS for c in action.children):
        return  # "... was set to be missed" with no subject of its own names nothing expected
    if own_subject and subject.pos_ != "PRON" and len(list(subject.subtree)) <= tree.MAX_CORE_TOKENS // 3:
        start = subject.left_edge.idx
    elif lemma_of(cue) == "unlikely":
        start = cue.idx  # "unlikely to change its policies": what is expected is that it will not
    else:
        start = tree.core(action)[0]
    actors = reading.actors_of(subject) if subject is not None and reading.is_party(subject) else []
    for part, cut in tree.parts(action):
        part_start, end = tree.core(part, coordinated=cut)
        reading.add_outcome("expected", (start if part == action else part_start, end), actors)


# What can be awaited as the result of a dispute or talks: "a ruling is expected", "further strikes are expected".
AWAITED: Final = DEAL_NOUNS | DECISIONS | {"protest", "strike", "walkout", "stoppage", "announcement", "vote", "result",
                                           "outcome", "response", "reply", "action", "ruling", "talk", "approval",
                                           "offer", "bid"}


# What an expected action must have when the sentence gives it no subject of its own: an object, a
# complement or a prepositional phrase ("make initial appearances in court on Monday").
COMPLEMENT_DEPS: Final = frozenset({"dobj", "dative", "prep", "attr", "acomp", "xcomp", "ccomp", "prt", "oprd"})


def _takes_place(action: Token) -> bool:
    place = tree.child(action, "dobj")
    return action.lemma_ == "take" and place is not None and place.lower_ == "place"


# Verbs of a quantity moving: with a figure, an expectation about them is a forecast ("is expected to
# produce 1,900 tonnes", "is set to grow 84%"), not the result of talks or a decision.
QUANTITY_VERBS: Final = frozenset({"rise", "fall", "grow", "drop", "climb", "decline", "increase", "decrease",
                                   "produce", "reach", "total", "exceed", "top", "hit", "shrink", "expand", "slow",
                                   "earn", "cost", "sell", "dip", "ease", "slip", "jump", "soar", "plunge", "surge",
                                   "tumble", "rebound", "recover", "average"})


def _forecasts_a_figure(action: Token) -> bool:
    return action.lemma_ in QUANTITY_VERBS and any(t.like_num or t.lower_ in ("%", "percent", "pct")
                                                   for t in action.subtree if t.i > action.i)


def _thing_expected(cue: Token, reading: SentenceReading) -> None:
    """"More stoppages are expected after the holiday", "A ruling is expected next week", "a vote is
    scheduled for Monday": what is expected is the subject (not a party: "the minister is expected"
    awaits a person, not an outcome)."""
    subject = tree.child(cue, "nsubjpass")
    if subject is None or subject.lemma_.lower() not in AWAITED or tree.negated(cue) or \
            tree.has_no(subject):
        return  # "more rain is expected", "the minister is expected on Monday", "no decision" await none
    reading.add_outcome("expected", (subject.left_edge.idx, _with_timing(cue, tree.core(cue)[1])), [])


def _with_timing(verb: Token, end: int) -> int:
    """The end of an awaited thing's span with the phrases after its verb that say when: "after the match",
    "next week", "by the spring of 2006" are the news of a thing expected or announced."""
    for timing in (c for c in verb.rights if c.dep_ in ("prep", "npadvmod", "advmod")):
        if timing.right_edge.i - verb.i > tree.MAX_CORE_TOKENS:
            break
        end = max(end, timing.right_edge.idx + len(timing.right_edge.text))
    return end


def _forecast(cue: Token, reading: SentenceReading) -> None:
    """"X expected the embargo to be lifted within months": what is expected of a thing, not a party
    (expecting a party to act is asking it)."""
    action = tree.infinitive(cue)
    thing = tree.child(cue, "dobj") or (tree.child(action, "nsubj", "nsubjpass") if action is not None else None)
    if action is None or thing is None or thing.pos_ == "PRON":
        return
    expecter = tree.subject(cue)
    if _names_a_party(thing, reading) or _stated_expectation(cue, expecter, reading):
        # "the world expects the two countries to manage competition", "we expect the differences to be
        # resolved peacefully": what a party is expected to do, or what the speakers expect now, is asked.
        reading.add_demand("wanted", (thing.left_edge.idx, tree.core(action)[1]), reading.name(expecter),
                           reading.name(thing))
        return
    reading.add_outcome("expected", (thing.left_edge.idx, tree.core(action)[1]), reading.actors_of(expecter))


def _names_a_party(thing: Token, reading: SentenceReading) -> bool:
    """The phrase's head is a party ("the United States", "the unions"), not a thing of one ("the German
    deficit")."""
    party_head = thing.pos_ == "PROPN" or thing.lemma_.lower() in PARTY_NOUNS
    return party_head and reading.is_party(thing)


def _stated_expectation(cue: Token, expecter: Token | None, reading: SentenceReading) -> bool:
    """"We expect ...", in the present, in a statement's own voice: a position, not a forecast."""
    return expecter is not None and expecter.lower_ == "we" and reading.statement_voice and cue.tag_ == "VBP"


def _expected_of_a_party(cue: Token, action: Token, reading: SentenceReading) -> bool:
    """"In return, the country would be expected to cut its deficit": a duty put on a party, asked of it (not
    "are expected to visit", a forecast)."""
    subject = tree.child(cue, "nsubjpass")
    if lemma_of(cue) != "expect" or subject is None or not _names_a_party(subject, reading) or \
            not tree.has_auxiliary(cue, frozenset({"would", "will", "shall"})) or tree.negated(cue):
        return False
    for part, cut in tree.parts(action):
        reading.add_demand("wanted", tree.core(part, coordinated=cut), None, reading.name(subject))
    return True


def read_intended(cue: Token, reading: SentenceReading) -> None:
    """"X plans / intends / aims to ...", "X remains ready to ...", "scheduled to ...": a party's
    intention, an expected outcome."""
    if cue.pos_ not in ("VERB", "ADJ") or cue.dep_ == "amod":
        return
    action = tree.infinitive(cue)
    if lemma_of(cue) == "schedule" and tree.is_passive(cue) and action is not None:
        read_expected(cue, reading)  # "are scheduled to appear in court" is "are due to": nobody's intent
        return
    if action is None:
        if lemma_of(cue) in ("plan", "schedule") and tree.is_passive(cue) and not under_demand(cue) and \
                not tree.hedged(cue):
            _thing_expected(cue, reading)  # "further strikes are planned for next month"
        return
    head = cue.head if cue.pos_ == "ADJ" and cue.dep_ == "acomp" else cue
    subject = tree.subject(head)
    if lemma_of(cue) == "ready" and lemma_of(head) not in ("remain", "stand") and \
            not (reading.statement_voice and subject is not None and subject.lower_ == "we"):
        return  # "remain ready to" offers something, and a statement's "we are ready to"; "are ready to" in
        # reporting is mood
    if not (reading.is_party(subject) or reading.is_joint(subject)) or negated_chain(cue):
        return
    actors = reading.actors_of(subject)
    for part, cut in tree.parts(action):
        reading.add_outcome("intended", tree.core(part, coordinated=cut), actors)


def read_scheduled(cue: Token, reading: SentenceReading) -> None:
    """"The IMF is to look at ...": a named party's scheduled step."""
    if lemma_of(cue) != "be" or cue.dep_ not in ("ROOT", "ccomp", "conj"):
        return
    action = tree.infinitive(cue)
    subject = tree.child(cue, "nsubj")
    if action is None or action.dep_ != "xcomp" or not reading.is_party(subject) or subject.pos_ == "PRON":
        return
    reading.add_outcome("scheduled", tree.core(action), reading.actors_of(subject))


def read_terms(cue: Token, reading: SentenceReading) -> None:
    """"The agreement calls for Utopia to halve its stockpile", "the plan calls for a new fund", "the deal
    envisages joint patrols": each term the document sets, agreed, or expected while only proposed."""
    document = tree.subject(cue)
    if cue.pos_ != "VERB" or document is None or document.lemma_.lower() not in TERMS_DOCUMENTS or \
            tree.negated(cue):
        return
    status = "expected" if document.lemma_.lower() in PROPOSED_DOCUMENTS else None
    clause = tree.infinitive(cue)
    subject = tree.child(clause, "nsubj", "nsubjpass") if clause is not None else None
    if subject is not None:  # "calls for Utopia to halve ...": the clause with its subject
        reading.add_outcome("terms", (subject.left_edge.idx, tree.core(clause)[1]), reading.actors_of(subject),
                            status)
        return
    things = tree.prep_objects(cue, "for") if lemma_of(cue) == "call" else \
        [t for t in [tree.child(cue, "dobj")] if t is not None]
    for thing in things:
        if thing.pos_ != "PRON":
            reading.add_outcome("terms", tree.core(thing), list(reading.resolver.parties), status)


OUTCOME_READERS: Final[dict[str, Reader]] = {
    "agreed": read_agreed, "concluded": read_concluded, "reached": read_reached, "joint": read_joint,
    "committed": read_committed, "granted": read_granted, "nominal": read_nominal, "expected": read_expected,
    "intended": read_intended, "scheduled": read_scheduled, "stopped": read_stopped, "announced": read_announced,
    "terms": read_terms,
}
