"""Stage one: which topics each person gets, not yet in which round.

Each person takes as many distinct topics as there are rounds; a topic takes at
most its seats summed over the rounds. This is a transportation problem: its
constraint matrix (one row per person, one per topic, plus the "worse than the
bound" row of a person for the fair objective, which is a subset of that
person's row) is totally unimodular, so the simplex method returns a 0/1
vertex and the LP optimum is the integer optimum – the LP is its own
certificate. When every topic runs in every round with the same capacity, the
chosen sets can always be put into rounds (stage two, König's theorem), so this
optimum is the optimum of the whole problem; otherwise it is a lower bound.

The fair objective first finds the smallest cost bound ``B`` such that nobody
gets a topic costing more than ``B`` – except the rounds a person could not fill
with wishes anyway (they ranked fewer topics than there are rounds): those are
"excused" and may hold any topic. The LP for ``B - 1`` being infeasible proves
that ``B`` is the best possible worst rank.

After the rank optimum, :func:`face_columns` finds what appears in *some*
optimal solution (complementary slackness with the optimal duals), and
:func:`improve_soft_goals` optimises the soft goals on that face only, so they
never cost rank quality.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from konferenz_cli.assign.clock import Clock
from konferenz_cli.assign.highs import ModelBuilder, Outcome, solve
from konferenz_cli.assign.instance import Instance

__all__ = [
    "FairSets",
    "MeasureRows",
    "SetSolution",
    "SoftGoals",
    "SoftTopicResult",
    "TopicModel",
    "allowed_edges",
    "allowed_per_session",
    "attribute_groups",
    "build_topic_model",
    "face_columns",
    "fair_sets",
    "improve_soft_goals",
    "objective_weights",
    "set_value",
    "solve_sets",
    "solve_soft_goals",
    "total_then_fair_sets",
]

_TOLERANCE = 1e-6

#: A soft-goal MILP stops after this many branch-and-bound nodes without a better solution.
SOFT_STALL_NODES = 2000

#: Soft-goal measures count people: a solution within this many of the proven bound is good enough.
SOFT_ABS_GAP = 1.0


def solve_soft_goals(builder: ModelBuilder, clock: Clock, seed: int, start: ArrayLike | None) -> Outcome:
    """A soft-goal MILP, warm-started, with the limits every soft-goal model shares: most of the time
    left, a small relative gap, the stall limit and an absolute gap of one person."""
    return solve(
        builder,
        mip=True,
        time_limit=clock.left(0.7),
        seed=seed,
        start=start,
        gap=1e-3,
        stall_nodes=SOFT_STALL_NODES,
        abs_gap=SOFT_ABS_GAP,
    )


#: Above this many free (person, topic) pairs on the optimal face, balance is not optimised per topic.
FACE_MILP_LIMIT = 40_000


def objective_weights(instance: Instance, objective: str) -> tuple[NDArray[np.int64], float]:
    """The cost of each (person, topic) under ``objective`` (the rank cost, or its square) and of an unranked one."""
    if objective == "squared":
        return instance.cost * instance.cost, float(instance.unranked**2)
    return instance.cost, float(instance.unranked)


def allowed_edges(
    instance: Instance, bound: int | None
) -> tuple[NDArray[np.bool_], NDArray[np.bool_], NDArray[np.bool_]]:
    """Which topics a person may take: (allowed, counted against the excused rounds, locked).

    A topic is allowed if it runs in one of the person's unlocked rounds (or is
    locked for them). With a cost ``bound``, a topic above it is only allowed
    for people with excused rounds, and then counts against them.
    """
    n, k = instance.n, instance.k
    free_rounds = np.ones((n, k), dtype=bool)
    locked = np.zeros((n, instance.m), dtype=bool)
    for person, rounds in instance.locks.items():
        for round_index, topic in rounds.items():
            free_rounds[person, round_index] = False
            locked[person, topic] = True
    runs_when_free = (free_rounds.astype(np.int64) @ instance.offered.T.astype(np.int64)) > 0
    allowed = runs_when_free | locked
    for person, rounds in instance.locks.items():
        for topic in rounds.values():
            # A locked topic is theirs in its locked round; no other round may repeat it.
            allowed[person, topic] = True
    high = np.zeros_like(allowed)
    if bound is not None:
        over = (instance.cost > bound) & ~locked
        may_excuse = (instance.excused > 0)[:, None]
        high = over & may_excuse & allowed
        allowed &= ~(over & ~may_excuse)
    return allowed, high, locked


@dataclass
class TopicModel:
    """The stage-one model.

    Ranked (and locked) topics are direct columns, one per (person, topic). All
    topics a person did not rank cost the same, so instead of one column per
    unranked topic each person has one "unranked" column into a shared pool,
    and the pool feeds every topic. This keeps the model small (a network flow,
    still integral); :func:`_spread_unranked` then hands each person's unranked
    places to distinct topics.
    """

    builder: ModelBuilder
    person: NDArray[np.int64]
    topic: NDArray[np.int64]
    weights: NDArray[np.float64]
    pool_col: NDArray[np.int64]
    feed_col: NDArray[np.int64]
    person_rows: NDArray[np.int64]
    topic_row: NDArray[np.int64]
    high_row: NDArray[np.int64]
    unranked_allowed: NDArray[np.bool_]
    unranked_weight: float


def build_topic_model(
    instance: Instance,
    weights: NDArray[np.int64],
    unranked_weight: float,
    bound: int | None,
    capacity: NDArray[np.float64] | None = None,
) -> TopicModel:
    """The transportation model for ``weights``, with the fair ``bound`` (a cost) if given."""
    allowed, high, locked = allowed_edges(instance, bound)
    n, m, k = instance.n, instance.m, instance.k
    ranked = instance.rank > 0
    direct = allowed & (ranked | locked)
    unranked_allowed = allowed & ~ranked & ~locked
    order = np.asarray(instance.order, dtype=np.int64)
    rows_in_order, topic = np.nonzero(direct[order])
    person = order[rows_in_order]
    builder = ModelBuilder()
    edge_weights = weights[person, topic].astype(np.float64)
    cols = builder.add_cols(edge_weights, locked[person, topic].astype(np.float64), 1.0, integer=True)
    pool_size = unranked_allowed.sum(axis=1)
    pool_col = np.full(n, -1, dtype=np.int64)
    pool_people = order[pool_size[order] > 0]
    pool_col[pool_people] = builder.add_cols(
        np.full(pool_people.size, unranked_weight), 0.0, pool_size[pool_people].astype(np.float64), integer=True
    )
    capacity = instance.topic_capacity() if capacity is None else capacity
    feed_col = builder.add_cols(np.zeros(m), 0.0, np.inf, integer=True)
    person_rows = builder.add_rows(np.full(n, float(k)), np.full(n, float(k)))
    builder.add_entries(cols, person_rows[person])
    builder.add_entries(pool_col[pool_people], person_rows[pool_people])
    topic_row = builder.add_rows(np.full(m, -np.inf), capacity)
    builder.add_entries(cols, topic_row[topic])
    builder.add_entries(feed_col, topic_row)
    pool_row = builder.add_rows(0.0, 0.0, 1)
    builder.add_entries(pool_col[pool_people], np.full(pool_people.size, pool_row[0]), 1.0)
    builder.add_entries(feed_col, np.full(m, pool_row[0]), -1.0)
    high_row = np.full(n, -1, dtype=np.int64)
    counted = high[person, topic]
    unranked_high = np.zeros(n, dtype=bool)
    if bound is not None:
        # Every unranked topic lies above any bound below the unranked cost.
        unranked_high[pool_people] = True
    needs_row = np.zeros(n, dtype=bool)
    needs_row[person[counted]] = True
    needs_row |= unranked_high
    with_row = order[needs_row[order]]
    if with_row.size:
        high_row[with_row] = builder.add_rows(np.full(with_row.size, -np.inf), instance.excused[with_row])
        builder.add_entries(cols[counted], high_row[person[counted]])
        pooled = with_row[unranked_high[with_row]]
        builder.add_entries(pool_col[pooled], high_row[pooled])
    return TopicModel(
        builder=builder,
        person=person,
        topic=topic,
        weights=edge_weights,
        pool_col=pool_col,
        feed_col=feed_col,
        person_rows=person_rows,
        topic_row=topic_row,
        high_row=high_row,
        unranked_allowed=unranked_allowed,
        unranked_weight=unranked_weight,
    )


@dataclass
class SetSolution:
    """Chosen topics per person (n x m booleans) with the solver's answer."""

    chosen: NDArray[np.bool_]
    value: int
    bound: float
    proven: bool
    model: TopicModel
    outcome: Outcome


