"""The service under gunicorn, as deployed (deploy/gunicorn.conf.py): what only a real server shows, such
as a keep-alive connection surviving a refused request (issue 13, item 1)."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from serve_for import free_port, start_server, stop_server, wait_ready

ARTICLE = json.dumps({"text": "Ghana urged Togo to reopen the border crossing on Monday."})


@pytest.fixture(scope="module")
def server():
    port = free_port()
    process = start_server(port)
    try:
        wait_ready(f"http://127.0.0.1:{port}", process)
        yield port
    finally:
        stop_server(process)


def _send(connection: http.client.HTTPConnection, body: bytes, content_type: str, path: str = "/v1/summarize"):
    connection.request("POST", path, body=body, headers={"Content-Type": content_type})
    response = connection.getresponse()
    response.read()
    return response


@pytest.mark.parametrize(("body", "content_type", "path", "status"), [
    (b"x" * 1_100_000, "text/plain", "/v1/summarize", 413),
    (b"a=" + b"x" * 900_000, "application/x-www-form-urlencoded", "/v1/summarize", 415),
    (b"x" * 500_000, "text/plain", "/v1/nowhere", 404),
], ids=["413", "415", "404"])
def test_a_keep_alive_connection_survives_an_early_refusal(server, body, content_type, path, status):
    connection = http.client.HTTPConnection("127.0.0.1", server, timeout=30)
    try:
        refused = _send(connection, body, content_type, path)
        assert refused.status == status
        if (refused.getheader("Connection") or "").lower() == "close":
            return  # said so: the client opens a new connection
        assert _send(connection, ARTICLE.encode(), "application/json").status == 200
    finally:
        connection.close()


def test_a_body_too_big_to_drain_is_answered_with_connection_close(server):
    import socket

    with socket.create_connection(("127.0.0.1", server), timeout=30) as sock:
        # The headers alone: the refusal comes from the declared length, before any body is read.
        sock.sendall(b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                     b"Content-Length: 6000000\r\n\r\n")
        head = sock.recv(65536).decode("latin-1")
    assert head.startswith("HTTP/1.1 413")
    assert "connection: close" in head.lower()


def test_the_master_loads_the_shared_models_once_and_each_worker_the_rest(tmp_path):
    # issue 14: spaCy's pipelines and the imports load once, before fork, so workers share their pages;
    # MiniLM on CTranslate2 (thread pools) loads in each worker after it.
    log = tmp_path / "server.log"
    port = free_port()
    env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(port), "WEB_CONCURRENCY": "2"}
    with log.open("wb") as out:
        process = subprocess.Popen([str(Path(sys.executable).parent / "gunicorn"), "-c", "deploy/gunicorn.conf.py",
                                    "service:create_app()"],
                                   cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_ready(f"http://127.0.0.1:{port}", process)
            for _ in range(100):  # the second worker may finish loading a moment after the first
                records = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
                loaded = [r for r in records if r.get("message") == "model loaded"]
                if len(loaded) == 2:
                    break
                time.sleep(0.1)
        finally:
            stop_server(process)
    shared = [r for r in records if r.get("message") == "shared models loaded before fork"]
    assert len(shared) == 1 and shared[0]["pid"] == process.pid
    assert len(loaded) == 2 and len({r["pid"] for r in loaded}) == 2 and process.pid not in {r["pid"] for r in loaded}
    assert all(r["shared_preloaded"] for r in loaded)
