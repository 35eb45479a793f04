"""The engine against a brute-force optimum, the rules, and itself (determinism)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from konferenz_cli.assign import (
    AssignmentInfeasible,
    Lock,
    Options,
    Person,
    Problem,
    SessionSpec,
)
from konferenz_cli.assign.checks import validate
from konferenz_cli.assign.engine import assign
from tests.assign.brute import brute_force, unranked_cost
from tests.assign.strategies import problems

FAST = settings(
    max_examples=int(__import__("os").environ.get("ASSIGN_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _worst_counted(problem: Problem, certificate) -> int:
    """The certificate's worst rank as the brute force counts it (0-based cost, -1 for none)."""
    if certificate.worst_rank_unranked:
        return unranked_cost(problem)
    return -1 if certificate.worst_rank is None else certificate.worst_rank - 1


def _engine_value(problem: Problem, objective: str, result) -> tuple:
    certificate = result.certificate
    if objective == "fair":
        return (_worst_counted(problem, certificate), round(certificate.value))
    return (round(certificate.value),)


@pytest.mark.parametrize("objective", ["fair", "total", "squared"])
@FAST
@given(problem=problems())
def test_engine_matches_brute_force_on_tiny_problems(objective: str, problem: Problem) -> None:
    best = brute_force(problem, objective)
    if best is None:
        with pytest.raises(AssignmentInfeasible):
            assign(problem, Options(objective=objective))
        return
    result = assign(problem, Options(objective=objective))

    assert validate(problem, result.placements) == []
    assert _engine_value(problem, objective, result) == best
    assert result.certificate.proven_optimal
    assert result.certificate.bound == pytest.approx(result.certificate.value)


@FAST
@given(problem=problems(uniform=True, with_locks=False))
def test_uniform_problems_take_the_exact_two_stage_path(problem: Problem) -> None:
    best = brute_force(problem, "total")
    if best is None:
        return
    result = assign(problem, Options(objective="total"))

    assert result.certificate.method in {"two-stage", "empty"}
    assert (round(result.certificate.value),) == best


@FAST
@given(problem=problems(uniform=True, with_locks=False))
def test_total_takes_the_fairest_of_the_best_totals(problem: Problem) -> None:
    """SPEC.md: the best total satisfaction, and among equals the fairest (the best worst rank)."""
    best = brute_force(problem, "total_then_fair")
    if best is None:
        return
    result = assign(problem, Options(objective="total"))

    assert (round(result.certificate.value), _worst_counted(problem, result.certificate)) == best


@FAST
@given(problem=problems(), seed=st.integers(0, 5))
def test_same_input_and_seed_give_the_same_assignment(problem: Problem, seed: int) -> None:
    try:
        first = assign(problem, Options(seed=seed, spread="organisation", balance="sector"))
    except AssignmentInfeasible:
        return
    again = assign(problem, Options(seed=seed, spread="organisation", balance="sector"))
    reordered = Problem(
        people=tuple(reversed(problem.people)),
        rounds=tuple(reversed(problem.rounds)),
        sessions=tuple(reversed(problem.sessions)),
        locks=problem.locks,
    )
    shuffled_input = assign(reordered, Options(seed=seed, spread="organisation", balance="sector"))

    assert again.placements == first.placements
    assert shuffled_input.placements == first.placements


@FAST
@given(problem=problems())
def test_soft_goals_never_cost_rank_quality(problem: Problem) -> None:
    try:
        plain = assign(problem, Options())
    except AssignmentInfeasible:
        return
    soft = assign(problem, Options(spread="organisation", balance="sector", even_sizes=True))

    assert validate(problem, soft.placements) == []
    assert soft.certificate.value == plain.certificate.value
    assert soft.certificate.worst_rank == plain.certificate.worst_rank
    for figure in soft.soft:
        if figure.name == "total":
            assert figure.after <= figure.before + 1e-9


def test_unranked_topics_cost_more_than_any_wish() -> None:
    people = (Person(1, (1,)), Person(2, ()))
    sessions = (SessionSpec(1, 1, 1, 1), SessionSpec(2, 2, 1, 1))
    result = assign(Problem(people, (1,), sessions), Options(objective="total"))

    by_person = {p.person_id: p for p in result.placements}
    assert by_person[1].topic_id == 1
    assert by_person[1].rank == 1
    assert by_person[2].rank is None
    assert result.certificate.value == 20