def _spread_unranked(
    instance: Instance, model: TopicModel, x: NDArray[np.float64], capacity: NDArray[np.float64]
) -> NDArray[np.bool_] | None:
    """Chosen topics: the direct columns plus each person's unranked places on distinct topics.

    Every distribution of the pooled places costs the same, so any one that
    fits the seats left over by the direct columns is optimal too. People with
    the most unranked places go first and take the topics with the most seats
    left (the constructive proof of the Gale–Ryser theorem). None if someone
    cannot be completed; the caller then solves without the pool.
    """
    n, m = instance.n, instance.m
    chosen = np.zeros((n, m), dtype=bool)
    picked = x[: model.person.size] > 0.5
    chosen[model.person[picked], model.topic[picked]] = True
    seats = np.where(np.isfinite(capacity), capacity, float(n * instance.k)).astype(np.int64)
    supply = seats - chosen.sum(axis=0)
    wanted = np.zeros(n, dtype=np.int64)
    pooled = model.pool_col >= 0
    wanted[pooled] = np.round(x[model.pool_col[pooled]]).astype(np.int64)
    position = np.empty(n, dtype=np.int64)
    position[np.asarray(instance.order, dtype=np.int64)] = np.arange(n)
    people = sorted(np.nonzero(wanted)[0].tolist(), key=lambda p: (-wanted[p], position[p]))
    for person in people:
        options = np.nonzero(model.unranked_allowed[person] & ~chosen[person] & (supply > 0))[0]
        if options.size < wanted[person]:
            return None
        best = options[np.argsort(-supply[options], kind="stable")[: wanted[person]]]
        chosen[person, best] = True
        supply[best] -= 1
    return chosen


