"""Abstractive summaries end to end with tiny random-weight BART and T5 models built here from a config:
windows and extract-then-abstract, length limits, the CTranslate2 conversion, alignment and warnings."""

from __future__ import annotations

import pytest
from conftest import WRITTEN_ARTICLE
from tiny_models import TINY_WINDOW, build

from service import Settings, create_app
from service.convert import converted, folder_fingerprint
from service.document import build_document
from service.extensions import models_of
from service.pipeline import AbstractiveUnavailable, Options, analyze
from service.summarize.abstractive import AbstractiveSummarizer
from service.summarize.extractive import rank_sentences
from service.summarize.faithfulness import unsupported_facts

ARTICLE = WRITTEN_ARTICLE


@pytest.fixture(scope="session")
def model_dirs(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    return {kind: build(kind, root / kind, ARTICLE) for kind in ("bart", "t5")}


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("ct2-cache")


@pytest.fixture(scope="session")
def summarizers(model_dirs, cache_dir):
    return {(kind, backend): AbstractiveSummarizer(str(folder), backend=backend, cache_dir=cache_dir)
            for kind, folder in model_dirs.items() for backend in ("transformers", "ctranslate2")}


@pytest.mark.parametrize("kind", ["bart", "t5"])
@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_long_article_is_extracted_then_abstracted_and_says_so(summarizers, encoder, kind, backend):
    summarizer = summarizers[(kind, backend)]
    assert summarizer.window == TINY_WINDOW
    doc = build_document(ARTICLE)
    model_input, warnings, truncated = summarizer.preprocess(doc, rank_sentences(doc, encoder))
    assert truncated and summarizer.count_tokens(model_input) <= TINY_WINDOW
    assert "extract, then abstract" in warnings[0]
    analysis = analyze(ARTICLE, encoder, Options(method="abstractive"), abstractive=summarizer)
    summary = analysis.summary
    assert summary.method == "abstractive" and analysis.truncated
    assert summary.text and summary.text == " ".join(s.text for s in summary.sentences)
    assert any("extract, then abstract" in w for w in analysis.warnings)


def test_t5_reads_its_task_prefix_and_bart_none(summarizers):
    assert summarizers[("t5", "transformers")].prefix == "summarize: "
    assert summarizers[("bart", "transformers")].prefix == ""


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_length_limits_hold_for_generated_text(summarizers, encoder, backend):
    summarizer = summarizers[("bart", backend)]
    few_words = analyze(ARTICLE, encoder, Options(method="abstractive", max_words=6), abstractive=summarizer)
    assert 1 <= len(few_words.summary.text.split()) <= 6
    one = analyze(ARTICLE, encoder, Options(method="abstractive", max_sentences=1), abstractive=summarizer)
    assert len(one.summary.sentences) == 1


def test_every_generated_sentence_is_aligned_to_exact_source_spans(summarizers, encoder):
    analysis = analyze(ARTICLE, encoder, Options(method="abstractive"), abstractive=summarizers[("t5", "ctranslate2")])
    for sentence in analysis.summary.sentences:
        assert sentence.span is None and 1 <= len(sentence.support) <= 2
        similarities = [s.similarity for s in sentence.support]
        assert similarities == sorted(similarities, reverse=True) and all(-1.0 <= x <= 1.0 for x in similarities)
        for support in sentence.support:
            assert analysis.document.span_text(support.span)
        assert sentence.score == similarities[0]


def test_conversion_is_made_once_and_reused(model_dirs, cache_dir):
    folder = model_dirs["bart"]
    first = converted(folder, folder_fingerprint(folder), "int8", cache_dir)
    stamp = (first / "model.bin").stat().st_mtime_ns
    again = converted(folder, folder_fingerprint(folder), "int8", cache_dir)
    assert again == first and (again / "model.bin").stat().st_mtime_ns == stamp


def test_facts_the_source_never_states_are_flagged():
    source = "Kenya will buy 1,200 tonnes of Ugandan sugar, a 15% rise, Trade Minister Odhiambo said on 3 May."
    summary = ["Kenya will buy 1200 tonnes of sugar, up 15%.", "Minister Wanjiku said 40 ships arrive in June."]
    assert unsupported_facts(summary, source) == ["Wanjiku", "40", "June"]


def test_abstractive_without_a_model_is_refused(client, encoder):
    with pytest.raises(AbstractiveUnavailable):
        analyze(ARTICLE, encoder, Options(method="abstractive"))
    response = client.post("/v1/summarize", json={"text": ARTICLE, "options": {"method": "abstractive"}})
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    assert "PRECIS_ABSTRACTIVE_MODEL" in response.get_json()["detail"]
    auto = client.post("/v1/summarize", json={"text": ARTICLE, "options": {"method": "auto"}}).get_json()
    assert auto["summary"]["method"] == "extractive"


def test_a_configured_model_serves_abstractive_summaries_over_http(model_dirs, cache_dir):
    app = create_app(Settings.from_env({}, load_model_on_start=False, abstractive_model=str(model_dirs["bart"]),
                                       cache_dir=str(cache_dir)))
    models_of(app).load()
    body = app.test_client().post("/v1/summarize", json={"text": ARTICLE, "options": {"method": "auto"}}).get_json()
    summary = body["summary"]
    assert summary["method"] == "abstractive" and summary["model"] == str(model_dirs["bart"])
    assert body["meta"]["truncated"] is True
    for sentence in summary["sentences"]:
        assert sentence["start"] is None and sentence["end"] is None
        for support in sentence["support"]:
            assert ARTICLE[support["start"] : support["end"]] == support["text"]
