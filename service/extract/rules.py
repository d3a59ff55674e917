"""Extraction rules as data: cue verbs, list cues, table header words and actor aliases.

Everything here is compiled once at import and asserted non-empty. Nothing names an article: the
words are the general vocabulary of diplomatic and business reporting.
"""

from __future__ import annotations

import re
from typing import Final

from .alternation import alternation
from .families import FAMILIES

# Names of days and months, capitalised: a date's words, never a first name ("Monday Channon said") nor what
# was agreed ("approved the loan on February 18").
DAY_AND_MONTH_NAMES: Final = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December"})

# ---- verbs -------------------------------------------------------------------------------------
# Verbs by which an actor asks another party to act: "X urged Y to ...", "Y was urged to ...".
DEMAND_VERBS_WITH_TARGET: Final = (
    "urge", "urged", "urges", "urging",
    "call on", "called on", "calls on", "calling on", "call upon", "called upon", "calls upon",
    "expect", "expects",
    "press", "pressed", "presses", "pressing",
    "ask", "asked", "asks", "asking",
    "encourage", "encouraged", "encourages", "encouraging",
    "request", "requested", "requests",
    "demand", "demanded", "demands",
    "push", "pushed", "pushes", "pushing",
    "tell", "told", "tells",
    "want", "wants", "wanted",
)
# Demand verbs that need a named party as target: "expects the deficit to fall" is a forecast.
TARGET_REQUIRED_VERBS: Final = frozenset({"expect", "expects"})
# Demand verbs that also take a bare "to": "Europe wants to press ahead with talks" is the party's
# own demand in the negotiation, with no target.
SELF_DEMAND_VERBS: Final = frozenset({"want", "wants", "wanted"})
# Verbs whose object is the demanded thing itself: "X called for an end to subsidies".
DEMAND_VERBS_WITH_OBJECT: Final = (
    "call for", "called for", "calls for", "calling for",
    "demand", "demanded", "demands", "demanding",
    "urge", "urged", "urges",
    "seek", "sought", "seeks", "seeking",
    "press for", "pressed for", "presses for", "pushing for", "pushed for",
    "insist on", "insisted on", "insists on",
)
# "X warned (Y) against ..." is a demand to stop something.
WARN_VERBS: Final = ("warn", "warned", "warns", "warning", "cautioned", "cautions")
# Verbs whose object is what the actor wants stopped or addressed; the verb stays in the text.
# Condemning is a demand to stop: "We condemn these attacks" asks the attacker to stop them.
OBJECTION_VERBS: Final = (
    "opposes", "opposed", "oppose", "objected to", "objects to", "rejects", "rejected", "reject", "condemn",
    "condemns", "condemned", "deplore", "deplores", "deplored", "denounce", "denounces", "denounced",
)
# "raised concerns", "expressed its deep concern", "voiced continued concerns about ...".
CONCERN_PATTERN: Final = (
    r"(?:raised|raises|raising|expressed|expresses|voiced|voices|reiterated|registered|conveyed)\s+"
    r"(?:(?:its|their|his|her|continued|serious|deep|grave|strong|renewed|ongoing|particular)\s+){0,2}concerns?"
)
# Verbs that take "that" + a clause saying what another party must do: "demand that Russia cease".
THAT_CLAUSE_DEMAND_VERBS: Final = (
    "demand", "demanded", "demands", "urge", "urged", "urges", "insist", "insisted", "insists",
    "ask", "asked", "request", "requested", "call for", "called for",
)
# "X hopes (that) Y will ...", "X expressed hope for Y to ...".
HOPE_PHRASES: Final = (
    "hope", "hopes", "hoped", "hoping", "expressed hope", "expressed the hope", "expressed its hope",
    "wants", "wanted", "would like",
)

