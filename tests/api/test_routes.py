"""The HTTP contract of POST /v1/summarize, health probes and the problem+json errors."""

from __future__ import annotations

import io
import json

import pytest
from conftest import SEEDS, all_spans

from service import Settings, create_app
from service.extensions import models_of

_SEED_001_PATHS = [p for p in SEEDS if p.name.startswith("001_")]
SEED_001 = _SEED_001_PATHS[0].read_text(encoding="utf-8") if _SEED_001_PATHS else ""
needs_seed = pytest.mark.skipif(not _SEED_001_PATHS, reason="../shared/seeds is not beside this checkout")


@needs_seed
def test_plain_text_seed_returns_whole_contract(client):
    response = client.post("/v1/summarize", data=SEED_001.encode(), content_type="text/plain")
    assert response.status_code == 200
    body = response.get_json()
    assert body["title"] == "China Urges Canada to Break from US Influence During High-Level Visit"
    summary = body["summary"]
    assert summary["method"] == "extractive"
    # The served default ranks sentences with the static distillation of MiniLM (PRECIS_SUMMARY_RANKER).
    assert summary["model"] == "sentence-transformers/all-MiniLM-L6-v2 (model2vec static)"
    assert len(summary["sentences"]) == 3
    assert summary["text"] == " ".join(s["text"] for s in summary["sentences"])
    assert all(0.0 <= s["score"] <= 1.0 for s in summary["sentences"])
    meta = body["meta"]
    assert meta["word_count"] > 300 and meta["sentence_count"] > 15
    assert set(meta["timings_ms"]) == {"normalize", "summarize", "extract"}
    assert {b["reason"] for b in meta["boilerplate"]} >= {"comment form", "stray number"}
    demands = {d["text"]: d for d in body["key_demands"]}
    assert demands["adopt a “more balanced and independent” foreign policy"]["actor"] == "China"
    assert demands["adopt a “more balanced and independent” foreign policy"]["target"] == "Canada"
    assert any(o["status"] == "none" for o in body["outcomes"])
    assert any(o["status"] == "agreed" and "continue dialogue" in o["text"] for o in body["outcomes"])


@needs_seed
def test_every_span_is_exact_in_the_text_sent(client):
    body = client.post("/v1/summarize", json={"text": SEED_001}).get_json()
    spans = all_spans(body)
    assert len(spans) > 10
    for span in spans:
        assert SEED_001[span["start"] : span["end"]] == span["text"]


@needs_seed
@pytest.mark.parametrize("count", [1, 2, 5, 8])
def test_max_sentences_is_honoured_exactly(client, count):
    body = client.post("/v1/summarize", json={"text": SEED_001, "options": {"max_sentences": count}}).get_json()
    assert len(body["summary"]["sentences"]) == count
    starts = [s["start"] for s in body["summary"]["sentences"]]
    assert starts == sorted(starts), "summary sentences keep article order"


@needs_seed
def test_summary_never_quotes_headings_or_junk(client):
    body = client.post("/v1/summarize", json={"text": SEED_001, "options": {"max_sentences": 20}}).get_json()
    quoted = {s["text"] for s in body["summary"]["sentences"]}
    assert "China Urges Canada to Reduce US Influence in Key Talks" not in quoted
    assert not any("Leave a Reply" in q or q == "0" for q in quoted)


def test_short_article_says_why_the_summary_is_shorter(client):
    text = "The council met on Monday to discuss the budget. It agreed to raise fees next year."
    body = client.post("/v1/summarize", json={"text": text, "options": {"max_sentences": 5}}).get_json()
    assert len(body["summary"]["sentences"]) == 2
    assert any("max_sentences=5" in w for w in body["meta"]["warnings"])


def test_html_page_is_extracted_and_spans_point_into_returned_text(client):
    html = (
        "<html><head><title>Site</title></head><body><nav><a href='/'>Home</a> | <a>World</a></nav>"
        "<article><h1>Leaders Meet in Geneva</h1>"
        "<p>The European Union urged Japan to lower tariffs on farm goods during talks on Tuesday.</p>"
        "<p>Both sides agreed to continue negotiations in the spring, officials said.</p>"
        "<p>Trade ministers are expected to publish a joint report within a month.</p></article>"
        "<footer>Cookie settings</footer></body></html>"
    )
    response = client.post("/v1/summarize", data=html.encode(), content_type="text/html; charset=utf-8")
    assert response.status_code == 200
    body = response.get_json()
    extracted = body["text"]
    assert "Cookie settings" not in extracted and "Home" not in extracted
    for span in all_spans({k: v for k, v in body.items() if k != "text"}):
        assert extracted[span["start"] : span["end"]] == span["text"]
    demand = body["key_demands"][0]
    assert (demand["actor"], demand["target"]) == ("European Union", "Japan")
    # The demanded clause's core: the trailing adjunct ("during talks on Tuesday") is no part of it.
    assert demand["text"] == "lower tariffs on farm goods"


