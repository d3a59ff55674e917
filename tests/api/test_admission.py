"""service/api/admission.py: the in-flight bound of one worker, the one shared by a server's workers, and
the turns admitted requests take on a worker's cores."""

from __future__ import annotations

import multiprocessing
import threading
import time

import pytest

from service.api.admission import AnalysisTurns, PodInFlight, WorkerInFlight
from service.deadline import Deadline, DeadlineExceeded


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


def _wait_until(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


def test_requests_take_turns_first_come_first_served_and_none_overtakes():
    turns = AnalysisTurns(1)
    order: list[int] = []
    holder = turns.turn()
    holder.__enter__()  # one analysis computing; the others must wait in line

    def take(number: int) -> None:
        with turns.turn():
            order.append(number)

    waiters = []
    for number in range(5):
        waiters.append(threading.Thread(target=take, args=(number,)))
        waiters[-1].start()
        _wait_until(lambda n=number: turns.waiting == n + 1)  # each is in line before the next arrives
    holder.__exit__(None, None, None)
    late = threading.Thread(target=take, args=(99,))  # arrives as the turn is handed on: it goes last
    late.start()
    for thread in [*waiters, late]:
        thread.join(timeout=10)
    assert order == [0, 1, 2, 3, 4, 99] and turns.waiting == 0


def test_as_many_compute_at_once_as_the_worker_has_cores():
    turns = AnalysisTurns(2)
    with turns.turn(), turns.turn():
        assert turns.waiting == 0
        blocked = threading.Thread(target=lambda: turns.turn().__enter__())
        blocked.start()
        _wait_until(lambda: turns.waiting == 1)
    blocked.join(timeout=10)  # handed the first turn given back
    assert not blocked.is_alive() and turns.waiting == 0


def test_a_deadline_that_passes_in_line_raises_and_leaves_the_line():
    turns = AnalysisTurns(1)
    with turns.turn():
        with pytest.raises(DeadlineExceeded, match="waiting for its turn"), turns.turn(Deadline.after(0.05)):
            raise AssertionError("ran without a turn")
        assert turns.waiting == 0
    with turns.turn(Deadline.after(1.0)):  # the turn given back is free again, not owed to the one that left
        pass


def test_a_failing_analysis_gives_its_turn_back():
    turns = AnalysisTurns(1)
    with pytest.raises(ValueError), turns.turn():
        raise ValueError("bad input")
    with turns.turn(Deadline.after(1.0)):
        pass
