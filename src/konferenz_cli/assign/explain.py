"""Why a person did not get a higher wish: the facts, per wish and round.

For every wish a person ranked better than the worst topic they got, and did
not get, :func:`explain` looks at each round: was the topic offered, was the
person locked elsewhere, what they got in that round instead, and – where the
session was full – who held its seats: people who ranked the topic higher,
equally or lower, how many of them were locked, and how many had no other
session left in that round that they wished for at least as much. Since the
assignment is optimal, giving the person that seat would have made the result
worse for someone else by more than it gains.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from konferenz_cli.assign.model import Placement, Problem, Result, SessionSpec

__all__ = ["Explanation", "MissedWish", "RoundCheck", "explain"]


@dataclass(frozen=True)
class RoundCheck:
    """One round of a missed wish.

    ``status``: ``not_offered`` (no open session), ``locked`` (the person is
    locked elsewhere in this round), ``better_here`` (they got a better wish in
    this round), ``full`` or ``free`` (seats left; see ``own_rank``).
    """

    round: int
    status: str
    session_id: int | None = None
    capacity: int | None = None
    size: int = 0
    own_rank: int | None = None
    ranked_higher: int = 0
    ranked_same: int = 0
    ranked_lower: int = 0
    locked: int = 0
    without_alternative: int = 0


@dataclass(frozen=True)
class MissedWish:
    """A wish the person did not get, with what stood in the way in each round."""

    topic_id: int
    rank: int
    rounds: tuple[RoundCheck, ...]


@dataclass(frozen=True)
class Explanation:
    """Everything :func:`explain` found for one person."""

    person_id: int
    placements: tuple[Placement, ...]
    missed: tuple[MissedWish, ...]
    wishes: int


def explain(problem: Problem, result: Result, person_id: int) -> Explanation:
    """Why ``person_id`` got what they got (see the module docstring)."""
    person = next(p for p in problem.people if p.id == person_id)
    wishes = list(dict.fromkeys(person.preferences))
    rank_of = {topic: position + 1 for position, topic in enumerate(wishes)}
    own = tuple(sorted((p for p in result.placements if p.person_id == person_id), key=lambda p: p.round))
    received = {p.topic_id for p in own}
    worst = max((p.rank if p.rank is not None else len(wishes) + 1 for p in own), default=0)
    missed_topics = [t for t in wishes if t not in received and rank_of[t] < worst]
    cancelled = set(result.cancelled_sessions)
    open_slot = {(s.topic_id, s.round): s for s in problem.sessions if s.is_open and s.id not in cancelled}
    members: dict[int, list[Placement]] = defaultdict(list)
    for placement in result.placements:
        members[placement.session_id].append(placement)
    people = {p.id: p for p in problem.people}
    placements_of: dict[int, dict[int, Placement]] = defaultdict(dict)
    for placement in result.placements:
        placements_of[placement.person_id][placement.round] = placement
    locked_rounds = {lock.round for lock in problem.locks if lock.person_id == person_id}
    own_by_round = {p.round: p for p in own}
    missed = []
    for topic in missed_topics:
        checks = []
        for round_number in sorted(problem.rounds):
            session = open_slot.get((topic, round_number))
            mine = own_by_round.get(round_number)
            own_rank = mine.rank if mine else None
            if session is None:
                checks.append(RoundCheck(round_number, "not_offered", own_rank=own_rank))
                continue
            if round_number in locked_rounds:
                checks.append(RoundCheck(round_number, "locked", session.id, own_rank=own_rank))
                continue
            if own_rank is not None and own_rank < rank_of[topic]:
                checks.append(RoundCheck(round_number, "better_here", session.id, own_rank=own_rank))
                continue
            holders = members.get(session.id, [])
            full = session.capacity is not None and len(holders) >= session.capacity
            higher = same = lower = locked = stuck = 0
            for holder in holders:
                their = list(dict.fromkeys(people[holder.person_id].preferences))
                their_rank = their.index(topic) + 1 if topic in their else None
                if holder.locked:
                    locked += 1
                if their_rank is not None and their_rank < rank_of[topic]:
                    higher += 1
                elif their_rank == rank_of[topic]:
                    same += 1
                else:
                    lower += 1
                if not holder.locked and not _has_alternative(
                    holder, their, placements_of[holder.person_id], open_slot, members
                ):
                    stuck += 1
            checks.append(
                RoundCheck(
                    round=round_number,
                    status="full" if full else "free",
                    session_id=session.id,
                    capacity=session.capacity,
                    size=len(holders),
                    own_rank=own_rank,
                    ranked_higher=higher,
                    ranked_same=same,
                    ranked_lower=lower,
                    locked=locked,
                    without_alternative=stuck,
                )
            )
        missed.append(MissedWish(topic, rank_of[topic], tuple(checks)))
    return Explanation(person_id, own, tuple(missed), len(wishes))


def _has_alternative(
    holder: Placement,
    wishes: list[int],
    theirs: dict[int, Placement],
    open_slot: dict[tuple[int, int], SessionSpec],
    members: dict[int, list[Placement]],
) -> bool:
    """Whether the holder could move to another session of the round with a free seat, wished at least as much."""
    current = wishes.index(holder.topic_id) if holder.topic_id in wishes else len(wishes)
    elsewhere = {p.topic_id for r, p in theirs.items() if r != holder.round}
    for (topic, round_number), session in open_slot.items():
        if round_number != holder.round or topic == holder.topic_id or topic in elsewhere:
            continue
        if session.capacity is not None and len(members.get(session.id, [])) >= session.capacity:
            continue
        rank = wishes.index(topic) if topic in wishes else len(wishes)
        if rank <= current:
            return True
    return False
