"""The demo: the whole chain of work on the bundled examples, into a fresh folder.

Each step is a function taking the :class:`DemoRun`; it does its part on the
database and records what it made with :meth:`DemoRun.made`. Later parts of
the chain append their step to ``STEPS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from konferenz_cli.i18n import t
from konferenz_cli.models import Event

__all__ = ["STEPS", "DemoRun", "MAIN_EXAMPLE", "run_demo"]

#: The example the chain runs on: two workgroup phases in three topic areas (seed 000).
MAIN_EXAMPLE = "eschwege-2023.toml"
#: The workgroup results of the main example (seed 000), read by ``konferenz results import``.
RESULTS_EXAMPLE = "eschwege-2023-ergebnisse.md"


@dataclass
class DemoRun:
    """The state of one demo run: where it writes and what it has made so far."""

    db: Database
    out_dir: Path
    examples: Path
    events: dict[str, Event] = field(default_factory=dict)
    made: list[tuple[str, str, str]] = field(default_factory=list)
    main_slug: str | None = None

    @property
    def main_event(self) -> Event:
        """The event the chain of work runs on."""
        assert self.main_slug is not None
        return self.events[self.main_slug]

    def record(self, step_key: str, what: str, where: Path | str | None = None) -> None:
        """Note that step ``step_key`` made ``what`` (at ``where``)."""
        self.made.append((step_key, what, str(where) if where is not None else ""))


def create_example_events(run: DemoRun) -> None:
    """Create every example event; the Hessen conference is copied to a second venue with --like."""
    from konferenz_cli.services.event_file import load_event_file
    from konferenz_cli.services.events import clean_event_fields, create_event

    for path in sorted(run.examples.glob("*.toml")):
        event = create_event(run.db, load_event_file(path))
        run.events[event.slug] = event
        run.record("demo.step.event", f"{event.title} ({event.slug})", path.name)
        if path.name == MAIN_EXAMPLE:
            run.main_slug = event.slug
    kassel = next((e for e in run.events.values() if e.slug == "regionalkonferenz-kassel-2018"), None)
    if kassel is not None:
        from konferenz_cli.services.events import EventPlan

        fields = clean_event_fields(
            {
                "title": "Regionalkonferenz WIR – Wiesbaden 2018",
                "slug": "regionalkonferenz-wiesbaden-2018",
                "date": "2018-06-05",
                "start": "10:00",
                "end": "16:00",
                "doors": "09:30",
                "venue": "Rathaus Wiesbaden, Festsaal",
                "address": "Musterplatz 1, 65183 Wiesbaden",
                "contact_email": "wir@example.org",
            }
        )
        copy = create_event(run.db, EventPlan(fields=fields), like=kassel.slug)
        run.events[copy.slug] = copy
        run.record("demo.step.event_like", f"{copy.title} ({copy.slug})", f"--like {kassel.slug}")


def write_programme(run: DemoRun) -> None:
    """Render the main event's programme as a printable HTML page from the shipped template."""
    from konferenz_cli.i18n import current_language
    from konferenz_cli.render.templating import make_environment, render_template
    from konferenz_cli.services.event_view import event_overview

    language = current_language()
    html = render_template(
        make_environment(language=language),
        [f"{language}/programme.html"],
        {"event": event_overview(run.db, run.main_event)},
    )
    path = run.out_dir / f"{run.main_event.slug}-programm.html"
    path.write_text(html, encoding="utf-8")
    run.record("demo.step.programme", run.main_event.title, path)


def write_calendars_and_invitations(run: DemoRun) -> None:
    """The main event's agenda calendar, each person's calendar and invitation mail, the flyer and press release."""
    import datetime as dt

    from konferenz_cli.i18n import current_language
    from konferenz_cli.render.ical import render_calendar
    from konferenz_cli.services import calendar, mailing
    from konferenz_cli.services.letters import LetterKit
    from konferenz_cli.services.recipients import select_participants

    event = run.main_event
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    data = calendar.load_agenda_data(run.db, event)
    agenda_file = run.out_dir / f"{event.slug}.ics"
    agenda_file.write_bytes(render_calendar(calendar.event_document(run.db, data), stamp))
    run.record("demo.step.ical", event.title, agenda_file)
    people = select_participants(run.db, event)
    if people:
        folder = run.out_dir / "kalender"
        folder.mkdir(exist_ok=True)
        written = calendar.write_personal_calendars(run.db, data, people, folder, stamp)
        run.record("demo.step.ical_personal", str(len(written)), folder)
        letters = LetterKit(run.db, event, "invitation", event.language)
        sender = mailing.sender_address(event, None)
        invitation = mailing.Mailing(run.db, letters, "invitation", sender, stamp, calendar=True)
        sendable = [s.participant for s in invitation.states(people) if s.state in ("send", "reached")]
        mails = run.out_dir / "einladungen"
        mails.mkdir(exist_ok=True)
        paths = mailing.write_eml_files(invitation.messages(sendable), mails)
        run.record("demo.step.invitations", str(len(paths)), mails)
    language = current_language()
    for template, key in (("flyer", "demo.step.flyer"), ("press-release", "demo.step.press_release")):
        kit = LetterKit(run.db, event, template, language)
        page = kit.render(kit.base_context())
        target = run.out_dir / f"{event.slug}-{template}.html"
        target.write_text(page.html or "", encoding="utf-8")
        run.record(key, event.title, target)


