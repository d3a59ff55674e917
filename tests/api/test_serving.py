"""Production serving behaviour: request ids in responses and logs, metrics, the in-flight bound,
deadlines, bearer-token auth, CORS and the batch route (JSON and NDJSON)."""

from __future__ import annotations

import io
import json
import logging
import time

import pytest
from conftest import WRITTEN_ARTICLE

from service import Settings, create_app
from service.extensions import IN_FLIGHT_KEY, models_of, settings_of
from service.observability import RequestIdFilter, json_formatter

ARTICLE = WRITTEN_ARTICLE


def app_with(models, **overrides):
    """An app with other settings on already loaded models (the fast fake where MiniLM does not matter)."""
    other = create_app(Settings.from_env({}, load_model_on_start=False, **overrides), models=models)
    other.config["TESTING"] = True
    return other


def test_request_id_is_echoed_generated_or_replaced(fast_client):
    client = fast_client
    given = client.post("/v1/summarize", json={"text": ARTICLE}, headers={"X-Request-ID": "abc-123"})
    assert given.headers["X-Request-ID"] == "abc-123"
    generated = client.get("/livez").headers["X-Request-ID"]
    assert len(generated) == 32 and int(generated, 16) >= 0
    hostile = client.get("/livez", headers={"X-Request-ID": "x" * 500}).headers["X-Request-ID"]
    assert hostile != "x" * 500 and len(hostile) == 32


def test_every_log_line_of_a_request_is_json_with_its_id(fast_client):
    client = fast_client
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(json_formatter())
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("precis.access")
    logger.addHandler(handler)
    try:
        client.post("/v1/summarize", json={"text": ARTICLE}, headers={"X-Request-ID": "req-42"})
    finally:
        logger.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert lines and all(line["request_id"] == "req-42" for line in lines)
    assert lines[-1]["status"] == 200 and lines[-1]["path"] == "/v1/summarize" and lines[-1]["duration_ms"] > 0


def test_metrics_count_requests_by_route_and_status_and_time_stages(fast_client):
    client = fast_client
    client.post("/v1/summarize", json={"text": ARTICLE})
    client.post("/v1/summarize", json={"text": ""})
    text = client.get("/metrics").get_data(as_text=True)
    assert 'precis_requests_total{method="POST",route="/v1/summarize",status="200"}' in text
    assert 'precis_requests_total{method="POST",route="/v1/summarize",status="422"}' in text
    assert 'precis_request_duration_seconds_bucket{le="0.5",route="/v1/summarize",status="200"}' in text
    assert 'precis_stage_duration_seconds_count{stage="summarize"}' in text
    assert "precis_in_flight_requests 0.0" in text


def test_a_busy_worker_answers_503_with_retry_after_at_once(fast_models):
    busy = app_with(fast_models, max_in_flight=1)
    limiter = busy.extensions[IN_FLIGHT_KEY]
    limiter.acquire()  # one request in flight
    try:
        started = time.perf_counter()
        response = busy.test_client().post("/v1/summarize", json={"text": ARTICLE})
        elapsed = time.perf_counter() - started
    finally:
        limiter.release()
    assert response.status_code == 503 and response.headers["Retry-After"] == "1"
    assert response.mimetype == "application/problem+json" and elapsed < 0.5
    assert busy.test_client().post("/v1/summarize", json={"text": ARTICLE}).status_code == 200


def test_a_request_past_its_deadline_is_a_504_problem(fast_models):
    hurried = app_with(fast_models, request_timeout_seconds=0.000001)
    response = hurried.test_client().post("/v1/summarize", json={"text": ARTICLE})
    assert response.status_code == 504 and response.mimetype == "application/problem+json"
    assert "allowed per request" in response.get_json()["detail"]