# Verbs that report a commitment or decision reached: an "agreed" outcome.
AGREED_VERBS: Final = (
    "agree", "agreed", "agrees", "agreeing",
    "pledge", "pledged", "pledges", "pledging",
    "promise", "promised", "promises", "promising",
    "commit", "committed", "commits", "committing",
    "decide", "decided", "decides",
    "vow", "vowed", "vows",
    "undertake", "undertook", "undertakes",
    "offer", "offered", "offers",
    "expressed their intent", "expressed their intention", "expressed its intent", "expressed its intention",
    "expressed their willingness", "expressed their readiness",
    "sign", "signed", "signs",
)
# Nouns that name an agreed outcome: "the agreement by both leaders to ...".
# Nouns that name an agreed outcome: "the agreement by both leaders to ...". "Commitment" and
# "pledge" are left out: statements restate standing commitments far more often than new ones.
AGREED_NOUNS: Final = ("agreement", "decision", "consensus", "deal")
# Verbs whose direct object is the outcome itself: "signed a trade protocol", "concluded the talks".
AGREED_OBJECT_VERBS: Final = (
    # Past tense and participles only: "signs", "launches" and "seals" are more often plural nouns.
    "signed", "signing", "concluded", "concluding", "launched", "launching", "established",
    "establishing", "reached", "struck", "sealed", "finalised", "finalized", "announced", "unveiled",
    "welcomed", "drafted", "adopted", "approved", "endorsed", "backed", "confirmed", "offered", "completed",
    "secured",
    "agreed",
)
# Verbs by which the parties together back something, reported in the third person: "The two
# leaders encouraged the expansion of exchanges" is a joint outcome, where "China encouraged ..."
# alone would be a demand.
JOINT_SUPPORT_VERBS: Final = ("encouraged", "supported", "endorsed", "backed", "welcomed")
# First-person and collective subjects of a joint statement's commitments ("We will ...").
COMMITTING_SUBJECTS: Final = (
    "we", "both sides", "both countries", "both parties", "both leaders", "both governments", "both nations",
    "the two sides", "the two countries", "the two leaders", "the two governments", "the parties",
    "the leaders", "the ministers", "our ministers", "our leaders", "our governments", "our countries",
    "our nations", "our teams", "our negotiators",
)
# Words after an object verb that show it is not taking a direct object ("signed in 1966").
NOT_AN_OBJECT: Final = (
    "in", "on", "at", "by", "up", "with", "into", "to", "for", "from", "as", "after", "before", "during",
    "since", "last", "earlier", "this", "that",
)
# Phrases that put a demand as a need: "stressed the need for mutual respect".
NEED_PHRASES: Final = (
    "stressed the need", "emphasized the need", "confirm the necessity", "confirmed the necessity",
    "emphasised the need", "underlined the need",
    "highlighted the need", "underscored the need", "stressed the importance", "emphasized the importance",
    "emphasised the importance", "underscored the importance",
)
# First-person plural words whose frequency marks a document written as a joint statement.
# Matched case-sensitively: "US" is the country. Quotations are left out of the count, since a
# report quoting a minister ("We will not accept ...") is not written in the statement's voice.
STATEMENT_VOICE_WORDS: Final = ("we", "We", "our", "Our", "us")
# "X will ..." with a named party as subject is a commitment only in a statement's own voice; in
# reporting it is often a prediction. Three first-person plural words mark that voice.
STATEMENT_VOICE_MIN_WORDS: Final = 3
# Titles of documents written by the parties themselves, in the first or the third person: their "X
# will ..." are commitments even without "we".
STATEMENT_TITLE_PATTERN: Final = (
    r"\b(?:statement|declaration|communiqu[eé]|fact\s+sheet|readout|memorandum\s+of\s+understanding)\b"
)
# A list item's label before the sentence it heads ("- Lifetime Extension: Two firms signed ...",
# "1. U.S. Crude Oil Purchases: ..."): up to ITEM_LABEL_MAX_WORDS words, none ending a sentence, then a
# colon and a capitalised word. Longer openings are sentences with a colon in them.
ITEM_LABEL_MAX_WORDS: Final = 8
ITEM_LABEL_PATTERN: Final = (
    r"[^\S\n]*(?:[-*•–][^\S\n]*|\(?\d{1,2}[.)][^\S\n]*)?"
    r"(?P<label>[^\s:]+(?:[^\S\n]+[^\s:]+){0," + str(ITEM_LABEL_MAX_WORDS - 1) + r"}):[^\S\n]+(?=[A-Z0-9“\"‘'])"
)
# A label that reports speech is the sentence's own start: "The minister said: We will ...".
REPORTING_LABEL_PATTERN: Final = r"\b(?:said|says|say|told|tells|added|announced|stated|noted|warned|declared)\b"
# A verb right after one of these is used as a noun ("a shared resolve to", "this call for").
NOUN_CONTEXT_WORDS: Final = (
    "a", "an", "the", "this", "that", "these", "its", "their", "his", "her", "our", "your", "shared",
    "recent", "renewed", "firm", "strong", "new", "joint", "repeated",
)
# Phrases of expectation: an "expected" outcome.
# Not "set to": "is set to visit" announces the meeting, not a result of it.
EXPECTED_WORDS: Final = ("expected", "anticipated", "projected", "likely", "poised")
# "is expected to", "are also widely expected to", "was set to".
EXPECTED_PATTERN: Final = (
    r"(?:is|are|was|were)\s+(?:(?:also|widely|now|still|generally)\s+){0,2}"
    rf"(?:{'|'.join(EXPECTED_WORDS)})\s+to\s+(?=[a-z])"
)
# Explicit absence of agreement: a "none" outcome. Whole phrases, matched case-insensitively.
NO_AGREEMENT_PATTERNS: Final = (
    r"no (?:major |concrete |formal |final |new |firm )?(?:agreements?|deals?|breakthroughs?|consensus|"
    r"commitments?)\b[^.;]{0,60}?\b(?:were|was|has been|have been|had been)?\s*"
    r"(?:announced|reached|made|signed|struck|agreed)",
    r"(?:failed|fail|failing) to (?:agree|find|reach|secure|strike|produce|resolve)\b[^.;,]{0,80}",
    r"\b(?:has|have|had) not (?:yet )?(?:been )?(?:agreed|reached|finalised|finalized|signed)"
    r"\b[^.;,]{0,60}",
    r"no consensus\b[^.;,]{0,80}",
    r"little (?:prospect|chance|hope)[\"”’']?\s+(?:of|for)\b[^.;,]{0,80}",
    r"(?:did|do|does) not (?:agree|reach (?:an? )?(?:agreement|deal|consensus))[^.;]{0,80}",
    r"without (?:reaching )?(?:an? )?(?:agreement|deal|breakthrough)",
)

