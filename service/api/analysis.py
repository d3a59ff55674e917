"""One article through the pipeline for the API: options from the request, errors as problems, stage
timings into the metrics. Shared by the single and the batch route."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask_smorest import abort
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from ..deadline import Deadline, DeadlineExceeded
from ..extensions import TURNS_KEY, settings_of
from ..observability import STAGE_SECONDS
from ..pipeline import AnalysisError, analyze_request
from .errors import problem_body, problem_of
from .present import analysis_to_dict
from .schemas import ArticleRequestSchema


def analyze_article(article: dict[str, Any], models: Any, deadline: Deadline) -> dict[str, Any]:
    """A validated article → the response body (HTTP errors are raised as flask-smorest aborts)."""
    try:
        with current_app.extensions[TURNS_KEY].turn(deadline):
            analysis = analyze_request(article, models, settings_of().default_length, deadline)
    except AnalysisError as exc:
        messages: Any = [str(exc)]
        for name in reversed(exc.field):
            messages = {name: messages}
        abort(422, message=str(exc), messages=messages)
    except DeadlineExceeded as exc:
        abort(504, message=str(exc))
    for stage, milliseconds in analysis.timings_ms.items():
        STAGE_SECONDS.labels(stage).observe(milliseconds / 1000.0)
    return analysis_to_dict(analysis)


def run_item(index: int, raw: dict[str, Any], models: Any, deadline: Deadline) -> dict[str, Any]:
    """One article of a batch: its result, or the problem it alone would have got."""
    try:
        article = ArticleRequestSchema().load(raw)
    except ValidationError as exc:
        detail = "The article does not match the schema: see errors for each field."
        return {"index": index, "status": 422, "result": None, "problem": problem_body(422, detail, exc.messages)}
    try:
        return {"index": index, "status": 200, "result": analyze_article(article, models, deadline), "problem": None}
    except HTTPException as exc:
        problem = problem_of(exc)
        return {"index": index, "status": problem["status"], "result": None, "problem": problem}
