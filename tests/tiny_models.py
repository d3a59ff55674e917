"""Tiny random-weight seq2seq models built from a config inside the tests (nothing is downloaded).

The tokenizer is a word-level one over the words the tests use, so decoding gives real words and the
whole path (windows, chunking, generation, CTranslate2 conversion) runs as it would for BART or T5.
"""

from __future__ import annotations

import re
from pathlib import Path

SPECIALS = ["<pad>", "</s>", "<s>", "<unk>"]
# Positions a tiny model reads: small, so a few sentences already overflow it.
TINY_WINDOW = 64


def _tokenizer(words: list[str], kind: str):
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = {token: i for i, token in enumerate(SPECIALS + sorted(set(words) - set(SPECIALS)))}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    if kind == "bart":
        core.post_processor = processors.TemplateProcessing(
            single="<s> $A </s>", special_tokens=[("<s>", vocab["<s>"]), ("</s>", vocab["</s>"])])
    else:
        core.post_processor = processors.TemplateProcessing(single="$A </s>", special_tokens=[("</s>", vocab["</s>"])])
    return PreTrainedTokenizerFast(tokenizer_object=core, pad_token="<pad>", eos_token="</s>", bos_token="<s>",
                                   unk_token="<unk>", model_max_length=TINY_WINDOW)


def build(kind: str, folder: Path, corpus: str, seed: int = 0) -> Path:
    """Saves a random ``kind`` ("bart" or "t5") model and its tokenizer into ``folder``."""
    import torch
    from transformers import BartConfig, BartForConditionalGeneration, T5Config, T5ForConditionalGeneration

    words = [*re.findall(r"\S+", corpus), "summarize:"]
    tokenizer = _tokenizer(words, kind)
    size = len(tokenizer)
    torch.manual_seed(seed)
    if kind == "bart":
        config = BartConfig(vocab_size=size, d_model=32, encoder_layers=2, decoder_layers=2, encoder_attention_heads=2,
                            decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64,
                            max_position_embeddings=TINY_WINDOW, pad_token_id=0, eos_token_id=1, bos_token_id=2,
                            decoder_start_token_id=1, forced_eos_token_id=None,
                            # Published BART configs carry it; CTranslate2's converter reads it.
                            normalize_before=False)
        model = BartForConditionalGeneration(config)
    else:
        config = T5Config(vocab_size=size, d_model=32, d_kv=16, d_ff=64, num_layers=2, num_heads=2, pad_token_id=0,
                          eos_token_id=1, decoder_start_token_id=0)
        model = T5ForConditionalGeneration(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
