"""Command: checkin (one person, a walk-in, an undo, a ticked list, or the door loop)."""

from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.text import Text

from konferenz_cli.cli.common import (
    Language,
    ask,
    check_text,
    command,
    db_opt,
    event_opt,
    lang_opt,
    print_note,
    resolve_event,
    store,
)
from konferenz_cli.console import out
from konferenz_cli.errors import ExitCode, KonferenzError
from konferenz_cli.i18n import t

_STATUS_KEYS = {
    "registered": "checkin.status.registered",
    "waitlisted": "checkin.status.waitlisted",
    "cancelled": "checkin.status.cancelled",
    "attended": "checkin.status.attended",
}


def _opt(name: str, key: str, metavar: Optional[str] = None) -> Any:
    return typer.Option(name, help=t(key), metavar=metavar, show_default=False)


def register(app: typer.Typer) -> None:
    """Add the checkin command to ``app``."""

    @command(app, "checkin", "help.checkin")
    def checkin(
        query: Annotated[
            Optional[str], typer.Argument(help=t("arg.checkin_query"), metavar=t("metavar.query"), show_default=False)
        ] = None,
        walk_in: Annotated[bool, typer.Option("--walk-in", help=t("opt.walk_in"))] = False,
        organisation: Annotated[Optional[str], _opt("--organisation", "opt.walk_in_organisation")] = None,
        email: Annotated[Optional[str], _opt("--email", "opt.walk_in_email")] = None,
        sector: Annotated[Optional[str], _opt("--sector", "opt.walk_in_sector")] = None,
        undo: Annotated[bool, typer.Option("--undo", help=t("opt.checkin_undo"))] = False,
        import_file: Annotated[Optional[Path], _opt("--import", "opt.checkin_import", t("metavar.file"))] = None,
        live: Annotated[bool, typer.Option("--live", help=t("opt.checkin_live"))] = False,
        day: Annotated[Optional[str], _opt("--day", "opt.checkin_day", "YYYY-MM-DD")] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services import checkin as service

        modes = [bool(walk_in), bool(undo), import_file is not None, bool(live)]
        if sum(modes) > 1:
            raise KonferenzError("checkin.one_mode")
        database = store(db)
        chosen = resolve_event(database, event)
        the_day = service.event_day(chosen, day)
        if import_file is not None:
            _import(database, chosen, import_file, the_day if day else None)
            return
        if live:
            _live(database, chosen, the_day)
            return
        if not query:
            raise KonferenzError("checkin.query_missing")
        if walk_in:
            done = service.walk_in(
                database, chosen, query, the_day, organisation=organisation, email=email, sector=sector
            )
            _show(database, chosen, done)
            return
        person = _choose(database, chosen, query)
        if person is None:
            raise typer.Exit(ExitCode.ERROR)
        if undo:
            removed = service.undo_check_in(database, person, the_day if day else None)
            key = "checkin.undone" if removed else "checkin.nothing_to_undo"
            print_note(t(key, name=person.name or "?"), style="green" if removed else "yellow")
            return
        _show(database, chosen, service.check_in(database, chosen, person, the_day))


def _label(person: Any) -> str:
    parts = [person.name or "?"]
    if person.organisation:
        parts.append(f"({person.organisation})")
    if person.badge_number is not None:
        parts.append(f"#{person.badge_number}")
    if person.email:
        local, _, domain = person.email.partition("@")
        parts.append(f"<{local[:1]}…@{domain}>")
    if person.status != "registered":
        parts.append(f"[{t(_STATUS_KEYS.get(person.status, 'checkin.status.registered'))}]")
    return " ".join(parts)


def _choose(database: Any, event: Any, query: str, *, live: bool = False) -> Any:
    """The one participant ``query`` means, asking for a number when several match; None if none."""
    from konferenz_cli.services.checkin import find_participants

    found = find_participants(database, event, query)
    if not found:
        _not_found(query, live=live)
        return None
    if len(found) == 1:
        return found[0]
    print_note(t("checkin.several", query=query, count=len(found)))
    shown = found[:20]
    for number, person in enumerate(shown, start=1):
        out.print(Text(f"  {number:>2}  {_label(person)}"))
    if len(found) > len(shown):
        print_note(t("checkin.more_found", count=len(found) - len(shown)))
    while True:
        answer = (ask(t("checkin.pick")) or "").strip()
        if not answer:
            print_note(t("checkin.no_choice"), style="yellow")
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(shown):
            return shown[int(answer) - 1]
        print_note(t("checkin.pick_again", count=len(shown)), style="yellow")


def _not_found(query: str, *, live: bool) -> None:
    """Say that nobody matched and how to go on: at the door, in a single command, by badge number."""
    if query.strip().lstrip("#").isdigit():
        key = "checkin.not_found_badge"
    else:
        key = "checkin.not_found_live" if live else "checkin.not_found"
    print_note(t(key, query=query), style="yellow")


def _show(database: Any, event: Any, done: Any) -> None:
    import datetime as dt

    from konferenz_cli.db.assignments import assignments_by_participant
    from konferenz_cli.i18n import format_datetime

    person = done.participant
    when = format_datetime(dt.datetime.fromisoformat(done.at).astimezone(event.zone))
    if done.walk_in:
        key = "checkin.walked_in"
    elif done.already:
        key = "checkin.already"
    else:
        key = "checkin.done"
    out.print(Text(t(key, name=_label(person), time=when), style="yellow" if done.already else "green"), soft_wrap=True)
    for assignment in assignments_by_participant(database, event.id).get(person.id, []):
        room = f" – {assignment.room}" if assignment.room else ""
        out.print(Text(f"    {t('word.round')} {assignment.round}: {assignment.topic}{room}"), soft_wrap=True)


def _import(database: Any, event: Any, path: Path, day: Any) -> None:
    from konferenz_cli.services.checkin import import_ticked_list

    report = import_ticked_list(database, event, path, day)
    for sheet, row, name, key in report.problems:
        print_note(t("checkin.row_problem", sheet=sheet, row=row, name=name or "-", reason=t(key)), style="yellow")
    for done in report.walk_ins:
        print_note(t("checkin.row_walk_in", name=_label(done.participant)))
    print_note(
        t(
            "checkin.import_summary",
            checked_in=len(report.checked_in),
            walk_ins=len(report.walk_ins),
            already=len(report.already),
            unticked=report.unticked,
            problems=len(report.problems),
        ),
        style="green" if not report.problems else "yellow",
    )
    if report.problems:
        raise typer.Exit(ExitCode.ROWS_REJECTED)


def _live(database: Any, event: Any, day: Any) -> None:
    """The door loop: one line per arrival, until an empty line or end of input."""
    from konferenz_cli.db.attendance import attendance_count
    from konferenz_cli.db.participants import participants
    from konferenz_cli.i18n import format_date

    print_note(t("checkin.live_intro", title=event.title, day=format_date(day)))
    session_count = 0
    try:
        while True:
            line = (ask(t("checkin.live_prompt")) or "").strip()
            if not line or line.casefold() in ("q", "quit", "exit", "ende"):
                break
            session_count += _live_line(database, event, day, line)
    except KeyboardInterrupt:
        print_note("")  # Ctrl-C leaves the prompt line open
        raise
    finally:
        # Also after Ctrl-C (which then exits with 130): the door wants the count.
        total = len([p for p in participants(database, event.id) if p.status != "cancelled"])
        present = attendance_count(database, event.id)
        print_note(t("checkin.live_summary", count=session_count, present=present, total=total))


def _live_line(database: Any, event: Any, day: Any, line: str) -> int:
    """Handle one line typed at the door; returns how many people it checked in."""
    from konferenz_cli.services import checkin as service

    if line == "?":
        print_note(t("checkin.live_help"))
        return 0
    try:
        check_text([line])
        if line.startswith("+"):
            name, _, rest = line[1:].partition(";")
            organisation, _, email = rest.partition(";")
            done = service.walk_in(database, event, name, day, organisation=organisation, email=email or None)
            _show(database, event, done)
            return 1
        if line.startswith("-"):
            person = _choose(database, event, line[1:], live=True)
            if person is not None:
                removed = service.undo_check_in(database, person, day)
                key = "checkin.undone" if removed else "checkin.nothing_to_undo"
                print_note(t(key, name=person.name or "?"))
            return 0
        person = _choose(database, event, line, live=True)
        if person is None:
            return 0
        done = service.check_in(database, event, person, day)
        _show(database, event, done)
        return 0 if done.already else 1
    except KonferenzError as error:
        print_note(t("error.prefix") + error.message(), style="red")
        return 0
