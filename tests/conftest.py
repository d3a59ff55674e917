"""Fixtures in the flaskr style: one app per session with the real embedded model loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

from service import Settings, create_app

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
DEV_ARTICLES = sorted((SHARED / "eval" / "dev-articles").glob("*.txt"))


@pytest.fixture(scope="session")
def app():
    application = create_app(Settings.from_env({}, load_model_on_start=False))
    application.config["TESTING"] = True
    application.extensions["precis.model"].load()
    return application


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def encoder(app):
    return app.extensions["precis.model"].encoder


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
