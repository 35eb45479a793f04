"""The time budget of one engine run."""

from __future__ import annotations

import time

__all__ = ["Clock"]


class Clock:
    """Counts down ``limit`` seconds from its creation; every solver call gets what is left."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.began = time.perf_counter()

    def elapsed(self) -> float:
        """Seconds since the start."""
        return time.perf_counter() - self.began

    def left(self, share: float = 1.0) -> float:
        """Seconds left (at least a little, so a solver can still report), times ``share``."""
        return max(0.05, (self.limit - self.elapsed()) * share)

    def expired(self) -> bool:
        """Whether the budget is used up."""
        return self.elapsed() >= self.limit
