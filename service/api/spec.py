"""What the generated OpenAPI document says beyond flask-smorest's defaults, so that a typed client built
from it matches the server: nullable objects keep their type, the batch's articles are ArticleRequests,
bearer authentication is declared, operations have ids, and nothing unused is listed."""

from __future__ import annotations

from typing import Any

from flask_smorest import Api
from marshmallow import fields

# Components flask-smorest registers for pagination, which this API does not use.
UNUSED_COMPONENTS = ("PaginationMetadata",)
BEARER_SCHEME = {"type": "http", "scheme": "bearer",
                 "description": "Required on /v1/* when the server sets PRECIS_API_TOKENS; open otherwise."}


def typed_nullable(self, field: fields.Field, ret: dict[str, Any], **_: Any) -> dict[str, Any]:
    """apispec writes a nullable nested schema as anyOf [{type: object, nullable}, {$ref}], which any
    object validates; OpenAPI 3.0 says the same with allOf [{$ref}] and nullable: true, which keeps the
    type. A List of Dict that names its items' schema (metadata "items") gets that $ref."""
    if isinstance(field, fields.Nested) and "anyOf" in ret:
        refs = [part for part in ret.pop("anyOf") if "$ref" in part]
        return {"allOf": refs, "nullable": True}
    if isinstance(field, fields.List) and "$ref" in field.metadata.get("items", {}):
        return {"items": field.metadata["items"]}
    return {}


def register(api: Api) -> None:
    api.ma_plugin.converter.add_attribute_function(typed_nullable)
    api.spec.components.security_scheme("bearer", BEARER_SCHEME)


def finish(spec: dict[str, Any]) -> dict[str, Any]:
    """The generated document, completed: operation ids from the route and method, the bearer scheme on
    the /v1 operations, and no unused components."""
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            if not isinstance(operation, dict) or method not in ("get", "post", "put", "delete", "patch"):
                continue
            operation.setdefault("operationId", _operation_id(method, path))
            if path.startswith("/v1/"):
                operation.setdefault("security", [{"bearer": []}, {}])
    schemas = spec.get("components", {}).get("schemas", {})
    for name in UNUSED_COMPONENTS:
        schemas.pop(name, None)
    return spec


def _operation_id(method: str, path: str) -> str:
    """"post /v1/summarize/batch" → "summarizeBatch"; "get /readyz" → "getReadyz"."""
    words = [w for w in path.replace("{", "").replace("}", "").split("/") if w and w != "v1"]
    name = words[0] + "".join(w.capitalize() for w in words[1:]) if words else "root"
    return name if method == "post" else method + name[:1].upper() + name[1:]
