"""Benchmark: 10,000 personal calendars and 10,000 invitation .eml files for one event.

    python bench/mail_bench.py [--people 10000] [--out bench/out]

Creates the Eschwege example in a fresh database under --out, adds the people with
an assignment in each round (as assign-workgroups would), then runs the two exports
exactly as `konferenz export-ical --per-participant` and `konferenz invitations` do,
with a progress bar, and prints the time of each and the peak memory (RSS) of the process after it.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Amina", "Jürgen", "Олександр", "نور", "Siobhán", "Mehmet", "Anna", "Zoë", "Ли", "Kwame"]
LAST = ["Haddad", "Groß-Müller", "Петренко", "الهدى", "O'Connor", "Yılmaz", "Schmidt", "Ďurová", "Вэй", "Mensah"]


def _setup(out: Path, people: int) -> tuple[Path, str]:
    from konferenz_cli.db import assignments, events, participants
    from konferenz_cli.db.connection import open_db, transaction
    from konferenz_cli.services.event_file import load_event_file
    from konferenz_cli.services.events import create_event

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    db_path = out / "bench.db"
    db = open_db(db_path)
    event = create_event(db, load_event_file(ROOT / "examples" / "eschwege-2023.toml"))
    rounds = events.rounds(db, event.id)
    sessions = events.sessions(db, event.id)
    with transaction(db):
        for index in range(people):
            person = participants.insert_participant(
                db,
                event.id,
                {
                    "email": f"person{index}@example.org",
                    "first_name": FIRST[index % len(FIRST)],
                    "last_name": f"{LAST[(index // len(FIRST)) % len(LAST)]} {index}",
                    "organisation": f"Organisation {index % 97}",
                },
            )
            for round_ in rounds:
                choices = [s for s in sessions if s.round == round_.number]
                session = choices[(index + round_.number) % len(choices)]
                assignments.save_assignment(db, person, round_.id, session.id, rank=1)
    db.close()
    return db_path, event.slug


def _measure(label: str, work: Callable[[], int]) -> tuple[str, int, float, float]:
    started = time.perf_counter()
    count = work()
    seconds = time.perf_counter() - started
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return label, count, seconds, peak_rss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))

    import datetime as dt

    from konferenz_cli.cli.progress import progress_bar
    from konferenz_cli.db import events
    from konferenz_cli.db.connection import open_db
    from konferenz_cli.services import calendar, mailing
    from konferenz_cli.services.letters import LetterKit
    from konferenz_cli.services.recipients import select_participants

    db_path, slug = _setup(args.out, args.people)
    db = open_db(db_path)
    event = events.event_by_slug(db, slug)
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)

    def calendars() -> int:
        people = select_participants(db, event)
        data = calendar.load_agenda_data(db, event)
        folder = args.out / "kalender"
        folder.mkdir()
        with progress_bar(len(people), "Kalender") as advance:
            return len(calendar.write_personal_calendars(db, data, people, folder, stamp, on_written=advance))

    def invitations() -> int:
        people = select_participants(db, event)
        kit = LetterKit(db, event, "invitation", event.language)
        run = mailing.Mailing(db, kit, "invitation", mailing.sender_address(event, None), stamp, calendar=True)
        folder = args.out / "einladungen"
        folder.mkdir()
        with progress_bar(len(people), "E-Mails") as advance:
            return len(mailing.write_eml_files(run.messages(people), folder, on_written=advance))

    rows = [_measure("personal calendars (.ics)", calendars), _measure("invitations (.eml + .ics)", invitations)]
    db.close()
    table = Table(title=f"konferenz mail bench, {args.people} people")
    for column in ("export", "files", "seconds", "peak RSS of the process so far (MiB)"):
        table.add_column(column, justify="right" if column != "export" else "left")
    for label, count, seconds, rss in rows:
        table.add_row(label, str(count), f"{seconds:.1f}", f"{rss:.0f}")
    Console().print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
