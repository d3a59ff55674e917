"""The in-flight bound: how many analyses are admitted at once before a request is refused with 503.

One worker alone bounds its own requests (``WorkerInFlight``). Under gunicorn with several workers, each
bounding its own share refused requests while another worker had room: the kernel hands connections to
whichever worker accepts first, so one may hold five while its sibling holds none (two workers shed 11%
of a load they could serve). ``PodInFlight`` bounds them together: the master creates it before fork,
gives each worker a slot of a shared array that only that worker writes (its count in flight), and a
worker admits a request while the sum over all slots is under the pod's bound. No lock is shared between
processes, so a worker killed mid-request cannot wedge the others; the master clears a dead worker's
slot. Reading the other slots without a lock can admit one request per worker over the bound when they
race, which a soft bound on CPU work tolerates.
"""

from __future__ import annotations

import multiprocessing
import threading
from typing import Final, Protocol

# Slots of the shared array: more than any pod's workers (gunicorn's WEB_CONCURRENCY).
MAX_WORKERS: Final = 64


class InFlightBound(Protocol):
    limit: int
    scope: str  # "worker" or "server": what the 503's detail says is full

    def acquire(self, blocking: bool = False) -> bool: ...

    def release(self) -> None: ...


class WorkerInFlight:
    """The bound of one process (a lone worker, the tests, a server without preload)."""

    scope = "worker"

    def __init__(self, limit: int) -> None:
        self.limit = max(1, limit)
        self._semaphore = threading.BoundedSemaphore(self.limit)

    def acquire(self, blocking: bool = False) -> bool:
        return self._semaphore.acquire(blocking=blocking)

    def release(self) -> None:
        self._semaphore.release()


class PodInFlight:
    """One bound shared by every worker forked after it was made (see the module docstring)."""

    scope = "server"

    def __init__(self, limit: int, slots: int = MAX_WORKERS) -> None:
        self.limit = max(1, limit)
        self._counts = multiprocessing.RawArray("i", slots)  # anonymous shared memory, inherited by fork
        self._slot = 0  # the master's, until a worker binds its own
        self._lock = threading.Lock()  # the worker's handler threads, one at a time on its own slot

    def free_slot(self, taken: set[int]) -> int:
        """A slot no live worker holds (the master's choice for the worker it is about to fork)."""
        free = next((slot for slot in range(1, len(self._counts)) if slot not in taken), None)
        if free is None:
            raise RuntimeError(f"more than {len(self._counts) - 1} workers share one in-flight bound")
        return free

    def bind(self, slot: int) -> None:
        """In a new worker: its counts go to ``slot`` from now on."""
        self._slot = slot
        self._counts[slot] = 0

    def clear(self, slot: int) -> None:
        """In the master, for a worker that exited: what it held is free again."""
        self._counts[slot] = 0

    def in_flight(self) -> int:
        return sum(self._counts)

    def acquire(self, blocking: bool = False) -> bool:
        with self._lock:
            if sum(self._counts) >= self.limit:
                return False
            self._counts[self._slot] += 1
            return True

    def release(self) -> None:
        with self._lock:
            self._counts[self._slot] -= 1
