"""Workgroup assignment of one event: from the store to the engine, and the result back.

:func:`load` reads who takes part (registered or attended, not opted out of
workgroups), the rounds and sessions, the locked assignments and – for stable
re-runs – the stored ones. :func:`run` solves with the engine, builds a plain
summary (also stored with the run) and, unless it is a dry run, stores the
result in one transaction. The other functions serve the commands that list,
set, lock and explain single assignments.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from konferenz_cli.assign import Certificate, Lock, Options, Person, Placement, Problem, Result, SessionSpec
from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import transaction
from konferenz_cli.errors import KonferenzError
from konferenz_cli.models import Assignment, Event, Participant, Round, Session

__all__ = [
    "ACTIVE_STATUSES",
    "ATTRIBUTES",
    "Loaded",
    "Run",
    "clear",
    "explain_person",
    "listing",
    "load",
    "run",
    "set_assignment",
    "stored_result",
    "unlock",
]

#: Participants with these statuses are placed in workgroups.
ACTIVE_STATUSES = ("registered", "attended")

#: Participant fields the soft goals can look at.
ATTRIBUTES = ("organisation", "organisation_type", "sector", "function")


def label(participant: Participant) -> str:
    """How a participant is named in messages: the e-mail address, else the name."""
    return participant.email or participant.name or f"#{participant.id}"


@dataclass
class Loaded:
    """An event's assignment problem with the store's objects around it."""

    event: Event
    problem: Problem
    participants: dict[int, Participant]
    rounds: list[Round]
    sessions: dict[int, Session]
    stored: list[Assignment]
    inactive: list[int]

    @property
    def round_ids(self) -> dict[int, int]:
        """Round number -> round id."""
        return {round_.number: round_.id for round_ in self.rounds}


def load(db: Database, event: Event) -> Loaded:
    """Read the event's assignment problem from the store (raises a user error if it has no rounds)."""
    rounds = event_store.rounds(db, event.id)
    sessions = {s.id: s for s in event_store.sessions(db, event.id)}
    if not rounds or not sessions:
        raise KonferenzError("assign.no_rounds", slug=event.slug)
    everyone = participant_store.participants(db, event.id)
    active = [p for p in everyone if p.status in ACTIVE_STATUSES and not p.workgroups_opt_out]
    active_ids = {p.id for p in active}
    stored = assignment_store.assignments(db, event.id)
    specs = tuple(
        SessionSpec(
            id=s.id,
            topic_id=s.topic_id,
            round=s.round,
            capacity=s.capacity,
            min_size=s.min_size,
            cancelled=s.cancelled,
            topic_name=s.topic,
        )
        for s in sessions.values()
    )
    people = tuple(
        Person(
            id=p.id,
            preferences=p.preference_topic_ids,
            attributes={name: getattr(p, name) for name in ATTRIBUTES},
            label=label(p),
        )
        for p in active
    )
    mine = [a for a in stored if a.participant_id in active_ids]
    problem = Problem(
        people=people,
        rounds=tuple(round_.number for round_ in rounds),
        sessions=specs,
        locks=tuple(Lock(a.participant_id, a.round, a.session_id) for a in mine if a.locked),
        previous=tuple(Lock(a.participant_id, a.round, a.session_id) for a in mine if not a.locked),
    )
    inactive = sorted({a.participant_id for a in stored} - active_ids)
    return Loaded(event, problem, {p.id: p for p in everyone}, rounds, sessions, stored, inactive)


@dataclass
class Run:
    """One assignment run: what was solved, the engine's result and the summary."""

    loaded: Loaded
    options: Options
    result: Result
    summary: dict[str, Any]
    stored: bool


def run(db: Database, event: Event, options: Options, *, dry_run: bool = False) -> Run:
    """Assign the event's participants; store the result (in one transaction) unless ``dry_run``."""
    from konferenz_cli.assign.engine import assign

    loaded = load(db, event)
    if not loaded.problem.people:
        raise KonferenzError("assign.no_participants", slug=event.slug)
    result = assign(loaded.problem, options)
    summary = summarise(loaded, result, options)
    if not dry_run:
        _store(db, loaded, result, options, summary)
    return Run(loaded, options, result, summary, not dry_run)


