"""Rule families for statements, readouts and reported speech, each on sentences written for the test."""

from __future__ import annotations

from test_extract import demand_rows, outcome_rows, run

from service.extract import Source, Status


def test_enumerated_commitments_are_separate_outcomes():
    text = ("Joint Statement on Fisheries\n\nNorway will (i) lower the landing fee on Icelandic cod by half; "
            "and (ii) open two northern ports to Icelandic trawlers.")
    doc, result = run(text)
    assert sorted(outcome_rows(doc, result)) == [
        ("lower the landing fee on Icelandic cod by half", Status.AGREED),
        ("open two northern ports to Icelandic trawlers", Status.AGREED),
    ]


def test_coordinated_demanded_actions_are_separate_demands():
    doc, result = run("Kenya urged Uganda to drop the sugar levy and reopen the Busia crossing to lorries.")
    assert demand_rows(doc, result) == [
        ("drop the sugar levy", "Kenya", "Uganda", Source.SENTENCE),
        ("reopen the Busia crossing to lorries", "Kenya", "Uganda", Source.SENTENCE),
    ]


def test_a_noun_after_and_does_not_split_the_action():
    doc, result = run("Kenya urged Uganda to expand training and support for border officials.")
    assert [row[0] for row in demand_rows(doc, result)] == ["expand training and support for border officials"]


def test_what_the_parties_back_together_is_an_outcome_not_a_demand():
    text = ("The two presidents met in Lima. The two leaders encouraged the expansion of student exchanges. "
            "The leaders affirmed the need to curb illegal mining in the Amazon basin.")
    doc, result = run(text)
    assert demand_rows(doc, result) == []
    assert outcome_rows(doc, result) == [
        ("encouraged the expansion of student exchanges", Status.AGREED),
        ("the need to curb illegal mining in the Amazon basin", Status.AGREED),
    ]


def test_one_party_stressing_a_need_is_still_a_demand():
    doc, result = run("Peru stressed the need to curb illegal mining along the shared border.")
    assert [(row[0], row[1]) for row in demand_rows(doc, result)] == [
        ("the need to curb illegal mining along the shared border", "Peru")]


def test_they_after_the_parties_commits_the_parties():
    text = ("Chile and Argentina agreed to extend the gas pipeline talks. "
            "They will also hold a ministerial review in March.")
    doc, result = run(text)
    assert ("hold a ministerial review in March", Status.AGREED) in outcome_rows(doc, result)


def test_they_without_parties_before_commits_no_one():
    doc, result = run("Fishing crews gathered at the port. They will return to sea on Monday.")
    assert outcome_rows(doc, result) == []


def test_two_named_parties_will_is_a_commitment_even_in_reporting():
    doc, result = run("Reporters were told that Chile and Bolivia will reopen the Charaña rail link next year.")
    assert outcome_rows(doc, result) == [("reopen the Charaña rail link next year", Status.AGREED)]


def test_statement_title_makes_named_will_a_commitment_and_and_will_follows_the_subject():
    text = ("Fact Sheet: Kenya-Ethiopia Power Deal\n\n"
            "Kenya recognizes the investment made by Ethiopia and will buy 400 megawatts of hydropower a year.")
    doc, result = run(text)
    assert outcome_rows(doc, result) == [("buy 400 megawatts of hydropower a year", Status.AGREED)]


def test_intentions_and_scheduled_steps_are_expected_outcomes():
    text = ("Both sides hope to reach a settlement on water rights by June. "
            "The IMF is to review the loan terms at its spring meeting.")
    doc, result = run(text)
    assert outcome_rows(doc, result) == [
        ("reach a settlement on water rights by June", Status.EXPECTED),
        ("review the loan terms at its spring meeting", Status.EXPECTED),
    ]


def test_an_aim_that_is_not_a_party_schedules_nothing():
    doc, result = run("The aim is to finish the bridge by 2030.")
    assert outcome_rows(doc, result) == []


def test_not_agreed_keeps_what_was_not_agreed():
    doc, result = run("But Danish plans for a joint wind fund to help coastal towns have not been agreed.")
    assert outcome_rows(doc, result) == [
        ("Danish plans for a joint wind fund to help coastal towns have not been agreed", Status.NONE)]


def test_we_of_a_statement_is_its_authors_and_condemning_is_a_demand():
    text = ("ASEAN Statement on Shipping Lanes\n\n"
            "We condemn the seizure of cargo vessels in the strait. "
            "We call on all coastal states to respect freedom of navigation.")
    doc, result = run(text)
    assert sorted((row[0], row[1]) for row in demand_rows(doc, result)) == [
        ("condemn the seizure of cargo vessels in the strait", "ASEAN"),
        ("respect freedom of navigation", "ASEAN"),
    ]


def test_quoted_we_does_not_make_a_report_a_statement():
    text = ('"We will fight this in court," a Ghana official said. "We are ready," he added. '
            "Ghana will appeal the ruling next week, officials said.")
    doc, result = run(text)
    assert ("appeal the ruling next week", Status.AGREED) not in outcome_rows(doc, result)


def test_concerns_with_modifiers_and_reported_modal_subjects():
    text = ("Mexico raised continued concerns about steel dumping by third countries. "
            "Canada reacted by saying Washington instead needed to cut its own subsidies.")
    doc, result = run(text)
    texts = [row[0] for row in demand_rows(doc, result)]
    assert "concerns about steel dumping by third countries" in texts
    assert "Washington instead needed to cut its own subsidies" in texts


def test_wants_takes_a_noun_phrase_target_or_the_partys_own_aim():
    text = ("Norway wants the richer nations to fund the climate adaptation facility. "
            "Sweden wants to press ahead with talks on a carbon border tax.")
    doc, result = run(text)
    assert [(row[0], row[1]) for row in demand_rows(doc, result)] == [
        ("fund the climate adaptation facility", "Norway"),
        ("press ahead with talks on a carbon border tax", "Sweden"),
    ]


def test_a_thing_provided_on_request_is_demanded_not_granted():
    doc, result = run("Under the deal, Ghana called on donors to provide grain storage for northern farmers.")
    assert outcome_rows(doc, result) == []
    assert [row[0] for row in demand_rows(doc, result)] == ["provide grain storage for northern farmers"]
