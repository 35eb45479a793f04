"""Rules every assignment must keep: checked before solving (with numbers) and after (always).

:func:`check_problem` finds inputs no assignment can satisfy and says why with
the numbers a person can act on: how many seats a round lacks, which session
has more locked people than seats, who cannot be placed in which round.
:func:`validate` checks a finished assignment against every rule; the engine
runs it on every result before returning it, and the tests use it too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from konferenz_cli.assign.model import AssignmentInfeasible, Lock, Placement, Problem, SessionSpec

__all__ = ["check_problem", "validate"]


def _infeasible(key: str, items: Sequence[tuple[str, Mapping[str, Any]]] = (), **params: Any) -> AssignmentInfeasible:
    return AssignmentInfeasible(key, list(items), **params)


def check_problem(problem: Problem) -> None:
    """Raise :class:`AssignmentInfeasible` if the problem has no solution for a reason we can name."""
    _check_identities(problem)
    sessions = {s.id: s for s in problem.sessions}
    _check_locks(problem, sessions)
    _check_seats(problem)
    _check_people(problem, sessions)


def _check_identities(problem: Problem) -> None:
    people = Counter(person.id for person in problem.people)
    sessions = Counter(session.id for session in problem.sessions)
    if any(count > 1 for count in people.values()) or any(count > 1 for count in sessions.values()):
        raise ValueError("people and sessions need unique ids")
    slots = Counter((session.topic_id, session.round) for session in problem.sessions)
    if any(count > 1 for count in slots.values()):
        raise ValueError("a topic can have only one session per round")
    known = set(people)
    rounds = set(problem.rounds)
    seen: set[tuple[int, int]] = set()
    by_id = {session.id: session for session in problem.sessions}
    for lock in problem.locks:
        if lock.person_id not in known or lock.session_id not in by_id or lock.round not in rounds:
            raise ValueError(f"lock {lock} names an unknown person, session or round")
        if by_id[lock.session_id].round != lock.round:
            raise ValueError(f"lock {lock}: the session is not in that round")
        if (lock.person_id, lock.round) in seen:
            raise ValueError(f"two locks for person {lock.person_id} in round {lock.round}")
        seen.add((lock.person_id, lock.round))


def _label(problem: Problem, person_id: int) -> str:
    person = next(p for p in problem.people if p.id == person_id)
    return person.label or f"#{person_id}"


def _check_locks(problem: Problem, sessions: dict[int, SessionSpec]) -> None:
    per_session: dict[int, list[Lock]] = defaultdict(list)
    per_person_topic: dict[tuple[int, int], list[Lock]] = defaultdict(list)
    for lock in problem.locks:
        session = sessions[lock.session_id]
        if not session.is_open:
            raise _infeasible(
                "assign.infeasible.lock_closed",
                person=_label(problem, lock.person_id),
                round=lock.round,
                topic=session.label,
            )
        per_session[session.id].append(lock)
        per_person_topic[(lock.person_id, session.topic_id)].append(lock)
    for session_id, locks in sorted(per_session.items()):
        session = sessions[session_id]
        if session.capacity is not None and len(locks) > session.capacity:
            raise _infeasible(
                "assign.infeasible.lock_capacity",
                topic=session.label,
                round=session.round,
                locked=len(locks),
                capacity=session.capacity,
            )
    for (person_id, _topic_id), locks in sorted(per_person_topic.items()):
        if len(locks) > 1:
            raise _infeasible(
                "assign.infeasible.lock_repeat",
                person=_label(problem, person_id),
                topic=sessions[locks[0].session_id].label,
                rounds=", ".join(str(lock.round) for lock in sorted(locks, key=lambda lock: lock.round)),
            )


def _check_seats(problem: Problem) -> None:
    people = len(problem.people)
    if not people:
        return
    shortages = []
    for round_number in sorted(set(problem.rounds)):
        open_here = [s for s in problem.sessions if s.round == round_number and s.is_open]
        if any(s.capacity is None for s in open_here):
            continue
        seats = sum(s.capacity or 0 for s in open_here)
        if seats < people:
            shortages.append(
                ("assign.infeasible.seats_round", {"round": round_number, "missing": people - seats, "seats": seats})
            )
    if shortages:
        raise _infeasible("assign.infeasible.seats", shortages, people=people)


def _check_people(problem: Problem, sessions: dict[int, SessionSpec]) -> None:
    """Every person must have distinct topics with a free seat for their unlocked rounds."""
    locked_in: dict[int, dict[int, int]] = defaultdict(dict)
    locked_count: Counter[int] = Counter()
    for lock in problem.locks:
        locked_in[lock.person_id][lock.round] = sessions[lock.session_id].topic_id
        locked_count[lock.session_id] += 1
    open_slots: dict[int, set[int]] = defaultdict(set)
    for session in problem.sessions:
        if session.round not in problem.rounds or not session.is_open:
            continue
        if session.capacity is None or session.capacity > locked_count[session.id]:
            open_slots[session.round].add(session.topic_id)
    cache: dict[tuple[tuple[int, int], ...], int | None] = {}
    for person in sorted(problem.people, key=lambda p: p.id):
        mine = locked_in.get(person.id, {})
        key = tuple(sorted(mine.items()))
        if key not in cache:
            cache[key] = _unfillable_round(problem.rounds, open_slots, mine)
        round_number = cache[key]
        if round_number is not None:
            raise _infeasible(
                "assign.infeasible.person",
                person=person.label or f"#{person.id}",
                round=round_number,
                topics=len(open_slots.get(round_number, set())),
            )


def _unfillable_round(
    rounds: Iterable[int], open_slots: Mapping[int, set[int]], locked: Mapping[int, int]
) -> int | None:
    """A round that cannot get a distinct topic (bipartite matching of rounds to topics), or None."""
    taken = set(locked.values())
    match: dict[int, int] = {}

    def augment(round_number: int, seen: set[int]) -> bool:
        for topic in sorted(open_slots.get(round_number, set()) - taken):
            if topic in seen:
                continue
            seen.add(topic)
            if topic not in match or augment(match[topic], seen):
                match[topic] = round_number
                return True
        return False

    for round_number in sorted(set(rounds)):
        if round_number in locked:
            continue
        if not augment(round_number, set()):
            return round_number
    return None


def validate(problem: Problem, placements: Iterable[Placement], cancelled: Iterable[int] = ()) -> list[str]:
    """Every broken rule of ``placements`` as a sentence; an empty list means the assignment is valid.

    Rules: one session per person and round for every person, sessions open and
    in their round (and not in ``cancelled``), no topic twice for a person,
    capacities kept, locks kept, ranks reported correctly, nobody unknown.
    """
    problems: list[str] = []
    sessions = {s.id: s for s in problem.sessions}
    closed = set(cancelled)
    people = {person.id: person for person in problem.people}
    rounds = set(problem.rounds)
    seen: dict[tuple[int, int], Placement] = {}
    topics_of: dict[int, list[int]] = defaultdict(list)
    sizes: Counter[int] = Counter()
    for placement in placements:
        key = (placement.person_id, placement.round)
        if placement.person_id not in people:
            problems.append(f"unknown person {placement.person_id}")
            continue
        if placement.round not in rounds:
            problems.append(f"person {placement.person_id} placed in unknown round {placement.round}")
            continue
        if key in seen:
            problems.append(f"person {placement.person_id} placed twice in round {placement.round}")
            continue
        seen[key] = placement
        session = sessions.get(placement.session_id)
        if session is None:
            problems.append(f"person {placement.person_id}: unknown session {placement.session_id}")
            continue
        if session.round != placement.round or session.topic_id != placement.topic_id:
            problems.append(f"person {placement.person_id}: session {session.id} is not topic/round of the placement")
        if not session.is_open or session.id in closed:
            problems.append(f"person {placement.person_id} placed in closed session {session.id}")
        wishes = list(dict.fromkeys(people[placement.person_id].preferences))
        rank = wishes.index(session.topic_id) + 1 if session.topic_id in wishes else None
        if placement.rank != rank:
            problems.append(f"person {placement.person_id}: rank {placement.rank} reported, {rank} true")
        topics_of[placement.person_id].append(session.topic_id)
        sizes[session.id] += 1
    for person_id in people:
        for round_number in rounds:
            if (person_id, round_number) not in seen:
                problems.append(f"person {person_id} has no session in round {round_number}")
    for person_id, topics in topics_of.items():
        repeated = [topic for topic, count in Counter(topics).items() if count > 1]
        if repeated:
            problems.append(f"person {person_id} has topic(s) {repeated} more than once")
    for session_id, size in sizes.items():
        capacity = sessions[session_id].capacity
        if capacity is not None and size > capacity:
            problems.append(f"session {session_id} holds {size} people, capacity {capacity}")
    for lock in problem.locks:
        placed = seen.get((lock.person_id, lock.round))
        if placed is None or placed.session_id != lock.session_id:
            problems.append(f"lock of person {lock.person_id} in round {lock.round} not kept")
    return problems
