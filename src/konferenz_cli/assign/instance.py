"""A :class:`~konferenz_cli.assign.model.Problem` compiled into arrays the solvers work on.

People are numbered 0..n-1 in the order of their ids, rounds 0..k-1 in their
order, and topics 0..m-1 (only topics with at least one open session). The
rank cost of a topic for a person is its 0-based position in their wishes; a
topic they did not rank costs :func:`unranked_cost`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from konferenz_cli.assign.model import Lock, Person, Problem, SessionSpec

__all__ = ["UNRANKED_COST_MIN", "Instance", "compile_problem", "unranked_cost"]

#: An unranked topic costs 20 (a first wish costs 0, a fifth wish 4), or more
#: when people may rank that many topics: always worse than any ranked topic.
UNRANKED_COST_MIN = 20


def unranked_cost(problem: Problem) -> int:
    """The cost of a topic a person did not rank: 20, or one more than the longest wish list allows."""
    longest = max((len(person.preferences) for person in problem.people), default=0)
    topics = len({session.topic_id for session in problem.sessions})
    return max(UNRANKED_COST_MIN, longest, topics)


@dataclass
class Instance:
    """The problem as index arrays (see the module docstring)."""

    problem: Problem
    people: list[Person]
    rounds: list[int]
    topics: list[int]
    sessions: dict[tuple[int, int], SessionSpec]
    capacity: NDArray[np.int64]
    offered: NDArray[np.bool_]
    unlimited: NDArray[np.bool_]
    cost: NDArray[np.int64]
    rank: NDArray[np.int64]
    unranked: int
    locks: dict[int, dict[int, int]]
    excused: NDArray[np.int64]
    order: list[int]

    @property
    def n(self) -> int:
        """Number of people."""
        return len(self.people)

    @property
    def k(self) -> int:
        """Number of rounds."""
        return len(self.rounds)

    @property
    def m(self) -> int:
        """Number of topics with an open session."""
        return len(self.topics)

    @property
    def uniform(self) -> bool:
        """Whether every topic runs in every round with the same capacity (the two-stage method is exact)."""
        if not self.offered.all():
            return False
        same_capacity = (self.capacity == self.capacity[:, :1]).all()
        same_limit = (self.unlimited == self.unlimited[:, :1]).all()
        return bool(same_capacity and same_limit)

    def session(self, topic: int, round_index: int) -> SessionSpec:
        """The open session of topic index ``topic`` in round index ``round_index``."""
        return self.sessions[(topic, round_index)]

    def topic_capacity(self) -> NDArray[np.float64]:
        """Seats of each topic summed over the rounds (infinite where a session is unlimited)."""
        total = np.where(self.unlimited, np.inf, self.capacity.astype(np.float64))
        return np.asarray(total.sum(axis=1), dtype=np.float64)


def compile_problem(problem: Problem, seed: int) -> Instance:
    """Index ``problem``; the seed fixes the order in which equally good people are considered."""
    people = sorted(problem.people, key=lambda person: person.id)
    rounds = sorted(set(problem.rounds))
    round_index = {number: index for index, number in enumerate(rounds)}
    open_sessions = [s for s in problem.sessions if s.is_open and s.round in round_index]
    topics = sorted({s.topic_id for s in open_sessions})
    topic_index = {topic: index for index, topic in enumerate(topics)}
    n, k, m = len(people), len(rounds), len(topics)
    capacity = np.zeros((m, k), dtype=np.int64)
    offered = np.zeros((m, k), dtype=bool)
    unlimited = np.zeros((m, k), dtype=bool)
    sessions: dict[tuple[int, int], SessionSpec] = {}
    for spec in open_sessions:
        key = (topic_index[spec.topic_id], round_index[spec.round])
        sessions[key] = spec
        offered[key] = True
        unlimited[key] = spec.capacity is None
        capacity[key] = max(n, 1) if spec.capacity is None else spec.capacity
    unranked = unranked_cost(problem)
    cost = np.full((n, m), unranked, dtype=np.int64)
    rank = np.zeros((n, m), dtype=np.int64)
    for i, person in enumerate(people):
        for position, topic_id in enumerate(dict.fromkeys(person.preferences)):
            column = topic_index.get(topic_id)
            if column is not None:
                cost[i, column] = position
                rank[i, column] = position + 1
    locks = _lock_table(problem.locks, people, round_index, topic_index, problem)
    ranked_free = (rank > 0).sum(axis=1)
    free_rounds = np.full(n, k, dtype=np.int64)
    for i, locked_rounds in locks.items():
        free_rounds[i] -= len(locked_rounds)
        ranked_free[i] -= sum(1 for t in set(locked_rounds.values()) if rank[i, t])
    excused = np.maximum(0, free_rounds - ranked_free).astype(np.int64)
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return Instance(
        problem=problem,
        people=people,
        rounds=rounds,
        topics=topics,
        sessions=sessions,
        capacity=capacity,
        offered=offered,
        unlimited=unlimited,
        cost=cost,
        rank=rank,
        unranked=unranked,
        locks=locks,
        excused=excused,
        order=order,
    )


def _lock_table(
    locks: tuple[Lock, ...],
    people: list[Person],
    round_index: dict[int, int],
    topic_index: dict[int, int],
    problem: Problem,
) -> dict[int, dict[int, int]]:
    """Locks as person index -> {round index: topic index} (checked by ``checks.check_locks`` first)."""
    person_index = {person.id: i for i, person in enumerate(people)}
    by_id = {s.id: s for s in problem.sessions}
    table: dict[int, dict[int, int]] = {}
    for lock in locks:
        spec = by_id[lock.session_id]
        table.setdefault(person_index[lock.person_id], {})[round_index[lock.round]] = topic_index[spec.topic_id]
    return table