def check_in_sample(run: DemoRun) -> None:
    """Check in four of every five registered people of the main event, arriving from the doors on."""
    import datetime as dt

    from konferenz_cli.db.participants import participants
    from konferenz_cli.services.checkin import check_in

    event = run.main_event
    people = participants(run.db, event.id, statuses=("registered",))
    if not people:
        run.record("demo.step.checkin", t("demo.checkin_none"))
        return
    opening = event.localize(event.date, event.doors or event.start)
    arrived = 0
    for index, person in enumerate(people):
        if index % 5 == 4:
            continue
        at = (opening + dt.timedelta(seconds=20 * index)).astimezone(dt.timezone.utc).isoformat()
        check_in(run.db, event, person, event.date, at=at, source="demo")
        arrived += 1
    run.record("demo.step.checkin", t("demo.checkin_done", arrived=arrived, total=len(people)))


def import_example_results(run: DemoRun) -> None:
    """Read the workgroup results of the main event from the example file."""
    from konferenz_cli.services.results import import_results

    path = run.examples / RESULTS_EXAMPLE
    if not path.exists():
        return
    report = import_results(run.db, run.main_event, path)
    run.record("demo.step.results", t("demo.results_done", count=len(report.saved)), path.name)


def write_day_lists(run: DemoRun) -> None:
    """Write the lists for the day: sign-in sheets (three variants), workgroup lists, badges, certificates."""
    from konferenz_cli.services.print_lists import ListOptions, write_list

    event = run.main_event
    folder = run.out_dir / "listen"
    folder.mkdir(exist_ok=True)
    made = [
        ("signin", "pdf", ListOptions(), "teilnahmeliste.pdf"),
        ("signin", "xlsx", ListOptions(), "teilnahmeliste.xlsx"),
        ("signin", "pdf", ListOptions(variant="anonymous", blank=2), "teilnahmeliste-anonym.pdf"),
        ("signin", "pdf", ListOptions(variant="under16"), "teilnahmeliste-unter-16.pdf"),
        ("workgroups", "pdf", ListOptions(), "arbeitsgruppen.pdf"),
        ("workgroups", "xlsx", ListOptions(), "arbeitsgruppen.xlsx"),
        ("badges", "pdf", ListOptions(layout="a7"), "namensschilder-a7.pdf"),
        ("badges", "pdf", ListOptions(layout="fold"), "namensschilder-falt.pdf"),
        ("certificates", "pdf", ListOptions(), "teilnahmebescheinigungen.pdf"),
    ]
    for kind, file_format, options, name in made:
        path = folder / f"{event.slug}-{name}"
        summary = write_list(run.db, event, kind, file_format, path, options)
        run.record("demo.step.lists", summary, path)


def write_reports(run: DemoRun) -> None:
    """Write the documentation in every format (internal and public), and the Hessen series side by side."""
    from konferenz_cli.i18n import current_language
    from konferenz_cli.services.report_export import REPORT_FORMATS, write_report, write_series_report

    language = current_language()
    event = run.main_event
    folder = run.out_dir / "bericht"
    folder.mkdir(exist_ok=True)
    for file_format in REPORT_FORMATS:
        path = folder / f"{event.slug}-bericht-intern.{file_format}"
        write_report(run.db, event, file_format, path, language=language)
        run.record("demo.step.report", t("demo.report_internal", format=file_format), path)
    for file_format in ("html", "docx"):
        path = folder / f"{event.slug}-dokumentation-oeffentlich.{file_format}"
        write_report(run.db, event, file_format, path, anonymous=True, language=language)
        run.record("demo.step.report", t("demo.report_public", format=file_format), path)
    series = {e.series for e in run.events.values() if e.series and e.slug.startswith("regionalkonferenz")}
    for name in sorted(s for s in series if s):
        path = folder / "regionalkonferenzen-vergleich.html"
        data = write_series_report(run.db, name, "html", path, language=language)
        run.record("demo.step.report", t("demo.report_series", series=data.name, count=len(data.editions)), path)


#: Registration exports of the examples, imported in this order (the Google form came last).
EXAMPLE_REGISTRATIONS = {
    "ik-eschwege-2023": (
        "anmeldungen-eschwege-forms.xlsx",
        "anmeldungen-eschwege-liste.xlsx",
        "anmeldungen-eschwege-google.csv",
    ),
    "ik-hoexter-2017": ("anmeldungen-hoexter-pretix.xlsx",),
}


def import_example_registrations(run: DemoRun) -> None:
    """Import the example registration files (copied into the output folder, where the rejects go)."""
    import shutil

    from konferenz_cli.i18n import t
    from konferenz_cli.services.registrations import import_registrations

    folder = run.out_dir / "anmeldungen"
    folder.mkdir(exist_ok=True)
    for slug, names in EXAMPLE_REGISTRATIONS.items():
        event = run.events.get(slug)
        if event is None:
            continue
        for name in names:
            copy = folder / name
            shutil.copyfile(run.examples / name, copy)
            counts = import_registrations(run.db, event, copy).counts
            summary = t(
                "demo.import_summary",
                new=counts.new,
                updated=counts.updated,
                rejected=counts.rejected,
                waitlisted=counts.waitlisted,
                cancelled=counts.cancelled,
            )
            run.record("demo.step.import", f"{name} → {slug}: {summary}", copy)


def assign_workgroups(run: DemoRun) -> None:
    """Assign the main event's participants to its workgroups (skipped while there are none)."""
    from konferenz_cli.services.assignment import demo_step

    demo_step(run)


STEPS: list[Callable[[DemoRun], Any]] = [
    create_example_events,
    write_programme,
    import_example_registrations,
    assign_workgroups,
    write_calendars_and_invitations,
    check_in_sample,
    import_example_results,
    write_day_lists,
    write_reports,
]


def run_demo(out_dir: Path, db: Database, examples: Path) -> DemoRun:
    """Run every demo step into ``out_dir`` on a fresh database ``db``."""
    run = DemoRun(db=db, out_dir=out_dir, examples=examples)
    for step in STEPS:
        step(run)
    return run
