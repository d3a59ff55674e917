"""Abstractive summaries from a configured seq2seq model (BART, T5, Pegasus ...).

A transformers-pipeline-shaped wrapper: preprocess (fit the article into the model's window,
extract-then-abstract when it does not fit) → forward (generate with transformers, or with the same
model converted to CTranslate2 int8) → postprocess (sentences, length limits, faithfulness guard).
``pipeline("summarization")`` is gone from transformers 5, so this calls ``generate`` itself.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from ..document import Document, Span
from ..document.segment import sentence_spans
from ..embeddings import Encoder
from .extractive import LengthLimits, Ranking, Summary, SummarySentence, rank_sentences
from .faithfulness import align, unsupported_facts


@dataclass(frozen=True, slots=True)
class GenerationDefaults:
    """One named set of generation settings, shared by both backends (the CNN/DM settings of BART)."""

    num_beams: int = 4
    no_repeat_ngram_size: int = 3
    length_penalty: float = 2.0
    min_new_tokens: int = 20
    max_new_tokens: int = 142


SUMMARY_GENERATION: Final = GenerationDefaults()
BACKENDS: Final = ("ctranslate2", "transformers")
# Tokens per word of English news under BPE/SentencePiece vocabularies, to turn max_words into a
# token budget (measured ~1.3; rounded up so the word limit, applied after, is what cuts).
TOKENS_PER_WORD: Final = 1.5
# Windows above this are "unlimited" placeholders in tokenizer configs, not real limits.
_SANE_WINDOW: Final = 100_000


def _window(tokenizer, config) -> int:
    """How many input tokens the model reads."""
    candidates = [getattr(config, name, None) for name in ("max_position_embeddings", "n_positions")]
    limit = getattr(tokenizer, "model_max_length", None)
    if limit and limit < _SANE_WINDOW:
        candidates.append(limit)
    known = [c for c in candidates if c]
    return min(known) if known else 512


def _prefix(config) -> str:
    """T5 is told its task in the input; BART and Pegasus are not."""
    task = (getattr(config, "task_specific_params", None) or {}).get("summarization", {})
    if "prefix" in task:
        return task["prefix"]
    return "summarize: " if getattr(config, "model_type", "") == "t5" else ""


def resolve_model_dir(model: str) -> Path:
    """A local folder as is; a hub id is downloaded once into the Hugging Face cache (on a machine with
    internet; offline, only local folders work, and the error says so)."""
    path = Path(model)
    if path.is_dir():
        return path
    from huggingface_hub import snapshot_download

    return Path(snapshot_download(model))


class AbstractiveSummarizer:
    """Loads once per worker; ``summarize`` is safe to call from concurrent request threads."""

    def __init__(self, model: str, backend: str = "ctranslate2", threads: int = 2, cache_dir: Path | None = None,
                 generation: GenerationDefaults = SUMMARY_GENERATION) -> None:
        from transformers import AutoConfig, AutoTokenizer

        if backend not in BACKENDS:
            raise ValueError(f"unknown abstractive backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        self.model_dir = resolve_model_dir(model)
        self.name = model
        self.backend = backend
        self.generation = generation
        self.tokenizer = AutoTokenizer.from_pretrained(str(self.model_dir))
        config = AutoConfig.from_pretrained(str(self.model_dir))
        self.window = _window(self.tokenizer, config)
        self.prefix = _prefix(config)
        self._generate = _TransformersGenerate(self.model_dir, threads) if backend == "transformers" \
            else _CTranslate2Generate(self.model_dir, threads, cache_dir)
        self._lock = threading.Lock()

    # ---- preprocess -----------------------------------------------------------------------------
    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(self.prefix + text)["input_ids"])

    def preprocess(self, document: Document, ranking: Ranking) -> tuple[str, list[str], bool]:
        """The model's input text, warnings, and whether part of the article was left out."""
        prose = [s.span for s in document.prose_sentences()] or [s.span for s in document.sentences]
        full = " ".join(document.span_text(span) for span in prose)
        total = self.count_tokens(full)
        if total <= self.window:
            return full, [], False
        # Extract, then abstract: the highest-ranked sentences that fit, in article order.
        order = sorted(range(len(ranking.pool)), key=lambda i: -float(ranking.scores[i]))
        budget = self.window - self.count_tokens("")
        chosen: list[int] = []
        for index in order:
            cost = self.count_tokens(document.span_text(ranking.pool[index].span)) - self.count_tokens("")
            if cost <= budget:
                chosen.append(index)
                budget -= cost
        text = " ".join(document.span_text(ranking.pool[i].span) for i in sorted(chosen))
        warning = (f"the article has {total} tokens and the model reads {self.window}: its input was the "
                   f"{len(chosen)} highest-ranked of {len(prose)} sentences (extract, then abstract)")
        if not chosen:
            text = full
            warning = (f"the article has {total} tokens and the model reads {self.window}; no single sentence "
                       f"fits, so the input was cut at {self.window} tokens")
        return text, [warning], True

    # ---- forward --------------------------------------------------------------------------------
    def forward(self, text: str, max_new_tokens: int, min_new_tokens: int) -> str:
        ids = self.tokenizer(self.prefix + text, truncation=True, max_length=self.window)["input_ids"]
        settings = replace(self.generation, max_new_tokens=max_new_tokens, min_new_tokens=min_new_tokens)
        with self._lock:
            output_ids = self._generate(ids, settings, self.tokenizer)
        return self.tokenizer.decode(output_ids, skip_special_tokens=True).strip()

    # ---- postprocess ----------------------------------------------------------------------------
    def summarize(self, document: Document, encoder: Encoder, limits: LengthLimits) -> Summary:
        # One ranking serves both ends: choosing the input of a long article, and aligning the output.
        ranking = rank_sentences(document, encoder)
        text, warnings, truncated = self.preprocess(document, ranking)
        # The decoder has the same positions as the encoder (BART): output is bounded by the window too.
        max_new = min(self.generation.max_new_tokens, self.window - 2)
        if limits.max_words is not None:
            max_new = min(max_new, max(1, math.ceil(limits.max_words * TOKENS_PER_WORD)))
        generated = self.forward(text, max_new, min(self.generation.min_new_tokens, max_new))
        sentences = [generated[s.start : s.end] for s in sentence_spans(generated, Span(0, len(generated)))]
        sentences, cut_warnings = _within(sentences, limits)
        warnings.extend(cut_warnings)
        supports = align(encoder.encode(sentences), ranking.embeddings, [s.span for s in ranking.pool])
        missing = unsupported_facts(sentences, document.text)
        if missing:
            warnings.append("the summary states what the article does not: " + ", ".join(missing[:20]))
        summary_sentences = [SummarySentence(None, support[0].similarity if support else 0.0, sentence, support)
                             for sentence, support in zip(sentences, supports, strict=True)]
        return Summary(summary_sentences, "abstractive", self.name, " ".join(sentences), warnings, truncated,
                       ranking.quotable, len(ranking.pool))