def solve_sets(
    instance: Instance,
    weights: NDArray[np.int64],
    unranked_weight: float,
    bound: int | None,
    clock: Clock,
    seed: int,
    capacity: NDArray[np.float64] | None = None,
) -> SetSolution | None:
    """The cheapest topic sets under ``bound``; None if there are none."""
    model = build_topic_model(instance, weights, unranked_weight, bound, capacity)
    outcome = solve(model.builder, mip=False, time_limit=clock.left(), seed=seed, want_duals=True)
    if outcome.status == "infeasible":
        return None
    if outcome.x is not None and outcome.status == "optimal" and _integral(outcome.x):
        x = np.round(outcome.x)
        seats = instance.topic_capacity() if capacity is None else capacity
        chosen = _spread_unranked(instance, model, x, seats)
        if chosen is not None:
            value = int(round(float(outcome.objective)))
            return SetSolution(chosen, value, float(value), True, model, outcome)
    # Not expected (a network matrix has 0/1 vertices, and the pool rarely
    # cannot be spread), but then solve it as what it is, an integer program
    # with one column per unranked topic.
    return _solve_disaggregated(instance, weights, unranked_weight, bound, clock, seed, capacity)


def _solve_disaggregated(
    instance: Instance,
    weights: NDArray[np.int64],
    unranked_weight: float,
    bound: int | None,
    clock: Clock,
    seed: int,
    capacity: NDArray[np.float64] | None,
) -> SetSolution | None:
    allowed, high, locked = allowed_edges(instance, bound)
    n, m, k = instance.n, instance.m, instance.k
    order = np.asarray(instance.order, dtype=np.int64)
    rows_in_order, topic = np.nonzero(allowed[order])
    person = order[rows_in_order]
    builder = ModelBuilder()
    edge_weights = np.where(instance.rank[person, topic] > 0, weights[person, topic], unranked_weight)
    edge_weights = np.where(locked[person, topic], weights[person, topic], edge_weights).astype(np.float64)
    cols = builder.add_cols(edge_weights, locked[person, topic].astype(np.float64), 1.0, integer=True)
    person_rows = builder.add_rows(np.full(n, float(k)), np.full(n, float(k)))
    builder.add_entries(cols, person_rows[person])
    capacity = instance.topic_capacity() if capacity is None else capacity
    topic_row = builder.add_rows(np.full(m, -np.inf), capacity)
    builder.add_entries(cols, topic_row[topic])
    counted = high[person, topic]
    if counted.any():
        with_row = np.unique(person[counted])
        row_of = np.full(n, -1, dtype=np.int64)
        row_of[with_row] = builder.add_rows(np.full(with_row.size, -np.inf), instance.excused[with_row])
        builder.add_entries(cols[counted], row_of[person[counted]])
    outcome = solve(builder, mip=True, time_limit=clock.left(), seed=seed)
    if outcome.x is None:
        return None
    chosen = np.zeros((n, m), dtype=bool)
    picked = outcome.x > 0.5
    chosen[person[picked], topic[picked]] = True
    value = int(round(float(edge_weights @ np.round(outcome.x))))
    proven = outcome.status == "optimal"
    model = build_topic_model(instance, weights, unranked_weight, bound, capacity)
    return SetSolution(chosen, value, float(value) if proven else outcome.dual_bound, proven, model, outcome)