def _store(db: Database, loaded: Loaded, result: Result, options: Options, summary: dict[str, Any]) -> None:
    round_ids = loaded.round_ids
    with transaction(db):
        assignment_store.delete_participants_assignments(db, loaded.inactive)
        assignment_store.delete_assignments(db, loaded.event.id, keep_locked=True)
        assignment_store.save_assignments(
            db,
            (
                {
                    "participant_id": p.person_id,
                    "round_id": round_ids[p.round],
                    "session_id": p.session_id,
                    "rank": p.rank,
                    "locked": False,
                }
                for p in result.placements
                if not p.locked
            ),
        )
        for session_id in result.cancelled_sessions:
            event_store.update_session(db, session_id, {"cancelled": True})
        certificate = result.certificate
        assignment_store.record_run(
            db,
            loaded.event.id,
            objective=options.objective,
            value=certificate.value,
            bound=certificate.bound,
            proven_optimal=certificate.proven_optimal,
            solve_seconds=result.solve_seconds,
            summary=summary,
        )


# --- the summary ----------------------------------------------------------------------------


def summarise(loaded: Loaded, result: Result, options: Options) -> dict[str, Any]:
    """The run as plain, JSON-ready data: sizes, wishes met, fairness, diversity, certificate, changes."""
    sizes = Counter(p.session_id for p in result.placements)
    cancelled = set(result.cancelled_sessions)
    under = set(result.under_minimum)
    sessions = []
    for session in sorted(loaded.sessions.values(), key=lambda s: (s.round, s.topic_number)):
        sessions.append(
            {
                "round": session.round,
                "topic": session.topic,
                "room": session.room,
                "size": sizes.get(session.id, 0),
                "capacity": session.capacity,
                "min_size": session.min_size,
                "cancelled": session.cancelled or session.id in cancelled,
                "cancelled_now": session.id in cancelled,
                "under_minimum": session.id in under and session.id not in cancelled,
            }
        )
    wishes_of = {person.id: person.preferences for person in loaded.problem.people}
    choices: Counter[str] = Counter()
    got_any: dict[int, bool] = defaultdict(bool)
    first: set[int] = set()
    choices["no_wishes"] = sum(1 for wishes in wishes_of.values() if not wishes)
    for placement in result.placements:
        if not wishes_of[placement.person_id]:
            continue
        if placement.rank is None:
            choices["unranked"] += 1
        elif placement.rank <= 3:
            choices[str(placement.rank)] += 1
        else:
            choices["lower"] += 1
        got_any[placement.person_id] |= placement.rank is not None
        if placement.rank == 1:
            first.add(placement.person_id)
    with_wishes = [pid for pid, wishes in wishes_of.items() if wishes]
    labels = {person.id: person.label for person in loaded.problem.people}
    nothing = sorted(pid for pid in with_wishes if not got_any[pid])
    certificate = result.certificate
    return {
        "event": loaded.event.slug,
        "objective": options.objective,
        "people": len(loaded.problem.people),
        "rounds": len(loaded.problem.rounds),
        "sessions": sessions,
        "choices": {key: choices.get(key, 0) for key in ("1", "2", "3", "lower", "unranked", "no_wishes")},
        "people_with_wishes": len(with_wishes),
        "people_first_wish": len(first),
        "worst_rank": certificate.worst_rank,
        "worst_rank_unranked": certificate.worst_rank_unranked,
        "worst_rank_proven": certificate.worst_rank_proven,
        "without_wish": [labels[pid] for pid in nothing],
        "soft": [dataclasses.asdict(figure) for figure in result.soft],
        "options": {
            "spread": options.spread,
            "balance": options.balance,
            "even_sizes": options.even_sizes,
            "min_size": options.min_size,
            "keep_existing": options.keep_existing,
            "seed": options.seed,
        },
        "certificate": _certificate(certificate),
        "solve_seconds": round(result.solve_seconds, 3),
        "changes": _changes(loaded, result, options),
        "differs_from_stored": _differs(loaded, result),
        "notes": [{"key": note.key, "params": dict(note.params)} for note in result.notes],
    }


def _certificate(certificate: Certificate) -> dict[str, Any]:
    return {
        "value": certificate.value,
        "bound": certificate.bound,
        "proven_optimal": certificate.proven_optimal,
        "gap": certificate.gap,
        "method": certificate.method,
    }


def _differs(loaded: Loaded, result: Result) -> int:
    """How many stored assignments (of people still taking part) this result changes."""
    stored = {(a.participant_id, a.round): a.session_id for a in loaded.stored}
    return sum(
        1
        for p in result.placements
        if (p.person_id, p.round) in stored and stored[(p.person_id, p.round)] != p.session_id
    )


def _changes(loaded: Loaded, result: Result, options: Options) -> dict[str, Any] | None:
    if not options.keep_existing:
        return None
    placed_before = {a.participant_id for a in loaded.stored}
    moved_people = {move.person_id for move in result.moves}
    reasons = Counter(move.reason for move in result.moves)
    return {
        "kept": result.kept,
        "moved": len(result.moves),
        "moved_people": len(moved_people),
        "reasons": dict(sorted(reasons.items())),
        "newcomers": sum(1 for person in loaded.problem.people if person.id not in placed_before),
        "removed": len(loaded.inactive),
    }


