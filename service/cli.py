"""Command line: `python -m service summarize FILE|-`, `python -m service openapi`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _summarize(args: argparse.Namespace) -> int:
    from .api.present import analysis_to_dict
    from .config import Settings
    from .extensions import ModelHolder
    from .pipeline import Options, analyze

    raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    if not raw.strip():
        print("error: the article is empty", file=sys.stderr)
        return 2
    settings = Settings.from_env()
    encoder = ModelHolder(settings).load()
    input_format = args.format or ("html" if args.file.endswith((".html", ".htm")) else "text")
    options = Options(max_sentences=args.max_sentences or settings.default_max_sentences,
                      include_document=args.include_document)
    analysis = analyze(raw, encoder, options, input_format, args.title)
    json.dump(analysis_to_dict(analysis), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _openapi(_: argparse.Namespace) -> int:
    from . import Settings, create_app
    from .api.docs import spec_yaml

    app = create_app(Settings.from_env(load_model_on_start=False))
    with app.app_context():
        sys.stdout.write(spec_yaml())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    summarize = commands.add_parser("summarize", help="print the JSON analysis of one article")
    summarize.add_argument("file", help="article file, or - for standard input")
    summarize.add_argument("--max-sentences", type=int, default=None)
    summarize.add_argument("--format", choices=["text", "html"], default=None)
    summarize.add_argument("--title", default=None)
    summarize.add_argument("--include-document", action="store_true")
    summarize.set_defaults(handler=_summarize)
    openapi = commands.add_parser("openapi", help="print the OpenAPI document (YAML)")
    openapi.set_defaults(handler=_openapi)
    args = parser.parse_args(argv)
    return args.handler(args)