def _integral(x: NDArray[np.float64]) -> bool:
    return bool(np.all(np.abs(x - np.round(x)) <= _TOLERANCE))


def fair_candidates(instance: Instance) -> list[int]:
    """Cost bounds worth trying, best first, starting at the smallest any person could meet.

    A person with ``f`` unlocked rounds and ``w`` wishes (not locked) needs at
    least ``min(f, w)`` of them, so the bound is at least the cost of their
    ``min(f, w)``-th best wish.
    """
    n, m = instance.n, instance.m
    locked = np.zeros((n, m), dtype=bool)
    free = np.full(n, instance.k, dtype=np.int64)
    for person, rounds in instance.locks.items():
        free[person] -= len(rounds)
        locked[person, list(rounds.values())] = True
    wished = (instance.rank > 0) & ~locked
    costs = np.sort(np.where(wished, instance.cost, np.iinfo(np.int64).max), axis=1)
    needed = np.minimum(free, wished.sum(axis=1))
    lowest = 0
    if (needed > 0).any():
        rows = np.nonzero(needed > 0)[0]
        lowest = int(costs[rows, needed[rows] - 1].max())
    ranked_costs = sorted({int(c) for c in np.unique(instance.cost[instance.rank > 0])} | {instance.unranked})
    return [c for c in ranked_costs if c >= lowest] or [instance.unranked]


def _surely_infeasible(instance: Instance, bound: int, capacity: NDArray[np.float64]) -> bool:
    """A quick necessary test: people who need every topic the bound leaves them overfill a topic."""
    allowed, high, _locked = allowed_edges(instance, bound)
    options = allowed.sum(axis=1)
    forced = (options <= instance.k) & ~high.any(axis=1)
    demand = allowed[forced].sum(axis=0)
    return bool((demand > capacity).any() or (options < instance.k).any())


@dataclass
class FairSets:
    """The fair optimum of stage one: the cost bound and the cheapest sets under it.

    ``proven`` says the bound cannot be beaten: every smaller candidate was
    shown infeasible (or no person could meet a smaller one).
    """

    bound: int
    proven: bool
    sets: SetSolution


def fair_sets(
    instance: Instance, clock: Clock, seed: int, capacity: NDArray[np.float64] | None = None
) -> FairSets | None:
    """The smallest worst cost, then the cheapest total under it; None if nothing is feasible."""
    weights, unranked_weight = objective_weights(instance, "total")
    seats = instance.topic_capacity() if capacity is None else capacity
    for bound in fair_candidates(instance):
        limit = None if bound >= instance.unranked else bound
        if limit is not None and _surely_infeasible(instance, limit, seats):
            continue
        sets = solve_sets(instance, weights, unranked_weight, limit, clock, seed, capacity)
        if sets is not None:
            return FairSets(bound=bound, proven=True, sets=sets)
        if clock.expired():
            return None
    return None


