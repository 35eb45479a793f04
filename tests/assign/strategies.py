"""Hypothesis strategies for random assignment problems."""

from __future__ import annotations

from hypothesis import strategies as st

from konferenz_cli.assign import Lock, Person, Problem, SessionSpec

ORGANISATIONS = ("Stadt", "Caritas", "IHK")
SECTORS = ("Verwaltung", "Wirtschaft")


@st.composite
def problems(
    draw: st.DrawFn,
    max_people: int = 6,
    max_topics: int = 3,
    max_rounds: int = 2,
    uniform: bool = False,
    with_locks: bool = True,
) -> Problem:
    """A small problem: people with wishes, sessions with capacities, perhaps locks."""
    rounds = tuple(range(1, draw(st.integers(1, max_rounds)) + 1))
    topics = list(range(1, draw(st.integers(1, max_topics)) + 1))
    sessions = []
    uniform_capacity = draw(st.one_of(st.none(), st.integers(1, max_people)))
    for round_number in rounds:
        for topic in topics:
            if uniform:
                capacity = uniform_capacity
            else:
                if not draw(st.booleans()) and draw(st.booleans()):
                    continue
                capacity = draw(st.one_of(st.none(), st.integers(0, max_people)))
            cancelled = False if uniform else draw(st.integers(0, 9)) == 0
            sessions.append(
                SessionSpec(
                    id=len(sessions) + 1,
                    topic_id=topic,
                    round=round_number,
                    capacity=capacity,
                    cancelled=cancelled,
                    topic_name=f"T{topic}",
                )
            )
    people = []
    for person_id in range(1, draw(st.integers(0, max_people)) + 1):
        wishes = draw(st.permutations(topics))[: draw(st.integers(0, len(topics)))]
        people.append(
            Person(
                id=person_id,
                preferences=tuple(wishes),
                attributes={
                    "organisation": draw(st.sampled_from(ORGANISATIONS)),
                    "sector": draw(st.sampled_from(SECTORS)),
                },
                label=f"p{person_id}@example.org",
            )
        )
    locks = []
    if with_locks and people and sessions:
        for person in people:
            if draw(st.integers(0, 4)) == 0:
                session = draw(st.sampled_from(sessions))
                locks.append(Lock(person.id, session.round, session.id))
    return Problem(people=tuple(people), rounds=rounds, sessions=tuple(sessions), locks=tuple(locks))
