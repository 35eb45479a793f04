"""The documentation of an event (or a series) as plain data, for every report format.

:func:`build_report` reads the store once and returns a :class:`ReportData`;
the renderers under ``render/report_*.py`` never see the database. Personal
data is decided here:

* ``anonymous=True`` (a public documentation) carries no personal data of
  participants: no names, e-mail addresses or phone numbers, and no names of
  organisations either, only their number and their types. The organisation
  is a free-text answer: for a volunteer or a refugee it is often their own
  name, their shelter or a two-person initiative, and nothing tells those
  apart from a public body. Free-text answers (notes, needs, questions) are in
  no report. Speakers, facilitators, the moderator and the patron act in
  public roles and stay named; workgroup results are written for publication.
* The internal report (the default) lists workgroup members, follow-up
  sign-ups, newsletter consents and organisations by name; people who did not
  agree to be listed (``list_consent`` false) are only counted, even there,
  and an organisation only they came from is counted without its name.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import attendance as attendance_store
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db import results as result_store
from konferenz_cli.errors import KonferenzError
from konferenz_cli.models import Event, Participant, Result

__all__ = [
    "AgendaRow",
    "Count",
    "Edition",
    "Facts",
    "Participation",
    "PersonRow",
    "ReportData",
    "ResultBlock",
    "SeriesData",
    "TopicWishes",
    "Workgroup",
    "build_report",
    "build_series",
]

ACTIVE = ("registered", "attended")


@dataclass(frozen=True)
class Count:
    """A label with a number (a bar of a chart, a row of a small table)."""

    label: str
    value: int


@dataclass(frozen=True)
class Facts:
    """What, when, where and who of the event."""

    title: str
    slug: str
    series: str | None
    date: dt.date
    end_date: dt.date | None
    start: dt.time
    end: dt.time
    doors: dt.time | None
    venue: str | None
    address: str | None
    organisers: tuple[str, ...]
    partners: tuple[str, ...]
    patron: str | None
    moderator: str | None
    funding_programme: str | None
    contact_email: str | None
    description: str | None


@dataclass(frozen=True)
class AgendaRow:
    """One item of the programme."""

    date: dt.date
    start: dt.time
    end: dt.time
    title: str
    kind: str
    speakers: tuple[str, ...]
    room: str | None


@dataclass(frozen=True)
class SectorRow:
    """Registered and attended people of one sector."""

    label: str
    registered: int
    attended: int


@dataclass
class Participation:
    """The figures of who registered, who came, and from where."""

    registered: int = 0
    waitlisted: int = 0
    cancelled: int = 0
    attended: int = 0
    walk_ins: int = 0
    attendance_recorded: bool = False
    by_day: list[Count] = field(default_factory=list)
    by_sector: list[SectorRow] = field(default_factory=list)
    by_organisation_type: list[Count] = field(default_factory=list)
    organisations: list[Count] = field(default_factory=list)
    organisation_count: int = 0
    new: int | None = None
    returning: int | None = None
    earlier_editions: list[str] = field(default_factory=list)

    @property
    def attendance_rate(self) -> float | None:
        """Share of the registered who came (None before check-in)."""
        if not self.attendance_recorded or not self.registered:
            return None
        return min(1.0, (self.attended - self.walk_ins) / self.registered)


@dataclass(frozen=True)
class PersonRow:
    """A person in an internal list: name, organisation, and (where needed) e-mail."""

    name: str
    organisation: str = ""
    email: str = ""


@dataclass
class Workgroup:
    """A session (topic in a round) with its size and how well wishes were met."""

    topic: str
    round: int | None
    room: str | None
    facilitators: tuple[str, ...]
    capacity: int | None
    size: int = 0
    attended: int = 0
    ranks: list[Count] = field(default_factory=list)
    first_choice_share: float | None = None
    members: list[PersonRow] = field(default_factory=list)
    withheld: int = 0


@dataclass(frozen=True)
class TopicWishes:
    """How often a topic was wished for, by rank."""

    topic: str
    first: int
    second: int
    third: int
    total: int


@dataclass(frozen=True)
class ResultBlock:
    """The results of one workgroup."""

    topic: str
    round: int | None
    works_well: str | None
    must_improve: str | None
    proposed_measures: str | None
    notes: str | None


@dataclass
class ReportData:
    """Everything a report shows, in plain values."""

    facts: Facts
    agenda: list[AgendaRow]
    participation: Participation
    workgroups: list[Workgroup]
    wishes: list[TopicWishes]
    assigned: int
    rank_totals: list[Count]
    first_choice_share: float | None
    worst_rank: int | None
    results: list[ResultBlock]
    follow_up_count: int
    follow_up: list[PersonRow]
    newsletter_count: int
    newsletter_withdrawn: int
    newsletter: list[PersonRow]
    anonymous: bool
    language: str
    generated: dt.date
    follow_up_withheld: int = 0
    newsletter_withheld: int = 0

    @property
    def internal(self) -> bool:
        """Whether the report holds personal data (and must say so)."""
        return not self.anonymous


def _facts(event: Event) -> Facts:
    return Facts(
        title=event.title,
        slug=event.slug,
        series=event.series,
        date=event.date,
        end_date=event.end_date,
        start=event.start,
        end=event.end,
        doors=event.doors,
        venue=event.venue,
        address=event.address,
        organisers=event.organisers,
        partners=event.partners,
        patron=event.patron,
        moderator=event.moderator,
        funding_programme=event.funding_programme,
        contact_email=event.contact_email,
        description=event.description,
    )


def _counts(values: Iterable[str], not_stated: str) -> list[Count]:
    counter = Counter(value or not_stated for value in values)
    return [Count(label, n) for label, n in sorted(counter.items(), key=lambda item: (-item[1], item[0].casefold()))]


def _person_key(person: Participant) -> str:
    return participant_store.match_key(person.email, person.first_name, person.last_name, person.organisation)


def _earlier_keys(db: Database, event: Event) -> tuple[set[str], list[str]]:
    """Keys of everyone at earlier events of the same series, and those events' titles."""
    if not event.series:
        return set(), []
    earlier = [
        e for e in event_store.events(db) if e.series == event.series and (e.date, e.id) < (event.date, event.id)
    ]
    keys: set[str] = set()
    for other in earlier:
        keys |= {_person_key(p) for p in participant_store.participants(db, other.id, statuses=ACTIVE)}
    return keys, [e.title for e in earlier]


