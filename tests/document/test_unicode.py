"""Unicode: the analysis reads NFC while every offset stays exact in the input as sent; control and
bidi-override characters never reach the output."""

from __future__ import annotations

import unicodedata

from conftest import all_spans
from hypothesis import given, settings
from hypothesis import strategies as st

from service.document.model import Span
from service.document.nfc import nfc_view

DECOMPOSED = unicodedata.normalize("NFD", (
    "Société Générale Talks\n\n"
    "Mexico urged Perú to adopt the café workers' plan before the Zürich summit. "
    "Both sides agreed to resume the São Paulo dialogue next month. 한국 officials welcomed it."))


def test_decomposed_input_is_analysed_as_nfc_with_offsets_into_the_input(client):
    assert not unicodedata.is_normalized("NFC", DECOMPOSED)
    body = client.post("/v1/summarize", json={"text": DECOMPOSED}).get_json()
    composed = client.post("/v1/summarize", json={"text": unicodedata.normalize("NFC", DECOMPOSED)}).get_json()
    for span in all_spans(body):
        if span["start"] is not None:
            assert DECOMPOSED[span["start"] : span["end"]] == span["text"]
    # The same findings as for the composed text, in the input's own (decomposed) characters.
    nfc = [(unicodedata.normalize("NFC", d["text"]), d["actor"]) for d in body["key_demands"]]
    assert nfc == [(d["text"], d["actor"]) for d in composed["key_demands"]] and nfc
    assert [unicodedata.normalize("NFC", o["text"]) for o in body["outcomes"]] == \
        [o["text"] for o in composed["outcomes"]]
    assert body["summary"]["text"] == " ".join(s["text"] for s in body["summary"]["sentences"])


def test_control_and_bidi_characters_never_reach_the_output(client):
    text = "China urged\u202e Canada to act\u0007 now. Both sides\u2066 agreed to meet in\u200f May."
    body = client.post("/v1/summarize", json={"text": text}).get_json()
    returned = "".join(span["text"] for span in all_spans(body)) + body["summary"]["text"]
    assert not any(ch in returned for ch in "\u202e\u0007\u2066\u200f")


MARKS_AND_JAMO = ["\u0301", "\u0308", "\u030a", "\u0327", "\u1100", "\u1161", "\u11a8", "\u212b", "\u0344"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ae oAU.\n", *MARKS_AND_JAMO]),
               min_size=1, max_size=60))
def test_spans_on_character_boundaries_map_to_input_slices_with_the_same_nfc(text):
    view = nfc_view(text)
    if unicodedata.is_normalized("NFC", text):
        assert view is None
        return
    assert view is not None and view.text == unicodedata.normalize("NFC", text)
    # Spans start and end where a base character starts (the pipeline's spans cover whole words).
    bounds = [i for i in range(len(view.text) + 1)
              if i in (0, len(view.text)) or view.starts[i] != view.starts[i - 1]]
    for start in bounds:
        for end in (b for b in bounds if b >= start):
            mapped = view.to_original(Span(start, end))
            assert unicodedata.normalize("NFC", text[mapped.start : mapped.end]) == view.text[start:end]


def test_chinese_text_is_segmented_and_named(client):
    # issue 13, item 13: language null, no sentences, an empty summary and no warning.
    text = ("中国外交部发言人周一表示，中方敦促加拿大停止干涉中国内政。双方同意在下个月继续举行会谈。"
            "加拿大总理表示，加方愿意与中方加强合作，共同应对全球挑战。")
    body = client.post("/v1/summarize", json={"text": text}).get_json()
    assert body["language"] == "zh"
    assert body["meta"]["sentence_count"] == 3 and body["summary"]["sentences"]
    assert any("built for English" in w for w in body["meta"]["warnings"])
    for sentence in body["summary"]["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_auto_without_a_model_says_it_fell_back(client):
    body = client.post("/v1/summarize", json={"text": "Ghana urged Togo to reopen the border crossing on Monday.",
                                              "options": {"method": "auto"}}).get_json()
    assert any("no abstractive model" in w for w in body["meta"]["warnings"])
