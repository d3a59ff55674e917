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

import collections
import contextlib
import multiprocessing
import threading
import time
from collections.abc import Iterator
from typing import Final, Protocol

from ..deadline import Deadline, DeadlineExceeded

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


class AnalysisTurns:
    """How many admitted analyses of one worker compute at once; the others wait their turn in arrival order.

    A worker holds a core (or ``running`` of them): requests computing side by side on it only share the
    core and the interpreter lock, so every one of them finishes late and a long article finishes very
    late. Taking turns first come, first served keeps the throughput and bounds each request's wait by
    the work queued ahead of it (make loadtest: p99/p50 3.3-4.1 → 2.1-2.5 at a higher rate). A freed
    turn is handed to the oldest waiter directly, so that a request arriving at that moment cannot
    overtake it, as it could through a semaphore.
    """

    def __init__(self, running: int) -> None:
        self.running = max(1, running)
        self._free = self.running
        self._waiting: collections.deque[threading.Event] = collections.deque()
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def turn(self, deadline: Deadline | None = None) -> Iterator[None]:
        """Holds a turn for the block; raises DeadlineExceeded if the deadline passes while waiting."""
        self._take(deadline)
        try:
            yield
        finally:
            self._give_back()

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    def _take(self, deadline: Deadline | None) -> None:
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                return
            handed = threading.Event()
            self._waiting.append(handed)
        if handed.wait(None if deadline is None else max(0.0, deadline.at - time.monotonic())):
            return
        with self._lock:
            if not handed.is_set():  # not handed a turn in the meantime: leave the line
                self._waiting.remove(handed)
                raise DeadlineExceeded(f"the analysis took longer than the {deadline.seconds:g} s allowed per "
                                       "request (stopped while waiting for its turn on this worker's cores)")
        # Handed a turn just as the deadline passed: the analysis starts and its own checks stop it.

    def _give_back(self) -> None:
        with self._lock:
            if self._waiting:
                self._waiting.popleft().set()  # the turn passes straight to the oldest waiter
            else:
                self._free += 1
