"""The assignment engine: :func:`assign` turns a :class:`Problem` into a checked :class:`Result`.

How it solves (see the modules for the mathematics):

1. Check the input for reasons no assignment can exist (``checks``).
2. Rank objective, exactly. Stage one (``topics``) picks each person's topics
   by a transportation LP whose vertices are integral; for ``fair`` it first
   finds the smallest worst rank. If every topic runs in every round with the
   same capacity and nothing is locked, stage two (``colouring``) puts the
   topics into rounds by König's edge colouring and the LP optimum is the
   proven optimum. Otherwise a small integer program puts the chosen sets
   into rounds, and if they do not fit, the full session-level integer
   program runs within the time limit (``rounds``).
3. Soft goals, lexicographically below the rank objective: on the set of
   rank-optimal solutions (the optimal face), then by swaps that keep every
   person's topics (``soft``).
4. Minimum sizes: with ``cancel``, the emptiest session below its minimum is
   cancelled and everything solved again, as school tools do.
5. Every result is validated against every rule before it is returned.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from konferenz_cli.assign.checks import check_problem, validate
from konferenz_cli.assign.clock import Clock
from konferenz_cli.assign.colouring import rounds_for_sets
from konferenz_cli.assign.greedy import greedy_schedule
from konferenz_cli.assign.instance import Instance, compile_problem
from konferenz_cli.assign.model import (
    AssignmentInfeasible,
    Certificate,
    Lock,
    Move,
    Note,
    Options,
    Placement,
    Problem,
    Result,
    SessionSpec,
    SoftFigure,
)
from konferenz_cli.assign.rounds import diagnose_unplaceable, round_assignment, soft_sessions, solve_sessions
from konferenz_cli.assign.soft import Polisher, SoftMeasures, measure
from konferenz_cli.assign.topics import (
    SetSolution,
    SoftGoals,
    fair_candidates,
    fair_sets,
    improve_soft_goals,
    objective_weights,
    solve_sets,
    total_then_fair_sets,
)

__all__ = ["assign", "worst_cost"]

#: Session-level soft-goal models up to this many person-topic-round columns are solved as MILPs.
SOFT_MILP_COLUMNS = 40_000


def assign(problem: Problem, options: Options | None = None) -> Result:
    """Assign every person of ``problem`` to one session per round (see the module docstring).

    Raises :class:`AssignmentInfeasible` when no assignment keeps every rule.
    """
    options = options or Options()
    clock = Clock(options.time_limit)
    check_problem(problem)
    reasons: dict[tuple[int, int], str] = {}
    working = problem
    keeping = options.keep_existing and bool(problem.previous)
    if keeping:
        kept, reasons = _keepable(problem, options.seed)
        working = dataclasses.replace(problem, locks=problem.locks + tuple(kept))
    try:
        solved = _solve(working, options, clock)
    except AssignmentInfeasible:
        if not keeping:
            raise
        solved = _solve_with_fewest_changes(problem, options, clock)
        working = problem
    cancelled: list[int] = []
    notes: list[Note] = []
    if options.min_size == "cancel":
        solved, cancelled, notes = _cancel_small_sessions(working, options, clock, solved)
    result = _result(problem, options, solved, clock, cancelled, notes, reasons if keeping else None)
    broken = validate(dataclasses.replace(problem, sessions=_closed(problem, cancelled)), result.placements, cancelled)
    if broken:
        raise RuntimeError("the engine produced an invalid assignment: " + "; ".join(broken[:5]))
    return result


# --- one solve -------------------------------------------------------------------------


@dataclass
class _Solved:
    instance: Instance
    schedule: NDArray[np.int64]
    value: float
    bound: float
    proven: bool
    worst_proven: bool
    method: str
    soft: tuple[SoftFigure, ...] = ()
    notes: tuple[Note, ...] = ()


def _solve(problem: Problem, options: Options, clock: Clock) -> _Solved:
    instance = compile_problem(problem, options.seed)
    if instance.n == 0 or instance.k == 0:
        return _Solved(instance, np.zeros((instance.n, instance.k), dtype=np.int64), 0.0, 0.0, True, True, "empty")
    objective = "total" if options.objective == "fair" else options.objective
    weights, unranked_weight = objective_weights(instance, objective)
    bound: int | None = None
    if options.objective == "fair":
        fair = fair_sets(instance, clock, options.seed)
        if fair is None:
            raise _unplaceable(instance, clock, options.seed)
        sets, bound = fair.sets, (None if fair.bound >= instance.unranked else fair.bound)
    elif options.objective == "total":
        # The best total first; among the sets with that total, the fairest (as SPEC.md words it).
        best = total_then_fair_sets(instance, clock, options.seed)
        if best is None:
            raise _unplaceable(instance, clock, options.seed)
        sets = best.sets
    else:
        found = solve_sets(instance, weights, unranked_weight, None, clock, options.seed)
        if found is None:
            raise _unplaceable(instance, clock, options.seed)
        sets = found
    exact = instance.uniform and not instance.locks
    solved = _place(instance, sets, bound, exact, weights, unranked_weight, options, clock)
    goals = SoftGoals(options.spread, options.balance, options.even_sizes)
    if options.has_soft_goals:
        solved = _improve(solved, sets, bound, exact, goals, objective, options, clock)
    return solved


def _place(
    instance: Instance,
    sets: SetSolution,
    bound: int | None,
    exact: bool,
    weights: NDArray[np.int64],
    unranked_weight: float,
    options: Options,
    clock: Clock,
) -> _Solved:
    """Put the chosen topic sets into rounds (or solve at session level where that fails)."""
    if exact:
        schedule = rounds_for_sets(instance, sets.chosen)
        return _Solved(instance, schedule, sets.value, sets.bound, sets.proven, True, "two-stage")
    fitted = round_assignment(instance, sets.chosen, clock, options.seed)
    if fitted is not None:
        return _Solved(instance, fitted, sets.value, sets.bound, sets.proven, True, "two-stage+rounds")
    prices = np.where(instance.rank > 0, weights, unranked_weight).astype(np.float64)
    start = greedy_schedule(instance, prices)
    candidates = [None] if bound is None else [b for b in fair_candidates(instance) if b >= bound]
    worst_proven = True
    for candidate in candidates:
        limit = None if candidate is None or candidate >= instance.unranked else candidate
        solution, status = solve_sessions(instance, weights, unranked_weight, limit, clock, options.seed, start)
        if solution is not None:
            relaxed = sets.bound if limit == bound else solution.bound
            lower = max(solution.bound, relaxed)
            proven = solution.proven or lower >= solution.value - 0.5
            return _Solved(instance, solution.schedule, solution.value, lower, proven, worst_proven, "milp")
        if status != "infeasible":
            worst_proven = False
        if clock.expired():
            break
    if start is not None:
        # Out of time without a solution of our own: the quick complete assignment, with the relaxation's bound.
        value = float(prices[np.arange(instance.n)[:, None], start].sum())
        return _Solved(instance, start, value, sets.bound, False, False, "greedy")
    raise _unplaceable(instance, clock, options.seed)


def _improve(
    solved: _Solved,
    sets: SetSolution,
    bound: int | None,
    exact: bool,
    goals: SoftGoals,
    objective: str,
    options: Options,
    clock: Clock,
) -> _Solved:
    """Better soft goals at the same rank value; never worse than the plain optimum."""
    instance = solved.instance
    before = measure(instance, solved.schedule, goals)
    frozen = _frozen(instance)
    soft_bound: float | None = None
    schedule = solved.schedule
    if exact and solved.method == "two-stage":
        better = improve_soft_goals(instance, sets, objective, bound, goals, clock, options.seed)
        keys = _group_keys(instance, goals)
        schedule = rounds_for_sets(instance, better.chosen, keys)
        soft_bound = better.bound
    elif instance.n * instance.m * instance.k <= SOFT_MILP_COLUMNS:
        improved = soft_sessions(instance, solved.schedule, solved.value, objective, bound, goals, clock, options.seed)
        if improved is not None:
            schedule, soft_bound = improved
    schedule = Polisher(instance, schedule, goals, frozen).run(clock, options.seed)
    after = measure(instance, schedule, goals)
    if after.total > before.total:
        schedule, after = solved.schedule, before
    return dataclasses.replace(solved, schedule=schedule, soft=_figures(goals, before, after, soft_bound))


def _figures(
    goals: SoftGoals, before: SoftMeasures, after: SoftMeasures, bound: float | None
) -> tuple[SoftFigure, ...]:
    figures = []
    if goals.spread and before.spread is not None and after.spread is not None:
        figures.append(SoftFigure("spread", goals.spread, before.spread, after.spread))
    if goals.balance and before.balance is not None and after.balance is not None:
        figures.append(SoftFigure("balance", goals.balance, before.balance, after.balance))
    if goals.even_sizes and before.even is not None and after.even is not None:
        figures.append(SoftFigure("even", None, before.even, after.even))
    if bound is not None:
        figures.append(SoftFigure("total", None, before.total, after.total, bound=bound))
    return tuple(figures)


def _group_keys(instance: Instance, goals: SoftGoals) -> list[tuple[str, ...]]:
    """Seat grouping for stage two: people of one sector, and within it one organisation, together."""
    keys = []
    for person in instance.people:
        key = []
        if goals.balance:
            key.append(str(person.attributes.get(goals.balance) or ""))
        if goals.spread:
            key.append(str(person.attributes.get(goals.spread) or ""))
        keys.append(tuple(key))
    return keys


def _frozen(instance: Instance) -> NDArray[np.bool_]:
    frozen = np.zeros((instance.n, instance.k), dtype=bool)
    for person, rounds in instance.locks.items():
        for round_index in rounds:
            frozen[person, round_index] = True
    return frozen


def _unplaceable(instance: Instance, clock: Clock, seed: int) -> AssignmentInfeasible:
    """Why nothing fits: how many people cannot be placed in which round."""
    per_round = diagnose_unplaceable(instance, clock, seed)
    if not per_round:
        return AssignmentInfeasible("assign.infeasible.unknown")
    items: list[tuple[str, Mapping[str, Any]]] = []
    for round_index, people in per_round:
        example = instance.people[people[0]]
        items.append(
            (
                "assign.infeasible.unplaced_round",
                {
                    "round": instance.rounds[round_index],
                    "count": len(people),
                    "example": example.label or f"#{example.id}",
                },
            )
        )
    return AssignmentInfeasible("assign.infeasible.unplaced", items)


# --- worst rank and the result ------------------------------------------------------------


def worst_cost(instance: Instance, schedule: NDArray[np.int64], frozen: NDArray[np.bool_] | None = None) -> int | None:
    """The worst cost anyone got, not counting locked rounds and rounds they had no wish left for.

    ``frozen`` marks the rounds that do not count (default: every lock of the
    instance). None when nobody has a round that counts.
    """
    n, k = instance.n, instance.k
    if n == 0 or k == 0:
        return None
    costs = instance.cost[np.arange(n)[:, None], schedule].astype(np.int64)
    counted = ~(_frozen(instance) if frozen is None else frozen)
    costs = np.where(counted, costs, -1)
    ordered = -np.sort(-costs, axis=1)
    position = instance.excused if frozen is None else _excused(instance, schedule, counted)
    valid = position < counted.sum(axis=1)
    if not valid.any():
        return None
    picked = ordered[np.arange(n)[valid], position[valid]]
    picked = picked[picked >= 0]
    return int(picked.max()) if picked.size else None


def _excused(instance: Instance, schedule: NDArray[np.int64], counted: NDArray[np.bool_]) -> NDArray[np.int64]:
    """Per person, how many counted rounds had to go to a topic they did not rank (no wish left)."""
    ranked = instance.rank > 0
    frozen_topics = np.where(~counted, schedule, -1)
    ranked_left = ranked.sum(axis=1) - np.array(
        [sum(1 for topic in set(row) if topic >= 0 and ranked[i, topic]) for i, row in enumerate(frozen_topics)],
        dtype=np.int64,
    )
    excused: NDArray[np.int64] = np.maximum(0, counted.sum(axis=1) - ranked_left).astype(np.int64)
    return excused


def _result(
    problem: Problem,
    options: Options,
    solved: _Solved,
    clock: Clock,
    cancelled: list[int],
    notes: list[Note],
    reasons: dict[tuple[int, int], str] | None,
) -> Result:
    instance = solved.instance
    real_locks = {(lock.person_id, lock.round) for lock in problem.locks}
    placements = []
    for person_index, person in enumerate(instance.people):
        for round_index, round_number in enumerate(instance.rounds):
            topic = int(solved.schedule[person_index, round_index])
            session = instance.session(topic, round_index)
            rank = int(instance.rank[person_index, topic]) or None
            placements.append(
                Placement(
                    person_id=person.id,
                    round=round_number,
                    session_id=session.id,
                    topic_id=session.topic_id,
                    rank=rank,
                    locked=(person.id, round_number) in real_locks,
                )
            )
    moves: list[Move] = []
    kept = 0
    if reasons is not None:
        moves, kept = _moves(problem, placements, reasons)
    # Assignments kept by --keep-existing are locks while solving, but their ranks are what people
    # get: only real locks (facilitators, speakers) are left out of the worst rank.
    real = np.array(
        [[(person.id, number) in real_locks for number in instance.rounds] for person in instance.people],
        dtype=bool,
    ).reshape(instance.n, instance.k)
    worst = worst_cost(instance, solved.schedule, real if reasons is not None else None)
    certificate = Certificate(
        objective=options.objective,
        value=solved.value,
        bound=min(solved.bound, solved.value),
        proven_optimal=solved.proven and solved.worst_proven,
        worst_rank=None if worst is None or worst >= instance.unranked else worst + 1,
        worst_rank_unranked=worst is not None and worst >= instance.unranked,
        worst_rank_proven=solved.worst_proven,
        method=solved.method,
    )
    return Result(
        placements=tuple(placements),
        certificate=certificate,
        soft=solved.soft,
        cancelled_sessions=tuple(cancelled),
        under_minimum=tuple(_under_minimum(instance, solved.schedule)),
        moves=tuple(moves),
        kept=kept,
        solve_seconds=clock.elapsed(),
        notes=tuple(notes) + solved.notes,
    )


# --- minimum sizes ------------------------------------------------------------------------


def _sizes(instance: Instance, schedule: NDArray[np.int64]) -> dict[int, int]:
    sizes: dict[int, int] = {}
    for (topic, round_index), session in instance.sessions.items():
        sizes[session.id] = int((schedule[:, round_index] == topic).sum()) if instance.n else 0
    return sizes


def _under_minimum(instance: Instance, schedule: NDArray[np.int64]) -> list[int]:
    sizes = _sizes(instance, schedule)
    return [
        session.id
        for session in sorted(instance.sessions.values(), key=lambda s: (s.round, s.topic_id))
        if session.min_size and sizes[session.id] < session.min_size
    ]


def _closed(problem: Problem, cancelled: list[int]) -> tuple[SessionSpec, ...]:
    shut = set(cancelled)
    return tuple(dataclasses.replace(s, cancelled=True) if s.id in shut else s for s in problem.sessions)


def _cancel_small_sessions(
    problem: Problem, options: Options, clock: Clock, solved: _Solved
) -> tuple[_Solved, list[int], list[Note]]:
    """Cancel the emptiest session below its minimum and solve again, while that stays feasible."""
    cancelled: list[int] = []
    notes: list[Note] = []
    locked_sessions = {lock.session_id for lock in problem.locks}
    while True:
        sizes = _sizes(solved.instance, solved.schedule)
        under = [
            sid
            for sid in _under_minimum(solved.instance, solved.schedule)
            if sid not in locked_sessions and sid not in cancelled
        ]
        if not under:
            return solved, cancelled, notes
        empty = [sid for sid in under if sizes[sid] == 0]
        if empty:
            cancelled.extend(empty)
            continue
        victim = min(under, key=lambda sid: (sizes[sid], sid))
        trial = dataclasses.replace(problem, sessions=_closed(problem, cancelled + [victim]))
        try:
            check_problem(trial)
            solved = _solve(trial, options, clock)
        except AssignmentInfeasible:
            spec = next(s for s in problem.sessions if s.id == victim)
            notes.append(
                Note(
                    "assign.note.min_size_kept",
                    {"topic": spec.label, "round": spec.round, "size": sizes[victim], "min_size": spec.min_size},
                )
            )
            return solved, cancelled, notes
        cancelled.append(victim)


# --- keeping stored assignments ---------------------------------------------------------------


def _keepable(problem: Problem, seed: int) -> tuple[list[Lock], dict[tuple[int, int], str]]:
    """Stored assignments that can stay as they are, and why the others must move.

    Reasons: ``locked`` (locked elsewhere), ``closed`` (the session was
    cancelled or is gone), ``repeat`` (the topic came twice), ``capacity`` (the
    session has fewer seats now; those who wished for it most stay).
    """
    sessions = {s.id: s for s in problem.sessions}
    people = {p.id: p for p in problem.people}
    locked = {(lock.person_id, lock.round): lock for lock in problem.locks}
    locked_topics: dict[int, set[int]] = defaultdict(set)
    load: dict[int, int] = defaultdict(int)
    for lock in problem.locks:
        locked_topics[lock.person_id].add(sessions[lock.session_id].topic_id)
        load[lock.session_id] += 1
    reasons: dict[tuple[int, int], str] = {}
    candidates: list[Lock] = []
    for previous in sorted(problem.previous, key=lambda lock: (lock.person_id, lock.round)):
        key = (previous.person_id, previous.round)
        if previous.person_id not in people or previous.round not in problem.rounds:
            continue
        fixed = locked.get(key)
        if fixed is not None:
            if fixed.session_id != previous.session_id:
                reasons[key] = "locked"
            continue
        session = sessions.get(previous.session_id)
        if session is None or not session.is_open or session.round != previous.round:
            reasons[key] = "closed"
            continue
        candidates.append(previous)
    kept: list[Lock] = []
    topics_of: dict[int, set[int]] = defaultdict(set)
    for candidate in candidates:
        topic = sessions[candidate.session_id].topic_id
        if topic in topics_of[candidate.person_id] or topic in locked_topics[candidate.person_id]:
            reasons[(candidate.person_id, candidate.round)] = "repeat"
            continue
        topics_of[candidate.person_id].add(topic)
        kept.append(candidate)
    order = {person: position for position, person in enumerate(_seeded_ids(problem, seed))}
    by_session: dict[int, list[Lock]] = defaultdict(list)
    for candidate in kept:
        by_session[candidate.session_id].append(candidate)
    final: list[Lock] = []
    for session_id, group in sorted(by_session.items()):
        capacity = sessions[session_id].capacity
        room = len(group) if capacity is None else max(0, capacity - load[session_id])
        topic = sessions[session_id].topic_id

        def preference(lock: Lock, topic: int = topic) -> tuple[int, int]:
            wishes = list(dict.fromkeys(people[lock.person_id].preferences))
            rank = wishes.index(topic) if topic in wishes else len(wishes) + 1_000
            return rank, order[lock.person_id]

        group.sort(key=preference)
        final.extend(group[:room])
        for lock in group[room:]:
            reasons[(lock.person_id, lock.round)] = "capacity"
    return sorted(final, key=lambda lock: (lock.person_id, lock.round)), reasons


def _seeded_ids(problem: Problem, seed: int) -> list[int]:
    import random

    ids = sorted(person.id for person in problem.people)
    random.Random(seed).shuffle(ids)
    return ids


def _moves(
    problem: Problem, placements: list[Placement], reasons: dict[tuple[int, int], str]
) -> tuple[list[Move], int]:
    """Stored assignments that changed (with the reason; ``room`` when moved to make room) and how many stayed."""
    final = {(p.person_id, p.round): p.session_id for p in placements}
    moves: list[Move] = []
    kept = 0
    for previous in sorted(problem.previous, key=lambda lock: (lock.person_id, lock.round)):
        key = (previous.person_id, previous.round)
        if key not in final:
            continue
        if final[key] == previous.session_id:
            kept += 1
        else:
            moves.append(
                Move(previous.person_id, previous.round, previous.session_id, final[key], reasons.get(key, "room"))
            )
    return moves, kept


def _solve_with_fewest_changes(problem: Problem, options: Options, clock: Clock) -> _Solved:
    """When not every stored assignment can stay: keep as many as possible, then the best ranks."""
    from konferenz_cli.assign.rounds import fewest_changes

    instance = compile_problem(problem, options.seed)
    objective = "total" if options.objective == "fair" else options.objective
    weights, unranked_weight = objective_weights(instance, objective)
    found = fewest_changes(instance, weights, unranked_weight, clock, options.seed)
    if found is None:
        raise _unplaceable(instance, clock, options.seed)
    schedule, value, bound, proven = found
    return _Solved(instance, schedule, value, bound, proven, False, "milp-keep")
