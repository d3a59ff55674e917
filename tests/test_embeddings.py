"""The real embedded MiniLM: integrity check at load, and embeddings that carry meaning."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import WRITTEN_ARTICLE

from service.embeddings import EmbeddingConfig, ModelIntegrityError, SentenceEncoder, default_model_path

UPSTREAM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def test_wrong_checksum_refuses_to_load():
    with pytest.raises(ModelIntegrityError, match="SHA-256"):
        SentenceEncoder(EmbeddingConfig(default_model_path(), expected_sha256="f" * 64))


def test_missing_weights_refuse_to_load(tmp_path):
    with pytest.raises(ModelIntegrityError, match="missing"):
        SentenceEncoder(EmbeddingConfig(tmp_path, expected_sha256=UPSTREAM_SHA256))


def test_unit_vectors_that_rank_paraphrases_first(encoder):
    vectors = encoder.encode([
        "The finance ministers agreed to cancel the debts of poor countries.",
        "Debt relief for the poorest nations was approved by finance chiefs.",
        "The striker scored twice in the second half of the match.",
    ])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > 0.6 > 0.2 > similarity[0, 2]


def test_batching_and_order_do_not_change_vectors(encoder):
    sentences = [f"Sentence number {i} talks about {'trade' if i % 2 else 'climate'} policy." for i in range(40)]
    together = encoder.encode(sentences)
    alone = np.stack([encoder.encode([s])[0] for s in sentences[:5]])
    assert np.allclose(together[:5], alone, atol=1e-5)


def test_huge_sentence_is_clipped_not_fatal(encoder):
    vector = encoder.encode(["word " * 200_000])
    assert vector.shape == (1, 384) and np.isfinite(vector).all()


def test_int8_ctranslate2_matches_fp32_torch_on_real_sentences(encoder, tmp_path):
    assert encoder.precision == "int8"  # the served default
    fp32 = SentenceEncoder(EmbeddingConfig(default_model_path(), expected_sha256=UPSTREAM_SHA256, backend="torch"))
    sentences = [line for line in WRITTEN_ARTICLE.splitlines() if len(line.split()) > 6]
    agreement = (encoder.encode(sentences) * fp32.encode(sentences)).sum(axis=1)
    assert len(sentences) >= 12 and agreement.min() > 0.98


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="backend"):
        SentenceEncoder(EmbeddingConfig(default_model_path(), backend="onnx"))


@pytest.fixture(scope="module")
def static_encoder():
    """MiniLM distilled by model2vec (PRECIS_EMBEDDING_BACKEND=static): made once in the user's cache."""
    return SentenceEncoder(EmbeddingConfig(default_model_path(), expected_sha256=UPSTREAM_SHA256, backend="static"))


def test_the_static_model_is_distilled_from_minilm_and_ranks_paraphrases_first(static_encoder):
    assert static_encoder.precision == "static" and "model2vec" in static_encoder.name
    sentences = ["The finance ministers agreed to cancel the debts of poor countries.",
                 "Debt relief for the poorest nations was approved by finance chiefs.",
                 "The striker scored twice in the second half of the match."]
    vectors = static_encoder.encode(sentences)
    assert vectors.shape == (3, 256) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 2] + 0.2


def test_the_static_backend_summarizes_and_refuses_nothing_huge(static_encoder):
    from service.document import build_document
    from service.summarize import summarize_extractive

    document = build_document(WRITTEN_ARTICLE)
    summary = summarize_extractive(document, static_encoder)
    assert summary.sentences and all(document.span_text(s.span) in WRITTEN_ARTICLE for s in summary.sentences)
    assert static_encoder.encode(["word " * 200_000]).shape == (1, 256)


@pytest.mark.parametrize("max_tokens", [32, 128])
def test_the_tokenizer_gives_transformers_ids_without_importing_it(encoder, max_tokens):
    from transformers import AutoTokenizer

    from service.embeddings import _Tokenizer

    folder = default_model_path()
    sentences = [s for s in WRITTEN_ARTICLE.split(". ") if s] + [
        "Café owners in São Paulo — and Zürich — said “no” to the 53% rise.", "", "x " * 400]
    reference = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    expected = reference(sentences, truncation=True, max_length=max_tokens)["input_ids"]
    tokenizer = _Tokenizer(folder, max_tokens)
    assert tokenizer.ids(sentences) == expected
    assert tokenizer.pad_token_id == reference.pad_token_id
    assert max(len(ids) for ids in expected) == max_tokens  # the long one was cut, specials included


def test_the_holder_knows_whether_the_distillation_is_cached_before_loading_it(static_encoder, tmp_path):
    from service.embeddings import static_model_cached

    config = static_encoder.config
    assert static_model_cached(config)  # the fixture distilled (or found) it in the user's cache
    assert not static_model_cached(EmbeddingConfig(config.model_path, config.expected_sha256, backend="static",
                                                   cache_dir=tmp_path))  # an empty cache: it must be made
