"""service/api/admission.py: the in-flight bound of one worker, and the one shared by a server's workers."""

from __future__ import annotations

import multiprocessing

from service.api.admission import PodInFlight, WorkerInFlight


def test_a_worker_bound_admits_its_limit_then_refuses():
    bound = WorkerInFlight(2)
    assert [bound.acquire(), bound.acquire(), bound.acquire()] == [True, True, False]
    bound.release()
    assert bound.acquire() and bound.scope == "worker"


def _hold(bound: PodInFlight, slot: int, count: int, done) -> None:
    bound.bind(slot)
    done.put([bound.acquire() for _ in range(count)])  # and exits holding them, as a killed worker would


def test_workers_share_one_bound_and_a_dead_workers_share_is_cleared():
    bound = PodInFlight(3)
    bound.bind(1)
    assert bound.acquire()
    context = multiprocessing.get_context("fork")  # as gunicorn's workers are made
    done = context.Queue()
    child = context.Process(target=_hold, args=(bound, 2, 3, done))
    child.start()
    admitted = done.get(timeout=30)
    child.join(timeout=30)
    assert admitted == [True, True, False]  # the other worker's request counts against the same bound
    assert bound.in_flight() == 3 and not bound.acquire()
    bound.clear(2)  # the master, told that the worker exited
    assert bound.acquire() and bound.in_flight() == 2


def test_the_master_hands_out_free_slots():
    bound = PodInFlight(4, slots=4)
    assert bound.free_slot(set()) == 1 and bound.free_slot({1, 2}) == 3
    try:
        bound.free_slot({1, 2, 3})
    except RuntimeError as exc:
        assert "more than 3 workers" in str(exc)
    else:
        raise AssertionError("a fourth worker got a slot of a three-slot bound")
