"""The one error envelope: RFC 9457 problem details (application/problem+json) for every error."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from flask import Flask, Response, json, request
from werkzeug.exceptions import HTTPException, InternalServerError

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
# Seconds a client (or kubelet) should wait before asking again while the model loads.
RETRY_AFTER_SECONDS = 5
# RFC 9457 section 4.2.1: "about:blank" says the problem is exactly what the HTTP status says.
PROBLEM_TYPE = "about:blank"


def problem_body(status: int, detail: str | None = None, errors: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE,
        "title": HTTPStatus(status).phrase,
        "status": status,
        "instance": request.path if request else None,
    }
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return body


def problem_response(status: int, detail: str | None = None, errors: dict[str, Any] | None = None,
                     headers: dict[str, str] | None = None) -> Response:
    response = Response(json.dumps(problem_body(status, detail, errors)), status=status, mimetype=PROBLEM_MEDIA_TYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def too_large_detail(limit: int | None) -> str:
    return f"The body is larger than the limit of {limit} bytes (PRECIS_MAX_BODY_BYTES)."


def problem_of(exc: HTTPException) -> dict[str, Any]:
    """The problem body for an HTTP error raised anywhere (werkzeug, webargs, flask-smorest's abort)."""
    data = getattr(exc, "data", None) or {}
    messages = data.get("messages")
    errors = None
    if isinstance(messages, dict):
        # webargs nests messages by location ("json"); the client only needs the field names.
        errors = messages.get("json", messages) if len(messages) == 1 else messages
    detail = data.get("message") or exc.description
    if exc.code == 413 and request:
        # One wording whether the length was declared (werkzeug refuses it) or counted (chunked).
        detail = too_large_detail(request.max_content_length)
    if exc.code == 422 and errors and not data.get("message"):
        detail = "The request body does not match the schema: see errors for each field."
    return problem_body(exc.code or 500, detail, errors)


def _http_error(exc: HTTPException) -> Response:
    headers = dict(exc.get_headers()) if exc.code in (405, 503) else {}
    headers.pop("Content-Type", None)
    body = problem_of(exc)
    response = Response(json.dumps(body), status=body["status"], mimetype=PROBLEM_MEDIA_TYPE)
    for name, value in headers.items():
        response.headers[name] = value
    return response


def _unexpected(exc: Exception) -> Response:
    log.exception("unhandled error", exc_info=exc)
    return problem_response(500, InternalServerError.description)


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
