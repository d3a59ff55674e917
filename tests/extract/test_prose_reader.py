"""PRECIS_PROSE_READER: the grammar reader (the default) served end to end, through the single route, the
batch route and the command line, with the same items as the library; the cue-word reader on demand; a
bad value stops the server at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT

from service import Settings, create_app
from service.document import build_document
from service.extensions import ModelHolder, models_of
from service.extract import extract

# Written for the test: "hopes that" is the cue-word reader's "hoped" and the grammar reader's "wanted".
TEXT = ("Ministers met in Rabat on Monday.\n\nSpain hopes that Morocco will extend the fishing agreement. "
        "The two governments agreed to reopen the border crossing at Ceuta.")


@pytest.fixture(scope="module")
def rules_app():
    settings = Settings.from_env({}, load_model_on_start=False, prose_reader="rules")
    holder = ModelHolder(settings)
    holder.load()
    app = create_app(settings, models=holder)  # the factory takes its models from outside
    app.config["TESTING"] = True
    return app


def _items(body: dict) -> list[tuple[str, str]]:
    return [(item["rule"], item["text"]) for key in ("key_demands", "outcomes") for item in body[key]]


def test_a_bad_reader_name_stops_the_server_at_start():
    with pytest.raises(ValueError, match="PRECIS_PROSE_READER"):
        Settings.from_env({"PRECIS_PROSE_READER": "regex"})


def test_the_grammar_reader_is_served_by_default_on_the_single_and_batch_routes(app, client):
    holder = models_of(app)
    assert holder.grammar is not None
    doc = build_document(TEXT)
    library = extract(doc, holder.encoder, grammar=holder.grammar)
    expected = [(d.cue, doc.span_text(d.span)) for d in library.demands] + \
        [(o.cue, doc.span_text(o.span)) for o in library.outcomes]
    single = client.post("/v1/summarize", json={"text": TEXT}).get_json()
    batch = client.post("/v1/summarize/batch", json={"articles": [{"text": TEXT}]}).get_json()
    assert _items(single) == _items(batch["results"][0]["result"]) == expected
    assert ("wanted", "extend the fishing agreement") in expected


def test_the_cue_word_reader_is_served_when_asked_for(rules_app):
    assert models_of(rules_app).prose_grammar is None
    body = rules_app.test_client().post("/v1/summarize", json={"text": TEXT}).get_json()
    doc = build_document(TEXT)
    library = extract(doc)
    assert [text for _, text in _items(body)] == [doc.span_text(d.span) for d in library.demands] + \
        [doc.span_text(o.span) for o in library.outcomes]
    assert "wanted" not in {rule for rule, _ in _items(body)}


@pytest.mark.parametrize("reader", ["grammar", "rules"])
def test_the_command_line_gives_the_same_items(reader, client, rules_app):
    environment = {**os.environ, "PRECIS_PROSE_READER": reader}
    run = subprocess.run([sys.executable, "-m", "service", "summarize", "-"], input=TEXT, capture_output=True,
                         text=True, cwd=ROOT, env=environment, timeout=240, check=True)
    served_by = client if reader == "grammar" else rules_app.test_client()
    served = served_by.post("/v1/summarize", json={"text": TEXT}).get_json()
    assert _items(json.loads(run.stdout)) == _items(served)
