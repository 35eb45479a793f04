"""A brute-force reference for tiny assignment problems, written independently of the engine.

It enumerates every way to give each person one open session per round with
distinct topics, keeps capacities and locks, and returns the best value for an
objective (None if nothing is feasible). The definitions follow the engine's
documented ones: rank cost = position in the wish list (0 for a first wish), an
unranked topic costs ``max(20, longest wish list, number of topics)``; ``fair``
compares (worst counted cost, total), where a person's locked rounds do not
count and neither do the worst ``f - w`` rounds of someone with ``f`` unlocked
rounds and only ``w`` wishes that run at all and are not locked.
"""

from __future__ import annotations

import itertools
from collections import Counter

from konferenz_cli.assign import Problem


def unranked_cost(problem: Problem) -> int:
    longest = max((len(p.preferences) for p in problem.people), default=0)
    return max(20, longest, len({s.topic_id for s in problem.sessions}))


def brute_force(problem: Problem, objective: str) -> tuple | None:
    """The optimal value: (worst, total) for ``fair``, (total,) for ``total``, (sum of squares,) for ``squared``,
    and (total, worst) for ``total_then_fair`` (the best total, then the fairest among equal totals)."""
    rounds = sorted(problem.rounds)
    open_sessions = [s for s in problem.sessions if not s.cancelled and (s.capacity is None or s.capacity > 0)]
    by_round = {r: [s for s in open_sessions if s.round == r] for r in rounds}
    running = {s.topic_id for s in open_sessions}
    unranked = unranked_cost(problem)
    locks = {(lock.person_id, lock.round): lock.session_id for lock in problem.locks}
    people = sorted(problem.people, key=lambda p: p.id)
    options = []
    for person in people:
        wishes = list(dict.fromkeys(person.preferences))
        choices = []
        for combo in itertools.product(*(by_round[r] for r in rounds)):
            topics = [s.topic_id for s in combo]
            if len(set(topics)) < len(topics):
                continue
            if any(locks.get((person.id, r), s.id) != s.id for r, s in zip(rounds, combo, strict=True)):
                continue
            costs = [wishes.index(t) if t in wishes else unranked for t in topics]
            locked = [(person.id, r) in locks for r in rounds]
            locked_topics = {s.topic_id for r, s in zip(rounds, combo, strict=True) if (person.id, r) in locks}
            free = sum(not flag for flag in locked)
            wished = sum(1 for t in wishes if t in running and t not in locked_topics)
            excused = max(0, free - wished)
            counted = sorted((c for c, flag in zip(costs, locked, strict=True) if not flag), reverse=True)[excused:]
            worst = max(counted, default=-1)
            choices.append(([s.id for s in combo], sum(costs), sum(c * c for c in costs), worst))
        options.append(choices)
    capacity = {s.id: s.capacity for s in open_sessions}
    best: tuple | None = None

    def search(index: int, load: Counter, total: int, squares: int, worst: int) -> None:
        nonlocal best
        if index == len(people):
            value = {
                "fair": (worst, total),
                "total": (total,),
                "squared": (squares,),
                "total_then_fair": (total, worst),
            }[objective]
            if best is None or value < best:
                best = value
            return
        for sessions, cost, square, own_worst in options[index]:
            if any(capacity[s] is not None and load[s] + 1 > capacity[s] for s in sessions):
                continue
            for s in sessions:
                load[s] += 1
            search(index + 1, load, total + cost, squares + square, max(worst, own_worst))
            for s in sessions:
                load[s] -= 1

    search(0, Counter(), 0, 0, -1)
    return best
