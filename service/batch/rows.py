"""The row function: one corpus row in, one output row out, the same under every engine.

``RowAnalyzer`` is a callable class in the shape Ray Data's ``map_batches`` and Spark's ``mapInPandas``
expect: it builds its models once, in ``__init__`` (inside each worker process or actor, because the
CTranslate2 encoder holds thread locks and cannot be pickled), then maps batches of rows. Each row is
validated by the API's own ArticleRequestSchema and analysed by the API's own ``analyze``; a row that
fails becomes a row with a problem (the RFC 9457 object the API would have answered), never a failed
batch and never a dropped row.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from ..config import Settings
from .corpus import INVALID_KEY

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from ..extensions import ModelHolder

# The output's columns, declared once: Arrow would type a column that is null in every row of a batch
# (CNN/DM has no titles, a clean batch has no problems) as null, and batches would then disagree.
# key_demands, outcomes and problem hold the API's JSON for them (a list, a list, an object or null).
OUTPUT_COLUMNS: Final = ("id", "status", "title", "summary", "key_demands", "outcomes", "warnings", "problem",
                         "elapsed_ms")


def output_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([
        ("id", pa.string()), ("status", pa.int16()), ("title", pa.string()), ("summary", pa.string()),
        ("key_demands", pa.string()), ("outcomes", pa.string()), ("warnings", pa.list_(pa.string())),
        ("problem", pa.string()), ("elapsed_ms", pa.float32()),
    ])


@dataclass(frozen=True, slots=True)
class Columns:
    """Which input columns hold the id, the article and (optionally) its title and format."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    format: str = "format"


class RowAnalyzer:
    """Analyses batches of corpus rows with models loaded once per process or actor."""

    def __init__(self, settings: Settings, columns: Columns = Columns(), models: ModelHolder | None = None) -> None:
        """Loads the models named by ``settings``, unless a loaded holder is given (a test, a server)."""
        from ..extensions import ModelHolder

        self.settings = settings
        self.columns = columns
        if models is None:
            models = ModelHolder(settings)
            models.load()
        if models.error:
            raise RuntimeError(f"the models failed to load: {models.error}")
        self.models = models

    def __call__(self, batch: pd.DataFrame) -> pa.Table:
        """Ray Data: a pandas batch in, an Arrow table of the declared schema out (one row per input row)."""
        import pyarrow as pa

        rows = self.analyze_rows(batch.to_dict("records"))
        return pa.Table.from_pylist(rows, schema=output_schema())

    def map_in_pandas(self, frames: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        """Spark: ``df.mapInPandas(analyzer.map_in_pandas, SPARK_SCHEMA)`` (see the README)."""
        import pandas as pd

        for frame in frames:
            yield pd.DataFrame(self.analyze_rows(frame.to_dict("records")), columns=list(OUTPUT_COLUMNS))

    def analyze_rows(self, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return [self.analyze_row(row) for row in rows]

    def analyze_row(self, row: dict[str, Any]) -> dict[str, Any]:
        """One output row: the analysis, or the problem the API would have answered for this article."""
        started = time.perf_counter()
        row_id = _text_id(row.get(self.columns.id))
        try:
            status, body = 200, self._analysis(row)
        except _RowProblem as exc:
            status, body = exc.problem["status"], None
            problem = exc.problem
        except Exception as exc:  # one bad row must not fail its batch; its row says why
            status, body = 500, None
            problem = _problem(500, f"the analysis failed: {type(exc).__name__}: {exc}")
        elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
        if body is None:
            return {"id": row_id, "status": status, "title": None, "summary": None, "key_demands": None,
                    "outcomes": None, "warnings": [], "problem": json.dumps(problem, ensure_ascii=False),
                    "elapsed_ms": elapsed_ms}
        return {"id": row_id, "status": status, "title": body["title"], "summary": body["summary"]["text"],
                "key_demands": json.dumps(body["key_demands"], ensure_ascii=False),
                "outcomes": json.dumps(body["outcomes"], ensure_ascii=False),
                "warnings": body["meta"]["warnings"], "problem": None, "elapsed_ms": elapsed_ms}

    def _analysis(self, row: dict[str, Any]) -> dict[str, Any]:
        from marshmallow import ValidationError

        from ..api.present import analysis_to_dict
        from ..api.schemas import ArticleRequestSchema
        from ..deadline import Deadline, DeadlineExceeded
        from ..pipeline import AnalysisError, analyze_request

        if INVALID_KEY in row:
            raise _RowProblem(_problem(400, row[INVALID_KEY]))
        text = row.get(self.columns.text)
        if isinstance(text, str) and len(text.encode("utf-8", "surrogatepass")) > self.settings.max_body_bytes:
            raise _RowProblem(_problem(413, f"the article is over {self.settings.max_body_bytes} bytes "
                                            "(PRECIS_MAX_BODY_BYTES), the limit of the API"))
        request = {"text": text, "title": _present(row.get(self.columns.title)),
                   "format": _present(row.get(self.columns.format)) or "text"}
        try:
            article = ArticleRequestSchema().load(request)
        except ValidationError as exc:
            raise _RowProblem(_problem(422, "The row does not match the article schema: see errors.",
                                       exc.messages)) from exc
        try:
            analysis = analyze_request(article, self.models, self.settings.default_length,
                                       Deadline.after(self.settings.request_timeout_seconds))
        except AnalysisError as exc:
            raise _RowProblem(_problem(422, str(exc))) from exc
        except DeadlineExceeded as exc:
            raise _RowProblem(_problem(504, str(exc))) from exc
        return analysis_to_dict(analysis)


class _RowProblem(Exception):
    def __init__(self, problem: dict[str, Any]) -> None:
        super().__init__(problem["detail"])
        self.problem = problem


def _problem(status: int, detail: str, errors: Any = None) -> dict[str, Any]:
    """The API's problem object (its ``instance`` is null: a row has no request path)."""
    from ..api.errors import problem_body

    return problem_body(status, detail, errors)


def _present(value: Any) -> Any:
    """None for a missing cell (pandas gives NaN or None for a null in a column that has values)."""
    return None if value is None or (isinstance(value, float) and value != value) else value


def _text_id(value: Any) -> str | None:
    """Ids are written as text whatever their input type (7 → "7"), so one schema holds every corpus."""
    value = _present(value)
    return None if value is None else str(value)