def _participation(db: Database, event: Event, people: Sequence[Participant], not_stated: str) -> Participation:
    active = [p for p in people if p.status in ACTIVE]
    arrivals = attendance_store.arrivals_by_participant(db, event.id)
    present = [p for p in active if p.id in arrivals or p.status == "attended"]
    walk_ins = [p for p in present if p.source_file in ("walk-in", "list") and p.late]
    sector_registered = Counter(p.sector or not_stated for p in active)
    sector_attended = Counter(p.sector or not_stated for p in present)
    figures = Participation(
        registered=len(active) - len(walk_ins),
        waitlisted=sum(1 for p in people if p.status == "waitlisted"),
        cancelled=sum(1 for p in people if p.status == "cancelled"),
        attended=len(present),
        walk_ins=len(walk_ins),
        attendance_recorded=bool(arrivals) or any(p.status == "attended" for p in people),
        by_day=[Count(day.isoformat(), sum(1 for days in arrivals.values() if day in days)) for day in event.days],
        by_sector=[
            SectorRow(label, count, sector_attended.get(label, 0))
            for label, count in sorted(sector_registered.items(), key=lambda item: (-item[1], item[0].casefold()))
        ],
        by_organisation_type=_counts((p.organisation_type or "" for p in active), not_stated),
        organisations=_counts((p.organisation or "" for p in active if p.organisation), not_stated),
    )
    figures.organisation_count = len(figures.organisations)
    keys, titles = _earlier_keys(db, event)
    if titles:
        figures.returning = sum(1 for p in active if _person_key(p) in keys)
        figures.new = len(active) - figures.returning
        figures.earlier_editions = titles
    return figures


def _rank_counts(ranks: Iterable[int | None], labels: dict[str, str]) -> list[Count]:
    counter = Counter(ranks)
    rows = [
        Count(labels["rank"].format(rank=rank), counter[rank]) for rank in sorted(r for r in counter if r is not None)
    ]
    if counter.get(None):
        rows.append(Count(labels["unranked"], counter[None]))
    return rows


