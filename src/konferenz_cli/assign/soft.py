"""Soft goals per session: how they are measured, and swaps that improve them at no rank cost.

Measures (all in people, so they add up):

- **spread** (organisation): in every session, members of one organisation
  beyond a fair share – one, or the organisation's size divided by the number
  of sessions in the round, rounded up, if it is large – count as excess.
- **balance** (sector): in every session, the people of a sector beyond that
  sector's share of the whole event (times the session's size) count as
  imbalance; it is the number of people who would have to change places.
- **even sizes**: in every round, how far each session's size is from the
  round's average.

:class:`Polisher` improves them by moves that never change a person's topics,
only the rounds they take them in: swapping two of one person's rounds when
both sessions have a free seat, or two people swapping the same two rounds the
other way round. Rank costs, capacities and locks stay as they are.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from konferenz_cli.assign.clock import Clock
from konferenz_cli.assign.instance import Instance
from konferenz_cli.assign.topics import SoftGoals, allowed_per_session, attribute_groups

__all__ = ["Polisher", "SoftMeasures", "measure"]


@dataclass(frozen=True)
class SoftMeasures:
    """The soft-goal measures of one assignment (None where a goal is off)."""

    spread: float | None
    balance: float | None
    even: float | None

    @property
    def total(self) -> float:
        """The sum of the measures that are on."""
        return sum(value for value in (self.spread, self.balance, self.even) if value is not None)


def _sessions_per_round(instance: Instance) -> NDArray[np.int64]:
    return np.asarray(instance.offered.sum(axis=0), dtype=np.int64)


def _group_index(instance: Instance, attribute: str) -> tuple[NDArray[np.int64], list[str]]:
    groups = attribute_groups(instance, attribute)
    names = sorted(groups)
    index = np.full(instance.n, -1, dtype=np.int64)
    for position, name in enumerate(names):
        index[groups[name]] = position
    return index, names


def spread_excess(instance: Instance, schedule: NDArray[np.int64], attribute: str) -> float:
    """Members of one value of ``attribute`` beyond the fair share, summed over sessions."""
    index, names = _group_index(instance, attribute)
    if not names:
        return 0.0
    sizes = np.bincount(index[index >= 0], minlength=len(names))
    per_round = _sessions_per_round(instance)
    total = 0
    for round_index in range(instance.k):
        counts = np.zeros((len(names), instance.m), dtype=np.int64)
        mask = index >= 0
        np.add.at(counts, (index[mask], schedule[mask, round_index]), 1)
        allowed = np.asarray([allowed_per_session(int(size), int(per_round[round_index])) for size in sizes])
        total += int(np.maximum(counts - allowed[:, None], 0).sum())
    return float(total)


def balance_imbalance(instance: Instance, schedule: NDArray[np.int64], attribute: str) -> float:
    """People of a value of ``attribute`` beyond its event-wide share, summed over sessions."""
    index, names = _group_index(instance, attribute)
    mask = index >= 0
    if not mask.any():
        return 0.0
    share = np.bincount(index[mask], minlength=len(names)) / mask.sum()
    total = 0.0
    for round_index in range(instance.k):
        counts = np.zeros((len(names), instance.m), dtype=np.float64)
        np.add.at(counts, (index[mask], schedule[mask, round_index]), 1.0)
        size = counts.sum(axis=0)
        total += float(np.maximum(counts - share[:, None] * size[None, :], 0.0).sum())
    return total


def size_deviation(instance: Instance, schedule: NDArray[np.int64]) -> float:
    """How far session sizes are from their round's average, summed over sessions."""
    per_round = _sessions_per_round(instance)
    total = 0.0
    for round_index in range(instance.k):
        sizes = np.bincount(schedule[:, round_index], minlength=instance.m)
        mean = instance.n / max(int(per_round[round_index]), 1)
        offered = instance.offered[:, round_index]
        total += float(np.abs(sizes[offered] - mean).sum())
    return total


def measure(instance: Instance, schedule: NDArray[np.int64], goals: SoftGoals) -> SoftMeasures:
    """The soft-goal measures of ``schedule`` (topic index per person and round)."""
    return SoftMeasures(
        spread=spread_excess(instance, schedule, goals.spread) if goals.spread else None,
        balance=balance_imbalance(instance, schedule, goals.balance) if goals.balance else None,
        even=size_deviation(instance, schedule) if goals.even_sizes else None,
    )


