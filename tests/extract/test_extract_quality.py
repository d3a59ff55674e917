"""The list as a whole: restatements merged with the real MiniLM model, items ordered by importance."""

from __future__ import annotations

from service.document import build_document
from service.extract import Source, extract

RESTATED = (
    "Mexico urged China to stop the export of fentanyl precursors.\n\n"
    "Officials met for two days in Geneva and discussed port inspections.\n\n"
    "Mexico also pressed China to halt shipments of chemicals used to make fentanyl."
)


def test_a_restatement_in_other_words_is_merged_with_the_embedding_model(encoder):
    doc = build_document(RESTATED)
    without_model = extract(doc)
    assert len(without_model.demands) == 2  # no shared wording: the word-overlap pass keeps both

    merged = extract(build_document(RESTATED), encoder)
    assert len(merged.demands) == 1
    demand = merged.demands[0]
    assert (demand.actor, demand.target) == ("Mexico", "China")
    evidence = sorted(doc.span_text(span) for span in (demand.evidence, *demand.also))
    assert evidence == ["Mexico also pressed China to halt shipments of chemicals used to make fentanyl.",
                        "Mexico urged China to stop the export of fentanyl precursors."]


def test_the_served_default_merges_with_minilm_while_the_static_model_ranks_the_summary(app, client):
    """The static distillation misses this paraphrase (no shared words), so the served default keeps
    MiniLM for merging and gives the static model only the summary's ranking."""
    from service.extensions import models_of

    models = models_of(app)
    assert models.ranker is not models.encoder and models.ranker.precision == "static"
    assert models.encoder.precision == "int8"
    static_only = extract(build_document(RESTATED), models.ranker)
    assert len(static_only.demands) == 2  # what merging with the static vectors would have served
    body = client.post("/v1/summarize", json={"text": RESTATED}).get_json()
    assert len(body["key_demands"]) == 1 and "model2vec static" in body["summary"]["model"]


def test_similar_items_of_one_list_are_never_merged(encoder):
    text = ("Key demands reiterated by Kenya include:\n"
            "- Reduce tariffs on Kenyan tea\n"
            "- Reduce tariffs on Kenyan coffee\n")
    result = extract(build_document(text), encoder)
    assert sorted(build_document(text).span_text(d.span) for d in result.demands) == [
        "Reduce tariffs on Kenyan coffee", "Reduce tariffs on Kenyan tea"]


def test_distinct_demands_of_different_paragraphs_stay_apart(encoder):
    text = ("Chile urged Peru to reopen the border crossing at Tacna.\n\n"
            "Chile also urged Peru to share seismic monitoring data with its scientists.")
    assert len(extract(build_document(text), encoder).demands) == 2


def test_items_are_ordered_by_importance():
    text = ("Ministers met in Accra on Monday to discuss trade and fisheries across the region.\n\n"
            "Ghana should also review its port fees, one analyst said.\n\n"
            "Key demands reiterated by Togo include:\n"
            "- Lower transit fees for Togolese lorries\n\n"
            "Later in the day the ministers toured the harbour and met local traders in the market.")
    doc = build_document(text)
    result = extract(doc)
    importances = [d.importance for d in result.demands]
    assert importances == sorted(importances, reverse=True)
    assert all(0.0 <= value <= 1.0 for value in importances)
    # The list under a demand cue outranks an earlier "should" that may be mere opinion.
    assert result.demands[0].source is Source.LIST
    assert result.demands[0].cue == "list" and result.demands[-1].cue == "modal"


def test_a_restated_item_ranks_above_the_same_item_said_once():
    once = "Peru urged Chile to cut fishing quotas in the south.\n\n" + "The talks ended late.\n\n" * 3
    twice = once + "Peru again urged Chile to cut fishing quotas in the south."
    single = extract(build_document(once)).demands[0]
    repeated = extract(build_document(twice)).demands[0]
    assert len(repeated.also) == 1
    assert repeated.importance > single.importance