# ---- clause boundaries -----------------------------------------------------------------------
# Where a demanded action ends: punctuation that closes the clause, or a participle that starts a
# justification ("..., arguing that ...").
CLAUSE_END: Final = re.compile(
    r"\s*(?:[;:]|(?<![A-Z]\.[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)\.(?=\s|$|[\"”’'])|,[\"”]|"
    r"\s[—–]\s|,\s*(?:arguing|saying|adding|noting|citing|stressing|while|"
    r"suggesting|signaling|signalling|underscoring|highlighting|reflecting|describing|calling|urging|allowing|"
    r"enabling|giving|providing|granting|opening|paving|"
    r"as|which|who|where|according|amid|despite|in a |after|before|but|although|though|whereas)\b|"
    r"\s+and\s+(?:(?:substantially|also|jointly)\s+)?(?:demand|call|urge|ask|insist|press|warn|signed|concluded|"
    r"launched|agreed|established|announced|pledged|committed|establish|launch|create|convene|expand|resume)\b|"
    r",?\s+(?:arguing|saying|adding|noting|citing|despite|because|although|whereas|amid)\b|"
    r"\s+(?:while|when|as part of|ahead of)\s|\s\((?:\w+\s){0,3}said\))"
)
# A clause longer than this is cut at the next comma: demanded actions are phrases, not paragraphs.
MAX_ACTION_WORDS: Final = 30
# Demanded actions shorter than this are not informative ("to act").
MIN_ACTION_WORDS: Final = 2

# "X should/must/needs to ...": a demand stated as an obligation, subject included in the text.
MODAL_DEMAND_RE: Final = re.compile(
    r"\b(?:(?:instead|also|still)\s+)?(?:should|must|needs to|need to|needed to|has to|have to|had to|ought to)\s+"
    r"(?:also\s+|now\s+|instead\s+)?(?=[a-z])"
)

