"""Fixtures in the flaskr style: one app per session with the real embedded model loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from service import Settings, create_app
from service.extensions import models_of

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
DEV_ARTICLES = sorted((SHARED / "eval" / "dev-articles").glob("*.txt"))


@pytest.fixture(scope="session")
def app():
    application = create_app(Settings.from_env({}, load_model_on_start=False))
    application.config["TESTING"] = True
    models_of(application).load()
    return application


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def fast_models():
    """A ready model holder with the hashing encoder and no parser (the cue-word reader): for the serving
    tests whose behaviour does not depend on MiniLM."""
    from fakes import HashingEncoder

    from service.extensions import ModelHolder

    settings = Settings.from_env({}, load_model_on_start=False, prose_reader="rules")
    return ModelHolder.loaded(settings, HashingEncoder())


@pytest.fixture()
def fast_client(fast_models):
    application = create_app(fast_models.settings, models=fast_models)
    application.config["TESTING"] = True
    return application.test_client()


@pytest.fixture(scope="session")
def grammar():
    """The real spaCy pipeline, loaded and hash-checked once for the session."""
    from service.grammar import shared_grammar

    return shared_grammar()


@pytest.fixture(scope="session")
def encoder(app):
    return models_of(app).encoder


def all_spans(body: dict) -> list[dict]:
    """Every {text, start, end} object anywhere in a response body."""
    found: list[dict] = []

    def walk(node):
        if isinstance(node, dict):
            if {"text", "start", "end"} <= node.keys():
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(body)
    return found


# An article written for the tests (not copied from the samples), so that tests of length limits,
# serving and models run the same with or without ../shared beside the checkout.
WRITTEN_ARTICLE = """Kenya and Uganda Reopen Rail Talks

Skip to content

Kenya urged Uganda to drop its new levy on sugar imports during talks in Nairobi on Tuesday.
Officials from both countries said the meeting was the first at ministerial level in two years.
Ugandan negotiators pressed Kenya to speed up customs checks at the Busia border crossing.
Traders on both sides have complained of queues of lorries stretching for several kilometres.
Both sides agreed to set up a joint committee to review the rail tariff within three months.
The committee is expected to report to the two presidents before the regional summit in June.
Kenya will also reopen the Malaba freight terminal to Ugandan cargo from next week.
Analysts said the levy dispute had cost exporters millions of dollars since the spring.
Farmers' groups in western Kenya welcomed the talks but warned against new delays.
No agreement was reached on the disputed fishing grounds around Migingo island.
The ministers plan to meet again in Kampala before the end of the year.
Regional observers said the talks could ease tensions that have weighed on trade for months.

Leave a Reply
"""
