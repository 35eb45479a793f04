"""Session-level integer programs: where the two-stage method is not exact.

When a topic does not run in every round, has a different capacity per round,
or people are locked into sessions, choosing topic sets first and colouring
them into rounds may fail. Then:

1. :func:`round_assignment` tries to put the optimal topic sets of the relaxed
   stage one (capacity summed over rounds) into rounds with a small integer
   program (only the chosen topics). If it succeeds, the relaxation's optimum
   is reached, so the result is proven optimal.
2. Otherwise :func:`solve_sessions` solves the full model, one 0/1 column per
   person, topic and round, warm-started and within the time limit, and
   reports HiGHS's bound.

:func:`diagnose_unplaceable` finds, when nothing is feasible, how many people
cannot be placed in which round.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from konferenz_cli.assign.clock import Clock
from konferenz_cli.assign.highs import ModelBuilder, Outcome, solve
from konferenz_cli.assign.instance import Instance
from konferenz_cli.assign.topics import (
    MeasureRows,
    SoftGoals,
    allowed_edges,
    allowed_per_session,
    attribute_groups,
    solve_soft_goals,
)

__all__ = [
    "SessionModel",
    "build_session_model",
    "diagnose_unplaceable",
    "fewest_changes",
    "round_assignment",
    "schedule_columns",
    "soft_sessions",
    "solve_sessions",
]


@dataclass
class SessionModel:
    """A model with one column per (person, topic, round)."""

    builder: ModelBuilder
    person: NDArray[np.int64]
    topic: NDArray[np.int64]
    round: NDArray[np.int64]
    cols: NDArray[np.int64]
    session_rows: NDArray[np.int64]
    slack: NDArray[np.int64] | None = None

    def column_of(self, n: int, m: int, k: int) -> NDArray[np.int64]:
        """Column index per (person, topic, round), -1 where there is none."""
        table = np.full((n, m, k), -1, dtype=np.int64)
        table[self.person, self.topic, self.round] = self.cols
        return table

    def schedule(self, x: NDArray[np.float64], n: int, k: int) -> NDArray[np.int64]:
        """Topic index per person and round from column values (-1 where nobody was placed)."""
        schedule = np.full((n, k), -1, dtype=np.int64)
        picked = x[self.cols] > 0.5
        schedule[self.person[picked], self.round[picked]] = self.topic[picked]
        return schedule


def _candidates(instance: Instance, allowed: NDArray[np.bool_]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(person, topic, round) triples a model may use: allowed topics in offered sessions, locks respected."""
    usable = allowed[:, :, None] & instance.offered[None, :, :]
    for person, rounds in instance.locks.items():
        for locked_round, locked_topic in rounds.items():
            usable[person, :, locked_round] = False
            usable[person, locked_topic, :] = False
            usable[person, locked_topic, locked_round] = True
    order = np.asarray(instance.order, dtype=np.int64)
    rank_in_order, topic, round_index = np.nonzero(usable[order])
    return order[rank_in_order], topic.astype(np.int64), round_index.astype(np.int64)


def build_session_model(
    instance: Instance,
    costs: NDArray[np.float64],
    allowed: NDArray[np.bool_],
    high: NDArray[np.bool_] | None = None,
    exactly: NDArray[np.bool_] | None = None,
    slack_cost: float | None = None,
) -> SessionModel:
    """The session-level model.

    ``costs`` (n x m) price each topic for each person, ``allowed`` says which
    topics they may get, ``high`` which count against their excused rounds
    (fair objective). With ``exactly``, each person gets exactly those topics
    (the round assignment of given sets). With ``slack_cost``, a person may stay
    unplaced in a round at that cost (to find out who cannot be placed).
    """
    n, m, k = instance.n, instance.m, instance.k
    if exactly is not None:
        allowed = allowed & exactly
    person, topic, round_index = _candidates(instance, allowed)
    builder = ModelBuilder()
    lock_topic = np.full((n, k), -1, dtype=np.int64)
    for p, rounds in instance.locks.items():
        for r, t in rounds.items():
            lock_topic[p, r] = t
    locked = lock_topic[person, round_index] == topic
    cols = builder.add_cols(costs[person, topic], locked.astype(np.float64), 1.0, integer=True)
    place_rows = builder.add_rows(1.0, 1.0, n * k).reshape(n, k)
    builder.add_entries(cols, place_rows[person, round_index])
    slack = None
    if slack_cost is not None:
        slack = builder.add_cols(np.full(n * k, slack_cost), 0.0, 1.0, integer=True)
        builder.add_entries(slack, place_rows.reshape(-1))
    pair = person * m + topic
    unique_pairs, pair_index = np.unique(pair, return_inverse=True)
    if exactly is not None:
        pair_rows = builder.add_rows(1.0, 1.0, unique_pairs.size)
    else:
        pair_rows = builder.add_rows(-np.inf, 1.0, unique_pairs.size)
    builder.add_entries(cols, pair_rows[pair_index])
    limited = instance.offered & ~instance.unlimited
    session_rows = np.full((m, k), -1, dtype=np.int64)
    if limited.any():
        session_rows[limited] = builder.add_rows(-np.inf, instance.capacity[limited].astype(np.float64))
        capped = session_rows[topic, round_index] >= 0
        builder.add_entries(cols[capped], session_rows[topic[capped], round_index[capped]])
    if high is not None:
        counted = high[person, topic] & ~locked
        if counted.any():
            with_row = np.unique(person[counted])
            row_of = np.full(n, -1, dtype=np.int64)
            row_of[with_row] = builder.add_rows(np.full(with_row.size, -np.inf), instance.excused[with_row])
            builder.add_entries(cols[counted], row_of[person[counted]])
    return SessionModel(builder, person, topic, round_index, cols, session_rows, slack)


