"""A quick complete assignment to start integer programs from (and to fall back on).

People pick one after the other in the seeded order: locked rounds first, then
their cheapest topics, each into the round where it still has the most seats,
then any topic with a free seat for the rounds left. It is what serial
dictatorship does, and it is usually complete; when it is not, it says so.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from konferenz_cli.assign.instance import Instance

__all__ = ["greedy_schedule"]


def greedy_schedule(instance: Instance, weights: NDArray[np.float64]) -> NDArray[np.int64] | None:
    """Topic index per person and round, or None if someone could not be placed in some round."""
    n, k = instance.n, instance.k
    free = np.where(instance.offered, instance.capacity, 0).astype(np.int64)
    schedule = np.full((n, k), -1, dtype=np.int64)
    for person, rounds in instance.locks.items():
        for round_index, topic in rounds.items():
            schedule[person, round_index] = topic
            free[topic, round_index] -= 1
    for person in instance.order:
        row = schedule[person]
        for topic in np.argsort(weights[person], kind="stable"):
            if (row == topic).any() or (row >= 0).all():
                continue
            open_rounds = [r for r in range(k) if row[r] < 0 and free[topic, r] > 0]
            if open_rounds:
                best = max(open_rounds, key=lambda r: (free[topic, r], -r))
                row[best] = topic
                free[topic, best] -= 1
        if (row < 0).any():
            return None
    return schedule
