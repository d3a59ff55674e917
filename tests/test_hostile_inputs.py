"""Hostile inputs answer with a 2xx or a 4xx problem, never a 500, a traceback or a hang."""

from __future__ import annotations

import pytest

HOSTILE = {
    "1 MB on one line": ("text/plain", ("word " * 199_000 + "end.").encode()),
    "200,000 bullets": ("text/plain", ("- x\n" * 200_000).encode()),
    "60,000 bullets that each open a sublist": ("text/plain", ("- Steps to take:\n" * 60_000).encode()),
    "role nouns inside other words 1 MB": ("text/plain", ("The company impact camp lamp " * 40_000).encode()),
    "10,000-row table": ("text/plain", ("| Topic | Expected Outcomes |\n|---|---|\n"
                                        + "| Trade | More trade deals signed |\n" * 10_000).encode()),
    "deeply nested HTML": ("text/html",
                           ("<div>" * 5000 + "<p>Spain urged Chile to act.</p>" + "</div>" * 5000).encode()),
    "only control and bidi characters": ("text/plain", ("\u202e\u202d\u0007\u0001\u200f\u2066" * 20_000).encode()),
    "cue word 50,000 times": ("text/plain", ("urged to " * 50_000).encode()),
    "unclosed quotes": ("text/plain", ("Peru urged Chile to “adopt " * 20_000).encode()),
    "one sentence 20,000 times": ("text/plain", ("Peru urged Chile to adopt a plan. " * 20_000).encode()),
    "invalid UTF-8": ("text/plain", b"abc \xff\xfe def"),
    "NUL bytes": ("text/plain", b"China urged\x00 Canada to act.\x00\x00"),
    "zero-width joiners": ("text/plain", ("China\u200d urged\u200d Canada\u200d to\u200d act. " * 20_000).encode()),
    "JSON nested 10,000 deep": ("application/json", ('{"text": ' + "[" * 10_000 + "]" * 10_000 + "}").encode()),
    "huge numbers in options": ("application/json", b'{"text": "Peru urged Chile to act.", '
                                                     b'"options": {"max_words": 1e308, "ratio": 1e-320}}'),
    "decomposed accents 1 MB": ("text/plain", ("Pe\u0301rou urged Chile\u0301 to act. " * 30_000).encode()),
    "people, roles and bodies 1 MB": ("text/plain", ("Ann Lee Park Chief Executive of The Harbour Trust, Green "
                                                     "Party's health spokeswoman Bo Ray " * 12_000).encode()),
}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_never_fails_the_server(client, name):
    content_type, body = HOSTILE[name]
    response = client.post("/v1/summarize", data=body, content_type=content_type)
    assert response.status_code < 500, response.get_data(as_text=True)[:300]
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"
    else:
        payload = response.get_json()
        if payload["meta"]["truncated"]:
            assert payload["meta"]["warnings"], "a truncation is always explained"
        sent = payload.get("text", body.decode("utf-8", "strict"))
        for item in payload["summary"]["sentences"] + payload["key_demands"] + payload["outcomes"]:
            assert sent[item["start"] : item["end"]] == item["text"]


def _rule_tables() -> dict[str, tuple[str, ...]]:
    """Every word table of the extraction rules, and one of repeated clause-boundary shapes."""
    from service.extract import rules

    tables = {name: value for name, value in vars(rules).items()
              if name.isupper() and isinstance(value, tuple) and value and all(isinstance(v, str) for v in value)}
    tables["SHAPES"] = ("urged to", "will (i)", "(", "“", "and establish", "Mr.", "no agreement", "| a", "- x",
                        "have not been", "the need to", "They", ";", "U.S.", "is to", "as well as")
    return tables


@pytest.mark.timeout(30)
@pytest.mark.parametrize("table", sorted(_rule_tables()))
def test_each_rule_table_repeated_50000_times_is_handled(encoder, table):
    """Catastrophic-backtracking shapes: every cue word of a table, cycled to 50,000 words, as one line
    and as one paragraph per 50 words."""
    from service.pipeline import analyze

    words = _rule_tables()[table]
    cycled = " ".join(words[i % len(words)] for i in range(50_000))
    for text in (cycled, "\n\n".join(cycled[i : i + 400] for i in range(0, len(cycled), 400))):
        analysis = analyze(text, encoder)
        for item in (*analysis.extraction.demands, *analysis.extraction.outcomes):
            assert 0 <= item.span.start < item.span.end <= len(text)


def test_a_text_of_200000_lines_says_which_lines_it_left_unread(client):
    response = client.post("/v1/summarize", data=HOSTILE["200,000 bullets"][1], content_type="text/plain")
    meta = response.get_json()["meta"]
    assert meta["truncated"] is True
    assert any("the 180,000 lines after the first 20,000 were not read" in w for w in meta["warnings"])