# ---- list cues ---------------------------------------------------------------------------------
# A cue line ending in ':' decides what the list holds. Checked in order; the first match wins.
LIST_CUES: Final = (
    # (pattern in the cue sentence, kind, status for outcomes)
    (r"\b(?:expected|anticipated|projected|likely) (?:outcomes?|results?|deliverables?)\b", "outcome", "expected"),
    (r"\b(?:outcomes?|results?|deliverables?|achievements?|agreements?|commitments?|agreed?|agrees|commit|"
     r"committed|decided|will take|undertake)\b", "outcome", "agreed"),
    (r"\b(?:will|would|to) (?:focus|centre|center|concentrate) on\b|\bagenda\b|\bareas? of cooperation\b|"
     r"\bmay include\b|\bexpected\b", "outcome", "expected"),
    (r"\b(?:demands?|calls?|requests?|asks?|urg\w*|insist\w*|conditions?|wants?|wishes|wishlist|"
     r"priorities|recommendations?|recommend\w*|proposals?|proposed|measures|steps|should|must|actions? to)\b",
     "demand", None),
)

# List items longer than this are clauses (a declaration's numbered paragraphs, a fact sheet's
# bullet paragraphs), read sentence by sentence like prose instead of taken whole.
LIST_ITEM_MAX_WORDS: Final = 25

# ---- tables -------------------------------------------------------------------------------------
# Header words naming an outcome column, and its status.
TABLE_OUTCOME_HEADERS: Final = (
    (r"\bexpected\b|\banticipated\b|\bprojected\b|\btargets?\b", "expected"),
    (r"\boutcomes?\b|\bresults?\b|\bagreements?\b|\bagreed\b|\bdeliverables?\b|\bcommitments?\b", "agreed"),
)
# Header words naming a demand column ("Canada's Goals", "Demands", "Action Items").
# Goals, objectives and priorities are demands only when the header names whose they are.
TABLE_DEMAND_HEADERS: Final = (
    r"\bgoals?\b|\bdemands?\b|\bobjectives?\b|\baims?\b|\bpriorities\b|\basks?\b|\brequests?\b|"
    r"\bpositions?\b"
)
TABLE_DEMAND_WITHOUT_ACTOR: Final = r"\bdemands?\b|\brequests?\b|\basks?\b"

# ---- importance ----------------------------------------------------------------------------
# How plainly each rule family states its item, for ordering by importance. A list under "Key
# demands include:", a table column, "X urged Y to" or "agreed to" state the item outright; "X should",
# "the need for" or "aims to" are softer, and more often background than the point of the article.
# Each prose family's strength is declared with the family (families.py); lists, tables and the cue-word
# reader's "hoped" (the grammar reader calls it "wanted") are added here.
CUE_STRENGTH: Final = {"list": 1.0, "table": 1.0, "hoped": 0.7, **{f.rule: f.strength for f in FAMILIES}}

# ---- actors -------------------------------------------------------------------------------------
# Actors that are not countries (so not in the country data package), with the names used for them.
ORGANIZATION_ALIASES: Final = {
    "European Union": ("European Union", "EU", "E.U.", "Brussels", "European Commission"),
    "United Nations": ("United Nations", "UN", "U.N."),
    "NATO": ("NATO", "Nato", "North Atlantic Treaty Organization"),
    "G7": ("G7", "Group of Seven", "G-7"),
    "G8": ("G8", "G-8", "Group of Eight"),
    "G20": ("G20", "G-20", "Group of 20", "Group of Twenty"),
    "World Trade Organization": ("World Trade Organization", "World Trade Organisation", "WTO"),
    "International Monetary Fund": ("International Monetary Fund", "IMF"),
    "World Bank": ("World Bank",),
    "ASEAN": ("ASEAN", "Association of Southeast Asian Nations"),
    "Quad": ("Quad", "Quadrilateral Security Dialogue"),
    # Parties by their everyday names: "the Tories" and "Tory leader X" are the Conservatives.
    "Conservatives": ("Conservatives", "Conservative Party", "Tories", "Tory"),
    "Labour": ("Labour Party", "Labour"),
    "Liberal Democrats": ("Liberal Democrats", "Lib Dems", "Lib Dem"),
}
# Short forms of countries that the country data leaves out or spells as codes only.
COUNTRY_EXTRA_ALIASES: Final = {
    "United States": ("U.S.", "US", "U.S.A.", "USA", "America", "Washington", "White House"),
    "United Kingdom": ("U.K.", "UK", "Britain", "Downing Street", "Whitehall"),
    "China": ("PRC", "People's Republic of China", "People’s Republic of China"),
    "Russia": ("Kremlin",),
}
# Where a statement's title turns from its authors to its topic: "G7 Statement on Ukraine".
TITLE_TOPIC_RE: Final = re.compile(r"\s(?:on|about|regarding|concerning)\s")
# The first-person plural subject of a statement: its authors speak.
FIRST_PERSON_PLURAL_RE: Final = re.compile(r"\b(?:[Ww]e|[Oo]ur\s+(?:leaders|governments|countries|nations))\b")
# Phrases that refer back to the parties of a meeting rather than naming one.
COLLECTIVE_REFERENCES: Final = re.compile(
    r"\b(?:both (?:sides|leaders|countries|nations|governments|parties|ministers)|the two (?:sides|leaders|"
    r"countries|nations|governments|parties|ministers)|the parties|the leaders|both)\b",
    re.IGNORECASE,
)
# Titles between a demonym and a person's name: "Chinese Foreign Minister Wang Yi".
PERSON_TITLE_WORDS: Final = (
    r"(?:(?:Prime|Foreign|Finance|Trade|Defen[cs]e|Deputy|Vice|Acting|Former|Senior|Chief|State|Commerce|"
    r"Economy|Interior|Premier|President|Minister|Chancellor|Secretary|Ambassador|Envoy|Representative|"
    r"Spokesperson|Spokesman|Spokeswoman|Leader|General|Commissioner|King|Queen|Emperor|Mr|Mrs|Ms|Dr)\.?[^\S\n]+)"
)