def test_too_few_seats_name_the_round_and_how_many_are_missing() -> None:
    people = tuple(Person(i, (1, 2)) for i in range(1, 8))
    sessions = (
        SessionSpec(1, 1, 1, 3),
        SessionSpec(2, 2, 1, 4),
        SessionSpec(3, 1, 2, 3),
        SessionSpec(4, 2, 2, 2),
    )
    with pytest.raises(AssignmentInfeasible) as caught:
        assign(Problem(people, (1, 2), sessions))

    assert caught.value.key == "assign.infeasible.seats"
    assert caught.value.items == [("assign.infeasible.seats_round", {"round": 2, "missing": 2, "seats": 5})]


def test_locks_over_capacity_are_refused() -> None:
    people = tuple(Person(i, (1,)) for i in range(1, 4))
    sessions = (SessionSpec(1, 1, 1, 2, topic_name="Sprache"), SessionSpec(2, 2, 1, 5))
    locks = tuple(Lock(i, 1, 1) for i in range(1, 4))
    with pytest.raises(AssignmentInfeasible) as caught:
        assign(Problem(people, (1,), sessions, locks))

    assert caught.value.key == "assign.infeasible.lock_capacity"
    assert caught.value.params == {"topic": "Sprache", "round": 1, "locked": 3, "capacity": 2}


def test_a_person_with_no_topic_left_for_a_round_is_named() -> None:
    people = (Person(1, (1, 2), label="amina@example.org"), Person(2, (2,)))
    sessions = (SessionSpec(1, 1, 1, 5), SessionSpec(2, 2, 1, 5), SessionSpec(3, 1, 2, 5))
    locks = (Lock(1, 1, 1),)
    with pytest.raises(AssignmentInfeasible) as caught:
        assign(Problem(people, (1, 2), sessions, locks))

    assert caught.value.key == "assign.infeasible.person"
    assert caught.value.params["person"] == "amina@example.org"
    assert caught.value.params["round"] == 2


def test_locked_people_stay_and_are_marked() -> None:
    people = tuple(Person(i, (1, 2)) for i in range(1, 5))
    sessions = (SessionSpec(1, 1, 1, 2), SessionSpec(2, 2, 1, 2), SessionSpec(3, 1, 2, 2), SessionSpec(4, 2, 2, 2))
    locks = (Lock(4, 1, 2),)
    result = assign(Problem(people, (1, 2), sessions, locks))

    placed = {(p.person_id, p.round): p for p in result.placements}
    assert placed[(4, 1)].session_id == 2
    assert placed[(4, 1)].locked
    assert not placed[(1, 1)].locked
    assert result.certificate.proven_optimal


def test_keep_existing_moves_only_who_must_move() -> None:
    people = tuple(Person(i, (1, 2, 3)) for i in range(1, 7))
    sessions = tuple(
        SessionSpec(index, topic, round_number, 3)
        for index, (topic, round_number) in enumerate(((t, r) for r in (1, 2) for t in (1, 2, 3)), start=1)
    )
    first = assign(Problem(people, (1, 2), sessions))
    stored = tuple(Lock(p.person_id, p.round, p.session_id) for p in first.placements)
    newcomer = Person(7, (1, 2))
    shrunk = tuple(SessionSpec(s.id, s.topic_id, s.round, 2 if s.id == 1 else s.capacity) for s in sessions)

    again = assign(Problem(people + (newcomer,), (1, 2), shrunk, previous=stored), Options(keep_existing=True))

    # Session 1 lost a seat (one person must leave it); the newcomer needs two
    # different topics, but every round-2 seat of topics 1 and 2 is taken:
    # one more person moves to make room, and nobody else.
    assert validate(Problem(people + (newcomer,), (1, 2), shrunk), again.placements) == []
    assert sorted(move.reason for move in again.moves) == ["capacity", "room"]
    assert again.kept == len(stored) - 2