@needs_seed
def test_include_document_returns_the_structure(client):
    body = client.post("/v1/summarize", json={"text": SEED_001, "options": {"include": ["document"]}}).get_json()
    kinds = [b["kind"] for b in body["document"]["blocks"]]
    assert kinds[0] == "title" and "boilerplate" in kinds and "heading" in kinds


def test_livez_and_readyz(client):
    assert client.get("/livez").get_json() == {"status": "alive"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.get_json()["status"] == "ready"


def test_readyz_is_503_until_the_model_is_loaded():
    app = create_app(Settings.from_env({}, load_model_on_start=False))
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"]


def test_model_that_fails_its_checksum_never_serves():
    app = create_app(Settings.from_env({}, load_model_on_start=False, embedding_model_sha256="0" * 64))
    models_of(app).start_background_load()
    models_of(app).wait(60)
    client = app.test_client()
    ready = client.get("/readyz")
    assert ready.status_code == 503 and "SHA-256" in ready.get_json()["detail"]
    response = client.post("/v1/summarize", json={"text": "Some text here."})
    assert response.status_code == 503 and response.mimetype == "application/problem+json"


def _problem(response, status):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status and body["title"] and body["type"] == "about:blank"
    assert "Traceback" not in response.get_data(as_text=True)
    return body


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"data": b"{not json", "content_type": "application/json"}, 400),
        ({"data": b"", "content_type": "application/json"}, 400),
        ({"data": b"caf\xe9 \xff", "content_type": "text/plain"}, 400),
        ({"data": b"text", "content_type": "text/plain; charset=no-such-charset"}, 400),
        ({"data": ("[" * 20000 + "]" * 20000).encode(), "content_type": "application/json"}, 400),
        ({"data": b"hello", "content_type": "image/png"}, 415),
        ({"data": b"hello"}, 415),
        ({"json": ["a", "list"]}, 422),
        ({"json": {"text": "   "}}, 422),
        ({"json": {"text": 42}}, 422),
        ({"json": {}}, 422),
        ({"json": {"text": "x", "colour": "red"}}, 422),
        ({"json": {"text": "x", "options": {"max_sentences": 0}}}, 422),
        ({"json": {"text": "x", "options": {"max_sentences": 10**30}}}, 422),
        ({"json": {"text": "x", "options": {"max_sentences": "three"}}}, 422),
        ({"json": {"text": "x", "options": {"include": ["everything"]}}}, 422),
        ({"json": {"text": "x", "options": {"mode": "fast"}}}, 422),
        ({"json": {"text": "x", "format": "pdf"}}, 422),
    ],
)
def test_bad_requests_get_a_problem_with_the_right_status(client, kwargs, status):
    _problem(client.post("/v1/summarize", **kwargs), status)


def test_422_names_each_invalid_field(client):
    body = _problem(client.post("/v1/summarize", json={"text": 5, "options": {"max_sentences": 0, "x": 1}}), 422)
    assert set(body["errors"]) == {"text", "options"}
    assert set(body["errors"]["options"]) == {"max_sentences", "x"}


def test_404_and_405(client):
    _problem(client.get("/v2/nothing"), 404)
    body = _problem(client.get("/v1/summarize"), 405)
    assert "POST" in client.get("/v1/summarize").headers["Allow"]
    assert body["instance"] == "/v1/summarize"


def test_body_over_the_limit_is_413_also_when_chunked():
    app = create_app(Settings.from_env({}, load_model_on_start=False, max_body_bytes=1000))
    client = app.test_client()
    declared = _problem(client.post("/v1/summarize", data=b"x" * 1001, content_type="text/plain"), 413)

    # A chunked body announces no length: the limit must hold while reading the stream.
    response = client.post("/v1/summarize", input_stream=io.BytesIO(b"y" * 5000), content_type="text/plain",
                           headers={"Transfer-Encoding": "chunked"},
                           environ_overrides={"wsgi.input_terminated": True})
    counted = _problem(response, 413)
    assert declared["detail"] == counted["detail"] and "1000 bytes" in counted["detail"]


@needs_seed
def test_json_and_plain_text_give_the_same_analysis(client):
    from_json = client.post("/v1/summarize", json={"text": SEED_001}).get_json()
    from_text = client.post("/v1/summarize", data=SEED_001.encode(), content_type="text/plain").get_json()
    for body in (from_json, from_text):
        body["meta"].pop("timings_ms")
    assert json.dumps(from_json, sort_keys=True) == json.dumps(from_text, sort_keys=True)