def schedule_columns(model: SessionModel, schedule: NDArray[np.int64], num_cols: int) -> NDArray[np.float64]:
    """Column values that describe ``schedule`` (for a warm start)."""
    values = np.zeros(num_cols)
    chosen = schedule[model.person, model.round] == model.topic
    values[model.cols[chosen]] = 1.0
    return values


def round_assignment(
    instance: Instance, chosen: NDArray[np.bool_], clock: Clock, seed: int
) -> NDArray[np.int64] | None:
    """Rounds for given topic sets, or None if they do not fit (or time ran out)."""
    allowed = np.ones((instance.n, instance.m), dtype=bool)
    model = build_session_model(instance, np.zeros((instance.n, instance.m)), allowed, exactly=chosen)
    outcome = solve(model.builder, mip=True, time_limit=clock.left(0.5), seed=seed)
    if outcome.x is None:
        return None
    schedule = model.schedule(outcome.x, instance.n, instance.k)
    return schedule if (schedule >= 0).all() else None


@dataclass
class SessionSolution:
    """A session-level solution: the schedule, its value and HiGHS's bound."""

    schedule: NDArray[np.int64]
    value: float
    bound: float
    proven: bool
    outcome: Outcome


def _prices(instance: Instance, weights: NDArray[np.int64], unranked_weight: float) -> NDArray[np.float64]:
    return np.where(instance.rank > 0, weights, unranked_weight).astype(np.float64)


def solve_sessions(
    instance: Instance,
    weights: NDArray[np.int64],
    unranked_weight: float,
    bound: int | None,
    clock: Clock,
    seed: int,
    start: NDArray[np.int64] | None = None,
) -> tuple[SessionSolution | None, str]:
    """The full model under the fair ``bound`` (a cost) if given, and HiGHS's status.

    The solution is None when the model is infeasible or nothing was found in time.
    """
    allowed, high, _locked = allowed_edges(instance, bound)
    model = build_session_model(
        instance, _prices(instance, weights, unranked_weight), allowed, high=high if bound is not None else None
    )
    warm = schedule_columns(model, start, model.builder.num_cols) if start is not None else None
    outcome = solve(model.builder, mip=True, time_limit=clock.left(), seed=seed, start=warm)
    if outcome.x is None:
        return None, outcome.status
    schedule = model.schedule(outcome.x, instance.n, instance.k)
    if not (schedule >= 0).all():
        return None, "failed"
    solution = SessionSolution(
        schedule=schedule,
        value=float(round(outcome.objective)),
        bound=float(outcome.dual_bound),
        proven=outcome.status == "optimal",
        outcome=outcome,
    )
    return solution, outcome.status


