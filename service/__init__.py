"""Précis: summary, key demands and outcomes of a news article, as JSON with exact evidence spans."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_smorest import Api

from .config import Settings
from .extensions import API_KEY, MODELS_KEY, SETTINGS_KEY, ModelHolder
from .version import __version__

__all__ = ["Settings", "__version__", "create_app"]


class PrecisApi(Api):
    """flask-smorest's Api with problem+json as the documented error schema, and the document completed
    by api/spec.py (typed nullable objects, bearer scheme, operation ids)."""

    def _init_spec(self, *args: Any, **kwargs: Any) -> None:
        from .api import spec

        super()._init_spec(*args, **kwargs)
        spec.register(self)
        generate = self.spec.to_dict
        self.spec.to_dict = lambda: spec.finish(generate())  # served as JSON and YAML, and committed

    def _register_responses(self) -> None:
        import http

        from flask_smorest.utils import prepare_response

        from .api.errors import PROBLEM_MEDIA_TYPE
        from .api.schemas import ProblemSchema

        # As flask-smorest does, but the error bodies are problem+json.
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["schema"] = ProblemSchema
            prepare_response(response, self.spec, PROBLEM_MEDIA_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": ProblemSchema}
        prepare_response(response, self.spec, PROBLEM_MEDIA_TYPE)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


def create_app(settings: Settings | None = None, models: ModelHolder | None = None, **config: Any) -> Flask:
    """The application factory: settings → model holder → blueprints → error handlers. ``models`` is a
    holder built (and maybe loaded) elsewhere: tests share one across apps, a batch job passes its own."""
    from .api import docs, health, summarize
    from .api.errors import register_error_handlers
    from .api.serving import register_serving_hooks
    from .observability import configure_logging

    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        API_TITLE="Précis",
        API_VERSION=__version__,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="/docs",
        OPENAPI_SWAGGER_UI_URL=docs.SWAGGER_ASSETS_URL,
        API_SPEC_OPTIONS={"info": {"description": "Summaries, key demands and outcomes of news articles, "
                                                  "each claim with exact character offsets into the input."}},
    )
    app.config.update(config)
    app.json.sort_keys = False  # keep the documented field order in responses
    configure_logging(settings.log_level)

    holder = models or ModelHolder(settings)
    app.extensions[SETTINGS_KEY] = settings
    app.extensions[MODELS_KEY] = holder

    api = PrecisApi(app)
    app.extensions[API_KEY] = api
    api.register_blueprint(summarize.blp)
    api.register_blueprint(health.blp)
    app.register_blueprint(docs.blp)
    register_error_handlers(app)
    register_serving_hooks(app)

    if settings.load_model_on_start:
        holder.start_background_load()
    return app
