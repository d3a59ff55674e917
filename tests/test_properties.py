"""Property tests on the whole analysis (normalize, summarize, extract) with the real model: on
article-shaped text built from cue phrases, lists, tables, junk and odd Unicode, it never raises,
every span is exact in the input, and the same input always gives the same output."""

from __future__ import annotations

from conftest import all_spans
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.api.present import analysis_to_dict
from service.pipeline import Options, analyze

FRAGMENTS = [
    "China urged Canada to drop its tariffs", "Ottawa was pressed by Beijing to", "Both sides agreed to",
    "The United States will (i) lower duties; and (ii) open ports", "no agreement was reached",
    "is expected to", "We call on all parties to", "Key demands reiterated by China include:",
    "| Key Topics | Expected Outcomes |", "|---|---|", "| Trade | More exports |", "- Expand exports",
    "Skip to content", "Leave a Reply", "0", "date 2024-01-12", "Trade Talks Resume", "“unclosed quote",
    "urged to urged to", "Mr. U.S. Dr.", "e\u0301", "\u200d", "\u202e", "\u0007", "한국", "😀", "...", ";", ":",
    "they will", "It said", "(", ")", "Prime Minister Mark Carney", "Chinese Premier Li Qiang",
]
SEPARATORS = [" ", " ", ". ", ", ", "\n", "\n\n", "\t"]
articles = st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), min_size=1, max_size=60).map(
    lambda parts: "".join(fragment + separator for fragment, separator in parts))


def _stable(body: dict) -> dict:
    body["meta"].pop("timings_ms")
    return body


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(text=articles, max_words=st.one_of(st.none(), st.integers(min_value=1, max_value=120)))
def test_analysis_never_raises_keeps_spans_exact_and_is_deterministic(encoder, text, max_words):
    options = Options(max_words=max_words, include_document=True)
    try:
        first = analysis_to_dict(analyze(text, encoder, options))
    except ValueError as exc:  # only the documented refusal: nothing to analyse
        assert "no article text" in str(exc) or not text.strip()
        return
    for span in all_spans(first):
        assert text[span["start"] : span["end"]] == span["text"]
    if max_words is not None:
        assert len(first["summary"]["text"].split()) <= max_words
    assert _stable(first) == _stable(analysis_to_dict(analyze(text, encoder, options)))
