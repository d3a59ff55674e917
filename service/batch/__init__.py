"""Whole corpora: ``python -m service batch IN OUT --engine local|ray``.

``rows.py`` is the row function (the API's validation and analysis of one article, a problem row when it
fails), ``corpus.py`` reads JSON Lines or Parquet in chunks and writes Parquet, ``engines.py`` runs the row
function on a local process pool or on Ray Data. The same ``RowAnalyzer`` runs under Spark's mapInPandas.
"""

from .corpus import CorpusError
from .engines import ENGINE_RUNNERS, ENGINES, RunReport
from .rows import OUTPUT_COLUMNS, Columns, RowAnalyzer, output_schema

__all__ = ["ENGINES", "ENGINE_RUNNERS", "OUTPUT_COLUMNS", "Columns", "CorpusError", "RowAnalyzer", "RunReport",
           "output_schema"]
