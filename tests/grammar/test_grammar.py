"""The grammar layer: the pinned spaCy pipeline, its integrity check, and the first pass derived from
the rule families."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT

from service.embeddings import ModelIntegrityError
from service.extract import families, rules
from service.grammar import (
    BLAS_THREADS,
    PIPELINE_SHA256,
    Grammar,
    default_pipeline_path,
    parse_view,
    verify_pipeline,
)


def test_installed_pipeline_matches_the_recorded_digests():
    verify_pipeline(default_pipeline_path())  # raises on any difference


def test_a_changed_weight_file_is_refused(tmp_path):
    copy = tmp_path / "pipeline"
    shutil.copytree(default_pipeline_path(), copy)
    weights = copy / "parser" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="parser/model"):
        Grammar(copy)


def test_a_missing_file_is_refused(tmp_path):
    copy = tmp_path / "pipeline"
    shutil.copytree(default_pipeline_path(), copy)
    (copy / "tagger" / "model").unlink()
    with pytest.raises(ModelIntegrityError, match="missing"):
        verify_pipeline(copy)
    assert "tagger/model" in PIPELINE_SHA256


def test_networks_multiply_through_numpys_blas_on_one_thread(grammar):
    """Both pipelines were built with blis switched off (numpy's BLAS is ~3x faster here), and that BLAS
    runs one thread per worker beside the request threads."""
    from threadpoolctl import threadpool_info

    for pipeline, component in ((grammar._nlp, "parser"), (grammar._nlp, "tagger"), (grammar._ner, "ner")):
        assert pipeline.get_pipe(component).model.ops.use_blis is False
    assert {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"} == {BLAS_THREADS}


def test_remembered_attributes_are_the_stock_pipelines_token_for_token(grammar):
    """The attribute ruler and lemmatizer run from their memo (grammar/attributes.py): on ~1,500 real
    sentences (the labelled quotation articles, some twice so that the memo answers) every token's part
    of speech, morphology, lemma and label are what the stock pipeline gives for the text it reads."""
    import spacy

    from service.document import build_document
    from service.grammar import EXCLUDED_COMPONENTS

    texts = []
    for path in sorted((ROOT / "eval").glob("quotes*/articles/*.txt")):
        document = build_document(path.read_text(encoding="utf-8"))
        texts += [document.span_text(s.span) for s in document.sentences]
    texts += ["There was no deal, y'all.", "We're gon na win; it ai n't over.", "Let 's go.  Now."]
    texts += ["Talks ended.  Both sides left the room.", "Talks ended.  Both sides left the room."]
    stock = spacy.load(default_pipeline_path(), exclude=list(EXCLUDED_COMPONENTS))

    def read(doc):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]

    ours = grammar.parse(texts + texts[:300])
    expected = [read(doc) for doc in stock.pipe([parse_view(t) for t in texts + texts[:300]])]
    assert len(texts) > 1000
    assert [read(doc) for doc in ours] == expected


def test_parse_gives_lemmas_heads_and_entities(grammar):
    doc = grammar.parse(["The union demanded that the operator reverse its plans."])[0]
    by_text = {token.text: token for token in doc}
    assert by_text["demanded"].lemma_ == "demand"
    assert by_text["reverse"].head.text == "demanded"
    assert by_text["operator"].dep_ == "nsubj"


def test_a_curly_apostrophe_parses_as_a_possessive_and_keeps_every_offset(grammar):
    sentence = "They agreed to implement Mr Lee’s and Ms Park’s plan to cut tariffs on steel."
    doc = grammar.parse([sentence])[0]
    assert len(parse_view(sentence)) == len(sentence)
    assert "".join(sentence[t.idx : t.idx + len(t)] for t in doc).replace("’", "'") == \
        "".join(t.text for t in doc)  # every token at its offset in the text as sent
    possessives = [t for t in doc if t.idx > 0 and sentence[t.idx : t.idx + 2] == "’s"]
    assert [t.tag_ for t in possessives] == ["POS", "POS"]
    # a closing quotation mark stays one: only a mark between two letters, or after a plural's s before a
    # lower-case word, is read as an apostrophe
    assert parse_view("He called it ‘a farce’. It’s over.") == "He called it ‘a farce’. It's over."
    assert parse_view("both countries’ approaches; ‘reckless’ and vain.") == \
        "both countries' approaches; ‘reckless’ and vain."


@pytest.mark.parametrize("sentence", [
    "The council urged residents to conserve water.", "Workers were pressed to accept the terms.",
    "She told them to leave.", "The envoy sought assurances.", "They undertook to repay the loan.",
    "The pact was struck at dawn.", "Talks broke down.", "No deal is in sight.", "The ministry is to publish it.",
])
def test_first_pass_finds_every_declared_cue_form(sentence):
    assert families.names_a_cue(sentence, 0, len(sentence))


@pytest.mark.parametrize("sentence", ["The weather was mild.", "Shares rose 3% in early trading.",
                                      "He has lived in Leeds since 1990."])
def test_first_pass_skips_sentences_without_cues(sentence):
    assert not families.names_a_cue(sentence, 0, len(sentence))


@pytest.mark.parametrize(("sentence", "selected"), [
    ("The union won its appeal against the fine.", True), ("Leeds won the match on Saturday.", False),
    ("He was found guilty of fraud.", True), ("Police found the car in a field.", False),
    ("There was no agreement on fishing quotas.", True), ("There was no trace of the suspect.", False),
    ("Talks collapsed on Friday.", True), ("The roof collapsed in the storm.", False),
    ("The two sides failed to reach a deal.", True), ("The engine failed twice.", False),
    ("They left without a settlement.", True), ("They left without a word.", False),
])
def test_cues_that_need_a_companion_word_select_only_beside_one(sentence, selected):
    assert families.names_a_cue(sentence, 0, len(sentence)) is selected


def test_one_scan_of_the_text_selects_the_sentences_a_search_of_each_would():
    # The oracle: each range searched on its own, as the first pass is defined.
    sentences = ["The union won its appeal against the fine.", "Leeds won the match on Saturday.",
                 "Talks collapsed on Friday.", "The roof collapsed.", "Leeds won.", "Talks were held.",
                 "The council urged residents to conserve water.", "Shares rose.", "They left without a settlement."]
    text = " ".join(sentences * 3)
    ranges, start = [], 0
    for sentence in sentences * 3:
        start = text.index(sentence, start)
        ranges.append((start, start + len(sentence)))
        start += len(sentence)

    def searched(start, end):
        return bool(families.FIRST_PASS_RE.search(text, start, end)) or any(
            cue.search(text, start, end) and companion.search(text, start, end)
            for cue, companion in families.COMPANION_PASSES)

    assert families.ranges_naming_cues(text, ranges) == {i for i, (s, e) in enumerate(ranges) if searched(s, e)}
    # "won" in "Leeds won the match" and "appeal" in the sentence before are in two ranges: no companion
    # across them.
    assert 1 not in families.ranges_naming_cues(text, ranges)


def test_announcing_verbs_are_selected_by_the_first_pass():
    from service.extract.outcome_readers import ANNOUNCING_DECISIONS

    assert families.FAMILY_BY_RULE["concluded"].lemmas >= ANNOUNCING_DECISIONS


def test_rule_enum_and_strengths_come_from_the_family_declarations():
    for family in families.FAMILIES:
        assert rules.CUE_STRENGTH[family.rule] == family.strength
    assert len(families.FAMILY_BY_RULE) == len(families.FAMILIES)


def test_lemmatizer_slips_are_mended_for_cues():
    assert families.cue_lemma("hop", "hopes") == "hope"
    assert families.cue_lemma("urge", "urged") == "urge"
    assert families.cue_lemma("table", "tables") == "table"  # not a cue: left as it is


@pytest.mark.parametrize(("lemma", "forms"), [
    ("urge", {"urge", "urges", "urged", "urging"}),
    ("agree", {"agree", "agrees", "agreed", "agreeing"}),
    ("apply", {"apply", "applies", "applied", "applying"}),
    ("commit", {"commit", "commits", "committed", "committing"}),
    ("press", {"press", "presses", "pressed", "pressing"}),
    ("accord", {"accord", "accords"}),  # a noun cue: "according to" is attribution, not a deal
])
def test_regular_inflections_of_cue_lemmas(lemma, forms):
    assert forms <= families.inflections(lemma)
    assert "according" not in families.inflections("accord")


def test_will_selects_a_sentence_only_where_a_party_speaks_for_itself():
    from service.document import build_document
    from service.extract import _cue_sentences

    news = build_document("Shares will rise next year, analysts say. Both sides will meet again in May.")
    chosen, _ = _cue_sentences(news, None, statement_voice=False)
    assert [news.span_text(s.span) for s, _, _ in chosen] == ["Both sides will meet again in May."]
    chosen, _ = _cue_sentences(news, None, statement_voice=True)
    assert len(chosen) == 2


def test_an_articles_sentence_is_parsed_once_and_kept_with_that_article_only(grammar, monkeypatch):
    # The prose reader, the quotations and the events of one article parse mostly the same sentences.
    first, second = "Unions urged the port to reopen.", "The port agreed to talks."
    kept: dict = {}
    before = grammar.parse([first], kept)[0]
    calls = []
    original = grammar._nlp.pipe
    monkeypatch.setattr(grammar._nlp, "pipe", lambda texts, **kw: calls.append(list(texts)) or original(texts, **kw))
    docs = grammar.parse([second, first, second], kept)
    assert calls == [[second]] and docs[1] is before and docs[0] is docs[2] and set(kept) == {first, second}
    other = grammar.parse([first], {})[0]  # another article parses for itself
    assert calls[-1] == [first] and other is not before
