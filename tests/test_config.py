"""Settings come from the environment with typed defaults, and the README documents every one."""

from __future__ import annotations

import pytest
from conftest import ROOT

from service.config import Settings


def test_typed_values_from_the_environment():
    settings = Settings.from_env({"PRECIS_MAX_BODY_BYTES": "2048", "PRECIS_LOAD_MODEL_ON_START": "false",
                                  "PRECIS_LOG_LEVEL": "DEBUG"})
    assert (settings.max_body_bytes, settings.load_model_on_start, settings.log_level) == (2048, False, "DEBUG")


@pytest.mark.parametrize(("name", "value"), [("PRECIS_MAX_BODY_BYTES", "lots"),
                                             ("PRECIS_LOAD_MODEL_ON_START", "perhaps")])
def test_bad_values_name_the_variable(name, value):
    with pytest.raises(ValueError, match=name):
        Settings.from_env({name: value})


def test_readme_documents_every_variable():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    gunicorn_conf = (ROOT / "deploy" / "gunicorn.conf.py").read_text(encoding="utf-8")
    import re

    names = set(Settings.env_names()) | set(re.findall(r"environ\.get\(['\"](\w+)['\"]", gunicorn_conf))
    missing = sorted(n for n in names if f"`{n}`" not in readme)
    assert not missing, f"README's Configuration table lacks {missing}"


@pytest.mark.parametrize(("variable", "value"), [
    ("PRECIS_EMBEDDING_BACKEND", "bogus"), ("PRECIS_SUMMARY_RANKER", "bm25"), ("PRECIS_ABSTRACTIVE_BACKEND", "onnx"),
    ("PRECIS_LOG_LEVEL", "LOUD"),
    ("PRECIS_MAX_IN_FLIGHT", "0"), ("PRECIS_TORCH_THREADS", "-1"), ("PRECIS_REQUEST_TIMEOUT_SECONDS", "0"),
    ("PRECIS_EMBEDDING_MAX_TOKENS", "4096"), ("PRECIS_DEFAULT_MAX_SENTENCES", "0"),
])
def test_a_bad_setting_is_refused_by_name(variable, value):
    with pytest.raises(ValueError, match=variable):
        Settings.from_env({variable: value})


def test_a_bad_setting_stops_gunicorn_at_start():
    import os
    import subprocess
    import sys
    from pathlib import Path

    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    environment = {**os.environ, "PRECIS_EMBEDDING_BACKEND": "bogus", "PORT": "0"}
    run = subprocess.run([gunicorn, "-c", "deploy/gunicorn.conf.py", "service:create_app()"], cwd=ROOT,
                         env=environment, capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    assert "PRECIS_EMBEDDING_BACKEND" in run.stdout + run.stderr


def test_defaults_have_one_source():
    # issue 13, item 18: the default length and the method values were written out in several places.
    import typing

    from service.api.schemas import OptionsSchema
    from service.config import SUMMARY_METHODS
    from service.pipeline import Method, Options
    from service.summarize.extractive import DEFAULT_LENGTH

    settings = Settings.from_env({})
    assert settings.default_length == DEFAULT_LENGTH == Options().default_length
    assert tuple(typing.get_args(Method)) == SUMMARY_METHODS
    assert tuple(OptionsSchema().fields["method"].validate.choices) == SUMMARY_METHODS
