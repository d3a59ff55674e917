"""POST /v1/summarize: one article in, its summary, key demands and outcomes out."""

from __future__ import annotations

import functools
import json
from typing import Any

from flask import Response, request, stream_with_context
from flask.views import MethodView
from flask_smorest import Blueprint as SmorestBlueprint
from flask_smorest import abort
from werkzeug.exceptions import ServiceUnavailable

from ..deadline import Deadline
from ..extensions import models_of, settings_of
from .analysis import analyze_article, run_item
from .errors import PROBLEM_MEDIA_TYPE, RETRY_AFTER_SECONDS
from .parsing import ArticleParser, require_json
from .schemas import AnalysisSchema, ArticleRequestSchema, BatchRequestSchema, BatchResponseSchema, ProblemSchema


class Blueprint(SmorestBlueprint):
    ARGUMENTS_PARSER = ArticleParser()


def json_only(view):
    """Refuses (415) a body that is not JSON before the arguments are parsed: a batch is a JSON object."""

    @functools.wraps(view)
    def checked(*args, **kwargs):
        require_json(request)
        return view(*args, **kwargs)

    return checked


# How long a request that arrives while the model loads waits for it before answering 503.
MODEL_WAIT_SECONDS = 30.0


def _loaded_models():
    """The worker's models once loaded (waiting a little while they load), else 503."""
    holder = models_of()
    if not holder.wait(MODEL_WAIT_SECONDS):
        error = ServiceUnavailable(
            f"model failed to load: {holder.error}" if holder.error else "The model is still loading."
        )
        error.retry_after = RETRY_AFTER_SECONDS
        raise error
    return holder


blp = Blueprint("summarize", __name__, url_prefix="/v1", description="Summaries, key demands and outcomes.")

# A body must hold some text, as ArticleRequest.text must.
_TEXT_BODY_DOC = {"schema": {"type": "string", "pattern": r"\S", "description": "The article as plain text."}}
_HTML_BODY_DOC = {"schema": {"type": "string", "pattern": r"\S",
                             "description": "A web page; its main text is extracted."}}


def _deadline() -> Deadline:
    return Deadline.after(settings_of().request_timeout_seconds)


@blp.route("/summarize")
class Summarize(MethodView):
    @blp.arguments(ArticleRequestSchema, location="json")
    @blp.response(200, AnalysisSchema)
    @blp.alt_response(400, response="BAD_REQUEST")
    @blp.alt_response(401, response="UNAUTHORIZED")
    @blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
    @blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    @blp.alt_response(504, response="GATEWAY_TIMEOUT")
    @blp.alt_response(422, schema=ProblemSchema, content_type=PROBLEM_MEDIA_TYPE, description=(
        "The request does not match the schema (see errors for each field), or it cannot be served: an HTML "
        "page with no article text (errors.text), options.method 'abstractive' on a server without an "
        "abstractive model (errors.options.method)."))
    @blp.doc(requestBody={"content": {"text/plain": _TEXT_BODY_DOC, "text/markdown": _TEXT_BODY_DOC,
                                      "text/html": _HTML_BODY_DOC, "application/xhtml+xml": _HTML_BODY_DOC}})
    def post(self, article: dict[str, Any]) -> dict[str, Any]:
        """Summarize an article and extract its key demands and outcomes."""
        return analyze_article(article, _loaded_models(), _deadline())


@blp.route("/summarize/batch")
class SummarizeBatch(MethodView):
    @json_only
    @blp.arguments(BatchRequestSchema, location="json")
    @blp.response(200, BatchResponseSchema)
    @blp.alt_response(400, response="BAD_REQUEST")
    @blp.alt_response(401, response="UNAUTHORIZED")
    @blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
    @blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    @blp.doc(responses={"200": {"content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/BatchResponse"}},
        "application/x-ndjson": {"schema": {"$ref": "#/components/schemas/BatchItem"}}},
        "description": "One result or problem per article; with Accept: application/x-ndjson, one BatchItem "
                       "per line as each is done."}})
    def post(self, batch: dict[str, Any]) -> Any:
        """Analyse several articles: one result or one problem per article, in order (NDJSON on request)."""
        limit = settings_of().max_batch_items
        if len(batch["articles"]) > limit:
            abort(422, message=f"at most {limit} articles per batch", messages={"articles": [f"more than {limit}"]})
        models, deadline = _loaded_models(), _deadline()
        items = (run_item(index, raw, models, deadline) for index, raw in enumerate(batch["articles"]))
        if request.accept_mimetypes.best_match(["application/json", "application/x-ndjson"]) == "application/x-ndjson":
            lines = (json.dumps(item, ensure_ascii=False) + "\n" for item in items)
            return Response(stream_with_context(lines), mimetype="application/x-ndjson")
        return {"results": list(items)}