def _within(sentences: list[str], limits: LengthLimits) -> tuple[list[str], list[str]]:
    """Generated sentences cut to the length limits, with a warning for each cut."""
    warnings: list[str] = []
    if limits.max_sentences is not None and len(sentences) > limits.max_sentences:
        dropped = len(sentences) - limits.max_sentences
        warnings.append(f"the model wrote {len(sentences)} sentences; the last {dropped} were dropped for "
                        f"max_sentences={limits.max_sentences}")
        sentences = sentences[: limits.max_sentences]
    if limits.max_words is not None:
        kept: list[str] = []
        words = 0
        for sentence in sentences:
            count = len(sentence.split())
            if words + count > limits.max_words:
                if not kept:
                    kept.append(" ".join(sentence.split()[: limits.max_words]))
                warnings.append(f"the generated summary was cut to max_words={limits.max_words}")
                break
            kept.append(sentence)
            words += count
        sentences = kept
    return sentences, warnings


class _TransformersGenerate:
    def __init__(self, model_dir: Path, threads: int) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM

        torch.set_num_threads(max(1, threads))
        self._torch = torch
        self._model = AutoModelForSeq2SeqLM.from_pretrained(str(model_dir))
        self._model.eval()

    def __call__(self, ids: list[int], settings: GenerationDefaults, tokenizer) -> list[int]:
        """The new tokens' ids."""
        with self._torch.inference_mode():
            output = self._model.generate(
                input_ids=self._torch.tensor([ids]), num_beams=settings.num_beams,
                no_repeat_ngram_size=settings.no_repeat_ngram_size, length_penalty=settings.length_penalty,
                min_new_tokens=settings.min_new_tokens, max_new_tokens=settings.max_new_tokens, early_stopping=True,
            )
        return output[0, 1:].tolist()  # without the decoder start token, like CTranslate2


class _CTranslate2Generate:
    def __init__(self, model_dir: Path, threads: int, cache_dir: Path | None) -> None:
        import ctranslate2

        from ..convert import converted, default_cache_dir, folder_fingerprint

        folder = converted(model_dir, folder_fingerprint(model_dir), "int8", cache_dir or default_cache_dir())
        self._translator = ctranslate2.Translator(str(folder), device="cpu", compute_type="int8",
                                                  intra_threads=max(1, threads))

    def __call__(self, ids: list[int], settings: GenerationDefaults, tokenizer) -> list[int]:
        result = self._translator.translate_batch(
            [tokenizer.convert_ids_to_tokens(ids)], beam_size=settings.num_beams,
            no_repeat_ngram_size=settings.no_repeat_ngram_size, length_penalty=settings.length_penalty,
            min_decoding_length=settings.min_new_tokens, max_decoding_length=settings.max_new_tokens,
        )
        return tokenizer.convert_tokens_to_ids(result[0].hypotheses[0])
