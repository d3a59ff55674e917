"""schemathesis against the app and the committed openapi.yaml: generated requests, valid and invalid,
never get a 5xx; every response matches its documented status, media type and schema; invalid data
is refused with a 4xx problem+json.

The operations are driven through hypothesis directly (schemathesis's pytest plugin does not load
under pytest 9 yet); the checks are schemathesis's own, all but two that do not apply:
- "schema-valid data is accepted": a schema-valid page can hold no article ("<p>0</p>"), which is a
  documented 422 the schema cannot express;
- "schema-violating data is rejected", for a text body (a "number" sent as text/markdown is the text
  "410225" on the wire: nothing violates a string) and for the batch's articles (each article is
  checked on its own and a bad one gets its own 422 problem inside a 200, as documented).
"""

from __future__ import annotations

import pytest
import schemathesis
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

SCHEMA = schemathesis.openapi.from_path(ROOT / "openapi.yaml")
OPERATIONS = {result.ok().label: result.ok() for result in SCHEMA.get_all_operations()}
# Each valid example runs a real analysis (~50 ms); 60 per operation and mode take ~15 s in all.
EXAMPLES = 60


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
@pytest.mark.parametrize("label", sorted(OPERATIONS))
def test_every_operation_keeps_its_contract(app, label, mode):
    operation = OPERATIONS[label]
    if mode is GenerationMode.NEGATIVE and operation.method.upper() == "GET":
        pytest.skip("the probes and /metrics take no input: there is no invalid request to make")

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        excluded = [positive_data_acceptance]
        if case.media_type != "application/json" or operation.path.endswith("/batch"):
            excluded.append(negative_data_rejection)
        response = case.call_and_validate(app=app, excluded_checks=excluded)
        assert response.status_code < 500
        if response.status_code >= 400:
            content_type = {k.lower(): v for k, v in response.headers.items()}["content-type"]
            assert content_type[0].startswith("application/problem+json")

    check()
