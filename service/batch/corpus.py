"""Reading a corpus in chunks of rows (JSON Lines or Parquet) and writing the output rows as Parquet.

Nothing is held whole in memory: JSON Lines are read line by line and Parquet by record batches, so an
archive of millions of articles streams through. A line that is not a JSON object is not skipped: it
becomes a row that says so (``INVALID_KEY``), and the row function turns it into a problem row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    import pyarrow.parquet as pq

# Set on a row that could not be read; its value says why (the row function answers it with a 400 problem).
INVALID_KEY: Final = "__precis_invalid__"
JSON_LINES_SUFFIXES: Final = (".jsonl", ".json", ".ndjson")
PARQUET_SUFFIXES: Final = (".parquet", ".pq")


class CorpusError(ValueError):
    """The input cannot be read as a corpus at all (missing, unknown format, no id column)."""


def corpus_format(path: Path) -> str:
    """'jsonl' or 'parquet', from the file's suffix (a folder holds Parquet files)."""
    if not path.exists():
        raise CorpusError(f"no such file or folder: {path}")
    if path.is_dir() or path.suffix.lower() in PARQUET_SUFFIXES:
        return "parquet"
    if path.suffix.lower() in JSON_LINES_SUFFIXES:
        return "jsonl"
    raise CorpusError(f"{path}: expected JSON Lines ({', '.join(JSON_LINES_SUFFIXES)}) or Parquet "
                      f"({', '.join(PARQUET_SUFFIXES)}, or a folder of them)")


def count_rows(path: Path) -> int:
    """Rows in the corpus (Parquet from its footers; JSON Lines by counting non-blank lines)."""
    if corpus_format(path) == "parquet":
        return _parquet(path).count_rows()
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def read_chunks(path: Path, chunk_rows: int) -> Iterator[list[dict[str, Any]]]:
    """The corpus's rows, ``chunk_rows`` at a time, in file order."""
    if corpus_format(path) == "parquet":
        for batch in _parquet(path).to_batches(batch_size=chunk_rows):
            if batch.num_rows:
                yield batch.to_pylist()
        return
    chunk: list[dict[str, Any]] = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            chunk.append(_json_row(line, number))
            if len(chunk) == chunk_rows:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def check_columns(path: Path, id_column: str, text_column: str) -> None:
    """Refuses a corpus whose first row has no id or no text column, before any model is loaded."""
    first = next(read_chunks(path, 1), [])
    if not first:
        raise CorpusError(f"{path} holds no rows")
    row = first[0]
    if INVALID_KEY in row:
        return  # its own problem row will say why
    missing = [name for name in (id_column, text_column) if name not in row]
    if missing:
        raise CorpusError(f"{path}: the rows have no column {' or '.join(map(repr, missing))} "
                          f"(columns: {', '.join(sorted(row))}; see --id-column and --text-column)")


def _json_row(line: bytes, number: int) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except ValueError as exc:
        return {INVALID_KEY: f"line {number} is not valid JSON: {exc}"}
    if not isinstance(row, dict):
        return {INVALID_KEY: f"line {number} is a JSON {type(row).__name__}, not an object"}
    return row


def _parquet(path: Path) -> Any:
    import pyarrow.dataset as ds

    return ds.dataset(path, format="parquet")


def open_writer(out_dir: Path, part: int = 0) -> pq.ParquetWriter:
    """A Parquet file in ``out_dir`` with the declared output schema (the folder is made if needed)."""
    import pyarrow.parquet as pq

    from .rows import output_schema

    out_dir.mkdir(parents=True, exist_ok=True)
    return pq.ParquetWriter(out_dir / f"part-{part:05d}.parquet", output_schema())


def check_output(out_dir: Path) -> None:
    """Refuses to write into a folder that already holds Parquet files (a rerun would mix two outputs)."""
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.glob("*.parquet"))):
        raise CorpusError(f"{out_dir} already holds output: choose a new folder or remove it")


def output_statuses(out_dir: Path) -> list[int]:
    """The status of every row written (the run's report counts them; the other columns stay on disk)."""
    return _parquet(out_dir).to_table(columns=["status"]).column("status").to_pylist()
