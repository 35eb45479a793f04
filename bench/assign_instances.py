"""Seeded assignment instances shaped like real registrations.

Topic popularity follows a Zipf law (a few topics everyone wants), each person
ranks 3 to 5 topics (5 % rank none), there are 1.05 seats per person in every
round, split evenly over the topics. Organisations are Zipf-sized (a few large
employers, many small associations); each organisation belongs to one sector,
and a sector leans towards its own topics, so groups drift apart unless told to
mix.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from konferenz_cli.assign import Person, Problem, SessionSpec

__all__ = ["INSTANCES", "InstanceSpec", "generate"]

SECTORS = ("Verwaltung", "Wirtschaft", "Zivilgesellschaft", "Ehrenamt", "Migrantenorganisation")
SECTOR_WEIGHTS = (0.3, 0.2, 0.25, 0.15, 0.1)


@dataclass(frozen=True)
class InstanceSpec:
    """Size of a generated instance."""

    key: str
    people: int
    rounds: int
    topics: int
    seed: int


INSTANCES = {
    "a": InstanceSpec("a", 300, 2, 3, 0),
    "b": InstanceSpec("b", 2_000, 3, 12, 1),
    "c": InstanceSpec("c", 10_000, 3, 25, 2),
}


def _zipf_weights(count: int, exponent: float) -> list[float]:
    return [1.0 / (rank + 1) ** exponent for rank in range(count)]


def _ranked(rng: random.Random, weights: list[float], length: int) -> tuple[int, ...]:
    """``length`` distinct indices drawn with probability proportional to ``weights``."""
    chosen: list[int] = []
    pool = list(range(len(weights)))
    pool_weights = list(weights)
    for _ in range(min(length, len(pool))):
        pick = rng.choices(range(len(pool)), weights=pool_weights)[0]
        chosen.append(pool.pop(pick))
        pool_weights.pop(pick)
    return tuple(chosen)


def generate(spec: InstanceSpec) -> Problem:
    """The instance ``spec`` (the same every time for the same spec)."""
    rng = random.Random(spec.seed)
    topic_ids = list(range(1, spec.topics + 1))
    popularity = _zipf_weights(spec.topics, 1.0)
    rng.shuffle(popularity)
    favourites = {sector: set(rng.sample(topic_ids, max(1, spec.topics // 4))) for sector in SECTORS}
    organisations = max(3, spec.people // 12)
    org_weights = _zipf_weights(organisations, 1.1)
    org_sector = [rng.choices(SECTORS, weights=SECTOR_WEIGHTS)[0] for _ in range(organisations)]
    people = []
    for person_id in range(1, spec.people + 1):
        org = rng.choices(range(organisations), weights=org_weights)[0]
        sector = org_sector[org] if rng.random() < 0.85 else rng.choices(SECTORS, weights=SECTOR_WEIGHTS)[0]
        weights = [w * (3.0 if topic_ids[i] in favourites[sector] else 1.0) for i, w in enumerate(popularity)]
        length = 0 if rng.random() < 0.05 else rng.randint(3, 5)
        ranked = tuple(topic_ids[i] for i in _ranked(rng, weights, length))
        people.append(
            Person(
                id=person_id,
                preferences=ranked,
                attributes={"organisation": f"Org {org + 1:04d}", "sector": sector},
                label=f"person{person_id}@example.org",
            )
        )
    seats = math.ceil(1.05 * spec.people)
    per_topic = [seats // spec.topics + (1 if i < seats % spec.topics else 0) for i in range(spec.topics)]
    sessions = []
    session_id = 1
    for round_number in range(1, spec.rounds + 1):
        for topic_id, capacity in zip(topic_ids, per_topic, strict=True):
            sessions.append(SessionSpec(id=session_id, topic_id=topic_id, round=round_number, capacity=capacity))
            session_id += 1
    return Problem(people=tuple(people), rounds=tuple(range(1, spec.rounds + 1)), sessions=tuple(sessions))