def _share(ranks: Sequence[int | None]) -> float | None:
    return sum(1 for rank in ranks if rank == 1) / len(ranks) if ranks else None


def _workgroups(
    db: Database,
    event: Event,
    people: dict[int, Participant],
    present: set[int],
    anonymous: bool,
    labels: dict[str, str],
) -> tuple[list[Workgroup], list[int | None]]:
    by_session: dict[int, list[tuple[Participant, int | None]]] = {}
    all_ranks: list[int | None] = []
    for assignment in assignment_store.assignments(db, event.id):
        person = people.get(assignment.participant_id)
        if person is None:
            continue
        by_session.setdefault(assignment.session_id, []).append((person, assignment.rank))
        all_ranks.append(assignment.rank)
    groups = []
    for session in event_store.sessions(db, event.id):
        if session.cancelled:
            continue
        members = sorted(by_session.get(session.id, []), key=lambda item: item[0].sort_key)
        ranks = [rank for _, rank in members]
        group = Workgroup(
            topic=session.topic,
            round=session.round,
            room=session.room,
            facilitators=session.facilitators,
            capacity=session.capacity,
            size=len(members),
            attended=sum(1 for person, _ in members if person.id in present),
            ranks=_rank_counts(ranks, labels),
            first_choice_share=_share(ranks),
        )
        if not anonymous:
            group.members = [PersonRow(p.name, p.organisation or "") for p, _ in members if p.list_consent]
        group.withheld = sum(1 for p, _ in members if anonymous or not p.list_consent)
        groups.append(group)
    for topic in event_store.topics(db, event.id):
        if topic.standing:
            groups.append(Workgroup(topic.name, None, topic.room, topic.facilitators, topic.capacity))
    return groups, all_ranks


def _wishes(db: Database, event: Event, active_ids: set[int]) -> list[TopicWishes]:
    wishes = participant_store.preferences_by_participant(db, event.id)
    tally: dict[int, Counter[int]] = {}
    for participant_id, ranked in wishes.items():
        if participant_id not in active_ids:
            continue
        for rank, (topic_id, _name) in enumerate(ranked, start=1):
            tally.setdefault(topic_id, Counter())[rank] += 1
    return [
        TopicWishes(
            topic.name,
            tally.get(topic.id, Counter())[1],
            tally.get(topic.id, Counter())[2],
            tally.get(topic.id, Counter())[3],
            sum(tally.get(topic.id, Counter()).values()),
        )
        for topic in event_store.topics(db, event.id)
    ]


def _result_block(result: Result) -> ResultBlock:
    return ResultBlock(
        result.topic, result.round, result.works_well, result.must_improve, result.proposed_measures, result.notes
    )


def _by_name(people: Iterable[Participant]) -> list[Participant]:
    return sorted(people, key=lambda p: p.sort_key)


