"""Stage 3 rule families, each on sentences written for the test (not copied from the samples)."""

from __future__ import annotations

from service.document import build_document
from service.extract import Source, Status, extract


def run(text):
    doc = build_document(text)
    result = extract(doc)
    return doc, result


def demand_rows(doc, result):
    return [(doc.span_text(d.span), d.actor, d.target, d.source) for d in result.demands]


def outcome_rows(doc, result):
    return [(doc.span_text(o.span), o.status) for o in result.outcomes]


def test_active_demand_with_target_and_clause_cut():
    doc, result = run("Japanese ministers urged Seoul to lift its ban on seafood imports, citing new safety data.")
    assert demand_rows(doc, result) == [("lift its ban on seafood imports", "Japan", "South Korea", Source.SENTENCE)]


def test_called_on_and_capital_resolves_to_country():
    doc, result = run("Berlin called on Warsaw to release the frozen funds before the summit.")
    assert demand_rows(doc, result) == [
        ("release the frozen funds before the summit", "Germany", "Poland", Source.SENTENCE)
    ]


def test_passive_demand_takes_the_subject_as_target():
    doc, result = run("Brazil was urged by Argentina to reopen the border crossing at Foz.")
    assert demand_rows(doc, result) == [("reopen the border crossing at Foz", "Argentina", "Brazil",
                                         Source.SENTENCE)]


def test_warning_against_is_a_demand_to_stop():
    doc, result = run("Mexico warned against new levies on steel shipments.")
    assert demand_rows(doc, result) == [("warned against new levies on steel shipments", "Mexico", None,
                                         Source.SENTENCE)]


def test_hope_that_other_party_will_act():
    doc, result = run("France hopes that Italy will ratify the migration pact this year.")
    assert demand_rows(doc, result) == [("ratify the migration pact this year", "France", "Italy",
                                         Source.SENTENCE)]


def test_person_is_linked_to_country_from_the_article():
    doc, result = run("Indian Trade Minister Asha Rao arrived on Monday. Rao pressed Canberra to cut tariffs on "
                      "lentils.")
    assert demand_rows(doc, result) == [("cut tariffs on lentils", "India", "Australia", Source.SENTENCE)]


def test_agreed_outcome_and_negation():
    doc, result = run("Kenya and Uganda agreed to build a joint rail terminal. Tanzania did not agree to join.")
    assert outcome_rows(doc, result) == [("agreed to build a joint rail terminal", Status.AGREED),
                                         ("did not agree to join", Status.NONE)]
    assert result.outcomes[0].actors == ["Kenya", "Uganda"]


def test_explicit_no_agreement():
    doc, result = run("The ministers met for six hours, but no formal agreement was reached on fishing quotas.")
    assert outcome_rows(doc, result) == [("no formal agreement was reached", Status.NONE)]


def test_expected_outcome():
    doc, result = run("The new corridor is expected to halve freight times between the two cities.")
    assert outcome_rows(doc, result) == [("is expected to halve freight times between the two cities",
                                          Status.EXPECTED)]


def test_collective_reference_resolves_to_the_parties():
    doc, result = run("Chile met Peru in Lima. Chile and Peru discussed water rights. "
                      "Both sides pledged to share river data every month.")
    outcome = result.outcomes[0]
    assert doc.span_text(outcome.span) == "pledged to share river data every month"
    assert sorted(outcome.actors) == ["Chile", "Peru"]


def test_cue_list_gives_demands_with_actor_from_the_cue():
    text = ("Norway and Sweden held talks.\nRequests put forward by Norway include:\n"
            "- Joint patrols in the northern waters.\n- A shared register of fishing boats\n")
    doc, result = run(text)
    assert demand_rows(doc, result) == [
        ("Joint patrols in the northern waters", "Norway", "Sweden", Source.LIST),
        ("A shared register of fishing boats", "Norway", "Sweden", Source.LIST),
    ]


def test_outcome_table_rows_with_topics():
    text = ("Summit Plans\n| Track | Expected Outcomes |\n|---|---|\n| Energy | A shared grid by 2030 |\n"
            "| Health | Joint vaccine stockpiles |\n")
    doc, result = run(text)
    assert [(doc.span_text(o.span), o.status, o.topic, o.source) for o in result.outcomes] == [
        ("A shared grid by 2030", Status.EXPECTED, "Energy", Source.TABLE),
        ("Joint vaccine stockpiles", Status.EXPECTED, "Health", Source.TABLE),
    ]


def test_goal_columns_give_each_cell_its_actor():
    text = "| Area | Spain’s Goals | Portugal’s Goals |\n|---|---|---|\n| Water | Share dams | Fund desalination |\n"
    doc, result = run(text)
    assert [(doc.span_text(d.span), d.actor) for d in result.demands] == [
        ("Share dams", "Spain"), ("Fund desalination", "Portugal"),
    ]


def test_restatement_is_merged_with_both_evidence_spans():
    text = ("Egypt and Jordan agreed to continue dialogue on water. "
            "Officials said the two countries agreed to continue dialogue on water.")
    _doc, result = run(text)
    assert len(result.outcomes) == 1
    assert len(result.outcomes[0].also) == 1


