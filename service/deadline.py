"""A request's deadline, checked cooperatively between stages and inside long loops (a thread cannot be
interrupted from outside, so long work asks the deadline instead)."""

from __future__ import annotations

import time
from dataclasses import dataclass

# Units of work (sentences, items) between two deadline checks in a loop: ~256 x 60 µs keeps the overrun
# of a deadline near 15 ms while the check itself stays out of the profile.
CHECK_EVERY = 256


class DeadlineExceeded(TimeoutError):
    """The analysis ran past its deadline; the API answers 504."""


@dataclass(frozen=True, slots=True)
class Deadline:
    at: float
    seconds: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        return cls(time.monotonic() + seconds, seconds)

    def check(self, stage: str) -> None:
        if time.monotonic() > self.at:
            raise DeadlineExceeded(f"the analysis took longer than the {self.seconds:g} s allowed per request "
                                   f"(stopped during {stage})")