DEMAND_TARGET_RE: Final = re.compile(rf"\b(?:{alternation(DEMAND_VERBS_WITH_TARGET)})\b", re.IGNORECASE)
DEMAND_OBJECT_RE: Final = re.compile(rf"\b(?:{alternation(DEMAND_VERBS_WITH_OBJECT)})\b", re.IGNORECASE)
WARN_RE: Final = re.compile(rf"\b(?:{alternation(WARN_VERBS)})\b", re.IGNORECASE)
HOPE_RE: Final = re.compile(rf"\b(?:{alternation(HOPE_PHRASES)})\b", re.IGNORECASE)
AGREED_RE: Final = re.compile(rf"\b(?:{alternation(AGREED_VERBS)})\b", re.IGNORECASE)
AGREED_OBJECT_RE: Final = re.compile(rf"\b(?:{alternation(AGREED_OBJECT_VERBS)})\b", re.IGNORECASE)
# Verbs that grant something inside a deal: "allowing Egyptian goods free access", "offered China
# access to its reserves". An outcome only where the sentence or the one before speaks of a deal.
GRANT_VERBS: Final = (
    "allow", "allows", "allowed", "allowing", "give", "gives", "giving", "grant", "grants", "granted",
    "granting", "provide", "provides", "providing", "offered", "offering", "enable", "enables", "enabling",
    "invited", "invites", "inviting",
)
# Grant verbs followed by "X to <verb>"; the others take "X <thing>" ("giving firms access to ...").
GRANT_TO_VERBS: Final = frozenset({"allow", "allows", "allowed", "allowing", "enable", "enables", "enabling",
                                   "invited", "invites", "inviting"})
DEAL_NOUNS: Final = (
    "deal", "deals", "agreement", "agreements", "accord", "protocol", "pact", "treaty", "framework", "offer",
    "arrangement", "memorandum", "contract", "contracts",
)

# Verbs that start a further commitment coordinated with a first one: "We will combine our
# capabilities and establish a working group".
COORDINATED_COMMITMENT_VERBS: Final = (
    "establish", "launch", "create", "set up", "convene", "hold", "build", "expand", "strengthen", "develop",
    "promote", "support", "deepen", "continue", "meet", "provide", "ensure", "explore", "pursue", "work",
    "reduce", "eliminate", "remove", "increase", "open", "resume", "implement", "negotiate", "address",
    "reopen", "lift", "lower", "release", "withdraw", "adopt", "allow", "end", "stop", "cease", "refrain", "respect",
    "protect", "restore", "abide", "finalize", "finalise", "sign", "conclude", "prepare", "undertake", "maintain",
    "take", "drop",
)

