"""The prose rule families, declared once each: cue lemmas, the reader that applies them to a parsed
sentence, strength and status.

Everything else is derived from this table: the cheap first pass that picks the sentences worth
parsing (``FIRST_PASS_RE``), the API's ``rule`` enum and the importance weights (``rules.CUE_STRENGTH``).
The readers themselves (``readers.py``) walk the dependency tree from the cue token to name the roles:
who asks or agrees, who is asked, and what.

Nothing here names an article: the words are the general vocabulary of news reporting, statements and
labour disputes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from .alternation import alternation

Kind = Literal["demand", "outcome"]


@dataclass(frozen=True, slots=True)
class Family:
    rule: str                      # the API's ``rule`` value for items this family finds
    kind: Kind
    lemmas: frozenset[str]         # the cue: a token with one of these lemmas (lower case)
    strength: float                # how plainly the family states its item (importance ordering)
    status: str | None = None      # outcomes: "agreed", "expected" or "none"
    # Surface forms the regular inflections miss, as lemma → forms ("tell" → "told"); first pass only.
    irregular: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The cue selects a sentence only where a party speaks for itself: in a statement's own voice, or
    # beside "we" or "both sides" ("will" is in every other news sentence, and commits nobody there).
    needs_party_voice: bool = False


def _family(rule: str, kind: Kind, lemmas: str, strength: float, status: str | None = None,
            irregular: str = "", needs_party_voice: bool = False) -> Family:
    forms: dict[str, tuple[str, ...]] = {}
    for pair in irregular.split():  # "tell:told win:won"
        lemma, form = pair.split(":")
        forms[lemma] = (*forms.get(lemma, ()), form)
    return Family(rule, kind, frozenset(lemmas.split()), strength, status, forms, needs_party_voice)


FAMILIES: Final = (
    # ---- demands ----------------------------------------------------------------------------------
    # "X urged Y to ...", "Y was pressed (by X) to ...", "X called on Y to ...".
    _family("asked", "demand", "urge ask call press push encourage request tell implore appeal lobby beg order invite "
            "instruct direct pressure pressurise pressurize challenge", 1.0, irregular="tell:told"),
    # "X demanded that Y reverse ...", "X insisted that Y should ...".
    _family("demanded_that", "demand", "demand insist ask urge request propose recommend call suggest", 1.0),
    # "X called for an end to ...", "workers walked out demanding a 53% pay rise", "X insists on ...".
    # ("sought bankruptcy protection" is business news, not a demand: "seek" is read only as "seek to".)
    # "X argued for a coalition", "X would be in favour of Y being recalled".
    _family("called_for", "demand", "call ask demand press push insist appeal lobby campaign fight want "
            "request plea argue favour favor", 0.9, irregular="fight:fought"),
    # "X warned (Y) against ...", "X warned Y not to ...".
    _family("warned", "demand", "warn caution", 0.9),
    # "X wants Y to ...", "X wanted the ban to end", "X hopes that Y will ...".
    _family("wanted", "demand", "want wish hope prefer like", 0.7),
    # "X opposes ...", "X objected to ...", "X condemned ...", "raised concerns about ...".
    _family("objected", "demand", "oppose object condemn deplore denounce criticise criticize blame "
            "protest concern resist tolerate", 0.8),
    # "X must ...", "he said the government should ...", "Y needs to ...": obligations a named party or a
    # reported speaker states.
    _family("modal", "demand", "must should ought need have", 0.6),
    # "stressed the need for ...", "the importance of ...": a need as a demand (or, said by the
    # parties together, a joint position); "he said it was vital that ministers publish ...".
    _family("need", "demand", "need necessity importance important vital essential crucial imperative", 0.6),
    # "pressure on X to ...".
    _family("pressure", "demand", "pressure", 0.7),
    # "X will not resume talks until / unless Y ...", "Y will get funds only once X approves ...": the
    # condition a party sets is its demand.
    _family("condition", "demand", "unless until only", 0.8),
    # "It is time to release the hostages", "the time has come for a ban on ...": what is due now.
    _family("time_to", "demand", "time", 0.8),
    # ---- outcomes ---------------------------------------------------------------------------------
    # "X and Y agreed to ...", "pledged ...", "decided that ...".
    _family("agreed", "outcome", "agree pledge promise commit decide vow undertake consent accept approve back offer "
            "settle resolve intent intention willingness readiness commitment desire", 1.0, "agreed",
            irregular="undertake:undertook undertake:undertaken"),
    # "signed the ... Agreement", "launched a working group", "established ...": the verb stays in.
    # "X has been appointed commander", "a board has been formed": the step taken, passive too. A purchase
    # is one only in the parties' own statement ("the airline purchased six aircraft" in a fact sheet).
    _family("concluded", "outcome", "sign conclude launch establish create form adopt ratify finalise finalize "
            "unveil seal draft confirm announce appoint purchase buy", 0.9, "agreed", irregular="buy:bought"),
    # "The firms suspended sales of the drug", "the hospital has shelved plans to ...": a party's decision
    # to stop or call off something (the verb stays in: what is stopped is not what was decided).
    _family("stopped", "outcome", "suspend halt scrap cancel shelve postpone abandon axe revoke rescind repeal "
            "terminate", 0.8, "agreed"),
    # "He said fines would be levied on employers", "the announcement that 104,000 jobs would be cut": a
    # measure a party announces, in the passive future (the measure's subject stays in the item).
    _family("announced", "outcome", "introduce levy impose remove scrap abolish close cut raise extend lift axe "
            "reduce increase expand freeze ban", 0.7, "agreed"),
    # "reached a deal on ...", "struck an agreement": the deal is the item.
    _family("reached", "outcome", "reach strike clinch secure broker", 0.9, "agreed",
            irregular="strike:struck"),
    # "The two leaders welcomed / encouraged / affirmed ...": what the parties back together.
    _family("joint", "outcome", "welcome encourage affirm reaffirm support endorse recognize recognise commend "
            "applaud underscore emphasize emphasise stress note", 0.8, "agreed"),
    # "We will ...", "Both sides will ...", "X will (1) ... and (2) ..." in a statement's voice.
    _family("committed", "outcome", "will shall", 0.9, "agreed", needs_party_voice=True),
    # "allowing Egyptian goods free access to ...", "giving firms ...": what a deal grants.
    _family("granted", "outcome", "allow give grant provide offer enable", 0.7, "agreed",
            irregular="give:gave give:given"),
    # "The agreement calls for Utopia to halve its stockpile", "the plan envisages a joint fund": the terms a
    # deal or a proposal sets (expected while it is only proposed), not a demand of anyone's.
    _family("terms", "outcome", "call envisage envision foresee", 0.8, "agreed"),
    # "The agreement by both leaders to ...", "a deal to end the strike".
    _family("nominal", "outcome", "agreement deal accord settlement pact treaty truce ceasefire decision", 0.8,
            "agreed"),
    # "is expected to ...", "is likely to be lifted", "is due to ...", "is set to ...", "is unlikely to change".
    _family("expected", "outcome", "expect likely unlikely due set poise anticipate", 0.7, "expected"),
    # "X plans / intends / aims to ...", "X remains ready to ...".
    _family("intended", "outcome", "plan intend aim hope seek ready schedule", 0.6, "expected",
            irregular="seek:sought"),
    # "The IMF is to look at ...": a scheduled step.
    _family("scheduled", "outcome", "be", 0.6, "expected"),
    # "The court ruled that ...", "was jailed for five years", "found guilty of ...", "won a challenge
    # against ...": a dispute decided; "was charged with theft": a prosecution begun.
    _family("ruled", "outcome", "rule jail sentence convict fine acquit uphold overturn dismiss win lose find charge",
            0.9, "agreed", irregular="win:won lose:lost find:found"),
    # "talks failed", "no agreement was reached", "rejected the offer", "refused to ...".
    # Phrasal refusals: "turned down the offer", "broke off talks", "walked out of negotiations".
    # "the failure to agree on quotas": the failed agreement as a noun.
    _family("not_agreed", "outcome", "fail failure collapse stall reject refuse decline rebuff spurn no without "
            "breakdown prospect chance break turn cut pull walk", 1.0, "none",
            irregular="break:broke cut:cut walk:walked"),
)

# ---- the words some cues need beside them (the readers check the same in the tree) ---------------------
# Nouns that name a deal: "reached a deal", "no agreement", "a settlement to end the strike".
DEAL_NOUNS: Final = frozenset({"deal", "agreement", "accord", "settlement", "pact", "treaty", "truce", "ceasefire",
                               "compromise", "consensus", "breakthrough", "understanding", "arrangement",
                               "resolution", "contract", "protocol", "framework", "memorandum"})

# Documents whose terms "call for" something: what they call for is a term, not a demand ("the resolution
# calls for a ceasefire" stays a demand: a body's call).
TERMS_DOCUMENTS: Final = frozenset({"agreement", "deal", "accord", "settlement", "contract", "treaty", "pact",
                                    "compromise", "arrangement", "memorandum", "framework", "proposal", "plan",
                                    "package", "scheme", "programme", "program", "budget", "bill", "draft", "offer"})
# ... of these, the ones that are only proposed: their terms are expected, not agreed.
PROPOSED_DOCUMENTS: Final = frozenset({"proposal", "plan", "bill", "draft", "offer"})

# Nouns that name negotiations: "talks collapsed", "negotiations broke down".
TALK_NOUNS: Final = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions",
                               "meeting", "summit", "deal", "agreement", "effort", "efforts", "mediation"})

# What can be offered and turned down or rejected as a deal: "turned down the offer", "rejected the
# union's terms". ("appeal" is not one: a court turning down an appeal decides a case.)
OFFER_WORDS: Final = frozenset({"offer", "bid", "proposal", "request", "deal", "plan", "approach", "terms",
                                "invitation", "application", "agreement", "settlement", "demand", "demands",
                                "compromise"})

# What "failed to ..." must fail at to be a failed outcome ("failed to agree", "failed to reach").
FAILED_AT: Final = frozenset({"agree", "reach", "find", "secure", "strike", "produce", "resolve", "break",
                              "settle", "end", "bridge", "make", "win", "conclude", "achieve", "negotiate",
                              "sign", "approve", "ratify", "pass"})

# What is found in a verdict ("found guilty") and what a dispute or decision is ("won a challenge",
# "overturned the fine").
VERDICTS: Final = frozenset({"guilty", "liable", "innocent", "responsible"})

DISPUTES: Final = frozenset({"case", "challenge", "appeal", "ruling", "vote", "battle", "claim", "lawsuit", "suit",
                             "review", "dispute", "fight", "argument", "tribunal", "hearing", "judgment",
                             "judgement", "bid"})

DECISIONS: Final = frozenset({"conviction", "sentence", "verdict", "decision", "fine", "ban", "order", "injunction"})

# A measure announced for the future: "would be cut", "will be introduced".
FUTURE_MODALS: Final = frozenset({"will", "would"})

# Cue lemmas that can give an item only beside one of these words: "no" and "without" a deal, "won" or
# "lost" a case, "found" guilty, "failed to" agree, talks that "collapsed". The first pass asks for
# both, so that the many sentences holding "no", "won" or "found" alone go unparsed (make bench).
COMPANIONS: Final[dict[str, frozenset[str]]] = {  # one entry per lemma, whichever families cue it
    "no": DEAL_NOUNS, "without": DEAL_NOUNS,
    "win": DISPUTES | DECISIONS, "lose": DISPUTES | DECISIONS, "uphold": DISPUTES | DECISIONS,
    "overturn": DISPUTES | DECISIONS, "dismiss": DISPUTES | DECISIONS,
    "find": VERDICTS, "fail": FAILED_AT, "failure": FAILED_AT, "collapse": TALK_NOUNS, "stall": TALK_NOUNS,
    "break": TALK_NOUNS,
    "turn": OFFER_WORDS, "cut": TALK_NOUNS | FUTURE_MODALS, "pull": TALK_NOUNS, "walk": TALK_NOUNS,
    "only": frozenset({"if", "once", "when", "after"}),
    # "would not resume until ...": a refusal in the sentence ("wouldn't" holds "wouldn").
    "until": frozenset({"not", "never", "no", "cannot", "won", "wouldn", "didn", "doesn", "don", "isn", "wasn",
                        "couldn", "shouldn", "refuse"}),
    # (not "scrap" and "axe": the stopped family selects them alone)
    **{lemma: FUTURE_MODALS for lemma in ("introduce", "levy", "impose", "remove", "abolish", "close", "raise",
                                          "extend", "lift", "reduce", "increase", "expand", "freeze", "ban")},
}

FAMILY_BY_RULE: Final = {family.rule: family for family in FAMILIES}
assert len(FAMILY_BY_RULE) == len(FAMILIES), "rule names must be unique"

# Lemma → the families it cues, for the reader loop.
FAMILIES_BY_LEMMA: Final[dict[str, tuple[Family, ...]]] = {}
for _family_entry in FAMILIES:
    for _lemma in _family_entry.lemmas:
        FAMILIES_BY_LEMMA[_lemma] = (*FAMILIES_BY_LEMMA.get(_lemma, ()), _family_entry)



def cue_lemma(lemma: str, lower: str) -> str:
    """The family lemma of a token: its own lemma, or its word with a regular ending removed where the
    statistical lemmatizer missed it ("hopes" lemmatized as "hop")."""
    if lemma in FAMILIES_BY_LEMMA:
        return lemma
    for ending, replacement in _ENDINGS:
        if lower.endswith(ending) and (base := lower[: -len(ending)] + replacement) in FAMILIES_BY_LEMMA:
            return base
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in FAMILIES_BY_LEMMA:
            return stem[:-1]  # "committed" tagged as an adjective: commit
    return lemma


_ENDINGS: Final = (("es", "e"), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))

# Lemmas too common to select a sentence on their own, with the phrases that select it instead: "be" and
# "have" are in nearly every sentence (the scheduled and modal readers need them before "to"); "like",
# "back" and "set" are mostly a preposition, an adverb and a noun ("would like", "backed", "set to"); "time"
# cues only in "it is time", "the time has come".
_FIRST_PASS_EXTRA: Final = ("is to", "are to", "has to", "have to", "had to", "break down", "broke down",
                            "would like", "’d like", "'d like", "set to", "is time", "was time", "’s time", "'s time",
                            "is now time", "time has come", "time had come")
_NOT_ALONE: Final = frozenset({"be", "have", "like", "set", "time"})
_BASE_FORM_TOO_COMMON: Final = frozenset({"back"})
_VOWELS: Final = "aeiou"
# Cue lemmas that are only nouns: their verb-like forms are other words ("according", "dealing").
NOUN_LEMMAS: Final = frozenset({"agreement", "deal", "accord", "settlement", "pact", "treaty", "truce",
                                "ceasefire", "decision", "necessity", "importance", "intent", "intention",
                                "willingness", "readiness", "commitment", "desire", "plea", "breakdown", "prospect",
                                "chance"})


def inflections(lemma: str) -> set[str]:
    """The regular forms of a lemma (plural or third person, past, participles): urge → urges, urged,
    urging; apply → applies, applied; plan → plans, planned, planning. Irregular forms are declared
    with their family."""
    forms = {lemma, lemma + ("es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "s")}
    if lemma in NOUN_LEMMAS:
        return forms  # "accord" must not select every "according to"
    if lemma.endswith("ee"):
        forms |= {lemma + "d", lemma + "ing"}  # agree → agreed, agreeing
    elif lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        forms = {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS and \
                lemma[-3] not in _VOWELS:
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # plan → planned, commit → committed
    return forms


def _forms(family: Family, lemma: str) -> set[str]:
    return inflections(lemma) - (_BASE_FORM_TOO_COMMON & {lemma}) | set(family.irregular.get(lemma, ()))


def _word_pattern(words: set[str]) -> re.Pattern[str]:
    # Factored by first letter: a plain alternation of ~600 forms made this scan most of the time of a
    # 30,000-sentence hostile input.
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE)


def _first_pass_pattern(party_voice: bool) -> re.Pattern[str]:
    words: set[str] = set() if party_voice else set(_FIRST_PASS_EXTRA)
    for family in FAMILIES:
        if family.needs_party_voice != party_voice:
            continue
        for lemma in family.lemmas - _NOT_ALONE - set(COMPANIONS):
            words |= _forms(family, lemma)
        words |= {form for lemma, forms in family.irregular.items() if lemma not in COMPANIONS for form in forms}
    return _word_pattern(words)


def _companion_passes() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(cue forms, companion forms) per companion set: a sentence needs a match of both."""
    cues_by_companions: dict[frozenset[str], set[str]] = {}
    for family in FAMILIES:
        for lemma in family.lemmas & set(COMPANIONS):
            cues_by_companions.setdefault(COMPANIONS[lemma], set()).update(_forms(family, lemma))
        for lemma, forms in family.irregular.items():
            if lemma in COMPANIONS:
                cues_by_companions.setdefault(COMPANIONS[lemma], set()).update(forms)
    return tuple((_word_pattern(cues), _word_pattern({form for word in companions for form in inflections(word)}))
                 for companions, cues in cues_by_companions.items())


