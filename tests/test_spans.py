"""Offsets are sacred: every span of every response equals the text it claims, for all samples."""

from __future__ import annotations

import pytest
from conftest import DEV_ARTICLES, SEEDS, all_spans

ARTICLES = SEEDS + DEV_ARTICLES


@pytest.mark.skipif(not ARTICLES, reason="../shared is not beside this checkout")
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:40])
def test_span_invariant_on_sample_articles(client, path):
    text = path.read_text(encoding="utf-8")
    body = client.post("/v1/summarize", json={"text": text, "options": {"include": ["document"]}}).get_json()
    spans = all_spans(body)
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    set_aside = [(b["start"], b["end"]) for b in body["document"]["blocks"]
                 if b["kind"] in ("heading", "title", "boilerplate", "metadata")]
    shown = body["summary"]["sentences"] + body["key_demands"] + body["outcomes"]
    for item in shown:
        assert not any(s < item["end"] and item["start"] < e for s, e in set_aside), (
            f"{item['text']!r} overlaps a heading or junk line")
        assert "\n" not in item["text"], "no unit is glued across lines"


def test_span_invariant_on_html_with_entities_and_tables(client):
    html = ("<html><body><article><h1>Ports &amp; Rail Deal</h1><p>Officials in Lisbon said &ldquo;talks "
            "went well&rdquo; and Spain urged Portugal to open the line soon.</p><ul><li>First item "
            "here</li><li>Second item here</li></ul><table><tr><th>Topic</th><th>Expected Outcomes</th></tr>"
            "<tr><td>Rail</td><td>A new line by 2030</td></tr></table></article></body></html>")
    body = client.post("/v1/summarize", data=html, content_type="text/html").get_json()
    extracted = body["text"]
    for span in all_spans({k: v for k, v in body.items() if k != "text"}):
        assert extracted[span["start"] : span["end"]] == span["text"]
    assert any(o["text"] == "A new line by 2030" and o["topic"] == "Rail" for o in body["outcomes"])
