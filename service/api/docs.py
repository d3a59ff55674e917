"""The OpenAPI document as YAML, and the Swagger UI assets served locally (no CDN, works offline)."""

from __future__ import annotations

import yaml
from flask import Blueprint, Response, current_app, send_from_directory

from ..extensions import API_KEY

blp = Blueprint("docs_assets", __name__)

SWAGGER_ASSETS_URL = "/docs/static/"


def spec_yaml() -> str:
    api = current_app.extensions[API_KEY]
    return yaml.safe_dump(api.spec.to_dict(), sort_keys=True, allow_unicode=True)


@blp.get("/openapi.yaml")
def openapi_yaml() -> Response:
    return Response(spec_yaml(), mimetype="application/yaml")


@blp.get(SWAGGER_ASSETS_URL + "<path:filename>")
def swagger_asset(filename: str) -> Response:
    from swagger_ui_bundle import swagger_ui_path

    return send_from_directory(swagger_ui_path, filename, max_age=3600)
