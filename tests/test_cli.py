"""The command line (service/cli.py): it refuses what the API refuses, with exit 2 and the reason."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT


def _cli(*args, stdin: bytes = b"Ghana urged Togo to reopen the border crossing on Monday.\n"):
    return subprocess.run([sys.executable, "-m", "service", "summarize", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=240)


@pytest.mark.parametrize("args", [["-", "--max-sentences", "0"], ["-", "--max-sentences", "-1"],
                                  ["-", "--ratio", "0"], ["-", "--ratio", "2"], ["-", "--max-words", "-5"],
                                  ["no-such-file.txt"]],
                         ids=["sentences-0", "sentences-negative", "ratio-0", "ratio-2", "words-negative", "no-file"])
def test_unusable_command_lines_exit_2_with_the_reason(args):
    run = _cli(*args)
    assert run.returncode == 2 and run.stderr.decode().startswith("error:") and b"Traceback" not in run.stderr


def test_invalid_utf8_and_a_page_without_text_exit_2():
    assert _cli("-", stdin=b"abc \xff\xfe def").returncode == 2
    run = _cli("-", "--format", "html", stdin=b"<html><head><title>x</title></head><body></body></html>")
    assert run.returncode == 2 and b"no article text" in run.stderr
