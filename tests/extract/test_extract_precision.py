"""What the grammar reader must not report (issue 11, precision): conditions and open questions,
questions, items that only point back or name nothing, things that "will" do something, denials,
commitments that are asked for, "commit" in the sense of doing wrong, a purpose read as the thing backed.
Each rule on sentences written for the test, in several wordings, beside the wording that still counts.
Run on the real spaCy pipeline."""

from __future__ import annotations

import pytest
from test_extract_grammar import LEAD, _read

from service.document import build_document
from service.extract import extract

STATEMENT = "Joint Statement of Kenya and Uganda\n\n"


@pytest.mark.parametrize("sentence", [
    # a condition or an open question: nothing is decided yet
    "The ministers will decide next week whether to reopen the border crossing.",
    "If the council decides to sell the harbour, the city will keep the quay.",
    "Unless the board agrees to raise wages, the drivers will strike.",
    "The courts will decide who owns the land.",
    "The two unions have yet to agree how the bonus is shared.",
    # a question asks the reader
    "Do the unions want the ferry operator to restore the night sailings?",
    "Will the ministers agree to lower the fuel duty?",
    # "commit" a wrong
    "The lawsuit alleged the retailer committed hundreds of safety violations.",
    "Police say the gang committed three robberies in May.",
    # an agreement only asked for, advised or possible
    "She called on wealthy nations to commit themselves to buying the new vaccines.",
    "Analysts said the two firms could settle the patent dispute out of court.",
    "The mediator said the airline and the pilots should agree a new rota.",
])
def test_nothing_is_agreed(sentence, grammar):
    _, outcomes = _read(sentence, grammar)
    assert outcomes == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ministers decided on Friday to reopen the border crossing.", "reopen the border crossing"),
    ("The two firms have settled the patent dispute out of court.", "the patent dispute"),
    ("The airline and the pilots agreed a new rota.", "a new rota"),
    ("Both countries committed to phasing out coal by 2040.", "phasing out coal by 2040"),
])
def test_the_same_verbs_stated_as_done_still_agree(sentence, expected, grammar):
    _, outcomes = _read(sentence, grammar)
    assert any(expected in text for _, text, _ in outcomes), outcomes


@pytest.mark.parametrize("sentence", [
    "Do the unions want to end the dispute?",
    "Why should nurses accept a pay freeze?",
])
def test_a_question_demands_nothing(sentence, grammar):
    demands, outcomes = _read(sentence, grammar)
    assert demands == [] and outcomes == []


@pytest.mark.parametrize("sentence", [
    "Spain and Portugal agreed to work together.",        # names no thing
    "The pilots urged the airline to think again.",
    "Spain wants Portugal to solve the problem.",         # a generic matter named elsewhere
    "The union urged the council to tackle the issue.",
    "Spain and Portugal pledged to do so.",               # points back
    "The union urged the council to reverse it.",
])
def test_an_item_that_names_nothing_is_dropped(sentence, grammar):
    demands, outcomes = _read(sentence, grammar)
    assert demands == [] and outcomes == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # the same shapes with a thing of their own
    ("The union urged the council to reverse its decision on the depot.", "reverse its decision on the depot"),
    ("Spain wants Portugal to solve the problem of illegal fishing.", "solve the problem of illegal fishing"),
])
def test_an_item_naming_its_thing_stays(sentence, expected, grammar):
    demands, _ = _read(sentence, grammar)
    assert [text for _, text, _, _ in demands] == [expected]


def test_a_long_item_ending_on_a_pronoun_keeps_its_thing(grammar):
    demands, _ = _read("The union urged the council to scrap the parking charge that residents say "
                       "nobody asked for it.", grammar)
    assert demands and demands[0][1].startswith("scrap the parking charge")


@pytest.mark.parametrize("sentence", [
    "The Agreement will boost trade between Kenya and Uganda.",
    "The Kenya-Uganda Sugar Pact will create jobs on both sides of the border.",
])
def test_a_deal_that_will_do_something_commits_nobody(sentence, grammar):
    _, outcomes = _read(STATEMENT + sentence, grammar)
    assert [o for o in outcomes if o[0] == "committed"] == []