# "will"/"shall" + verb: a commitment when its subject is a party (checked in prose.py).
# An enumeration marker inside a sentence: "(i)", "(b)", "(2)".
ENUMERATOR: Final = r"\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)"
WILL_RE: Final = re.compile(
    r"\b(?:will|shall)\s+(?:(?:also|further|jointly|each|both|immediately|promptly|now|work to)\s+)*"
    rf"(?:{ENUMERATOR}\s+)?(?=[a-z])"
)
# Intentions of the parties, stated by themselves or reported jointly: an "expected" outcome. "Remain
# ready to" is a statement's formula for an offer; "are ready to" in reporting is mostly mood.
INTENT_RE: Final = re.compile(
    r"\b(?:(?:intends?|intended|aims?|aimed|seeks?|sought|hopes?|hoped|plans?|planned|(?:remain|remains|stand|"
    r"stands)\s+ready)\s+to|continues?\s+to\s+work\s+towards?)\s+(?=[a-z])"
)
# Between two named parties of one subject: "The United States and Thailand will ...".
CONJOINED_GAP_RE: Final = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?", re.IGNORECASE)
# A sentence opening with two proper-noun subjects: "Ukraine and the United States agreed ...".
_PROPER = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
CONJOINED_SUBJECT_RE: Final = re.compile(rf"[\s\-–•*]*(?:The\s+)?{_PROPER}\s+and\s+(?:the\s+)?{_PROPER}\s+[a-z]")
# "X is to <verb>": a scheduled step ("The IMF is to look at ..."), when X is a party.
SCHEDULED_RE: Final = re.compile(r"\s+(?:is|are)\s+(?:also\s+)?to\s+(?=[a-z])")
OBJECTION_RE: Final = re.compile(rf"\b(?:{alternation(OBJECTION_VERBS)}|{CONCERN_PATTERN})\b", re.IGNORECASE)
THAT_DEMAND_RE: Final = re.compile(
    rf"\b(?:{alternation(THAT_CLAUSE_DEMAND_VERBS)})\s+that\s+(?P<who>(?:[\w'’.-]+\s+){{0,5}}?[\w'’.-]+)\s+"
    r"(?:should\s+|must\s+|shall\s+|will\s+|(?:immediately|urgently|fully)\s+)*(?=[a-z])",
    re.IGNORECASE,
)
# "... and establish a group" (a verb, not "... and support for Ukraine", a noun), or the next item
# of an enumeration: "(i) modify ...; and (ii) adopt ...".
COORDINATED_RE: Final = re.compile(
    r"\s+and\s+will\s+(?:also\s+|further\s+)?(?=[a-z])|"
    rf"\s+and\s+(?=(?:{alternation(COORDINATED_COMMITMENT_VERBS)})\b(?!\s+(?:of|for|to|in|on|at|with|from|and|or)\b))|"
    rf"\s*;?\s*(?:and\s+)?{ENUMERATOR}\s+(?=[a-z])"
)
GRANT_RE: Final = re.compile(rf"\b(?:{alternation(GRANT_VERBS)})\b", re.IGNORECASE)
DEAL_CONTEXT_RE: Final = re.compile(rf"\b(?:{alternation(DEAL_NOUNS)})\b", re.IGNORECASE)
# "our Foreign Ministers", "the two Prime Ministers", "both governments": a collective head noun after
# up to two modifiers.
_COLLECTIVE_HEADS = (r"(?:ministers|leaders|officials|experts|teams|governments|countries|nations|sides|parties|"
                     r"delegations|negotiators|presidents|prime\s+ministers|heads\s+of\s+state)")
_COLLECTIVE = rf"(?:(?:our|the\s+two|both)\s+(?:[\w-]+\s+){{0,2}}?{_COLLECTIVE_HEADS})"
COMMITTING_SUBJECT_RE: Final = re.compile(
    rf"\b(?:{alternation(COMMITTING_SUBJECTS)}|{_COLLECTIVE})\b", re.IGNORECASE)

NEED_RE: Final = re.compile(
    rf"\b(?:{alternation(NEED_PHRASES)}|(?:stress|emphasi[sz]|underlin|highlight|underscor|affirm|acknowledg|"
    r"reiterat|not|confirm)e?[ds]?\s+the\s+(?:urgent\s+|pressing\s+|clear\s+)?(?:need|necessity))\b",
    re.IGNORECASE,
)
# "pressure (on X) to abandon ...": a demand whose actor is whoever applies the pressure.
PRESSURE_RE: Final = re.compile(
    r"\bpressure\s+(?:on\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+\s+)?to\s+(?=[a-z])", re.IGNORECASE)
