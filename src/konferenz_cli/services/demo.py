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

from konferenz_cli.models import Event

__all__ = ["STEPS", "DemoRun", "MAIN_EXAMPLE", "run_demo"]

#: The example the chain runs on: two workgroup phases in three topic areas (seed 000).
MAIN_EXAMPLE = "eschwege-2023.toml"


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


def assign_workgroups(run: DemoRun) -> None:
    """Assign the main event's participants to its workgroups (skipped while there are none)."""
    from konferenz_cli.services.assignment import demo_step

    demo_step(run)


STEPS: list[Callable[[DemoRun], Any]] = [create_example_events, write_programme, assign_workgroups]


def run_demo(out_dir: Path, db: Database, examples: Path) -> DemoRun:
    """Run every demo step into ``out_dir`` on a fresh database ``db``."""
    run = DemoRun(db=db, out_dir=out_dir, examples=examples)
    for step in STEPS:
        step(run)
    return run