class Polisher:
    """Local search on the rounds of each person's topics (see the module docstring)."""

    def __init__(
        self, instance: Instance, schedule: NDArray[np.int64], goals: SoftGoals, frozen: NDArray[np.bool_]
    ) -> None:
        self.instance = instance
        self.k = instance.k
        self.schedule = [list(map(int, row)) for row in schedule]
        self.frozen = frozen
        self.goals = goals
        k, m = instance.k, instance.m
        self.capacity = [int(instance.capacity[t, r]) for t in range(m) for r in range(k)]
        self.offered = [bool(instance.offered[t, r]) for t in range(m) for r in range(k)]
        per_round = _sessions_per_round(instance)
        self.mean = [instance.n / max(int(per_round[r]), 1) for r in range(k)]
        self.size = [0] * (m * k)
        for row in self.schedule:
            for r, t in enumerate(row):
                self.size[t * k + r] += 1
        self.group: list[int] = [-1] * instance.n
        self.group_counts: dict[tuple[int, int], int] = defaultdict(int)
        self.group_allowed: list[list[int]] = []
        if goals.spread:
            index, names = _group_index(instance, goals.spread)
            self.group = index.tolist()
            sizes = np.bincount(index[index >= 0], minlength=len(names))
            self.group_allowed = [
                [allowed_per_session(int(size), int(per_round[r])) for r in range(k)] for size in sizes
            ]
            for person, g in enumerate(self.group):
                if g >= 0:
                    for r, t in enumerate(self.schedule[person]):
                        self.group_counts[(g, t * k + r)] += 1
        self.value: list[int] = [-1] * instance.n
        self.share: list[float] = []
        self.value_counts: list[list[int]] = []
        self.valued = [0] * (m * k)
        if goals.balance:
            index, names = _group_index(instance, goals.balance)
            self.value = index.tolist()
            mask = index >= 0
            if mask.any():
                self.share = (np.bincount(index[mask], minlength=len(names)) / mask.sum()).tolist()
            self.value_counts = [[0] * (m * k) for _ in names]
            for person, v in enumerate(self.value):
                if v >= 0:
                    for r, t in enumerate(self.schedule[person]):
                        self.value_counts[v][t * k + r] += 1
                        self.valued[t * k + r] += 1
        self.patterns: dict[tuple[int, int, int, int], list[int]] = defaultdict(list)
        for person in range(instance.n):
            self._index(person)

    def _index(self, person: int) -> None:
        row = self.schedule[person]
        for r1 in range(self.k):
            for r2 in range(r1 + 1, self.k):
                self.patterns[(r1, r2, row[r1], row[r2])].append(person)

    # --- the measure, per session ---------------------------------------------------

    def _session_terms(self, session: int) -> float:
        total = 0.0
        if self.goals.balance and self.share:
            valued = self.valued[session]
            for v, share in enumerate(self.share):
                over = self.value_counts[v][session] - share * valued
                if over > 0:
                    total += over
        if self.goals.even_sizes:
            total += abs(self.size[session] - self.mean[session % self.k])
        return total

    def _group_term(self, group: int, session: int) -> float:
        return float(max(0, self.group_counts.get((group, session), 0) - self.group_allowed[group][session % self.k]))

    def _local(self, sessions: set[int], groups: set[tuple[int, int]]) -> float:
        return sum(self._session_terms(s) for s in sessions) + sum(self._group_term(g, s) for g, s in groups)

    def _shift(self, person: int, source: int, target: int) -> None:
        self.size[source] -= 1
        self.size[target] += 1
        g = self.group[person]
        if g >= 0:
            self.group_counts[(g, source)] -= 1
            self.group_counts[(g, target)] += 1
        v = self.value[person] if self.value_counts else -1
        if v >= 0:
            self.value_counts[v][source] -= 1
            self.value_counts[v][target] += 1
            self.valued[source] -= 1
            self.valued[target] += 1

    def _delta(self, moves: list[tuple[int, int, int]]) -> float:
        """How the measure would change by the moves (they are undone again)."""
        sessions = {s for _, a, b in moves for s in (a, b)}
        groups = {(self.group[p], s) for p, a, b in moves for s in (a, b) if self.group[p] >= 0}
        before = self._local(sessions, groups)
        for person, source, target in moves:
            self._shift(person, source, target)
        after = self._local(sessions, groups)
        for person, source, target in reversed(moves):
            self._shift(person, target, source)
        return after - before

    def _try(self, moves: list[tuple[int, int, int]]) -> bool:
        """Apply (person, from session, to session) moves if they lower the measure; report whether."""
        sessions = {s for _, a, b in moves for s in (a, b)}
        groups = {(self.group[p], s) for p, a, b in moves for s in (a, b) if self.group[p] >= 0}
        before = self._local(sessions, groups)
        for person, source, target in moves:
            self._shift(person, source, target)
        if self._local(sessions, groups) < before - 1e-9:
            return True
        for person, source, target in reversed(moves):
            self._shift(person, target, source)
        return False

    # --- moves ----------------------------------------------------------------------------

    def _swap_rounds(self, person: int, r1: int, r2: int, partners: int, rng: random.Random) -> bool:
        k = self.k
        row = self.schedule[person]
        a, b = row[r1], row[r2]
        a_from, a_to, b_from, b_to = a * k + r1, a * k + r2, b * k + r2, b * k + r1
        if not (self.offered[a_to] and self.offered[b_to]):
            return False
        moves = [(person, a_from, a_to), (person, b_from, b_to)]
        # A swap with a partner helps through this person's part or the
        # partner's; the partner's own turn covers the latter.
        if self._delta(moves) >= -1e-9:
            return False
        fits = self.size[a_to] < self.capacity[a_to] and self.size[b_to] < self.capacity[b_to]
        if fits and self._try(moves):
            self._commit_swap(person, r1, r2)
            return True
        candidates = self.patterns.get((r1, r2, b, a), [])
        if not candidates:
            return False
        group = self.group[person]
        for _ in range(min(partners, len(candidates))):
            other = candidates[rng.randrange(len(candidates))]
            other_row = self.schedule[other]
            if other == person or other_row[r1] != b or other_row[r2] != a:
                continue
            if group >= 0 and self.group[other] == group:
                continue
            if self.frozen[other, r1] or self.frozen[other, r2]:
                continue
            both = moves + [(other, b * k + r1, b * k + r2), (other, a * k + r2, a * k + r1)]
            if self._try(both):
                self._commit_swap(person, r1, r2)
                self._commit_swap(other, r1, r2)
                return True
        return False

    def _commit_swap(self, person: int, r1: int, r2: int) -> None:
        row = self.schedule[person]
        row[r1], row[r2] = row[r2], row[r1]
        self._index(person)

    def _troubled(self, person: int) -> bool:
        """Whether a swap of this person's rounds could help: their group is crowded in one
        round of a topic but not in another."""
        k = self.k
        g = self.group[person]
        v = self.value[person] if self.value_counts else -1
        for r, t in enumerate(self.schedule[person]):
            session = t * k + r
            if g >= 0 and self._group_term(g, session) > 0:
                fewest = min(
                    self.group_counts.get((g, t * k + other), 0) for other in range(k) if self.offered[t * k + other]
                )
                if self.group_counts.get((g, session), 0) - fewest >= 2:
                    return True
            if v >= 0:
                here = self.value_counts[v][session]
                fewest = min(self.value_counts[v][t * k + other] for other in range(k) if self.offered[t * k + other])
                if here - fewest >= 2 and here > self.share[v] * self.valued[session]:
                    return True
            if self.goals.even_sizes and self.size[session] > self.mean[r] + 0.5:
                return True
        return False

    def run(self, clock: Clock, seed: int, passes: int = 8, partners: int = 16) -> NDArray[np.int64]:
        """Improve until no move helps, ``passes`` are done, or time is up; returns the schedule."""
        rng = random.Random(seed)
        order = list(self.instance.order)
        pairs = [(r1, r2) for r1 in range(self.k) for r2 in range(r1 + 1, self.k)]
        for _ in range(passes):
            improved = 0
            for person in order:
                if clock.expired():
                    return self.result()
                if not self._troubled(person):
                    continue
                for r1, r2 in pairs:
                    if self.frozen[person, r1] or self.frozen[person, r2]:
                        continue
                    if self._swap_rounds(person, r1, r2, partners, rng):
                        improved += 1
                        break
            if not improved:
                break
        return self.result()

    def result(self) -> NDArray[np.int64]:
        """The current schedule as an array."""
        return np.asarray(self.schedule, dtype=np.int64).reshape(self.instance.n, self.k)
