"""What goes into the assignment engine and what comes out: plain, frozen data.

A :class:`Problem` names the people to place (only those who take part in the
workgroups: the caller leaves out cancelled, waitlisted and opted-out people),
the rounds, the sessions (a topic in a round, with its capacity) and the
assignments that must stay (locks). :class:`Options` choose the objective and
the soft goals. The engine answers with a :class:`Result`: one
:class:`Placement` per person and round, a :class:`Certificate` saying how good
the result provably is, figures for the soft goals and notes for the user.

Ranks are 1-based as people say them ("my second wish"); costs are 0-based
(a first wish costs 0) and an unranked topic costs :func:`unranked_cost`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from konferenz_cli.errors import KonferenzError

__all__ = [
    "MIN_SIZE_POLICIES",
    "OBJECTIVES",
    "AssignmentInfeasible",
    "Certificate",
    "Lock",
    "Move",
    "Note",
    "Options",
    "Person",
    "Placement",
    "Problem",
    "Result",
    "SessionSpec",
    "SoftFigure",
]

#: ``fair``: first the best worst rank, then the best total; ``total``: the sum of
#: rank costs; ``squared``: the sum of squared rank costs (bad outcomes weigh more).
OBJECTIVES = ("fair", "total", "squared")

#: What happens to a session that ends up below its minimum size.
MIN_SIZE_POLICIES = ("keep", "cancel")


@dataclass(frozen=True)
class Person:
    """Someone to place in every round, with their ranked topic wishes (topic ids, best first).

    ``attributes`` carry what soft goals look at (``organisation``, ``sector``);
    ``label`` names the person in messages (an e-mail address or a name).
    """

    id: int
    preferences: tuple[int, ...] = ()
    attributes: Mapping[str, str | None] = field(default_factory=dict)
    label: str = ""


@dataclass(frozen=True)
class SessionSpec:
    """One topic in one round. ``capacity`` None means unlimited seats; ``topic_name`` is for messages."""

    id: int
    topic_id: int
    round: int
    capacity: int | None = None
    min_size: int | None = None
    cancelled: bool = False
    topic_name: str = ""

    @property
    def label(self) -> str:
        """The topic's name (or number) for messages."""
        return self.topic_name or f"#{self.topic_id}"

    @property
    def is_open(self) -> bool:
        """Whether people can be placed here (not cancelled, at least one seat)."""
        return not self.cancelled and (self.capacity is None or self.capacity > 0)


@dataclass(frozen=True)
class Lock:
    """An assignment that must be kept: ``person_id`` is in ``session_id`` in ``round``."""

    person_id: int
    round: int
    session_id: int


@dataclass(frozen=True)
class Problem:
    """Everything the engine needs to know about one event's workgroups.

    ``previous`` holds the stored assignments (as :class:`Lock` triples) that a
    run with ``keep_existing`` tries to change as little as possible.
    """

    people: tuple[Person, ...]
    rounds: tuple[int, ...]
    sessions: tuple[SessionSpec, ...]
    locks: tuple[Lock, ...] = ()
    previous: tuple[Lock, ...] = ()


@dataclass(frozen=True)
class Options:
    """How to assign.

    ``spread`` and ``balance`` name a person attribute (``organisation``,
    ``sector``): spread keeps members of one value apart, balance gives every
    group a mix close to the whole event's. Soft goals never cost rank quality:
    the engine keeps the rank objective at its optimum and improves them within
    that. ``time_limit`` bounds every solver call (seconds).
    """

    objective: str = "fair"
    spread: str | None = None
    balance: str | None = None
    even_sizes: bool = False
    min_size: str = "keep"
    keep_existing: bool = False
    seed: int = 0
    time_limit: float = 60.0

    def __post_init__(self) -> None:
        if self.objective not in OBJECTIVES:
            raise ValueError(f"objective must be one of {OBJECTIVES}, not {self.objective!r}")
        if self.min_size not in MIN_SIZE_POLICIES:
            raise ValueError(f"min_size must be one of {MIN_SIZE_POLICIES}, not {self.min_size!r}")
        if self.time_limit <= 0:
            raise ValueError("time_limit must be positive")

    @property
    def has_soft_goals(self) -> bool:
        """Whether any soft goal is switched on."""
        return bool(self.spread or self.balance or self.even_sizes)


@dataclass(frozen=True)
class Placement:
    """One person in one session of one round; ``rank`` is 1-based, None if unranked."""

    person_id: int
    round: int
    session_id: int
    topic_id: int
    rank: int | None
    locked: bool = False


@dataclass(frozen=True)
class Certificate:
    """How good the result provably is.

    ``value`` is the objective the solver minimised: the total rank cost for
    ``fair`` and ``total``, the sum of squared costs for ``squared``. ``bound``
    is a proven lower bound on it; they meet when ``proven_optimal``. For
    ``fair``, ``worst_rank`` (1-based; None when nobody had a wish to miss) was
    minimised first and ``worst_rank_proven`` says whether no better worst rank
    exists. ``method`` names how it was solved.
    """

    objective: str
    value: float
    bound: float
    proven_optimal: bool
    worst_rank: int | None
    worst_rank_unranked: bool
    worst_rank_proven: bool
    method: str

    @property
    def gap(self) -> float:
        """The relative distance between value and bound (0 when proven optimal)."""
        if self.proven_optimal or self.value <= self.bound:
            return 0.0
        return (self.value - self.bound) / max(abs(self.value), 1e-9)


@dataclass(frozen=True)
class SoftFigure:
    """A soft goal's measure before (at the plain rank optimum) and after improving it.

    ``bound`` is a proven lower bound where a solver gave one.
    """

    name: str
    attribute: str | None
    before: float
    after: float
    bound: float | None = None


@dataclass(frozen=True)
class Move:
    """A stored assignment that a ``keep_existing`` run changed, and why."""

    person_id: int
    round: int
    old_session_id: int
    new_session_id: int
    reason: str


@dataclass(frozen=True)
class Note:
    """Something the user should know, as a message key with its parameters."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Result:
    """The engine's answer."""

    placements: tuple[Placement, ...]
    certificate: Certificate
    soft: tuple[SoftFigure, ...] = ()
    cancelled_sessions: tuple[int, ...] = ()
    under_minimum: tuple[int, ...] = ()
    moves: tuple[Move, ...] = ()
    kept: int = 0
    solve_seconds: float = 0.0
    notes: tuple[Note, ...] = ()


class AssignmentInfeasible(KonferenzError):
    """No assignment satisfies every rule; the message key and numbers say why.

    ``items`` are further lines (message key and parameters), such as one line
    per round that lacks seats.
    """

    def __init__(self, key: str, /, items: list[tuple[str, Mapping[str, Any]]] | None = None, **params: Any) -> None:
        super().__init__(key, **params)
        self.items = list(items or [])

    def message(self) -> str:
        """The message and its item lines in the current language."""
        from konferenz_cli.i18n import t

        lines = [t(self.key, **self.params)]
        lines.extend("  – " + t(key, **params) for key, params in self.items)
        return "\n".join(lines)
