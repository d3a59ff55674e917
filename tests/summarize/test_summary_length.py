"""Extractive length controls over HTTP: max_sentences exact, max_words and ratio never exceeded."""

from __future__ import annotations

import math

import pytest
from conftest import WRITTEN_ARTICLE

from service.document.rules import CAPTION

ARTICLE = WRITTEN_ARTICLE


def _summary(client, **options):
    response = client.post("/v1/summarize", json={"text": ARTICLE, "options": options})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.mark.parametrize("limit", [12, 30, 60, 100])
def test_max_words_is_never_exceeded_and_nearly_filled(client, limit):
    body = _summary(client, max_words=limit)
    words = len(body["summary"]["text"].split())
    assert 0 < words <= limit
    sentences = body["summary"]["sentences"]
    assert [s["start"] for s in sentences] == sorted(s["start"] for s in sentences)  # article order


def test_ratio_is_a_share_of_the_article(client):
    body = _summary(client, ratio=0.2)
    assert len(body["summary"]["text"].split()) <= math.ceil(0.2 * body["meta"]["word_count"])


def test_one_sentence_longer_than_max_words_is_cut_and_says_so(client):
    body = _summary(client, max_words=5)
    sentence = body["summary"]["sentences"][0]
    assert len(sentence["text"].split()) == 5 and ARTICLE[sentence["start"] : sentence["end"]] == sentence["text"]
    assert any("cut to max_words=5" in warning for warning in body["meta"]["warnings"])


def test_default_length_is_up_to_four_sentences_within_95_words(client):
    body = _summary(client)
    assert 1 <= len(body["summary"]["sentences"]) <= 4 and len(body["summary"]["text"].split()) <= 95


def test_max_sentences_and_max_words_together(client):
    body = _summary(client, max_sentences=2, max_words=200)
    assert len(body["summary"]["sentences"]) == 2


def test_captions_and_repeated_sentences_are_never_quoted(client):
    text = ("Rescuers reached the flooded village of Kardak late on Tuesday after two days of rain. "
            "Pictured: Rescuers wade through the flooded main street of the village. "
            "Rescuers reached the flooded village of Kardak late on Tuesday after two days of rain! "
            "Officials said forty homes were damaged and the bridge to the valley was closed. "
            "The weather service expects more rain in the region through the weekend.")
    body = client.post("/v1/summarize", json={"text": text, "options": {"max_sentences": 4}}).get_json()
    quoted = [s["text"] for s in body["summary"]["sentences"]]
    assert not any(CAPTION.match(s) for s in quoted)
    assert sum(s.startswith("Rescuers reached") for s in quoted) == 1


@pytest.mark.parametrize("options", [{"max_words": 0}, {"ratio": 0}, {"ratio": 1.5}, {"method": "magic"},
                                     {"max_words": 10**12}])
def test_bad_length_options_are_422_problems(client, options):
    response = client.post("/v1/summarize", json={"text": ARTICLE, "options": options})
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    assert set(options) <= set(response.get_json()["errors"]["options"])


def test_a_word_budget_is_filled_with_shorter_sentences_that_fit(client):
    # issue 13, item 14: picking stopped at the first sentence too long for what was left.
    long_sentence = ("The committee published a very long report on the many causes of the delays, with tables "
                     "of figures for every region, every month and every single one of the operators involved.")
    text = ("Rail Strike Ends\n\nThe rail strike ended on Monday after talks between the union and the operator. "
            + long_sentence + " Trains ran on time again on Tuesday morning. Passengers said they were relieved "
            "and grateful.")
    words = len(text.split())
    budget = 30
    body = client.post("/v1/summarize", json={"text": text, "options": {"max_words": budget}}).get_json()
    picked = [s["text"] for s in body["summary"]["sentences"]]
    assert long_sentence not in picked
    assert len(body["summary"]["text"].split()) <= budget
    assert len(picked) >= 3, picked  # the short ones fill what the long one could not
    assert words > budget


LONG_ARTICLE = " ".join(f"Officials in district {n} said the new water plant served {n * 100} families during its "
                        f"{n}th week of operation." for n in range(1, 31))


def test_the_default_ranks_only_the_lead_and_says_how_much(client):
    summary = client.post("/v1/summarize", json={"text": LONG_ARTICLE}).get_json()["summary"]
    assert summary["quotable_sentences"] == 30
    assert summary["ranked_sentences"] == 3 * 4  # three per sentence of the default's four
    twelfth_ends = LONG_ARTICLE.index("district 13 ")
    assert summary["sentences"] and all(s["end"] <= twelfth_ends for s in summary["sentences"])


def test_a_request_with_its_own_limits_ranks_every_quotable_sentence(client):
    for options in ({"max_sentences": 4}, {"max_words": 200}, {"ratio": 0.5}):
        summary = client.post("/v1/summarize", json={"text": LONG_ARTICLE, "options": options}).get_json()["summary"]
        assert summary["quotable_sentences"] == summary["ranked_sentences"] == 30, options