def test_long_article_summary_says_what_was_left_out(client):
    text = " ".join(f"Delegates from region {i} met on day {i} to review the harbour plan." for i in range(260))
    # A request with its own limits ranks every quotable sentence, up to 200, and says it stopped there.
    body = client.post("/v1/summarize", json={"text": text, "options": {"max_sentences": 4}}).get_json()
    assert body["meta"]["truncated"] is True
    assert any("first 200 of 260" in w for w in body["meta"]["warnings"])
    assert (body["summary"]["quotable_sentences"], body["summary"]["ranked_sentences"]) == (260, 200)
    # The default ranks its lead by design: no truncation, and the fields say how much was ranked.
    body = client.post("/v1/summarize", json={"text": text}).get_json()
    assert body["meta"]["truncated"] is False and not any("first 200" in w for w in body["meta"]["warnings"])
    assert (body["summary"]["quotable_sentences"], body["summary"]["ranked_sentences"]) == (260, 12)
    assert 1 <= len(body["summary"]["sentences"]) <= 4  # the default length: up to 4 sentences, 95 words
    assert len(body["summary"]["text"].split()) <= 95


def test_html_page_without_an_article_is_422(client):
    html = "<html><head><script>var tracking = 1;</script></head><body><div><img src='x.png'></div></body></html>"
    body = _problem(client.post("/v1/summarize", data=html, content_type="text/html"), 422)
    assert "no article text" in body["detail"]


@pytest.mark.parametrize("content_type", ["text/plain", "text/html", "application/x-www-form-urlencoded"])
def test_a_batch_that_is_not_json_is_a_415_problem(client, content_type):
    body = _problem(client.post("/v1/summarize/batch", data=b"Ghana urged Togo to act.", content_type=content_type),
                    415)
    assert "JSON object" in body["detail"] and "errors" not in body


@pytest.mark.parametrize("options", [{"max_sentences": "1"}, {"max_sentences": 1.5}, {"max_words": 50.9},
                                     {"ratio": "0.1"}, {"max_words": True}, {"ratio": False}],
                         ids=["int-as-string", "fractional-int", "fractional-words", "ratio-as-string",
                              "bool-as-int", "bool-as-ratio"])
def test_options_of_the_wrong_json_type_are_refused_not_coerced(client, options):
    body = _problem(client.post("/v1/summarize", json={"text": "Ghana urged Togo to act.", "options": options}), 422)
    assert set(body["errors"]["options"]) == set(options)


def test_a_key_named_twice_is_refused(client):
    raw = b'{"text": "Ghana urged Togo to reopen the border crossing.", "text": "short"}'
    body = _problem(client.post("/v1/summarize", data=raw, content_type="application/json"), 400)
    assert "'text'" in body["detail"]


def test_offsets_index_a_body_with_a_byte_order_mark_as_sent(client):
    body = "\ufeffLeaders Meet in Geneva\n\nThe European Union urged Japan to lower tariffs on farm goods."
    payload = client.post("/v1/summarize", data=body.encode("utf-8"), content_type="text/plain").get_json()
    assert payload["title"] == "Leaders Meet in Geneva"
    spans = all_spans(payload)
    assert spans
    for span in spans:
        if span.get("start") is not None:
            assert body[span["start"] : span["end"]] == span["text"]


def test_each_stage_reports_its_own_warnings(encoder):
    # issue 13, item 16: the summary's "shorter than asked" lived in the orchestrator; the document
    # came back without its origin and was completed afterwards.
    from service.pipeline import Options, analyze

    text = "Caf\u0065\u0301 owners met.\n\nGhana urged Togo to reopen the border crossing on Monday."
    analysis = analyze(text, encoder, Options(max_sentences=5))
    assert any("max_sentences=5 asked" in w for w in analysis.summary.warnings)
    assert analysis.document.origin is not None  # the NFC view, set by build_document itself
    assert set(analysis.timings_ms) == {"normalize", "summarize", "extract"}


def test_html_subheadings_stay_headings(client):
    # issue 13, item 10: an <h2> was picked as a summary sentence and became the list's actor.
    html = ("<html><body><article><h1>Trade Talks in Geneva</h1><p>The European Union urged Japan to "
            "<b>lower tariffs</b> on farm goods during talks on Tuesday.</p>"
            "<h2>What the developing countries demanded</h2><ul><li>an end to farm subsidies in rich "
            "countries</li><li>cheaper medicines for poor countries</li></ul><p>Both sides agreed to continue "
            "negotiations in the spring, officials said.</p></article></body></html>")
    body = client.post("/v1/summarize", data=html.encode(), content_type="text/html",
                       query_string={}).get_json()
    summary = [s["text"] for s in body["summary"]["sentences"]]
    assert not any("demanded" in s for s in summary)
    assert "**" not in body["text"] and "lower tariffs on farm goods" in body["text"]
    actors = {d["actor"] for d in body["key_demands"]}
    assert "What the developing countries demanded" not in actors