def test_a_party_that_will_do_something_in_a_statement_commits_itself(grammar):
    _, outcomes = _read(STATEMENT + "Kenya will lower the levy on Ugandan sugar.", grammar)
    assert ("committed", "lower the levy on Ugandan sugar", "agreed") in [(c, t, s.value) for c, t, s in outcomes]


@pytest.mark.parametrize("sentence", [
    "Kenya has denied that Uganda will close the border.",
    "Uganda denied Kenya will raise the levy on sugar.",
])
def test_what_a_party_denies_it_will_do_is_no_commitment(sentence, grammar):
    _, outcomes = _read(STATEMENT + sentence, grammar)
    assert [o for o in outcomes if o[0] == "committed"] == []


@pytest.mark.parametrize(("sentence", "expected", "not_expected"), [
    ("The two leaders welcomed the resumption of bilateral talks to end the fishing dispute.",
     "the resumption of bilateral talks", "end the fishing dispute"),
    ("Both sides welcomed new investment in the port to double its capacity.",
     "new investment in the port", "double its capacity"),
])
def test_a_purpose_after_what_is_welcomed_is_not_the_thing_welcomed(sentence, expected, not_expected, grammar):
    _, outcomes = _read(sentence, grammar)
    texts = [text for _, text, _ in outcomes]
    assert expected in texts and not any(text.startswith(not_expected) for text in texts)


@pytest.mark.parametrize("sentence", [
    "The two leaders commended the customs officers for their work on the border.",
    "Both sides applauded the women engineers who built the bridge.",
])
def test_praise_is_no_joint_outcome(sentence, grammar):
    _, outcomes = _read(sentence, grammar)
    assert outcomes == []


@pytest.mark.parametrize(("sentence", "demanded"), [
    ("Norway stressed the importance of expanding trade with Chile.", True),
    ("Norway stressed the importance of all countries using their influence.", True),
    ("Norway stressed the importance of information technology.", False),
    ("Norway emphasised the importance of the fishing industry.", False),
])
def test_the_importance_of_an_action_is_asked_of_a_thing_only_valued(sentence, demanded, grammar):
    demands, _ = _read(sentence, grammar)
    assert bool(demands) is demanded


@pytest.mark.parametrize(("sentence", "demanded"), [
    ("Both leaders agreed to meet in May, acknowledging that they must settle the old border dispute.", False),
    ("Mr Tan said they must settle the old border dispute.", True),
])
def test_the_parties_own_duty_is_no_demand(sentence, demanded, grammar):
    demands, _ = _read(sentence, grammar)
    assert bool([d for d in demands if d[0] == "modal"]) is demanded


@pytest.mark.parametrize(("sentence", "expected"), [
    # an aside relative clause is the speaker's comment, not what is asked
    ("Chile has asked the tribunal to review the copper levies, which it says break the treaty.",
     "review the copper levies"),
    ("The union urged the rail operator to restore the night trains, which were cut in March.",
     "restore the night trains"),
    # a negation before a quoted phrase stays, with both quotation marks
    ('The charity called on shoe makers not to simply "walk away" from their suppliers.',
     'not to simply "walk away" from their suppliers'),
    ('The union urged the council to "think again" about the depot.', '"think again" about the depot'),
    # "invited X to ..." asks X
    ("The minister invited foreign firms to bid for the offshore wind licences.",
     "bid for the offshore wind licences"),
])
def test_what_is_asked_is_cut_at_asides_and_keeps_its_quotation_marks(sentence, expected, grammar):
    demands, _ = _read(sentence, grammar)
    assert expected in [text for _, text, _, _ in demands], demands


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peru and Chile have agreed to a framework for a fisheries accord to protect the anchovy stocks.",
     "a framework for a fisheries accord"),
    ("The ministers decided on Friday to reopen the border crossing.", "reopen the border crossing"),
])
def test_what_is_agreed_is_the_thing_not_its_purpose_nor_a_time(sentence, expected, grammar):
    _, outcomes = _read(sentence, grammar)
    texts = [text for _, text, _ in outcomes]
    assert len(texts) == 1 and texts[0].startswith(expected), texts