# A sentence is parsed only when the first finds a cue word in it (most sentences of a news story hold
# none), or a cue that needs a companion word has one beside it, or (the party-voice pass) a party speaks
# for itself.
FIRST_PASS_RE: Final = _first_pass_pattern(party_voice=False)
COMPANION_PASSES: Final = _companion_passes()
# Every cue that needs a companion, in one pattern: most texts hold none, and then one scan is enough.
COMPANION_CUES_RE: Final = _word_pattern({form for family in FAMILIES for lemma in family.lemmas & set(COMPANIONS)
                                          for form in _forms(family, lemma)} |
                                         {form for family in FAMILIES for lemma, forms in family.irregular.items()
                                          if lemma in COMPANIONS for form in forms})
PARTY_VOICE_PASS_RE: Final = _first_pass_pattern(party_voice=True)


def names_a_cue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a cue word the first pass selects on (not the party-voice ones)."""
    return bool(ranges_naming_cues(text, [(start, end)]))


def ranges_naming_cues(text: str, ranges: Sequence[tuple[int, int]]) -> set[int]:
    """The indices of the ``ranges`` (sorted, disjoint (start, end) pairs) that hold a cue word the first
    pass selects on. One scan of the whole text per pattern, not one search per sentence: 200,000 one-word
    list lines took 0.45 s sentence by sentence."""
    starts = [start for start, _ in ranges]
    chosen = ranges_matching(text, ranges, FIRST_PASS_RE, starts)
    if not ranges_matching(text, ranges, COMPANION_CUES_RE, starts) - chosen:
        return chosen  # no cue that needs a companion outside the sentences already chosen
    for cue, companion in COMPANION_PASSES:
        with_cue = ranges_matching(text, ranges, cue, starts) - chosen
        if with_cue:
            chosen |= with_cue & ranges_matching(text, ranges, companion, starts)
    return chosen


def ranges_matching(text: str, ranges: Sequence[tuple[int, int]], pattern: re.Pattern[str],
                    starts: list[int] | None = None) -> set[int]:
    """The indices of the ``ranges`` (sorted, disjoint) that hold a whole match of ``pattern`` (``starts``:
    their start offsets, when the caller has them)."""
    if not ranges:
        return set()
    starts = starts if starts is not None else [start for start, _ in ranges]
    found: set[int] = set()
    for match in pattern.finditer(text, ranges[0][0], ranges[-1][1]):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= ranges[index][1]:
            found.add(index)
    return found
