"""Measurement helpers shared by the benchmark scripts."""

from __future__ import annotations

from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB. Read from VmHWM, which starts afresh at exec;
    getrusage's ru_maxrss carries over the parent's peak into a child process on Linux."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")