def test_entries_of_one_list_sharing_words_are_not_merged_as_restatements():
    text = ("Talks on Trade\n\nKey terms of the agreement will include:\n\n"
            "- Ghana will reduce the import tariff rate\n"
            "- Ghana will establish a quota for cement at a zero import tariff rate\n")
    doc, result = run(text)
    assert [doc.span_text(o.span) for o in result.outcomes] == [
        "Ghana will reduce the import tariff rate",
        "Ghana will establish a quota for cement at a zero import tariff rate",
    ]


def test_statement_voice_commitments_with_will():
    text = ("We, the ministers of Ghana and Togo, met in Lome. We will open a joint customs post at Aflao. "
            "Ghana will fund the new border road. Our teams will report next year.")
    doc, result = run(text)
    rows = outcome_rows(doc, result)
    assert ("open a joint customs post at Aflao", Status.AGREED) in rows
    assert ("fund the new border road", Status.AGREED) in rows


def test_named_will_is_not_a_commitment_in_reporting():
    doc, result = run("Analysts said Ghana will miss its growth target this year, according to a bank report.")
    assert outcome_rows(doc, result) == []


def test_object_verbs_report_what_was_signed_or_concluded():
    text = "Our ministers signed a fisheries accord and concluded talks on a shared research fund."
    doc, result = run(text)
    assert ("signed a fisheries accord", Status.AGREED) in outcome_rows(doc, result)


def test_participle_without_object_is_not_an_outcome():
    doc, result = run("The treaty between Chile and Peru, signed in 1929, settled the border.")
    assert outcome_rows(doc, result) == []


def test_need_and_concern_and_objection_are_demands():
    text = ("Kenyan Foreign Minister Amina Odhiambo met her Ugandan counterpart. She stressed the need for "
            "regular meetings of border officials. Uganda raised concerns about delays at the Busia crossing. "
            "Kenya opposes any new transit levies.")
    doc, result = run(text)
    rows = [(t, a) for t, a, _, _ in demand_rows(doc, result)]
    assert ("the need for regular meetings of border officials", "Kenya") in rows
    assert ("concerns about delays at the Busia crossing", "Uganda") in rows
    assert ("opposes any new transit levies", "Kenya") in rows


def test_demand_that_clause_and_call_upon():
    text = "We call upon all parties to respect the ceasefire and demand that Sudan release the detainees."
    doc, result = run(text)
    texts = [t for t, *_ in demand_rows(doc, result)]
    assert texts == ["respect the ceasefire", "release the detainees"]


def test_nominal_use_of_a_cue_verb_is_not_a_demand():
    doc, result = run("This call for calm comes after a week of protests in the capital.")
    assert demand_rows(doc, result) == []


def test_subject_phrase_is_the_actor_when_no_country_is_named():
    doc, result = run("Trade unions urged the government to raise the minimum wage.")
    assert demand_rows(doc, result)[0][1] == "Trade unions"


def test_grants_count_inside_a_deal_only():
    doc, result = run("Chile and Peru signed a port deal, allowing Peruvian trucks free access to Arica harbour.")
    assert "Peruvian trucks free access to Arica harbour" in [t for t, _ in outcome_rows(doc, result)]
    doc, result = run("The new rules allow banks to lend more to small firms.")
    assert outcome_rows(doc, result) == []


def test_quoted_no_agreement_phrase():
    doc, result = run('There is "little prospect" of Brazil agreeing to the tariff cut, officials said.')
    assert outcome_rows(doc, result) == [('little prospect" of Brazil agreeing to the tariff cut', Status.NONE)]


def test_coordinated_commitments_are_separate_outcomes():
    text = ("We, the leaders of Fiji and Samoa, met today. We will pool our fisheries data and establish a joint "
            "patrol unit. Our foreign ministers will meet twice a year.")
    doc, result = run(text)
    rows = [t for t, _ in outcome_rows(doc, result)]
    assert "pool our fisheries data" in rows
    assert "establish a joint patrol unit" in rows
    assert "meet twice a year" in rows


def test_pressure_and_need_phrases_are_demands():
    text = ("Vietnam faces pressure to lower its rice export tariffs. "
            "Ministers from Laos noted the urgent need to restore river transport.")
    doc, result = run(text)
    texts = [t for t, *_ in demand_rows(doc, result)]
    assert "lower its rice export tariffs" in texts
    assert "the urgent need to restore river transport" in texts


def test_the_people_of_an_article_are_learnt_once_and_each_reader_has_its_own_index():
    from service.extract.actors import ActorIndex

    document = build_document("Oxfam senior policy adviser Max Lawson spoke. Mr Lawson said the lenders must act.")
    first, second = ActorIndex.of(document), ActorIndex.of(document)
    assert first.people == second.people == ActorIndex.learn(document.text).people
    assert first.people["Lawson"] == "Oxfam"
    first.authors = "Oxfam"  # the extractor sets it for a statement; the annotations must not see it
    assert second.authors is None and first is not second
    assert ActorIndex.of(build_document("Nobody is named here.")).people == {}


def test_role_nouns_are_found_by_their_lowered_form_as_the_pattern_finds_them():
    """The prefilter (a case-sensitive scan of the lowered text) finds every match the case-insensitive
    pattern finds on its own, on the labelled articles."""
    from conftest import SHARED

    from service.extract import actors

    paths = sorted((SHARED / "eval").glob("dev*-articles/*.txt"))
    assert paths or not SHARED.exists()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in actors._role_then_name(text)] == \
            [m.span() for m in actors._ROLE_THEN_NAME.finditer(text)
             if m.group("name").split()[0] not in actors._TITLE_WORDS], path.name
