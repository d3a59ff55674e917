"""Seq2seq generation: transformers `generate` against CTranslate2 int8 on the same model and settings.

A random-weight model of distilbart-cnn-12-6's shape (d_model 1024, 12 encoder and 6 decoder layers,
vocabulary 50,265) is built from a config (nothing is downloaded) and cached; both backends summarize
the same 700-token inputs with beam 4 and exactly 60 new tokens. Each backend runs in its own process
so its peak RSS is its own. Prints seconds per article, the speed-up, and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import peak_rss_mb  # noqa: E402

INPUT_TOKENS = 700
OUTPUT_TOKENS = 60
ARTICLES = 3
VOCABULARY = 50_265


def build_model(folder: Path) -> Path:
    """Random distilbart-sized BART and a word-level tokenizer over synthetic words, saved once."""
    if (folder / "config.json").is_file():
        return folder
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    vocab = {token: i for i, token in enumerate(["<s>", "<pad>", "</s>", "<unk>"])}
    vocab.update({f"w{i}": i for i in range(len(vocab), VOCABULARY)})
    core = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, bos_token="<s>", pad_token="<pad>", eos_token="</s>",
                                        unk_token="<unk>", model_max_length=1024)
    torch.manual_seed(0)
    config = BartConfig(vocab_size=VOCABULARY, d_model=1024, encoder_layers=12, decoder_layers=6,
                        encoder_attention_heads=16, decoder_attention_heads=16, encoder_ffn_dim=4096,
                        decoder_ffn_dim=4096, max_position_embeddings=1024, normalize_before=False,
                        # CTranslate2 does not force an end token at the length limit; neither may generate.
                        forced_eos_token_id=None)
    BartForConditionalGeneration(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def run_backend(backend: str, folder: Path, cache: Path) -> dict:
    """In this process: load ``backend``, summarize ARTICLES inputs, report times and peak RSS."""
    import random

    from service.summarize.abstractive import SUMMARY_GENERATION, AbstractiveSummarizer

    summarizer = AbstractiveSummarizer(str(folder), backend=backend, threads=2, cache_dir=cache)
    settings = replace(SUMMARY_GENERATION, min_new_tokens=OUTPUT_TOKENS, max_new_tokens=OUTPUT_TOKENS)
    rng = random.Random(1)
    seconds, lengths = [], []
    for _ in range(ARTICLES):
        ids = [rng.randrange(4, VOCABULARY) for _ in range(INPUT_TOKENS)]
        started = time.perf_counter()
        output = summarizer._generate(ids, settings, summarizer.tokenizer)
        seconds.append(time.perf_counter() - started)
        lengths.append(len(output))
    return {"backend": backend, "seconds": seconds, "new_tokens": lengths,
            "peak_rss_mb": peak_rss_mb()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", default=str(Path.home() / ".cache" / "precis" / "bench"))
    parser.add_argument("--backend", help=argparse.SUPPRESS)  # the child process's job
    args = parser.parse_args()
    cache = Path(args.cache)
    folder = cache / "random-distilbart-12-6"
    if args.backend:
        print(json.dumps(run_backend(args.backend, folder, cache)))
        return 0
    started = time.perf_counter()
    build_model(folder)
    print(f"== generation: random distilbart-12-6-sized BART, beam 4, {INPUT_TOKENS} tokens in, exactly "
          f"{OUTPUT_TOKENS} out, {ARTICLES} inputs (model ready in {time.perf_counter() - started:.0f} s)")
    # The one-off int8 conversion runs first, in a process of its own, so it is in no measurement.
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from service.convert import "
                    "converted, folder_fingerprint; f = Path(sys.argv[1]); converted(f, folder_fingerprint(f), "
                    "'int8', Path(sys.argv[2]))", str(folder), str(cache)], cwd=ROOT, check=True, capture_output=True)
    results = {}
    for backend in ("transformers", "ctranslate2"):
        child = subprocess.run([sys.executable, __file__, "--cache", str(cache), "--backend", backend],
                               capture_output=True, text=True, check=True)
        results[backend] = json.loads(child.stdout.strip().splitlines()[-1])
    for backend, result in results.items():
        print(f"{backend:13s} {statistics.median(result['seconds']):6.2f} s/article (median)  new tokens "
              f"{result['new_tokens']}  peak RSS {result['peak_rss_mb']:6.0f} MB")
    ratio = statistics.median(results["transformers"]["seconds"]) / statistics.median(
        results["ctranslate2"]["seconds"])
    print(f"CTranslate2 int8 is {ratio:.1f}x faster than transformers generate (goal >= 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