def build_report(
    db: Database,
    event: Event,
    *,
    anonymous: bool = False,
    language: str = "de",
    labels: dict[str, str] | None = None,
    today: dt.date | None = None,
) -> ReportData:
    """Collect the documentation of ``event``.

    ``labels`` gives the words for "not stated", "rank {rank}" and "unranked"
    in the report's language (the renderers translate everything else).
    """
    labels = {"not_stated": "—", "rank": "{rank}", "unranked": "—", "withheld": "—", **(labels or {})}
    people = [p for p in participant_store.participants(db, event.id) if not p.anonymised]
    active = {p.id: p for p in people if p.status in ACTIVE}
    arrivals = attendance_store.arrivals_by_participant(db, event.id)
    present = {p.id for p in active.values() if p.id in arrivals or p.status == "attended"}
    groups, all_ranks = _workgroups(db, event, active, present, anonymous, labels)
    follow = [p for p in active.values() if p.follow_up]
    subscribed = [p for p in active.values() if p.newsletter and not p.newsletter_withdrawn_at]
    withdrawn = [p for p in people if p.newsletter_withdrawn_at]
    ranked = [rank for rank in all_ranks if rank is not None]
    participation = _participation(db, event, people, labels["not_stated"])
    participation.organisations = [] if anonymous else _listed_organisations(active.values(), labels["withheld"])
    return ReportData(
        facts=_facts(event),
        agenda=[
            AgendaRow(item.date, item.start, item.end, item.title, item.kind, item.speakers, item.room)
            for item in event_store.agenda(db, event.id)
        ],
        participation=participation,
        workgroups=groups,
        wishes=_wishes(db, event, set(active)),
        assigned=len(
            {a.participant_id for a in assignment_store.assignments(db, event.id) if a.participant_id in active}
        ),
        rank_totals=_rank_counts(all_ranks, labels),
        first_choice_share=_share(all_ranks),
        worst_rank=max(ranked) if ranked else None,
        results=[_result_block(r) for r in result_store.results(db, event.id) if not r.is_empty],
        follow_up_count=len(follow),
        follow_up=[] if anonymous else _contact_rows(follow),
        follow_up_withheld=0 if anonymous else sum(1 for p in follow if not p.list_consent),
        newsletter_count=len(subscribed),
        newsletter_withdrawn=len(withdrawn),
        newsletter=[] if anonymous else _contact_rows(subscribed),
        newsletter_withheld=0 if anonymous else sum(1 for p in subscribed if not p.list_consent),
        anonymous=anonymous,
        language=language,
        generated=today or dt.date.today(),
    )


def _contact_rows(people: Iterable[Participant]) -> list[PersonRow]:
    """Name, organisation and e-mail of the people who agreed to be listed, by surname."""
    return [PersonRow(p.name, p.organisation or "", p.email or "") for p in _by_name(people) if p.list_consent]


def _listed_organisations(people: Iterable[Participant], withheld: str) -> list[Count]:
    """Organisations with everyone from them, named only where someone from them agreed to be listed.

    People from organisations that only people without that consent came from
    are counted together under ``withheld``.
    """
    people = [p for p in people if p.organisation]
    named = {p.organisation for p in people if p.list_consent}
    rows = _counts((p.organisation or "" for p in people if p.organisation in named), withheld)
    hidden = sum(1 for p in people if p.organisation not in named)
    return rows + ([Count(withheld, hidden)] if hidden else [])


# --- a series side by side ------------------------------------------------------


@dataclass(frozen=True)
class Edition:
    """One event of a series, in figures."""

    title: str
    slug: str
    date: dt.date
    venue: str | None
    registered: int
    attended: int
    new: int | None
    returning: int | None
    sectors: dict[str, int]
    topics: tuple[str, ...]
    results: tuple[ResultBlock, ...]


@dataclass
class SeriesData:
    """The editions (or venues) of a series side by side."""

    name: str
    editions: list[Edition]
    sectors: list[str]
    language: str
    generated: dt.date


def build_series(
    db: Database, name: str, *, language: str = "de", not_stated: str = "—", today: dt.date | None = None
) -> SeriesData:
    """Every event of the series ``name`` (matched case-insensitively), earliest first."""
    all_events = event_store.events(db)
    chosen = [e for e in all_events if e.series and e.series.casefold() == name.strip().casefold()]
    if not chosen:
        names = sorted({e.series for e in all_events if e.series})
        raise KonferenzError("report.series_not_found", series=name, names=", ".join(names) or "-")
    editions = []
    for event in chosen:
        people = [p for p in participant_store.participants(db, event.id) if not p.anonymised]
        figures = _participation(db, event, people, not_stated)
        editions.append(
            Edition(
                title=event.title,
                slug=event.slug,
                date=event.date,
                venue=event.venue,
                registered=figures.registered,
                attended=figures.attended,
                new=figures.new,
                returning=figures.returning,
                sectors={row.label: row.registered for row in figures.by_sector},
                topics=tuple(topic.name for topic in event_store.topics(db, event.id)),
                results=tuple(_result_block(r) for r in result_store.results(db, event.id) if not r.is_empty),
            )
        )
    sectors = sorted({label for edition in editions for label in edition.sectors}, key=str.casefold)
    return SeriesData(chosen[0].series or name, editions, sectors, language, today or dt.date.today())
