"""What organisers do without an optimiser: first come, first served, and random serial dictatorship.

Both let one person after the other pick: their wishes in order, each into the
first round where it still has a seat, then any free topic for the rounds
left. First-come takes people in registration order; random serial
dictatorship shuffles them first (tru-soft Projektwoche does this so list order
gives no advantage). A person can end up with no legal session in a round:
every session with a free seat is a topic they already have.
"""

from __future__ import annotations

import random

from konferenz_cli.assign import Problem

__all__ = ["first_come", "serial_dictatorship"]

Schedule = dict[tuple[int, int], int]


def _pick(problem: Problem, order: list[int]) -> tuple[Schedule, int]:
    """(person id, round) -> session id, and how many (person, round) slots stayed empty."""
    rounds = sorted(problem.rounds)
    open_sessions = [s for s in problem.sessions if not s.cancelled and (s.capacity is None or s.capacity > 0)]
    slot = {(s.topic_id, s.round): s for s in open_sessions}
    free = {s.id: (s.capacity if s.capacity is not None else len(problem.people)) for s in open_sessions}
    people = {p.id: p for p in problem.people}
    schedule: Schedule = {}
    empty = 0
    for person_id in order:
        taken: set[int] = set()
        mine: dict[int, int] = {}
        for topic in dict.fromkeys(people[person_id].preferences):
            for round_number in rounds:
                session = slot.get((topic, round_number))
                if round_number in mine or session is None or free[session.id] == 0:
                    continue
                mine[round_number] = session.id
                free[session.id] -= 1
                taken.add(topic)
                break
        for round_number in rounds:
            if round_number in mine:
                continue
            options = [
                s for s in open_sessions if s.round == round_number and free[s.id] > 0 and s.topic_id not in taken
            ]
            if not options:
                empty += 1
                continue
            best = max(options, key=lambda s: (free[s.id], -s.topic_id))
            mine[round_number] = best.id
            free[best.id] -= 1
            taken.add(best.topic_id)
        for round_number, session_id in mine.items():
            schedule[(person_id, round_number)] = session_id
    return schedule, empty


def first_come(problem: Problem) -> tuple[Schedule, int]:
    """People pick in registration order (by id)."""
    return _pick(problem, sorted(p.id for p in problem.people))


def serial_dictatorship(problem: Problem, seed: int = 0) -> tuple[Schedule, int]:
    """People pick in a random order."""
    order = sorted(p.id for p in problem.people)
    random.Random(seed).shuffle(order)
    return _pick(problem, order)