NOT_AN_OBJECT_RE: Final = re.compile(rf"\s+(?:{alternation(NOT_AN_OBJECT)})\b", re.IGNORECASE)
STATEMENT_TITLE_RE: Final = re.compile(STATEMENT_TITLE_PATTERN, re.IGNORECASE)
ITEM_LABEL_RE: Final = re.compile(ITEM_LABEL_PATTERN)
REPORTING_LABEL_RE: Final = re.compile(REPORTING_LABEL_PATTERN, re.IGNORECASE)
JOINT_SUPPORT_RE: Final = re.compile(rf"\b(?:{alternation(JOINT_SUPPORT_VERBS)})\s+(?=the\b|[a-z]+(?:ing|ion|ment)\b)",
                                     re.IGNORECASE)
STATEMENT_VOICE_RE: Final = re.compile(rf"\b(?:{'|'.join(STATEMENT_VOICE_WORDS)})\b")
NOUN_CONTEXT_RE: Final = re.compile(rf"\b(?:{alternation(NOUN_CONTEXT_WORDS)})\s+$", re.IGNORECASE)
AGREED_NOUN_RE: Final = re.compile(rf"\b(?:{alternation(AGREED_NOUNS)})s?\b", re.IGNORECASE)
EXPECTED_RE: Final = re.compile(rf"\b{EXPECTED_PATTERN}", re.IGNORECASE)
# "... has not been agreed", "... have not yet reached": the subject before it says what failed.
PERFECT_NEGATION_RE: Final = re.compile(r"(?:has|have|had) not\b")
NO_AGREEMENT_RE: Final = re.compile("|".join(f"(?:{p})" for p in NO_AGREEMENT_PATTERNS), re.IGNORECASE)
LIST_CUE_RES: Final = tuple((re.compile(p, re.IGNORECASE), kind, status) for p, kind, status in LIST_CUES)
TABLE_OUTCOME_RES: Final = tuple((re.compile(p, re.IGNORECASE), status) for p, status in TABLE_OUTCOME_HEADERS)
TABLE_DEMAND_RE: Final = re.compile(TABLE_DEMAND_HEADERS, re.IGNORECASE)
TABLE_DEMAND_WITHOUT_ACTOR_RE: Final = re.compile(TABLE_DEMAND_WITHOUT_ACTOR, re.IGNORECASE)
PASSIVE_RE: Final = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

# One scan per sentence decides whether any demand or outcome rule can fire there; most sentences of
# an article hold no cue word, and skipping them keeps extraction near 5 ms per 1,000 words.
_DEMAND_TRIGGERS = (*DEMAND_VERBS_WITH_TARGET, *DEMAND_VERBS_WITH_OBJECT, *WARN_VERBS, *HOPE_PHRASES,
                    *OBJECTION_VERBS, *THAT_CLAUSE_DEMAND_VERBS, "should", "must", "need", "needs", "needed", "has to",
                    "have to", "had to", "ought", "importance", "necessity", "pressure", "concern", "want")
_OUTCOME_TRIGGERS = (*AGREED_VERBS, *AGREED_OBJECT_VERBS, *AGREED_NOUNS, *GRANT_VERBS, *JOINT_SUPPORT_VERBS,
                     *EXPECTED_WORDS, "will", "shall", "no", "failed", "fail", "failing", "not", "without", "little",
                     "the need", "the urgent need", "importance", "necessity", "intend", "aim to", "aims to",
                     "aimed to", "seek to", "seeks to", "sought to", "hope to", "hopes to", "hoped to", "plan to",
                     "plans to", "planned to", "ready to", "continue to work", "continues to work", "is to", "are to",
                     "is also to", "are also to")
DEMAND_TRIGGER_RE: Final = re.compile(rf"\b(?:{alternation(_DEMAND_TRIGGERS)})", re.IGNORECASE)
OUTCOME_TRIGGER_RE: Final = re.compile(rf"\b(?:{alternation(_OUTCOME_TRIGGERS)})", re.IGNORECASE)

for _name, _value in list(globals().items()):
    if _name.isupper() and isinstance(_value, tuple | dict | frozenset):
        assert _value, f"rule table {_name} must never be empty"