def test_keep_existing_keeps_everyone_when_the_newcomer_fits() -> None:
    people = tuple(Person(i, (1, 2)) for i in range(1, 5))
    sessions = tuple(
        SessionSpec(index, topic, round_number, 4)
        for index, (topic, round_number) in enumerate(((t, r) for r in (1, 2) for t in (1, 2, 3)), start=1)
    )
    first = assign(Problem(people, (1, 2), sessions))
    stored = tuple(Lock(p.person_id, p.round, p.session_id) for p in first.placements)

    again = assign(
        Problem(people + (Person(5, (2, 1)),), (1, 2), sessions, previous=stored), Options(keep_existing=True)
    )

    assert again.moves == ()
    assert again.kept == len(stored)
    assert {p.person_id for p in again.placements} == {1, 2, 3, 4, 5}


def test_keep_existing_reports_the_worst_rank_of_the_kept_assignments() -> None:
    people = tuple(Person(i, (1, 2, 3)) for i in range(1, 7))
    sessions = tuple(
        SessionSpec(index, topic, round_number, 2)
        for index, (topic, round_number) in enumerate(((t, r) for r in (1, 2) for t in (1, 2, 3)), start=1)
    )
    first = assign(Problem(people, (1, 2), sessions))
    stored = tuple(Lock(p.person_id, p.round, p.session_id) for p in first.placements)

    again = assign(Problem(people, (1, 2), sessions, previous=stored), Options(keep_existing=True))

    assert again.kept == len(stored)
    assert first.certificate.worst_rank is not None
    assert again.certificate.worst_rank == first.certificate.worst_rank
    assert not again.certificate.worst_rank_unranked


def test_min_size_cancel_reassigns_the_people_of_a_small_session() -> None:
    people = tuple(Person(i, (1, 2) if i < 6 else (3, 1)) for i in range(1, 8))
    sessions = (
        SessionSpec(1, 1, 1, 10, min_size=3),
        SessionSpec(2, 2, 1, 10, min_size=3),
        SessionSpec(3, 3, 1, 10, min_size=3),
    )
    kept = assign(Problem(people, (1,), sessions), Options(min_size="keep"))
    cancelled = assign(Problem(people, (1,), sessions), Options(min_size="cancel"))

    assert kept.under_minimum == (2, 3)
    assert set(cancelled.cancelled_sessions) == {2, 3}
    assert {p.session_id for p in cancelled.placements} == {1}


def test_importing_the_engine_loads_no_cli_or_database_library() -> None:
    code = (
        "import sys, konferenz_cli.assign.engine, konferenz_cli.assign.explain;"
        "print(sorted(m for m in ('typer', 'rich', 'sqlite_utils', 'click') if m in sys.modules))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout

    assert output.strip() == "[]"


def test_sets_that_cannot_be_put_into_rounds_fall_back_to_the_full_model() -> None:
    # Topics 1 and 2 run only in round 1: the relaxed first stage gives people
    # both, which no round assignment can honour; the session-level model can.
    people = tuple(Person(i, (1, 2)) for i in range(1, 5))
    sessions = (
        SessionSpec(1, 1, 1, 4),
        SessionSpec(2, 2, 1, 4),
        SessionSpec(3, 3, 1, 4),
        SessionSpec(4, 3, 2, 4),
    )
    problem = Problem(people, (1, 2), sessions)

    result = assign(problem, Options(objective="total"))

    assert result.certificate.method == "milp"
    assert result.certificate.proven_optimal
    assert (result.certificate.value,) == brute_force(problem, "total")


@FAST
@given(problem=problems())
def test_the_quick_start_assignment_keeps_every_rule_when_complete(problem: Problem) -> None:
    from konferenz_cli.assign import Placement
    from konferenz_cli.assign.checks import check_problem
    from konferenz_cli.assign.greedy import greedy_schedule
    from konferenz_cli.assign.instance import compile_problem

    try:
        check_problem(problem)
    except AssignmentInfeasible:
        return
    instance = compile_problem(problem, 0)
    schedule = greedy_schedule(instance, instance.cost.astype(float))
    if schedule is None:
        return
    placements = [
        Placement(
            person.id,
            number,
            instance.session(int(schedule[i, r]), r).id,
            instance.topics[int(schedule[i, r])],
            int(instance.rank[i, int(schedule[i, r])]) or None,
        )
        for i, person in enumerate(instance.people)
        for r, number in enumerate(instance.rounds)
    ]

    assert validate(problem, placements) == []