def test_a_little_prospect_in_quotation_marks_keeps_what_is_unlikely(grammar):
    _, outcomes = _read('There is "slim chance" of Chile agreeing to cut the levy, which angered unions.',
                        grammar)
    assert [(c, t) for c, t, _ in outcomes] == [("not_agreed", '"slim chance" of Chile agreeing to cut the levy')]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The nurses want the hospital to restore the night shifts.", ("restore the night shifts", "nurses")),
    ("The nurses said they want the hospital to restore the night shifts.", ("restore the night shifts", "nurses")),
    ("The union wants the ban to end.", ("the ban to end", "union")),
])
def test_what_is_wanted_of_a_thing_is_asked(sentence, expected, grammar):
    demands, _ = _read(sentence, grammar)
    assert [(text, actor) for _, text, actor, _ in demands] == [expected]


@pytest.mark.parametrize("sentence", [
    "No country wants peace more than Norway.",
    "Spain wants the weather to improve.",
    "Kenya wants to thank Uganda for its help.",
    "We don't want people thinking that the inspectors got away with it.",
    "Spain hopes the weather will improve.",
])
def test_wants_of_nobody_ask_nothing(sentence, grammar):
    demands, _ = _read(sentence, grammar)
    assert demands == []


@pytest.mark.parametrize(("sentence", "actor"), [
    ("Last month the Dental Association said it opposed the plan to close the clinic.",
     "Dental Association"),
    ("The unions said they would insist on a guaranteed minimum wage.", "unions"),
    ("Kenya's President William Ruto said that his government would insist on lower tariffs on tea.", "Kenya"),
])
def test_a_reported_it_they_or_his_government_is_the_reporting_party(sentence, actor, grammar):
    demands, _ = _read(sentence, grammar)
    assert demands and actor in demands[0][2], demands


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The board turned down the takeover bid.", "turned down the takeover bid"),
    ("The union broke off talks with the airline on Friday.", "broke off talks with the airline"),
    ("The pilots walked out of the negotiations.", "walked out of the negotiations"),
    ("The club has cut off talks with the American investor.", "cut off talks with the American investor"),
    ("Talks between the pilots and the airline broke down.", "Talks between the pilots and the airline broke down"),
    ("Negotiations broke down over pensions.", "Negotiations broke down over pensions"),
])
def test_refusals_and_walkouts_are_no_agreement(sentence, expected, grammar):
    _, outcomes = _read(sentence, grammar)
    assert ("not_agreed", expected, "none") in [(c, t, s.value) for c, t, s in outcomes], outcomes


@pytest.mark.parametrize("sentence", [
    "The economy turned down last year.",
    "The window broke on Friday.",
    "The club cut off the water supply to the stand.",
    "The union urged the pilots not to walk out of the talks.",
])
def test_the_same_verbs_about_something_else_are_no_outcome(sentence, grammar):
    _, outcomes = _read(sentence, grammar)
    assert outcomes == []


@pytest.mark.parametrize(("sentence", "expected", "actor"), [
    ("The country's biggest grocer, Kwik-Mart, has agreed to refund $3m to its customers.",
     "refund $3m to its customers", "Kwik-Mart"),
    ("Chile has agreed a plan with its creditors to sell $2bn of bonds.",
     "a plan with its creditors to sell $2bn of bonds", "Chile"),
])
def test_an_agreement_keeps_its_party_named_in_apposition_and_its_object(sentence, expected, actor, grammar):
    doc = build_document(LEAD + sentence)
    result = extract(doc, grammar=grammar)
    assert [(doc.span_text(o.span), o.actors) for o in result.outcomes] == [(expected, [actor])]


def test_a_second_object_after_as_well_as_is_a_further_item(grammar):
    demands, _ = _read("The rail firm wants lighter regulation in exchange for the changes, as well as the removal "
                       "of the franchise penalty.", grammar)
    assert [text for _, text, _, _ in demands] == ["lighter regulation in exchange for the changes",
                                                   "the removal of the franchise penalty"]


@pytest.mark.parametrize("sentence", [
    "The campaigners held a rally before they announced their election plans.",
    "Before signing the fisheries accord, the two leaders toured the harbour.",
    "Since signing the trade pact in 2019, both countries have seen exports grow.",
])
def test_an_outcome_in_the_background_of_the_news_is_none(sentence, grammar):
    _, outcomes = _read(sentence, grammar)
    assert outcomes == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("After two days of talks, the two sides agreed to reopen the border crossing.", "reopen the border crossing"),
    ("The two sides agreed to reopen the border after the talks.", "reopen the border"),
    # "after" often carries the news itself
    ("The union filed the complaint after talks failed to reach a settlement.", "talks failed to reach a settlement"),
])
def test_an_outcome_after_a_background_clause_still_is_one(sentence, expected, grammar):
    _, outcomes = _read(sentence, grammar)
    assert [text for _, text, _ in outcomes] == [expected]


