"""The committed openapi.yaml is the served one; the docs page works with no internet."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT


def test_committed_openapi_matches_the_code(client):
    served = client.get("/openapi.yaml")
    assert served.status_code == 200
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert served.get_data(as_text=True) == committed, "run `make openapi` and commit openapi.yaml"


def test_json_and_yaml_documents_agree(client):
    as_json = client.get("/openapi.json").get_json()
    as_yaml = yaml.safe_load(client.get("/openapi.yaml").get_data(as_text=True))
    assert as_json == as_yaml
    body = as_json["paths"]["/v1/summarize"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain", "text/html"} <= set(body)
    problem = as_json["components"]["responses"]["UNPROCESSABLE_ENTITY"]["content"]
    assert list(problem) == ["application/problem+json"]


def test_docs_page_loads_its_assets_from_this_server(client):
    page = client.get("/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/") for a in assets), "no CDN: every asset is local"
    for asset in assets:
        response = client.get(asset)  # a file response: closed here, or its file stays open
        assert response.status_code == 200, asset
        response.close()


def test_the_spec_states_every_numeric_bound_the_server_enforces(client):
    # issue 13, item 6: ratio 0 was refused by the server and allowed by the spec.
    import yaml

    spec = yaml.safe_load(client.get("/openapi.yaml").data)
    ratio = spec["components"]["schemas"]["Options"]["properties"]["ratio"]
    assert ratio["minimum"] == 0 and ratio["exclusiveMinimum"] is True
    assert client.post("/v1/summarize", json={"text": "Ghana urged Togo to act.",
                                              "options": {"ratio": 0}}).status_code == 422


def _spec(client):
    import yaml

    return yaml.safe_load(client.get("/openapi.yaml").data)


def test_nullable_objects_keep_their_type(client):
    # issue 13, item 5: anyOf [{type: object, nullable}, {$ref}] let any object through.
    schemas = _spec(client)["components"]["schemas"]
    for schema, name in (("BatchItem", "result"), ("BatchItem", "problem"), ("Block", "cue"), ("Quote", "speaker")):
        prop = schemas[schema]["properties"][name]
        assert "anyOf" not in prop and prop["nullable"] is True and prop["allOf"][0]["$ref"].startswith("#/")
    assert schemas["BatchRequest"]["properties"]["articles"]["items"] == {"$ref": "#/components/schemas/ArticleRequest"}


def test_the_spec_is_complete(client):
    # issue 13, item 8: bearer scheme, operation ids, every accepted media type, no unused component.
    spec = _spec(client)
    assert spec["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    operations = [op for ops in spec["paths"].values() for op in ops.values()]
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids)) and "summarize" in ids and "summarizeBatch" in ids
    summarize = spec["paths"]["/v1/summarize"]["post"]
    assert {"application/json", "text/plain", "text/markdown", "text/html",
            "application/xhtml+xml"} <= summarize["requestBody"]["content"].keys()
    assert "no article text" in summarize["responses"]["422"]["description"]
    assert summarize["security"] == [{"bearer": []}, {}]
    assert "PaginationMetadata" not in spec["components"]["schemas"]