def soft_sessions(
    instance: Instance,
    schedule: NDArray[np.int64],
    value: float,
    objective: str,
    bound: int | None,
    goals: SoftGoals,
    clock: Clock,
    seed: int,
) -> tuple[NDArray[np.int64], float] | None:
    """The soft goals at session level with the rank value held at ``value``: (schedule, proven bound)."""
    from konferenz_cli.assign.topics import objective_weights

    weights, unranked_weight = objective_weights(instance, objective)
    allowed, high, _locked = allowed_edges(instance, bound)
    prices = _prices(instance, weights, unranked_weight)
    model = build_session_model(instance, prices, allowed, high=high if bound is not None else None)
    builder = model.builder
    rank_row = builder.add_rows(-np.inf, value + 0.5, 1)
    builder.add_entries(model.cols, np.full(model.cols.size, rank_row[0]), prices[model.person, model.topic])
    builder.set_cost(0.0)
    n, m, k = instance.n, instance.m, instance.k
    table = model.column_of(n, m, k)
    rows = MeasureRows(builder)
    sessions = [(t, r) for t in range(m) for r in range(k) if instance.offered[t, r]]
    per_round = instance.offered.sum(axis=0)
    if goals.spread:
        for members in attribute_groups(instance, goals.spread).values():
            if len(members) < 2:
                continue
            for t, r in sessions:
                cols = table[members, t, r]
                cols = cols[cols >= 0]
                limit = allowed_per_session(len(members), int(per_round[r]))
                if cols.size > limit:
                    rows.row(cols, np.ones(cols.size), float(limit))
    if goals.balance:
        groups = attribute_groups(instance, goals.balance)
        valued = sum(len(members) for members in groups.values())
        value_of = np.full(n, -1, dtype=np.int64)
        for index, name in enumerate(sorted(groups)):
            value_of[groups[name]] = index
        for t, r in sessions:
            people = np.nonzero((table[:, t, r] >= 0) & (value_of >= 0))[0]
            for index, name in enumerate(sorted(groups)):
                share = len(groups[name]) / max(valued, 1)
                coefficients = np.where(value_of[people] == index, 1.0 - share, -share)
                rows.row(table[people, t, r], coefficients, 0.0)
    if goals.even_sizes:
        for t, r in sessions:
            cols = table[:, t, r]
            cols = cols[cols >= 0]
            mean = n / max(int(per_round[r]), 1)
            rows.row(cols, np.ones(cols.size), mean)
            rows.row(cols, np.ones(cols.size), mean, sign=1.0)
    start = rows.start_values(schedule_columns(model, schedule, model.cols.size))
    outcome = solve_soft_goals(builder, clock, seed, start)
    if outcome.x is None:
        return None
    found = model.schedule(outcome.x, n, k)
    if not (found >= 0).all():
        return None
    return found, max(float(outcome.dual_bound), 0.0)


def fewest_changes(
    instance: Instance, weights: NDArray[np.int64], unranked_weight: float, clock: Clock, seed: int
) -> tuple[NDArray[np.int64], float, float, bool] | None:
    """Keep as many stored assignments as possible, then the best rank value: (schedule, value, bound, proven)."""
    allowed, _high, _locked = allowed_edges(instance, None)
    prices = _prices(instance, weights, unranked_weight)
    model = build_session_model(instance, prices, allowed)
    builder = model.builder
    n, m, k = instance.n, instance.m, instance.k
    table = model.column_of(n, m, k)
    person_index = {person.id: i for i, person in enumerate(instance.people)}
    topic_index = {topic: i for i, topic in enumerate(instance.topics)}
    round_index = {number: i for i, number in enumerate(instance.rounds)}
    sessions = {s.id: s for s in instance.problem.sessions}
    keep_cols = []
    for previous in instance.problem.previous:
        session = sessions.get(previous.session_id)
        if previous.person_id not in person_index or session is None or session.topic_id not in topic_index:
            continue
        if previous.round not in round_index:
            continue
        col = table[person_index[previous.person_id], topic_index[session.topic_id], round_index[previous.round]]
        if col >= 0:
            keep_cols.append(int(col))
    rank_costs = builder.costs()
    keep = np.asarray(sorted(set(keep_cols)), dtype=np.int64)
    cost = np.zeros(builder.num_cols)
    cost[keep] = -1.0
    builder.set_cost(cost)
    first = solve(builder, mip=True, time_limit=clock.left(0.5), seed=seed)
    if first.x is None:
        return None
    most = float(np.round(first.x[keep]).sum())
    row = builder.add_rows(most, np.inf, 1)
    builder.add_entries(keep, np.full(keep.size, row[0]))
    builder.set_cost(rank_costs)
    second = solve(builder, mip=True, time_limit=clock.left(), seed=seed, start=first.x)
    if second.x is None:
        return None
    schedule = model.schedule(second.x, n, k)
    proven = first.status == "optimal" and second.status == "optimal"
    return schedule, float(round(second.objective)), float(second.dual_bound), proven


def diagnose_unplaceable(instance: Instance, clock: Clock, seed: int) -> list[tuple[int, list[int]]]:
    """Per round index, the people (indices) left without a session when as many as possible are placed."""
    allowed, _high, _locked = allowed_edges(instance, None)
    model = build_session_model(instance, np.zeros((instance.n, instance.m)), allowed, slack_cost=1.0)
    outcome = solve(model.builder, mip=True, time_limit=clock.left(), seed=seed)
    if outcome.x is None or model.slack is None:
        return []
    unplaced = np.nonzero(outcome.x[model.slack] > 0.5)[0]
    per_round: dict[int, list[int]] = {}
    for flat in unplaced.tolist():
        person, round_index = divmod(flat, instance.k)
        per_round.setdefault(round_index, []).append(person)
    return sorted(per_round.items())