def test_an_offer_a_party_must_make_is_not_granted(grammar):
    _, outcomes = _read("The rail deal was signed in May. The regulator said the operator must offer rivals "
                        "equal access to its depots.", grammar)
    assert [o for o in outcomes if o[0] == "granted"] == []


@pytest.mark.parametrize(("sentence", "expected", "actors"), [
    # "committed" tagged as an adjective after "are"/"remains"
    ("Kenya remains committed to the ceasefire in the north.", "the ceasefire in the north", ["Kenya"]),
    ("Kenya and Uganda are committed to expanding joint patrols on the lake.", "expanding joint patrols on the lake",
     ["Kenya", "Uganda"]),
    # "resolved to" commits; what the subject takes to do it is no actor
    ("Kenya and Uganda resolved to continue to promote trade in farm goods.",
     "continue to promote trade in farm goods", ["Kenya", "Uganda"]),
])
def test_commitments_stated_as_a_state_or_a_resolve(sentence, expected, actors, grammar):
    doc = build_document(LEAD + sentence)
    result = extract(doc, grammar=grammar)
    assert [(doc.span_text(o.span), o.actors) for o in result.outcomes] == [(expected, actors)]


@pytest.mark.parametrize("sentence", [
    # Only "resolved to <act>" is read: with an object, "resolve" was mostly a purpose ("dialogue to resolve
    # misunderstandings") on the seeds, so "resolved the dispute" is left to the other families (a known gap).
    "The two firms resolved the patent dispute.",
    "Police have yet to resolve the case.",
])
def test_resolve_with_an_object_is_no_resolve_to_act(sentence, grammar):
    _, outcomes = _read(sentence, grammar)
    assert [o for o in outcomes if o[0] == "agreed"] == []


def test_the_subject_of_taking_an_opportunity_announces(grammar):
    doc = build_document("Joint Statement of Kenya and Uganda\n\nWe take the occasion to announce a new Lake "
                         "Victoria Fisheries Framework.")
    result = extract(doc, grammar=grammar)
    assert [(doc.span_text(o.span), o.actors) for o in result.outcomes] == [
        ("announce a new Lake Victoria Fisheries Framework", ["Kenya", "Uganda"])]


def test_a_hyphenated_subject_split_by_the_parser_is_one_party(grammar):
    doc = build_document(LEAD + "The co-chairs intend to convene the next ministerial meeting in Nairobi in May.")
    result = extract(doc, grammar=grammar)
    assert [(o.cue, doc.span_text(o.span), o.actors) for o in result.outcomes] == [
        ("intended", "convene the next ministerial meeting in Nairobi in May", ["co-chairs"])]


@pytest.mark.parametrize("sentence", [
    "The new terminal is likely to be the busiest in the region.",
    "Graduates are twice as likely and 10 per cent more likely to move house.",
    "The mayor said officials had failed to make the public aware of the flood risk.",
])
def test_chances_descriptions_and_other_failures_are_no_outcome(sentence, grammar):
    _, outcomes = _read(sentence, grammar)
    assert outcomes == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The embargo is likely to be lifted next year.", ("expected", "The embargo is likely to be lifted")),
    ("The two sides failed to make progress on pensions.",
     ("not_agreed", "The two sides failed to make progress on pensions")),
])
def test_expectations_and_failures_in_talks_still_are(sentence, expected, grammar):
    _, outcomes = _read(sentence, grammar)
    assert expected in [(c, t) for c, t, _ in outcomes]