# --- explaining --------------------------------------------------------------------------------


def stored_result(loaded: Loaded, proven_optimal: bool) -> Result:
    """The stored assignments as an engine result (for explaining without solving again)."""
    active = {person.id for person in loaded.problem.people}
    placements = tuple(
        Placement(a.participant_id, a.round, a.session_id, a.topic_id, a.rank, a.locked)
        for a in loaded.stored
        if a.participant_id in active
    )
    certificate = Certificate("stored", 0.0, 0.0, proven_optimal, None, False, proven_optimal, "stored")
    return Result(placements=placements, certificate=certificate)


def explain_person(loaded: Loaded, result: Result, email: str) -> dict[str, Any]:
    """Why one person got what they got, as plain data with topic names (see ``assign.explain``)."""
    from konferenz_cli.assign.explain import explain

    wanted = email.strip().lower()
    person = next(
        (p for p in loaded.participants.values() if (p.email or "").lower() == wanted),
        None,
    )
    if person is None:
        raise KonferenzError("assign.unknown_email", email=email.strip())
    if person.id not in {p.id for p in loaded.problem.people}:
        raise KonferenzError("assign.not_taking_part", person=label(person), status=person.status)
    if not any(p.person_id == person.id for p in result.placements):
        raise KonferenzError("assign.not_assigned_yet", person=label(person))
    found = explain(loaded.problem, result, person.id)
    topics = {s.topic_id: s.topic for s in loaded.sessions.values()}
    rooms = {s.id: s.room for s in loaded.sessions.values()}
    return {
        "person": person.name or label(person),
        "email": person.email,
        "wishes": [topics.get(t, str(t)) for t in person.preference_topic_ids],
        "placements": [
            {
                "round": p.round,
                "topic": topics.get(p.topic_id),
                "room": rooms.get(p.session_id),
                "rank": p.rank,
                "locked": p.locked,
            }
            for p in found.placements
        ],
        "missed": [
            {
                "topic": topics.get(wish.topic_id, str(wish.topic_id)),
                "rank": wish.rank,
                "rounds": [dataclasses.asdict(check) for check in wish.rounds],
            }
            for wish in found.missed
        ],
        "proven_optimal": result.certificate.proven_optimal,
    }


# --- listing and changing single assignments ------------------------------------------------------------


def listing(db: Database, event: Event) -> list[dict[str, Any]]:
    """Every stored assignment with the person, round, topic, room, rank and time (JSON keys are stable).

    An internal listing: it names everyone, and says with ``list_consent``
    who agreed to appear on lists, for anyone who makes their own list from it.
    """
    people = {p.id: p for p in participant_store.participants(db, event.id)}
    rounds = {r.number: r for r in event_store.rounds(db, event.id)}
    rows: list[dict[str, Any]] = []
    for a in assignment_store.assignments(db, event.id):
        person = people[a.participant_id]
        round_ = rounds.get(a.round)
        rows.append(
            {
                "email": person.email,
                "first_name": person.first_name,
                "last_name": person.last_name,
                "organisation": person.organisation,
                "round": a.round,
                "topic": a.topic,
                "room": a.room,
                "rank": a.rank,
                "locked": a.locked,
                "date": round_.date.isoformat() if round_ and round_.date else None,
                "start": round_.start.strftime("%H:%M") if round_ and round_.start else None,
                "end": round_.end.strftime("%H:%M") if round_ and round_.end else None,
                "source": a.source,
                "list_consent": person.list_consent,
            }
        )
    rows.sort(key=lambda row: (row["round"], row["topic"] or "", (row["last_name"] or "").casefold()))
    return rows


def _participant(db: Database, event: Event, email: str) -> Participant:
    person = participant_store.find_by_email(db, event.id, email)
    if person is None:
        raise KonferenzError("assign.unknown_email", email=email.strip())
    return person


def _round(db: Database, event: Event, number: int) -> Round:
    for round_ in event_store.rounds(db, event.id):
        if round_.number == number:
            return round_
    known = ", ".join(str(r.number) for r in event_store.rounds(db, event.id)) or "-"
    raise KonferenzError("assign.unknown_round", round=number, rounds=known)


