"""The engine's optimum against an independent MILP (one 0/1 variable per person, topic and round).

The reference model is written here with highspy's own modelling layer, not
with the engine's code, on medium instances: uniform ones (where the engine
takes the two-stage route) and ones with round-specific capacities, topics
missing from some rounds, and locked people (where it must not).
"""

from __future__ import annotations

import random

import highspy
import pytest

from konferenz_cli.assign import Lock, Options, Person, Problem, SessionSpec
from konferenz_cli.assign.checks import validate
from konferenz_cli.assign.engine import assign
from tests.assign.brute import unranked_cost


def _instance(seed: int, people: int, topics: int, rounds: int, kind: str) -> Problem:
    rng = random.Random(seed)
    popularity = [1.0 / (t + 1) for t in range(topics)]
    persons = []
    for person_id in range(1, people + 1):
        length = 0 if rng.random() < 0.08 else rng.randint(1, min(topics, 4))
        pool = list(range(1, topics + 1))
        weights = list(popularity)
        wishes = []
        for _ in range(length):
            pick = rng.choices(range(len(pool)), weights=weights)[0]
            wishes.append(pool.pop(pick))
            weights.pop(pick)
        persons.append(Person(person_id, tuple(wishes), {"organisation": f"O{rng.randint(1, 6)}"}))
    base = -(-int(people * 1.15) // topics)
    sessions = []
    for round_number in range(1, rounds + 1):
        for topic in range(1, topics + 1):
            capacity = base
            if kind in ("varying", "locked"):
                capacity = max(1, int(base * rng.uniform(0.7, 1.3)))
            if kind == "varying" and topic == topics and round_number == 1:
                continue
            sessions.append(SessionSpec(len(sessions) + 1, topic, round_number, capacity))
    for round_number in range(1, rounds + 1):
        here = [s for s in sessions if s.round == round_number]
        missing = people - sum(s.capacity or 0 for s in here)
        if missing > 0:
            first = here[0]
            sessions[sessions.index(first)] = SessionSpec(
                first.id, first.topic_id, first.round, (first.capacity or 0) + missing
            )
    locks = []
    if kind == "locked":
        for person in rng.sample(persons, 4):
            session = rng.choice(sessions)
            locks.append(Lock(person.id, session.round, session.id))
    return Problem(tuple(persons), tuple(range(1, rounds + 1)), tuple(sessions), tuple(locks))


class Reference:
    """The plain MILP for ``problem``."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.unranked = unranked_cost(problem)
        self.locks = {(lock.person_id, lock.round): lock.session_id for lock in problem.locks}

    def cost(self, person: Person, topic: int) -> int:
        wishes = list(dict.fromkeys(person.preferences))
        return wishes.index(topic) if topic in wishes else self.unranked

    def solve(self, price, worst: int | None = None) -> float | None:
        h = highspy.Highs()
        h.silent()
        h.setOptionValue("time_limit", 120.0)
        open_sessions = [s for s in self.problem.sessions if not s.cancelled]
        running = {s.topic_id for s in open_sessions}
        x = {}
        for person in self.problem.people:
            for session in open_sessions:
                x[person.id, session.id] = h.addBinary(obj=price(self.cost(person, session.topic_id)))
        for person in self.problem.people:
            for round_number in self.problem.rounds:
                here = [x[person.id, s.id] for s in open_sessions if s.round == round_number]
                h.addConstr(h.qsum(here) == 1)
                locked = self.locks.get((person.id, round_number))
                if locked is not None:
                    h.addConstr(x[person.id, locked] == 1)
            for topic in running:
                h.addConstr(h.qsum([x[person.id, s.id] for s in open_sessions if s.topic_id == topic]) <= 1)
            if worst is not None:
                locked_rounds = {r for (p, r) in self.locks if p == person.id}
                locked_topics = {s.topic_id for s in open_sessions if self.locks.get((person.id, s.round)) == s.id}
                wished = [t for t in dict.fromkeys(person.preferences) if t in running and t not in locked_topics]
                excused = max(0, len(self.problem.rounds) - len(locked_rounds) - len(wished))
                over = [
                    x[person.id, s.id]
                    for s in open_sessions
                    if s.round not in locked_rounds and self.cost(person, s.topic_id) > worst
                ]
                if over:
                    h.addConstr(h.qsum(over) <= excused)
        for session in open_sessions:
            if session.capacity is not None:
                h.addConstr(h.qsum([x[p.id, session.id] for p in self.problem.people]) <= session.capacity)
        h.run()
        if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return round(h.getInfo().objective_function_value)

    def fair(self) -> tuple[int, float]:
        costs = sorted({c for person in self.problem.people for c in range(len(person.preferences))} | {self.unranked})
        for bound in costs:
            value = self.solve(lambda c: c, worst=bound)
            if value is not None:
                return bound, value
        raise AssertionError("infeasible")


CASES = [
    (11, 36, 5, 3, "uniform"),
    (12, 40, 4, 2, "varying"),
    (13, 32, 5, 3, "varying"),
    (14, 40, 5, 3, "locked"),
    (15, 30, 6, 3, "locked"),
]


@pytest.mark.parametrize(("seed", "people", "topics", "rounds", "kind"), CASES)
@pytest.mark.parametrize("objective", ["total", "squared"])
def test_engine_value_equals_the_independent_milp(
    seed: int, people: int, topics: int, rounds: int, kind: str, objective: str
) -> None:
    problem = _instance(seed, people, topics, rounds, kind)
    price = (lambda c: c) if objective == "total" else (lambda c: c * c)

    result = assign(problem, Options(objective=objective))

    assert validate(problem, result.placements) == []
    assert result.certificate.proven_optimal
    assert result.certificate.value == Reference(problem).solve(price)


@pytest.mark.parametrize(("seed", "people", "topics", "rounds", "kind"), CASES)
def test_fair_worst_rank_and_total_equal_the_independent_milp(
    seed: int, people: int, topics: int, rounds: int, kind: str
) -> None:
    problem = _instance(seed, people, topics, rounds, kind)

    result = assign(problem, Options(objective="fair"))
    worst, total = Reference(problem).fair()

    unranked = unranked_cost(problem)
    engine_worst = unranked if result.certificate.worst_rank_unranked else (result.certificate.worst_rank or 1) - 1
    assert engine_worst == worst
    assert result.certificate.value == total
    assert result.certificate.proven_optimal