def test_a_report_quoting_people_who_say_we_is_not_a_statement(grammar):
    # Single quotation marks, as British tabloids print speech: the "we" inside them is the speakers', so
    # the report's own "X will ..." is a forecast, not a party's commitment.
    text = ("Drivers face higher fines\n\nThe ruling was made on Monday. One campaigner said: 'We are furious. "
            "We think we were treated badly and we know we are right.' The parking firms will raise their charges, "
            "he added.")
    doc = build_document(text)
    result = extract(doc, grammar=grammar)
    assert [doc.span_text(o.span) for o in result.outcomes if o.cue == "committed"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # "for" as the marker of the clause, and a second "for" coordinated on the verb
    ("Ghana and Togo called for the rights of fishermen to be respected and for the end of the levy.",
     ["the rights of fishermen to be respected", "the end of the levy"]),
    # an order named as a noun with its holder
    ("The mining firm is refusing to obey a court order to stop work at the quarry.", ["stop work at the quarry"]),
    # an obligation stated under "underscore" / "reaffirm"
    ("Ghana and Togo underscore that the dispute over the lagoon must end.",
     ["the dispute over the lagoon must end"]),
    ("Ghana reaffirmed that all parties must respect the ceasefire.", ["all parties must respect the ceasefire"]),
    # "made clear the need for X to ..."
    ("Mr Mahama made clear the need for Togo to reopen the border posts.",
     ["the need for Togo to reopen the border posts"]),
])
def test_demands_in_further_shapes(sentence, expected, grammar):
    demands, _ = _read(sentence, grammar)
    assert [text for _, text, _, _ in demands] == expected


def test_an_order_without_its_holder_names_no_demand(grammar):
    demands, _ = _read("The order to evacuate the village came late on Friday.", grammar)
    assert demands == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("More stoppages are expected after the holiday at the depot.",
     "More stoppages are expected after the holiday at the depot"),
    ("A ruling is expected next week.", "A ruling is expected next week"),
])
def test_an_awaited_result_is_expected(sentence, expected, grammar):
    _, outcomes = _read(sentence, grammar)
    assert [(c, t) for c, t, _ in outcomes] == [("expected", expected)]


@pytest.mark.parametrize("sentence", ["More rain is expected.", "The minister is expected on Monday.",
                                      "No decision is expected before May."])
def test_an_awaited_thing_that_is_no_result_is_no_outcome(sentence, grammar):
    _, outcomes = _read(sentence, grammar)
    assert outcomes == []


def test_a_deal_commits_the_parties_to_its_terms(grammar):
    _, outcomes = _read("The fishing accord commits the parties to the dispute to withdraw their patrol boats and "
                        "reopen the harbour to small trawlers.", grammar)
    assert [t for _, t, _ in outcomes] == ["withdraw their patrol boats and reopen the harbour to small trawlers"]


def test_a_time_before_the_object_stays_in_the_item(grammar):
    _, outcomes = _read("The leaders affirmed their intent to convene next spring the Lake Victoria Fisheries "
                        "Council.", grammar)
    assert [t for _, t, _ in outcomes] == ["convene next spring the Lake Victoria Fisheries Council"]


def test_a_statement_from_a_named_person_speaks_for_that_person(grammar):
    text = ("Statement from President Amina Diallo on the Fisheries Bill\n\nToday the Senate passed the bill. "
            "I want to thank the senators for their work. I encourage the House to send this bill to my desk "
            "without delay.")
    doc = build_document(text)
    result = extract(doc, grammar=grammar)
    assert [(doc.span_text(d.span), d.actor, d.target) for d in result.demands] == [
        ("send this bill to my desk without delay", "President Amina Diallo", "House")]


def test_it_is_the_body_named_before_the_sentences_the_parse_skipped(grammar):
    # The middle sentence holds no cue and is not parsed; "It" in the third is still the committee, and a
    # count of people ("25 children") is no body it could stand for.
    text = ("The Joint Committee on Prisons published its report on Monday. It said 25 children had died in "
            "custody. It urged the home secretary to hold a public inquiry.")
    doc = build_document(text)
    result = extract(doc, grammar=grammar)
    assert [(doc.span_text(d.span), d.actor) for d in result.demands] == [("hold a public inquiry", "Joint Committee")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kenya wants to strike a deal with Uganda on sugar.", "strike a deal with Uganda on sugar"),
    ("Peru invited Chile to open its market to Peruvian grapes.", "open its market to Peruvian grapes"),
])
def test_wanting_and_inviting_to_act_still_ask(sentence, expected, grammar):
    demands, _ = _read(sentence, grammar)
    assert [text for _, text, _, _ in demands] == [expected]