def set_assignment(
    db: Database, event: Event, email: str, round_number: int, topic: str, *, lock: bool, force: bool
) -> dict[str, Any]:
    """Put one person into a topic's session in one round, checked against the rules.

    Returns what was done: ``person``, ``topic``, ``round``, ``rank``, ``size``,
    ``capacity`` and ``over_capacity`` (only possible with ``force``).
    """
    person = _participant(db, event, email)
    round_ = _round(db, event, round_number)
    chosen = event_store.find_topic(db, event.id, topic)
    session = next(
        (s for s in event_store.sessions(db, event.id) if s.topic_id == chosen.id and s.round == round_number),
        None,
    )
    if session is None or session.cancelled:
        raise KonferenzError("assign.no_session", topic=chosen.name, round=round_number)
    if person.status not in ACTIVE_STATUSES or person.workgroups_opt_out:
        raise KonferenzError("assign.not_taking_part", person=label(person), status=person.status)
    current = assignment_store.assignments_by_participant(db, event.id).get(person.id, [])
    for other in current:
        if other.round != round_number and other.topic_id == chosen.id:
            raise KonferenzError("assign.repeat_topic", person=label(person), topic=chosen.name, round=other.round)
    size = sum(
        1
        for a in assignment_store.assignments(db, event.id)
        if a.session_id == session.id and a.participant_id != person.id
    )
    over = session.capacity is not None and size + 1 > session.capacity
    if over and not force:
        raise KonferenzError(
            "assign.session_full", topic=chosen.name, round=round_number, capacity=session.capacity, size=size
        )
    wishes = list(person.preference_topic_ids)
    rank = wishes.index(chosen.id) + 1 if chosen.id in wishes else None
    with transaction(db):
        assignment_store.save_assignment(db, person.id, round_.id, session.id, rank=rank, locked=lock, source="manual")
    return {
        "person": label(person),
        "topic": chosen.name,
        "round": round_number,
        "rank": rank,
        "size": size + 1,
        "capacity": session.capacity,
        "over_capacity": over,
        "locked": lock,
    }


def unlock(db: Database, event: Event, email: str | None, round_number: int | None) -> int:
    """Unlock assignments (of one person, of one round, or all); returns how many."""
    return _set_locked(db, event, False, email, round_number)


def lock(db: Database, event: Event, email: str | None, round_number: int | None) -> int:
    """Lock stored assignments (of one person, of one round, or all) so re-runs keep them; returns how many."""
    return _set_locked(db, event, True, email, round_number)


def _set_locked(db: Database, event: Event, locked: bool, email: str | None, round_number: int | None) -> int:
    person_id = _participant(db, event, email).id if email else None
    round_id = _round(db, event, round_number).id if round_number is not None else None
    with transaction(db):
        return assignment_store.set_locked(db, event.id, locked, participant_id=person_id, round_id=round_id)


def clear(db: Database, event: Event, *, include_locked: bool) -> int:
    """Remove the event's assignments (locked ones only with ``include_locked``); returns how many."""
    before = len(assignment_store.assignments(db, event.id))
    with transaction(db):
        assignment_store.delete_assignments(db, event.id, keep_locked=not include_locked)
    return before - len(assignment_store.assignments(db, event.id))


# --- the demo -----------------------------------------------------------------------------------


def demo_step(demo: Any) -> None:
    """Assign the demo's main event (with both diversity goals) and write the lists; skip without participants."""
    from konferenz_cli.i18n import format_percent, t
    from konferenz_cli.render.tables import Column, Sheet, write_workbook

    event = demo.main_event
    loaded = load(demo.db, event)
    if not loaded.problem.people:
        demo.record("demo.step.assign_skipped", event.title)
        return
    options = Options(spread="organisation", balance="sector", time_limit=10.0)
    outcome = run(demo.db, event, options)
    summary = outcome.summary
    path = demo.out_dir / f"{event.slug}-zuteilung.xlsx"
    columns = [
        Column("round", t("assign.col.round")),
        Column("topic", t("col.topic")),
        Column("room", t("col.room")),
        Column("last_name", t("assign.col.last_name")),
        Column("first_name", t("assign.col.first_name")),
        Column("organisation", t("assign.col.organisation")),
        Column("rank", t("assign.col.rank")),
    ]
    sheet = Sheet(
        t("assign.sheet"), columns, listing(demo.db, event), title=t("assign.listing_title", title=event.title)
    )
    write_workbook([sheet], path)
    certificate = summary["certificate"]
    proof = (
        t("demo.assign_proven")
        if certificate["proven_optimal"]
        else t("demo.assign_gap", gap=format_percent(certificate["gap"]))
    )
    worst = "–" if summary["worst_rank"] is None else str(summary["worst_rank"])
    if summary["worst_rank_unranked"]:
        worst = t("assign.rank_none")
    with_wishes = summary["people_with_wishes"] or 1
    what = t(
        "demo.assign_what",
        people=summary["people"],
        first=format_percent(summary["people_first_wish"] / with_wishes),
        worst=worst,
        proof=proof,
    )
    demo.record("demo.step.assign", what, path)
