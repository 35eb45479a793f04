"""Commands: new-event, events, event show / edit / remove."""

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.table import Table
from rich.text import Text

from konferenz_cli.cli.common import (
    Language,
    ListFormat,
    ShowFormat,
    command,
    confirm_or_stop,
    db_opt,
    emit_listing,
    event_opt,
    format_for_output,
    format_opt,
    lang_opt,
    output_opt,
    print_note,
    resolve_event,
    store,
    subcommands,
    yes_opt,
)
from konferenz_cli.console import out
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import format_date, format_number, t

if TYPE_CHECKING:  # the models module is slow to import; --help does not need it
    from konferenz_cli.models import Event


def _opt(name: str, key: str, metavar: str | None = None) -> Any:
    return typer.Option(name, help=t(key), metavar=metavar, show_default=False)


def register(app: typer.Typer) -> None:
    """Add the event commands to ``app``."""
    event_app = subcommands(app, "event", "help.event")

    @command(app, "new-event", "help.new_event")
    def new_event(
        title: Annotated[
            Optional[str], typer.Argument(help=t("arg.title"), metavar=t("metavar.title"), show_default=False)
        ] = None,
        date: Annotated[Optional[str], _opt("--date", "opt.date", "YYYY-MM-DD")] = None,
        start: Annotated[Optional[str], _opt("--start", "opt.start", "HH:MM")] = None,
        end: Annotated[Optional[str], _opt("--end", "opt.end", "HH:MM")] = None,
        doors: Annotated[Optional[str], _opt("--doors", "opt.doors", "HH:MM")] = None,
        end_date: Annotated[Optional[str], _opt("--end-date", "opt.end_date", "YYYY-MM-DD")] = None,
        venue: Annotated[Optional[str], _opt("--venue", "opt.venue")] = None,
        address: Annotated[Optional[str], _opt("--address", "opt.address")] = None,
        registration_deadline: Annotated[
            Optional[str], _opt("--registration-deadline", "opt.registration_deadline", "YYYY-MM-DD")
        ] = None,
        contact_email: Annotated[Optional[str], _opt("--contact-email", "opt.contact_email")] = None,
        contact_phone: Annotated[Optional[str], _opt("--contact-phone", "opt.contact_phone")] = None,
        slug: Annotated[Optional[str], _opt("--slug", "opt.slug")] = None,
        series: Annotated[Optional[str], _opt("--series", "opt.series")] = None,
        timezone: Annotated[Optional[str], _opt("--timezone", "opt.timezone")] = None,
        capacity: Annotated[Optional[str], _opt("--capacity", "opt.capacity", t("metavar.number"))] = None,
        organiser: Annotated[Optional[list[str]], _opt("--organiser", "opt.organiser")] = None,
        partner: Annotated[Optional[list[str]], _opt("--partner", "opt.partner")] = None,
        patron: Annotated[Optional[str], _opt("--patron", "opt.patron")] = None,
        moderator: Annotated[Optional[str], _opt("--moderator", "opt.moderator")] = None,
        funding_programme: Annotated[Optional[str], _opt("--funding-programme", "opt.funding_programme")] = None,
        description: Annotated[Optional[str], _opt("--description", "opt.description")] = None,
        event_language: Annotated[Optional[str], _opt("--event-language", "opt.event_language", "de|en")] = None,
        from_file: Annotated[Optional[Path], _opt("--from", "opt.from_file", "FILE.toml")] = None,
        like: Annotated[Optional[str], _opt("--like", "opt.like", "SLUG")] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.events import EventPlan, clean_event_fields, create_event

        flags = {
            "title": title,
            "date": date,
            "start": start,
            "end": end,
            "doors": doors,
            "end_date": end_date,
            "venue": venue,
            "address": address,
            "registration_deadline": registration_deadline,
            "contact_email": contact_email,
            "contact_phone": contact_phone,
            "slug": slug,
            "series": series,
            "timezone": timezone,
            "capacity": capacity,
            "organisers": organiser or None,
            "partners": partner or None,
            "patron": patron,
            "moderator": moderator,
            "funding_programme": funding_programme,
            "description": description,
            "language": event_language,
        }
        given = {key: value for key, value in flags.items() if value is not None}
        if from_file is not None:
            from konferenz_cli.services.event_file import load_event_file

            plan = load_event_file(from_file)
            if given:
                plan.fields = clean_event_fields({**_raw_fields(plan.fields), **given})
        else:
            missing = [f"--{name}" for name in ("date", "start", "end") if name not in given]
            if title is None:
                missing.insert(0, t("metavar.title"))
            if missing:
                raise KonferenzError("event.flags_missing", missing=", ".join(missing))
            plan = EventPlan(fields=clean_event_fields(given))
        database = store(db, create=True)
        event = create_event(database, plan, like=like)
        out.print(event.slug, markup=False, highlight=False)
        print_note(
            t(
                "event.created",
                title=event.title,
                slug=event.slug,
                date=format_date(event.date),
                **_programme_counts(database, event),
            ),
            style="green",
        )

    @command(app, "events", "help.events")
    def list_events(
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db import events as event_store
        from konferenz_cli.db.connection import resolve_db_path
        from konferenz_cli.render.tables import Column

        list_format = format_for_output(list_format, output, "list_format")
        path = resolve_db_path(db)
        if not path.exists():
            # Nothing to list, and no empty file left behind by a mistyped --db: say where we looked.
            print_note(t("event.no_database_yet", path=str(path)), style="yellow")
            if list_format is not ListFormat.table:
                emit_listing([], _event_columns(), list_format, output, title=t("title.events"))
            return
        database = store(db)
        counts = event_store.participant_counts(database)
        rows = [
            {
                "slug": event.slug,
                "title": event.title,
                "date": event.date.isoformat(),
                "start": event.start.strftime("%H:%M"),
                "end": event.end.strftime("%H:%M"),
                "venue": event.venue,
                "series": event.series,
                "participants": counts.get(event.id, 0),
            }
            for event in event_store.events(database)
        ]
        columns = _event_columns()
        shown = [
            columns[0],
            columns[1],
            Column("date", t("col.date"), display=lambda iso: format_date(dt.date.fromisoformat(iso), "medium")),
            columns[5],
            columns[7],
        ]
        if not rows and list_format is ListFormat.table:
            print_note(t("event.none_yet"))
            return
        emit_listing(rows, columns, list_format, output, title=t("title.events"), table_columns=shown)

    @command(event_app, "show", "help.event_show")
    def show_event(
        event_slug: Annotated[
            Optional[str], typer.Argument(metavar="SLUG", help=t("arg.slug"), show_default=False)
        ] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        list_format: Annotated[
            ShowFormat, typer.Option("--format", "-f", help=t("opt.format_show"), case_sensitive=False)
        ] = ShowFormat.table,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.event_view import event_overview

        database = store(db)
        chosen = resolve_event(database, event_slug or event)
        overview = event_overview(database, chosen)
        if list_format is ShowFormat.json:
            import sys

            from konferenz_cli.render.tables import write_json

            write_json([overview], sys.stdout)
            return
        _print_event(chosen, overview)

    @command(event_app, "edit", "help.event_edit")
    def edit_event(
        event: Annotated[Optional[str], event_opt()] = None,
        title: Annotated[Optional[str], _opt("--title", "opt.title")] = None,
        date: Annotated[Optional[str], _opt("--date", "opt.date", "YYYY-MM-DD")] = None,
        start: Annotated[Optional[str], _opt("--start", "opt.start", "HH:MM")] = None,
        end: Annotated[Optional[str], _opt("--end", "opt.end", "HH:MM")] = None,
        doors: Annotated[Optional[str], _opt("--doors", "opt.doors", "HH:MM")] = None,
        end_date: Annotated[Optional[str], _opt("--end-date", "opt.end_date", "YYYY-MM-DD")] = None,
        venue: Annotated[Optional[str], _opt("--venue", "opt.venue")] = None,
        address: Annotated[Optional[str], _opt("--address", "opt.address")] = None,
        registration_deadline: Annotated[
            Optional[str], _opt("--registration-deadline", "opt.registration_deadline", "YYYY-MM-DD")
        ] = None,
        contact_email: Annotated[Optional[str], _opt("--contact-email", "opt.contact_email")] = None,
        contact_phone: Annotated[Optional[str], _opt("--contact-phone", "opt.contact_phone")] = None,
        slug: Annotated[Optional[str], _opt("--slug", "opt.new_slug")] = None,
        series: Annotated[Optional[str], _opt("--series", "opt.series")] = None,
        timezone: Annotated[Optional[str], _opt("--timezone", "opt.timezone")] = None,
        capacity: Annotated[Optional[str], _opt("--capacity", "opt.capacity", t("metavar.number"))] = None,
        organiser: Annotated[Optional[list[str]], _opt("--organiser", "opt.organiser")] = None,
        partner: Annotated[Optional[list[str]], _opt("--partner", "opt.partner")] = None,
        patron: Annotated[Optional[str], _opt("--patron", "opt.patron")] = None,
        moderator: Annotated[Optional[str], _opt("--moderator", "opt.moderator")] = None,
        funding_programme: Annotated[Optional[str], _opt("--funding-programme", "opt.funding_programme")] = None,
        description: Annotated[Optional[str], _opt("--description", "opt.description")] = None,
        retention_days: Annotated[
            Optional[str], _opt("--retention-days", "opt.retention_days", t("metavar.number"))
        ] = None,
        event_language: Annotated[Optional[str], _opt("--event-language", "opt.event_language", "de|en")] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.events import edit_event as edit

        changes = {
            "title": title,
            "date": date,
            "start": start,
            "end": end,
            "doors": doors,
            "end_date": end_date,
            "venue": venue,
            "address": address,
            "registration_deadline": registration_deadline,
            "contact_email": contact_email,
            "contact_phone": contact_phone,
            "slug": slug,
            "series": series,
            "timezone": timezone,
            "capacity": capacity,
            "organisers": organiser or None,
            "partners": partner or None,
            "patron": patron,
            "moderator": moderator,
            "funding_programme": funding_programme,
            "description": description,
            "retention_days": retention_days,
            "language": event_language,
        }
        given = {key: value for key, value in changes.items() if value is not None}
        if not given:
            raise KonferenzError("edit.nothing")
        database = store(db)
        updated = edit(database, resolve_event(database, event), given)
        print_note(t("event.updated", slug=updated.slug), style="green")

    @command(event_app, "remove", "help.event_remove")
    def remove_event(
        event_slug: Annotated[str, typer.Argument(metavar="SLUG", help=t("arg.slug"))],
        yes: Annotated[bool, yes_opt()] = False,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db import events as event_store
        from konferenz_cli.db.connection import transaction

        database = store(db)
        chosen = event_store.event_by_slug(database, event_slug)
        count = event_store.participant_counts(database).get(chosen.id, 0)
        if not yes:
            confirm_or_stop(t("event.remove_confirm", title=chosen.title, slug=chosen.slug, count=count))
        with transaction(database):
            event_store.delete_event(database, chosen.id)
        print_note(t("event.removed", slug=chosen.slug), style="green")


def _raw_fields(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


def _programme_counts(database: Any, event: "Event") -> dict[str, int]:
    from konferenz_cli.db import events as event_store

    return {
        "agenda": len(event_store.agenda(database, event.id)),
        "topics": len(event_store.topics(database, event.id)),
        "rounds": len(event_store.rounds(database, event.id)),
    }


def _print_event(event: "Event", overview: dict[str, Any]) -> None:
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    for label, value in _fact_lines(event):
        if value:
            facts.add_row(Text(label), Text(value))
    out.print(Text(event.title, style="bold"))
    out.print(facts)
    agenda = Table(title=t("title.agenda"), header_style="bold")
    for header in (t("col.time"), t("col.title"), t("col.kind"), t("col.speakers"), t("col.room")):
        agenda.add_column(header, overflow="fold")
    multi_day = len(event.days) > 1
    for item in overview["agenda"]:
        day = dt.date.fromisoformat(item["date"])
        time = f"{item['start']}–{item['end']}"
        if multi_day:
            time = f"{format_date(day, 'short')} {time}"
        title = item["title"] + (f" ({t('word.round')} {item['round']})" if item.get("round") else "")
        agenda.add_row(
            Text(time),
            Text(title),
            Text(t(f"kind.{item['kind']}")),
            Text(", ".join(item["speakers"])),
            Text(item["room"] or ""),
        )
    out.print(agenda)
    if overview["topics"]:
        topics = Table(title=t("title.topics"), header_style="bold")
        for header in ("#", t("col.topic"), t("col.facilitators"), t("col.sessions")):
            topics.add_column(header, overflow="fold")
        for topic in overview["topics"]:
            sessions = "; ".join(
                f"{t('word.round')} {s['round']}: {s['room'] or '–'} ({s['capacity'] or '∞'})"
                + (f" – {t('word.cancelled')}" if s["cancelled"] else "")
                for s in topic["sessions"]
            ) or (t("word.standing") if topic["standing"] else "–")
            topics.add_row(
                Text(str(topic["number"])), Text(topic["name"]), Text(", ".join(topic["facilitators"])), Text(sessions)
            )
        out.print(topics)


def _fact_lines(event: "Event") -> list[tuple[str, str | None]]:
    when = format_date(event.date)
    if event.end_date and event.end_date != event.date:
        when = f"{when} – {format_date(event.end_date)}"
    hours = t("event.hours", start=f"{event.start:%H:%M}", end=f"{event.end:%H:%M}")
    if event.doors:
        hours += ", " + t("event.doors_at", doors=f"{event.doors:%H:%M}")
    return [
        (t("col.slug"), event.slug),
        (t("col.date"), when),
        (t("col.time"), f"{hours} ({event.timezone})"),
        (t("col.series"), event.series),
        (t("col.venue"), event.venue),
        (t("col.address"), event.address),
        (
            t("col.registration_deadline"),
            format_date(event.registration_deadline) if event.registration_deadline else None,
        ),
        (t("col.contact"), " · ".join(v for v in (event.contact_email, event.contact_phone) if v) or None),
        (t("col.organisers"), ", ".join(event.organisers) or None),
        (t("col.partners"), ", ".join(event.partners) or None),
        (t("col.patron"), event.patron),
        (t("col.moderator"), event.moderator),
        (t("col.funding_programme"), event.funding_programme),
        (t("col.capacity"), format_number(event.capacity) if event.capacity else None),
        (t("col.description"), event.description),
    ]


def _event_columns() -> list[Any]:
    """The columns of ``konferenz events`` in json, csv and xlsx."""
    from konferenz_cli.render.tables import Column

    return [
        Column("slug", t("col.slug")),
        Column("title", t("col.title")),
        Column("date", t("col.date")),
        Column("start", t("col.start")),
        Column("end", t("col.end")),
        Column("venue", t("col.venue")),
        Column("series", t("col.series")),
        Column("participants", t("col.participants")),
    ]