def test_it_in_what_a_person_reports_is_not_that_person(grammar):
    demands, _ = _read("Ms Okafor said it would insist on a new contract for the cleaners.", grammar)
    assert [(text, actor) for _, text, actor, _ in demands] == [("a new contract for the cleaners", None)]


def test_an_invitation_to_take_part_asks_nothing(grammar):
    demands, _ = _read("Peru invited Chile to take part in the fisheries summit in Lima.", grammar)
    assert demands == []


def test_a_percentage_keeps_its_sign(grammar):
    _, outcomes = _read("Kenya agreed to cut the levy on Ugandan sugar by 10%.", grammar)
    assert [t for _, t, _ in outcomes] == ["cut the levy on Ugandan sugar by 10%"]


def test_a_verb_the_tagger_took_for_a_noun_still_ends_the_item_before_it(grammar):
    # The parser tags "demand" as a noun coordinated with "condemn"; it has a clause of its own.
    demands, _ = _read("We call upon all countries to unequivocally condemn these breaches of international law and "
                       "demand that Norway stop all drilling.", grammar)
    assert [text for _, text, _, _ in demands] == ["unequivocally condemn these breaches of international law",
                                                   "demand that Norway stop all drilling"]


def test_he_is_the_first_person_named_in_the_sentence_before(grammar):
    text = ("Mr Okafor met President Diallo in Abuja on Monday. He urged the ministry to restore funding for "
            "rural clinics.")
    doc = build_document(text)
    result = extract(doc, grammar=grammar)
    assert [(doc.span_text(d.span), d.actor) for d in result.demands] == [
        ("restore funding for rural clinics", "Mr Okafor")]


def test_the_prisoner_is_the_person_named_before(grammar):
    text = "Mr Okafor was jailed for five years on Monday. The prisoner had asked the court to hear his appeal."
    doc = build_document(text)
    result = extract(doc, grammar=grammar)
    assert [(doc.span_text(d.span), d.actor) for d in result.demands] == [("hear his appeal", "Mr Okafor")]


def test_a_bracketed_insertion_is_closed_and_any_decision_is_none_made(grammar):
    _, outcomes = _read('Mr Lee said: "The result of any decision [to lift the fishing ban] should not be an '
                        'increase in catches."', grammar)
    assert outcomes == []
    _, outcomes = _read('Mr Lee said: "The result of the decision [to lift the fishing ban] should not be an '
                        'increase in catches."', grammar)
    assert [text for _, text, _ in outcomes] == ["the decision [to lift the fishing ban]"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A summit of the lake states is set to take place in July.", []),
    ("The embargo on timber is set to be lifted in July.", ["The embargo on timber is set to be lifted in July"]),
])
def test_an_event_set_to_take_place_is_no_outcome(sentence, expected, grammar):
    _, outcomes = _read(sentence, grammar)
    assert [text for _, text, _ in outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a bid, claim or appeal that "was rejected" / "was turned down": refused, by whom the text says
    ("The bid was rejected by the board.", ("The bid was rejected by the board", "none")),
    ("The proposal was turned down by shareholders on Friday.",
     ("The proposal was turned down by shareholders on Friday", "none")),
    ("The union's pay demand was rejected.", ("The union's pay demand was rejected", "none")),
    # what "is anticipated", "is planned", "is scheduled": an awaited result, expected
    ("A deal is anticipated next week.", ("A deal is anticipated next week", "expected")),
    ("Further strikes are planned for next month.", ("Further strikes are planned for next month", "expected")),
    ("A vote is scheduled for Monday.", ("A vote is scheduled for Monday", "expected")),
])
def test_passive_refusals_and_awaited_results(sentence, expected, grammar):
    _, outcomes = _read(sentence, grammar)
    assert [(text, status) for _, text, status in outcomes] == [expected]


@pytest.mark.parametrize("sentence", [
    "The offer could be rejected by the union.",   # only possible
    "The plan was not rejected.",                  # not refused
    "The minister is anticipated on Monday.",      # a person awaited, no outcome
    "More rain is planned.",                       # nothing a dispute or talks give
    "A strike could be planned for May.",          # only possible
    "The union demanded that a vote be scheduled.",  # asked for, not expected
    "His claim that he was at home was rejected by the jury.",  # a finding of fact
])
def test_no_refusal_or_awaited_result(sentence, grammar):
    _, outcomes = _read(sentence, grammar)
    assert outcomes == []
