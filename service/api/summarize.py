"""POST /v1/summarize: one article in, its summary, key demands and outcomes out."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint as SmorestBlueprint
from flask_smorest import abort
from werkzeug.exceptions import ServiceUnavailable

from ..pipeline import AbstractiveUnavailable, NoArticleText, Options, analyze
from ..summarize.extractive import LengthLimits
from .errors import RETRY_AFTER_SECONDS
from .parsing import ArticleParser
from .present import analysis_to_dict
from .schemas import AnalysisSchema, ArticleRequestSchema


class Blueprint(SmorestBlueprint):
    ARGUMENTS_PARSER = ArticleParser()


# How long a request that arrives while the model loads waits for it before answering 503.
MODEL_WAIT_SECONDS = 30.0


def _loaded_models():
    """The worker's models once loaded (waiting a little while they load), else 503."""
    holder = current_app.extensions["precis.model"]
    if not holder.wait(MODEL_WAIT_SECONDS):
        error = ServiceUnavailable(
            f"model failed to load: {holder.error}" if holder.error else "The model is still loading."
        )
        error.retry_after = RETRY_AFTER_SECONDS
        raise error
    return holder


blp = Blueprint("summarize", __name__, url_prefix="/v1", description="Summaries, key demands and outcomes.")

_TEXT_BODY_DOC = {"schema": {"type": "string", "description": "The article as plain text."}}
_HTML_BODY_DOC = {"schema": {"type": "string", "description": "A web page; its main text is extracted."}}


@blp.route("/summarize")
class Summarize(MethodView):
    @blp.arguments(ArticleRequestSchema, location="json")
    @blp.response(200, AnalysisSchema)
    @blp.alt_response(400, response="BAD_REQUEST")
    @blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE")
    @blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE")
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    @blp.doc(requestBody={"content": {"text/plain": _TEXT_BODY_DOC, "text/html": _HTML_BODY_DOC}})
    def post(self, article: dict[str, Any]) -> dict[str, Any]:
        """Summarize an article and extract its key demands and outcomes."""
        settings = current_app.extensions["precis.settings"]
        models = _loaded_models()
        requested = article["options"]
        options = Options(
            max_sentences=requested["max_sentences"], max_words=requested["max_words"], ratio=requested["ratio"],
            method=requested["method"], include_document="document" in requested["include"],
            default_length=LengthLimits(settings.default_max_sentences, settings.default_max_words),
        )
        try:
            analysis = analyze(article["text"], models.encoder, options, article["format"], article["title"],
                               abstractive=models.abstractive)
        except NoArticleText as exc:
            abort(422, message=str(exc), messages={"text": [str(exc)]})
        except AbstractiveUnavailable as exc:
            abort(422, message=str(exc), messages={"options": {"method": [str(exc)]}})
        return analysis_to_dict(analysis)