def total_then_fair_sets(
    instance: Instance, clock: Clock, seed: int, capacity: NDArray[np.float64] | None = None
) -> FairSets | None:
    """The smallest total, then among the sets with that total the smallest worst cost; None if infeasible.

    The total optimum comes first; then each worst-cost bound, best first, is
    tried until one still reaches that total (at the latest the bound that
    allows everything, which is the unrestricted optimum itself).
    """
    weights, unranked_weight = objective_weights(instance, "total")
    seats = instance.topic_capacity() if capacity is None else capacity
    best = solve_sets(instance, weights, unranked_weight, None, clock, seed, capacity)
    if best is None or not best.proven:
        return None if best is None else FairSets(bound=instance.unranked, proven=False, sets=best)
    for bound in fair_candidates(instance):
        if bound >= instance.unranked or clock.expired():
            break
        if _surely_infeasible(instance, bound, seats):
            continue
        sets = solve_sets(instance, weights, unranked_weight, bound, clock, seed, capacity)
        if sets is not None and sets.proven and sets.value <= best.value:
            return FairSets(bound=bound, proven=True, sets=sets)
    return FairSets(bound=instance.unranked, proven=not clock.expired(), sets=best)


def face_columns(instance: Instance, sets: SetSolution) -> tuple[NDArray[np.bool_], NDArray[np.bool_]] | None:
    """Which (person, topic) pairs some optimal solution may use, and which every one must.

    Complementary slackness with the optimal duals of the pooled model: a pair
    whose reduced cost is positive is never used, a negative one always. An
    unranked pair's reduced cost is that of the person's pool column plus that
    of the topic's feed column. None without duals.
    """
    outcome, model = sets.outcome, sets.model
    if outcome.row_dual is None or outcome.col_dual is None:
        return None
    dual = outcome.row_dual
    n, m = instance.n, instance.m
    may = np.zeros((n, m), dtype=bool)
    must = np.zeros((n, m), dtype=bool)
    direct = outcome.col_dual[: model.person.size]
    may[model.person, model.topic] = direct <= _TOLERANCE
    must[model.person, model.topic] = direct < -_TOLERANCE
    pooled = model.pool_col >= 0
    pool_reduced = np.full(n, np.inf)
    pool_reduced[pooled] = outcome.col_dual[model.pool_col[pooled]]
    feed_reduced = outcome.col_dual[model.feed_col]
    reduced = pool_reduced[:, None] + feed_reduced[None, :]
    may |= model.unranked_allowed & (reduced <= _TOLERANCE)
    del dual
    return may, must


def tight_rows(sets: SetSolution) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    """Topic rows and fair-bound rows (per person) that every optimal solution fills exactly."""
    outcome, model = sets.outcome, sets.model
    assert outcome.row_dual is not None
    dual = outcome.row_dual
    topic_tight = np.abs(dual[model.topic_row]) > _TOLERANCE
    high_tight = np.zeros(model.high_row.size, dtype=bool)
    has_row = model.high_row >= 0
    high_tight[has_row] = np.abs(dual[model.high_row[has_row]]) > _TOLERANCE
    return topic_tight, high_tight


@dataclass
class SoftTopicResult:
    """Stage-one sets after the soft goals, with the proven lower bound on the soft measure."""

    chosen: NDArray[np.bool_]
    bound: float
    proven: bool


