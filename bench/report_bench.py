"""How long export-report takes for a big event: 10,000 participants, in every format.

    python bench/report_bench.py [--people 10000]

Builds a temporary database with the Eschwege example, N participants with
wishes and assignments in both rounds, 80 % checked in and the example
results, then times building the report data and writing each format (the
internal report, which is the larger one, and the public HTML). The target is
under 20 seconds per format.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

from tests.factories import EXAMPLES, create_example, populate  # noqa: E402

from konferenz_cli.db import attendance as attendance_store  # noqa: E402
from konferenz_cli.db.connection import open_db, transaction  # noqa: E402
from konferenz_cli.services.report import build_report  # noqa: E402
from konferenz_cli.services.report_export import report_labels, write_report_data  # noqa: E402
from konferenz_cli.services.results import import_results  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        db = open_db(out / "bench.db")
        event = create_example(db)
        started = time.perf_counter()
        ids = populate(db, event, arguments.people, seed=3)
        with transaction(db):
            for index, participant_id in enumerate(ids):
                if index % 5:
                    attendance_store.record_arrival(db, participant_id, event.date, "2023-11-04T09:00:00+00:00")
                    attendance_store.set_status(db, participant_id, "attended", "2023-11-04T09:00:00+00:00")
        import_results(db, event, EXAMPLES / "eschwege-2023-ergebnisse.md")
        print(f"setup: {arguments.people} participants in {time.perf_counter() - started:.1f} s")

        rows = []
        for anonymous in (False, True):
            started = time.perf_counter()
            data = build_report(db, event, anonymous=anonymous, language="de", labels=report_labels("de"))
            build = time.perf_counter() - started
            formats = ("html", "docx", "xlsx", "md") if not anonymous else ("html",)
            for file_format in formats:
                path = out / f"report{'-public' if anonymous else ''}.{file_format}"
                started = time.perf_counter()
                write_report_data(data, file_format, path)
                render = time.perf_counter() - started
                rows.append((file_format + (" (public)" if anonymous else ""), build, render, path.stat().st_size))
        db.close()
    print("\n| format | build data (s) | render (s) | total (s) | size (KB) |\n|---|---:|---:|---:|---:|")
    for name, build, render, size in rows:
        print(f"| {name} | {build:.2f} | {render:.2f} | {build + render:.2f} | {size // 1024} |")


if __name__ == "__main__":
    main()
