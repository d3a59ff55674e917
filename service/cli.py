"""Command line: `python -m service summarize FILE|-`, `batch IN OUT`, `serve`, `prepare`, `openapi`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

# The checkout's deploy/ folder, or the working directory's (the container's WORKDIR holds deploy/).
_DEFAULT_GUNICORN_CONFIG = next(
    (p for p in (Path(__file__).resolve().parent.parent / "deploy" / "gunicorn.conf.py",
                 Path("deploy") / "gunicorn.conf.py") if p.is_file()),
    Path("deploy") / "gunicorn.conf.py",
)


def _summarize(args: argparse.Namespace) -> int:
    """The API's analysis of one article on standard output; unusable input exits 2 with the reason (the
    flags are checked by the API's own OptionsSchema, so both refuse the same values)."""
    from marshmallow import ValidationError

    from .api.present import analysis_to_dict
    from .api.schemas import OptionsSchema
    from .config import Settings
    from .extensions import ModelHolder
    from .pipeline import AnalysisError, analyze_request

    try:
        raw = _read_article(args.file)
        requested = OptionsSchema().load({key: value for key, value in {
            "max_sentences": args.max_sentences, "max_words": args.max_words, "ratio": args.ratio,
            "method": args.method, "include": sorted({*args.include, *(["document"] if args.include_document else [])}),
        }.items() if value is not None})
    except (OSError, UnicodeDecodeError, ValueError, ValidationError) as exc:
        print(f"error: {_reason(exc)}", file=sys.stderr)
        return 2
    settings = Settings.from_env()
    models = ModelHolder(settings)
    models.load()
    input_format = args.format or ("html" if args.file.endswith((".html", ".htm")) else "text")
    try:
        analysis = analyze_request({"text": raw, "format": input_format, "title": args.title, "options": requested},
                                   models, settings.default_length)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    json.dump(analysis_to_dict(analysis), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _read_article(file: str) -> str:
    """The article from a file or standard input, strictly UTF-8 (a bad byte would shift every offset)."""
    data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    raw = data.decode("utf-8")
    if not raw.strip():
        raise ValueError("the article is empty")
    return raw


def _reason(exc: Exception) -> str:
    from marshmallow import ValidationError

    if isinstance(exc, ValidationError):
        return "; ".join(f"--{name.replace('_', '-')}: {' '.join(map(str, messages))}"
                         for name, messages in exc.messages.items())
    if isinstance(exc, UnicodeDecodeError):
        return f"the article is not valid UTF-8: byte {exc.start} cannot be decoded"
    return str(exc)


def _batch(args: argparse.Namespace) -> int:
    """A corpus through the row function on the chosen engine; prints the run's report (JSON) at the end.
    Exit 2 when the corpus cannot be read at all; rows that fail are problem rows in the output."""
    from .batch import ENGINE_RUNNERS, Columns, CorpusError
    from .batch.corpus import check_columns, check_output
    from .batch.engines import DEFAULT_CHUNK_ROWS
    from .config import Settings

    source, out_dir = Path(args.input), Path(args.output)
    columns = Columns(id=args.id_column, text=args.text_column, title=args.title_column, format=args.format_column)
    try:
        chunk_rows = DEFAULT_CHUNK_ROWS[args.engine] if args.chunk_rows is None else args.chunk_rows
        if args.workers < 1 or chunk_rows < 1:
            raise CorpusError("--workers and --chunk-rows must be at least 1")
        check_columns(source, columns.id, columns.text)
        check_output(out_dir)
        settings = Settings.from_env(load_model_on_start=False)
    except (CorpusError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = ENGINE_RUNNERS[args.engine](source, out_dir, settings, columns, args.workers, chunk_rows,
                                         progress=not args.no_progress)
    print(json.dumps(report.as_dict()))
    return 0 if report.rows_out == report.rows_in else 1


def _serve(args: argparse.Namespace) -> int:
    """Replaces this process with gunicorn under the project's config (gunicorn becomes PID 1 in a container)."""
    import os
    import shutil

    config = Path(args.config)
    if not config.is_file():
        print(f"error: no gunicorn config at {config}", file=sys.stderr)
        return 2
    os.environ["HOST"], os.environ["PORT"] = args.host, str(args.port)
    if args.workers:
        os.environ["WEB_CONCURRENCY"] = str(args.workers)
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or shutil.which("gunicorn")
    if gunicorn is None:
        print("error: gunicorn is not installed", file=sys.stderr)
        return 2
    os.execv(gunicorn, [gunicorn, "-c", str(config), "service:create_app()"])
    return 0  # not reached


def _prepare(_: argparse.Namespace) -> int:
    """Loads (and converts, once) every configured model, so a container image ships them ready."""
    from .config import Settings
    from .extensions import ModelHolder

    holder = ModelHolder(Settings.from_env())
    holder.load()
    print(json.dumps({"encoder": holder.encoder.name, "precision": holder.encoder.precision,
                      "abstractive": holder.abstractive.name if holder.abstractive else None}))
    return 0


def _openapi(_: argparse.Namespace) -> int:
    from . import Settings, create_app
    from .api.docs import spec_yaml

    app = create_app(Settings.from_env(load_model_on_start=False))
    with app.app_context():
        sys.stdout.write(spec_yaml())
    return 0


def main(argv: list[str] | None = None) -> int:
    from .annotate import PARTS
    from .batch.engines import DEFAULT_CHUNK_ROWS, ENGINES
    from .config import SUMMARY_METHODS

    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    summarize = commands.add_parser("summarize", help="print the JSON analysis of one article")
    summarize.add_argument("file", help="article file, or - for standard input")
    summarize.add_argument("--max-sentences", type=int, default=None)
    summarize.add_argument("--max-words", type=int, default=None)
    summarize.add_argument("--ratio", type=float, default=None, help="most summary words as a share of the article's")
    summarize.add_argument("--method", choices=SUMMARY_METHODS, default="extractive")
    summarize.add_argument("--format", choices=["text", "html"], default=None)
    summarize.add_argument("--title", default=None)
    summarize.add_argument("--include-document", action="store_true", help="same as --include document")
    summarize.add_argument("--include", action="append", default=[], choices=["document", *PARTS],
                           help="extra parts of the output, as options.include of the API (repeatable)")
    summarize.set_defaults(handler=_summarize)
    batch = commands.add_parser("batch", help="analyse a corpus (JSON Lines or Parquet, one article per row) into "
                                "a folder of Parquet files")
    batch.add_argument("input", help="a .jsonl file, a .parquet file or a folder of Parquet files")
    batch.add_argument("output", help="a new folder for the Parquet output (one row per input row)")
    batch.add_argument("--engine", choices=ENGINES, default="local",
                       help="local: a process pool on this machine; ray: Ray Data (the running cluster RAY_ADDRESS "
                            "names, else a local Ray); needs pip install '.[ray]'")
    batch.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                       help="processes or actors, one model and one thread each (default: the cores)")
    batch.add_argument("--chunk-rows", type=int, default=None,
                       help=f"rows per task or batch (default: {DEFAULT_CHUNK_ROWS})")
    batch.add_argument("--id-column", default="id")
    batch.add_argument("--text-column", default="text")
    batch.add_argument("--title-column", default="title", help="optional: used when present")
    batch.add_argument("--format-column", default="format", help="optional: 'text' or 'html' per row")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    batch.set_defaults(handler=_batch)
    serve = commands.add_parser("serve", help="run the service under gunicorn with deploy/gunicorn.conf.py")
    serve.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    serve.add_argument("--workers", type=int, default=None, help="gunicorn workers (default WEB_CONCURRENCY or 1)")
    serve.add_argument("--config", default=str(_DEFAULT_GUNICORN_CONFIG))
    serve.set_defaults(handler=_serve)
    prepare = commands.add_parser("prepare", help="load and convert the configured models into the cache")
    prepare.set_defaults(handler=_prepare)
    openapi = commands.add_parser("openapi", help="print the OpenAPI document (YAML)")
    openapi.set_defaults(handler=_openapi)
    args = parser.parse_args(argv)
    return args.handler(args)