def improve_soft_goals(
    instance: Instance,
    sets: SetSolution,
    objective: str,
    bound: int | None,
    goals: SoftGoals,
    clock: Clock,
    seed: int,
) -> SoftTopicResult:
    """Among the rank-optimal topic sets, those best for the soft goals (measured per topic).

    Per-topic measures are lower bounds of the per-session ones (a maximum of
    sums is at most the sum of maxima), and stage two spreads every topic's
    members evenly over the rounds, so the per-session result comes close and
    the bound holds for it.
    """
    face = face_columns(instance, sets)
    if face is None:
        return SoftTopicResult(sets.chosen, 0.0, False)
    may, must = face
    if int((may & ~must).sum()) > FACE_MILP_LIMIT and goals.balance:
        # Balancing makes the model a true integer program; on a face this
        # large it does not finish in time. Spread and even sizes keep the
        # matrix totally unimodular (an LP); balance is left to stage two.
        goals = SoftGoals(goals.spread, None, goals.even_sizes)
    if not (goals.spread or goals.balance or goals.even_sizes):
        return SoftTopicResult(sets.chosen, 0.0, False)
    topic_tight, high_tight = tight_rows(sets)
    n, m, k = instance.n, instance.m, instance.k
    order = np.asarray(instance.order, dtype=np.int64)
    rows_in_order, topic = np.nonzero((may | must)[order])
    person = order[rows_in_order]
    builder = ModelBuilder()
    fixed = must[person, topic]
    cols = builder.add_cols(np.zeros(person.size), fixed.astype(np.float64), 1.0, integer=True)
    column = np.full((n, m), -1, dtype=np.int64)
    column[person, topic] = cols
    person_rows = builder.add_rows(np.full(n, float(k)), np.full(n, float(k)))
    builder.add_entries(cols, person_rows[person])
    load = sets.chosen.sum(axis=0).astype(np.float64)
    capacity = instance.topic_capacity()
    topic_rows = builder.add_rows(np.where(topic_tight, load, -np.inf), np.where(topic_tight, load, capacity))
    builder.add_entries(cols, topic_rows[topic])
    if bound is not None:
        over = (instance.cost[person, topic] > bound) & ~fixed
        with_row = np.unique(person[over])
        if with_row.size:
            used = (sets.chosen & (instance.cost > bound)).sum(axis=1)
            row_of = np.full(n, -1, dtype=np.int64)
            upper = instance.excused[with_row].astype(np.float64)
            lower = np.where(high_tight[with_row], used[with_row], -np.inf)
            row_of[with_row] = builder.add_rows(lower, upper)
            builder.add_entries(cols[over], row_of[person[over]])
    soft = _SoftRows(instance, builder, column)
    if goals.spread:
        soft.spread(goals.spread)
    if goals.balance:
        soft.balance(goals.balance)
    if goals.even_sizes:
        soft.even()
    start = soft.start_values(sets.chosen[person, topic].astype(np.float64))
    outcome = solve(builder, mip=False, time_limit=clock.left(), seed=seed)
    lp_bound = outcome.objective if outcome.status == "optimal" else 0.0
    if outcome.x is not None and outcome.status == "optimal" and not soft.needs_integers and _integral(outcome.x[cols]):
        return _checked(instance, sets, objective, _picked(person, topic, outcome.x[cols], n, m), lp_bound, True)
    mip = solve_soft_goals(builder, clock, seed, start)
    if mip.x is None:
        return SoftTopicResult(sets.chosen, max(lp_bound, 0.0), False)
    chosen = _picked(person, topic, mip.x[cols], n, m)
    return _checked(instance, sets, objective, chosen, max(mip.dual_bound, lp_bound), mip.status == "optimal")


def _picked(
    person: NDArray[np.int64], topic: NDArray[np.int64], x: NDArray[np.float64], n: int, m: int
) -> NDArray[np.bool_]:
    chosen = np.zeros((n, m), dtype=bool)
    picked = x > 0.5
    chosen[person[picked], topic[picked]] = True
    return chosen


def set_value(instance: Instance, chosen: NDArray[np.bool_], objective: str) -> int:
    """The stage-one objective of topic sets (``fair`` counts the total)."""
    weights, unranked_weight = objective_weights(instance, "total" if objective == "fair" else objective)
    priced = np.where(instance.rank > 0, weights, unranked_weight)
    return int(round(float(priced[chosen].sum())))


def _checked(
    instance: Instance, sets: SetSolution, objective: str, chosen: NDArray[np.bool_], bound: float, proven: bool
) -> SoftTopicResult:
    """The new sets if they keep the rank value exactly (they must), else the old ones."""
    if not (chosen.sum(axis=1) == instance.k).all() or set_value(instance, chosen, objective) != sets.value:
        return SoftTopicResult(sets.chosen, 0.0, False)
    return SoftTopicResult(chosen, bound, proven)


@dataclass(frozen=True)
class SoftGoals:
    """Which soft goals to pursue: attribute names for spread and balance, and even sizes."""

    spread: str | None = None
    balance: str | None = None
    even_sizes: bool = False