def test_bearer_tokens_guard_the_api_but_not_the_probes(fast_models):
    guarded = app_with(fast_models, api_tokens=("s3cret", "other"))
    client = guarded.test_client()
    missing = client.post("/v1/summarize", json={"text": ARTICLE})
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.post("/v1/summarize", json={"text": ARTICLE},
                       headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/v1/summarize", json={"text": ARTICLE},
                       headers={"Authorization": "Bearer other"}).status_code == 200
    assert client.get("/livez").status_code == 200 and client.get("/metrics").status_code == 200
    assert "s3cret" not in repr(settings_of(guarded))


def test_cors_is_off_unless_origins_are_configured(fast_models, fast_client):
    client = fast_client
    origin = {"Origin": "https://newsroom.example"}
    assert "Access-Control-Allow-Origin" not in client.post("/v1/summarize", json={"text": ARTICLE},
                                                            headers=origin).headers
    open_app = app_with(fast_models, cors_origins=("https://newsroom.example",))
    response = open_app.test_client().post("/v1/summarize", json={"text": ARTICLE}, headers=origin)
    assert response.headers["Access-Control-Allow-Origin"] == "https://newsroom.example"


def test_batch_gives_one_result_or_problem_per_article_in_order(fast_client):
    client = fast_client
    articles = [{"text": ARTICLE}, {"text": ""}, {"text": ARTICLE, "options": {"max_sentences": 1}}, {"nope": 1}]
    body = client.post("/v1/summarize/batch", json={"articles": articles}).get_json()
    assert [item["index"] for item in body["results"]] == [0, 1, 2, 3]
    assert [item["status"] for item in body["results"]] == [200, 422, 200, 422]
    assert len(body["results"][2]["result"]["summary"]["sentences"]) == 1
    assert "text" in body["results"][1]["problem"]["errors"]
    assert body["results"][3]["problem"]["type"] == "about:blank"


def test_batch_streams_ndjson_when_asked(fast_client):
    client = fast_client
    response = client.post("/v1/summarize/batch", json={"articles": [{"text": ARTICLE}] * 3},
                           headers={"Accept": "application/x-ndjson"})
    assert response.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert [line["index"] for line in lines] == [0, 1, 2] and {line["status"] for line in lines} == {200}


@pytest.mark.parametrize("payload", [{"articles": []}, {"articles": [{"text": "x"}] * 33}, {"articles": "x"}, {}])
def test_bad_batches_are_422_problems(fast_client, payload):
    client = fast_client
    response = client.post("/v1/summarize/batch", json=payload)
    assert response.status_code == 422 and response.mimetype == "application/problem+json"


def test_a_page_without_article_text_logs_no_error(client, caplog):
    # A client's empty page is answered 422; it is no operator's alarm (issue 13, item 3).
    import logging

    with caplog.at_level(logging.DEBUG):
        response = client.post("/v1/summarize", data=b"<html><head><title>x</title></head><body></body></html>",
                               content_type="text/html")
    assert response.status_code == 422
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_the_factory_takes_its_models_from_outside(app):
    # issue 13, item 17: one loaded holder serves a second app without loading again.
    holder = models_of(app)
    other = create_app(Settings.from_env({}, load_model_on_start=False), models=holder)
    assert models_of(other) is holder and holder.ready
    assert other.test_client().post("/v1/summarize", json={"text": ARTICLE}).status_code == 200


def test_models_built_elsewhere_are_served_at_once(fast_models):
    # issue 13, item 17: the factory serves a holder of models it did not load (here the fast fake), ready
    # without loading MiniLM; the fake ranks sentences, so the summary still quotes the article.
    client = app_with(fast_models).test_client()
    assert client.get("/readyz").get_json() == {"status": "ready", "model": "test-hashing-encoder"}
    body = client.post("/v1/summarize", json={"text": ARTICLE}).get_json()
    assert body["summary"]["model"] == "test-hashing-encoder" and body["summary"]["sentences"]
    assert all(s["text"] in ARTICLE for s in body["summary"]["sentences"])
