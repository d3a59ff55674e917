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
