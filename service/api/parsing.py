"""Reads the request body the way clients send articles: JSON, text/plain or text/html.

Decoding is strict: bytes that are not valid in the declared charset (UTF-8 by default) answer 400
rather than being replaced silently, since replacement would shift every offset after them.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from flask import Request, abort
from webargs import core
from webargs.flaskparser import FlaskParser
from werkzeug.exceptions import RequestEntityTooLarge

from .errors import too_large_detail

TEXT_MEDIA_TYPES = frozenset({"text/plain", "text/markdown"})
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
JSON_MEDIA_TYPES = frozenset({"application/json"})
ACCEPTED_MEDIA_TYPES = sorted(TEXT_MEDIA_TYPES | HTML_MEDIA_TYPES | JSON_MEDIA_TYPES)


def read_body(req: Request) -> bytes:
    """The raw body, refusing (413) anything over the limit, with or without a Content-Length.

    werkzeug enforces MAX_CONTENT_LENGTH on declared lengths, but cuts a chunked stream at the limit
    and returns the prefix: a silent truncation. Reading one byte past the limit tells the two apart.
    """
    limit = req.max_content_length
    if req.content_length is None and req.environ.get("wsgi.input_terminated") and limit is not None:
        raw = req.environ["wsgi.input"].read(limit + 1)
        if len(raw) > limit:
            raise RequestEntityTooLarge(too_large_detail(limit))
        return raw
    return req.get_data(cache=True)


def decode_body(req: Request) -> str:
    charset = req.mimetype_params.get("charset", "utf-8")
    try:
        codecs.lookup(charset)
    except LookupError:
        abort(400, description=f"Unknown charset {charset!r} in Content-Type.")
    raw = read_body(req)
    try:
        text = raw.decode(charset)
    except UnicodeDecodeError as exc:
        abort(400, description=f"The body is not valid {charset}: byte {exc.start} cannot be decoded.")
    # A byte-order mark stays in the text: offsets index the body as sent, decoded as declared (a
    # client that decodes it as UTF-8 keeps the mark too). Spans never start or end on it (model.py).
    return text


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object that names a key twice would silently keep only the last value (an article lost to a
    stray "text" key): it is refused instead."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise DuplicateKey(key)
        seen[key] = value
    return seen


class DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key!r} appears more than once in one object")


def _json(req: Request) -> Any:
    body = decode_body(req)
    try:
        return json.loads(body, object_pairs_hook=_refuse_duplicate_keys)
    except DuplicateKey as exc:
        abort(400, description=f"The JSON body is ambiguous: {exc}.")
    except RecursionError:
        abort(400, description="The JSON body is nested too deeply.")
    except ValueError as exc:
        abort(400, description=f"The body is not valid JSON: {exc}.")
    return core.missing


def _is_json(mimetype: str) -> bool:
    return mimetype in JSON_MEDIA_TYPES or mimetype.endswith("+json")


def require_json(req: Request) -> None:
    """The batch route's one rule beyond the article parser: a batch is a JSON object (415 otherwise)."""
    if not _is_json(req.mimetype):
        abort(415, description=f"A batch is a JSON object {{\"articles\": [...]}} sent as application/json "
                               f"(got {req.mimetype or 'no Content-Type'}); single articles may also be "
                               "text/plain or text/html at /v1/summarize.")


class ArticleParser(FlaskParser):
    """webargs parser whose 'json' location also accepts plain-text and HTML bodies."""

    def _raw_load_json(self, req: Request) -> Any:
        mimetype = req.mimetype
        if mimetype in TEXT_MEDIA_TYPES:
            return {"text": decode_body(req), "format": "text"}
        if mimetype in HTML_MEDIA_TYPES:
            return {"text": decode_body(req), "format": "html"}
        if not _is_json(mimetype):
            abort(415, description=f"Send the article as one of: {', '.join(ACCEPTED_MEDIA_TYPES)} "
                                   f"(got {mimetype or 'no Content-Type'}).")
        return _json(req)
