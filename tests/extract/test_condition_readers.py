"""Demands stated without a verb of asking (``condition_readers.py``): conditions a party sets ("will not
... until / unless", "only if / only once") and "it is time to ..."; with the asking forms the parser splits
oddly ("called on" as a particle, "urged a cap", "demanded the chairman quit"). Sentences written for the
test, on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from service.document import build_document
from service.extract import extract
from service.extract.actors import ActorIndex

LEAD = "The meeting took place on Monday. "


def _demands(text, grammar, title=""):
    doc = build_document(title + LEAD + text)
    return [(d.cue, doc.span_text(d.span), d.actor) for d in extract(doc, grammar=grammar).demands]


CONDITIONS = [
    ("unless-reported", "The club's chairman Jo Bloggs said talks would not resume unless Tom Reyes came up with "
     "firm proposals.", ("condition", "Tom Reyes came up with firm proposals", "Jo Bloggs")),
    ("until-negated", "Ana Ruiz said the fund would not release further loans to Utopia until its government "
     "implemented the promised reforms.",
     ("condition", "its government implemented the promised reforms", "Ana Ruiz")),
    ("only-once", "Ana Ruiz has said Utopia would receive fresh loans only once its creditors approve the plan.",
     ("condition", "its creditors approve the plan", "Ana Ruiz")),
    ("only-if-present", "The union says staff will only return to work if the company withdraws its pay offer.",
     ("condition", "the company withdraws its pay offer", "union")),
    ("only-if-a-state", "Tom Reyes said the pact can only be sustained if the parties are straightforward about "
     "their plans.", ("condition", "the parties are straightforward about their plans", "Tom Reyes")),
    ("only-if-passive-main", "The campaign group met. It added that it can only be stopped if the government "
     "reverses its plan to merge the regiments.",
     ("condition", "the government reverses its plan to merge the regiments", "campaign group")),
]


@pytest.mark.parametrize(("sentence", "expected"), [pytest.param(s, e, id=i) for i, s, e in CONDITIONS])
def test_a_condition_set_by_a_party_is_its_demand(sentence, expected, grammar):
    assert expected in _demands(sentence, grammar)


NOT_CONDITIONS = [
    ("generic-you", "You don't get to the top unless you have a streak of determination, Jo Bloggs said."),
    ("own-condition", "Ana Ruiz said she would not make any tax pledges until the manifesto had been published."),
    ("no-act", "Tom Reyes warned pensions would need changes unless the nation sees higher productivity."),
    ("narrated-until", "The guests stayed in the hall until the police arrived."),
    ("plain-if", "Tom Reyes said the firm would hire more staff if sales rose."),
]


@pytest.mark.parametrize("sentence", [pytest.param(s, id=i) for i, s in NOT_CONDITIONS])
def test_no_condition_demand_without_another_party_asked(sentence, grammar):
    assert [d for d in _demands(sentence, grammar) if d[0] == "condition"] == []


TIME_TO = [
    ("it-is-time-statement", "It is time to release the prisoners, open the crossings, and implement this "
     "agreement.",
     [("time_to", "release the prisoners"), ("time_to", "open the crossings"),
      ("time_to", "implement this agreement")]),
    ("reported-time-has-come", "The time has come for this parliament to improve public health, Ana Ruiz "
     "declared.", [("time_to", "improve public health")]),
    ("quoted-for-noun", "Ana Ruiz said: \"The time has come for a ban on smoking in bars.\"",
     [("time_to", "a ban on smoking in bars")]),
    ("reported-it-was-time", "Tom Reyes said it was time for the Senate to act on the border.",
     [("time_to", "act on the border")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(s, e, id=i) for i, s, e in TIME_TO])
def test_what_is_said_to_be_due_now_is_a_demand(text, expected, grammar):
    title = "Joint Statement of Egypt and Jordan\n\n"  # a statement's own voice, or a speaker's words
    found = [(cue, item) for cue, item, _ in _demands(text, grammar, title)]
    assert all(pair in found for pair in expected), found


def test_a_time_to_demand_names_the_speaker_not_the_body_after_for(grammar):
    # "Tom Reyes said it was time for the Senate" ties Tom Reyes to no Senate: "said it was time" is no role.
    assert ("time_to", "act on the border", "Tom Reyes") in _demands(
        "Tom Reyes said it was time for the Senate to act on the border.", grammar)
    assert "Tom Reyes" not in ActorIndex.learn(LEAD + "Tom Reyes said it was time for the Senate to act.").people


NOT_TIME_TO = [
    ("narrated", "It was time to go home, and the crowd left."),
    ("best-time-own-plan", "\"This quarter is the best time for us to raise prices,\" said Ana Ruiz."),
    ("not-time", "Tom Reyes said it was not time to lift the sanctions."),
    ("at-the-time", "At the time, Ana Ruiz said the plan was sound."),
]


@pytest.mark.parametrize("text", [pytest.param(s, id=i) for i, s in NOT_TIME_TO])
def test_no_time_to_demand_where_nothing_is_asked(text, grammar):
    assert [d for d in _demands(text, grammar) if d[0] == "time_to"] == []


ASKING_SPLIT_BY_THE_PARSER = [
    ("called-on-particle", "Tom Reyes spoke first. He called on industrialised nations to commit themselves to "
     "buying the first vaccines.", ("asked", "commit themselves to buying the first vaccines", "Tom Reyes")),
    ("urged-a-thing", "Ana Ruiz urged a limit on the number of agencies any department could set up.",
     ("asked", "a limit on the number of agencies any department could set up", "Ana Ruiz")),
    ("urged-a-thing-perfect", "The dockers' union has urged a freeze on port charges.",
     ("asked", "a freeze on port charges", "dockers' union")),
    ("demanded-bare-clause", "The shareholders demanded the chairman quit.",
     ("demanded_that", "the chairman quit", "shareholders")),
]


@pytest.mark.parametrize(("sentence", "expected"), [pytest.param(s, e, id=i)
                                                    for i, s, e in ASKING_SPLIT_BY_THE_PARSER])
def test_asking_forms_the_parser_splits_oddly(sentence, expected, grammar):
    assert expected in _demands(sentence, grammar)


def test_urging_a_party_without_an_action_asks_nothing(grammar):
    assert [d for d in _demands("Ana Ruiz urged Congress after the vote.", grammar) if d[0] == "asked"] == []


def test_a_past_tense_clause_after_demanded_reports_a_fact(grammar):
    # "demanded" then a plain past verb with its own ending states what happened, not what is asked.
    assert [d for d in _demands("The shareholders demanded the chairman resigned.", grammar)
            if d[0] == "demanded_that"] == []


SIDES_TAKEN = [
    ("argued-for", "Tom Reyes also argued for a grand coalition of the three main parties.",
     ("called_for", "a grand coalition of the three main parties", "Tom Reyes")),
    ("in-favour-of-clause", "Ana Ruiz said: \"I would certainly be in favour of Mr Costa being recalled to "
     "explain himself.\"", ("called_for", "Mr Costa being recalled to explain himself", "Ana Ruiz")),
    ("in-favor-of-thing", "Tom Reyes said he was in favor of floating exchange rates.",
     ("called_for", "floating exchange rates", "Tom Reyes")),
]


@pytest.mark.parametrize(("sentence", "expected"), [pytest.param(s, e, id=i) for i, s, e in SIDES_TAKEN])
def test_arguing_for_or_being_in_favour_of_something_calls_for_it(sentence, expected, grammar):
    assert expected in _demands(sentence, grammar)


def test_a_vote_in_favour_is_no_demand(grammar):
    assert _demands("Ana Ruiz and Tom Reyes voted in favour of the budget bill.", grammar) == []
    assert _demands("Ana Ruiz argued that the plan was flawed.", grammar) == []