def attribute_groups(instance: Instance, attribute: str) -> dict[str, list[int]]:
    """Person indices by their value of ``attribute`` (people without a value are left out)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(instance.people):
        value = person.attributes.get(attribute)
        if value:
            groups[str(value)].append(index)
    return groups


def allowed_per_session(group_size: int, sessions_per_round: int) -> int:
    """How many members of one organisation a session may hold before it counts as crowded."""
    return max(1, math.ceil(group_size / max(sessions_per_round, 1)))


class MeasureRows:
    """Adds soft-goal measures to a model: each a non-negative column priced 1 and bound by one row."""

    def __init__(self, builder: ModelBuilder) -> None:
        self.builder = builder
        arrays = builder.arrays()
        self.fixed_one = arrays["lower"] > 0.5
        self.measure_cols: list[int] = []

    def row(self, cols: np.ndarray, coefficients: np.ndarray, limit: float, sign: float = -1.0) -> None:
        """``coefficients . x - measure <= limit`` (sign -1), or ``coefficients . x + measure >= limit`` (+1)."""
        builder = self.builder
        fixed = self.fixed_one[cols]
        base = float((coefficients * fixed).sum())
        free = ~fixed
        if sign < 0:
            row = builder.add_rows(-np.inf, limit - base, 1)
        else:
            row = builder.add_rows(limit - base, np.inf, 1)
        measure = builder.add_cols(1.0, 0.0, np.inf)
        builder.add_entries(cols[free], np.full(int(free.sum()), row[0]), coefficients[free])
        builder.add_entries(measure, row, sign)
        self.measure_cols.append(int(measure[0]))

    def start_values(self, x: np.ndarray) -> np.ndarray:
        """``x`` extended by each measure column's smallest feasible value."""
        builder = self.builder
        start = np.zeros(builder.num_cols)
        start[: x.size] = x
        arrays = builder.arrays()
        activity = builder.activity(start)
        for col in self.measure_cols:
            first = arrays["starts"][col]
            row, coefficient = arrays["index"][first], arrays["value"][first]
            if coefficient < 0:
                start[col] = max(0.0, activity[row] - arrays["row_upper"][row])
            else:
                start[col] = max(0.0, arrays["row_lower"][row] - activity[row])
        return start


class _SoftRows(MeasureRows):
    """The per-topic soft-goal measures of a stage-one model."""

    def __init__(self, instance: Instance, builder: ModelBuilder, column: NDArray[np.int64]) -> None:
        super().__init__(builder)
        self.instance = instance
        self.column = column
        self.needs_integers = False

    def _row(self, cols: np.ndarray, coefficients: np.ndarray, limit: float, sign: float = -1.0) -> None:
        self.row(cols, coefficients, limit, sign)

    def spread(self, attribute: str) -> None:
        instance = self.instance
        for members in attribute_groups(instance, attribute).values():
            if len(members) < 2:
                continue
            limit = instance.k * allowed_per_session(len(members), instance.m)
            for topic in range(instance.m):
                cols = self.column[members, topic]
                cols = cols[cols >= 0]
                if cols.size > limit:
                    self._row(cols, np.ones(cols.size), float(limit))

    def balance(self, attribute: str) -> None:
        instance = self.instance
        groups = attribute_groups(instance, attribute)
        valued = sum(len(members) for members in groups.values())
        if valued == 0:
            return
        self.needs_integers = True
        value_of = np.full(instance.n, -1, dtype=np.int64)
        names = sorted(groups)
        for index, name in enumerate(names):
            value_of[groups[name]] = index
        for topic in range(instance.m):
            people = np.nonzero((self.column[:, topic] >= 0) & (value_of >= 0))[0]
            cols = self.column[people, topic]
            for index, name in enumerate(names):
                share = len(groups[name]) / valued
                coefficients = np.where(value_of[people] == index, 1.0 - share, -share)
                self._row(cols, coefficients, 0.0)

    def even(self) -> None:
        instance = self.instance
        target = instance.k * instance.n / max(instance.m, 1)
        for topic in range(instance.m):
            cols = self.column[:, topic]
            cols = cols[cols >= 0]
            self._row(cols, np.ones(cols.size), target)
            self._row(cols, np.ones(cols.size), target, sign=1.0)
