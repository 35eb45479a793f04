"""How fast is import-registrations? Our whole import against the bare tools, side by side.

    python bench/import_bench.py                  # 10,000 and 100,000 rows
    python bench/import_bench.py --rows 10000     # one size only

For each size the script writes (once, seeded, cached in ``bench/.data/``) a
CSV and an XLSX file of registrations with 20 columns, then measures, each in
a fresh subprocess so that peak memory (``ru_maxrss``) belongs to that one
measurement alone:

* ``konferenz csv``: our full import of the CSV (read, detect encoding and
  delimiter, map, validate, merge duplicates, store) into a new database;
* ``sqlite-utils csv``: ``sqlite-utils insert DB rows FILE --csv`` of the same
  file into an empty database;
* ``konferenz xlsx``: our full import of the XLSX;
* ``pandas xlsx``: ``pandas.read_excel(FILE, engine="openpyxl")`` alone (no
  storing); skipped with a note when pandas is not installed;
* and, as the floor of any import into this schema, the CPU time SQLite alone
  needs to write the participants and wishes our import stored (rows prepared
  in advance): three indexes on participants, three wishes per person.

Times are wall-clock seconds of the whole subprocess, interpreter start
included, so every tool pays the same start-up. Targets: CSV import at most
0.5x sqlite-utils, XLSX import at most 0.25x pandas, peak memory under 400 MB
at 100,000 rows.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / ".data"
SEED = 20231104

HEADERS = [
    "Zeitstempel",
    "E-Mail-Adresse",
    "Vorname",
    "Nachname",
    "Organisation",
    "Bereich",
    "Funktion",
    "Telefon",
    "Themenwunsch 1",
    "Themenwunsch 2",
    "Themenwunsch 3",
    "Arbeitskreis ja/nein",
    "Newsletter",
    "Ernährung",
    "Barrierefreiheit",
    "Dolmetschen",
    "Foto-Einverständnis",
    "Bemerkungen",
    "PLZ",
    "Ort",
]
TOPICS = ["Spracherwerb", "Qualifizierung und Ausbildung", "Anerkennung von Abschlüssen"]
FIRST = ["Jörg", "Amina", "Oksana", "Mehmet", "Sara", "Käthe", "Dmytro", "Layla", "Reza", "Anna", "Tesfay", "Ayşe"]
LAST = ["Müller", "Haddad", "Shevchenko", "Öztürk", "Rezaei", "Groß", "Kovalenko", "Mansour", "von der Heyde"]
ORGS = ["Jobcenter Werra-Meißner", "IHK Kassel-Marburg", "Caritasverband", "Diakonie", "Ausländerbeirat", ""]
SECTORS = ["Verwaltung", "Wirtschaft", "Zivilgesellschaft", "Ehrenamt", "Bildung"]


def _rows(count: int) -> list[list[object]]:
    rng = random.Random(SEED + count)
    start = dt.datetime(2023, 9, 1, 8, 0)
    rows: list[list[object]] = []
    for number in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        wishes = rng.sample(TOPICS, 3)
        moment = start + dt.timedelta(seconds=number * 20 + rng.randrange(20))
        rows.append(
            [
                moment,
                f"person{number}.{rng.randrange(1000)}@example.org",
                first,
                last,
                rng.choice(ORGS),
                rng.choice(SECTORS),
                rng.choice(["Beratung", "Leitung", "ehrenamtlich", ""]),
                f"05651 {rng.randrange(100000, 999999)}",
                *wishes,
                rng.choice(["ja", "nein", ""]),
                rng.choice(["Ja", "Nein"]),
                rng.choice(["", "", "vegetarisch", "vegan", "halal"]),
                "",
                rng.choice(["", "", "", "Arabisch", "Ukrainisch"]),
                rng.choice(["Ja", "Nein"]),
                rng.choice(["", "", "kommt später"]),
                f"{rng.randrange(10000, 99999)}",
                rng.choice(["Eschwege", "Witzenhausen", "Sontra", "Bad Sooden-Allendorf"]),
            ]
        )
    return rows


def make_files(count: int) -> tuple[Path, Path]:
    """The CSV and XLSX files of ``count`` registrations (generated once, then cached)."""
    DATA.mkdir(exist_ok=True)
    csv_path, xlsx_path = DATA / f"registrations-{count}.csv", DATA / f"registrations-{count}.xlsx"
    if csv_path.exists() and xlsx_path.exists():
        return csv_path, xlsx_path
    rows = _rows(count)
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow([row[0].strftime("%d.%m.%Y %H:%M:%S"), *row[1:]])  # type: ignore[union-attr]
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Anmeldungen")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(xlsx_path)
    return csv_path, xlsx_path


# --- one measurement per subprocess ----------------------------------------------------------


def _measure_ours(path: Path) -> None:
    from konferenz_cli.db.connection import open_db
    from konferenz_cli.services.event_file import load_event_file
    from konferenz_cli.services.events import create_event
    from konferenz_cli.services.registrations import import_registrations

    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "bench.db")
        plan = load_event_file(REPO / "examples" / "eschwege-2023.toml")
        plan.fields["capacity"] = None
        event = create_event(db, plan)
        report = import_registrations(db, event, path)
        db.close()
    print(json.dumps({"new": report.counts.new, "rejected": report.counts.rejected}), file=sys.stderr)


def _measure_floor(path: Path) -> None:
    """Time only SQLite writing the rows our import stores (participants and their wishes), prepared in advance."""
    from konferenz_cli.db.connection import open_db, transaction
    from konferenz_cli.services.event_file import load_event_file
    from konferenz_cli.services.events import create_event
    from konferenz_cli.services.registrations import import_registrations

    with tempfile.TemporaryDirectory() as folder:
        source = open_db(Path(folder) / "source.db")
        plan = load_event_file(REPO / "examples" / "eschwege-2023.toml")
        plan.fields["capacity"] = None
        event = create_event(source, plan)
        import_registrations(source, event, path)
        people = source.execute("SELECT * FROM participants").fetchall()
        wishes = source.execute("SELECT * FROM preferences").fetchall()
        source.close()
        target = open_db(Path(folder) / "target.db")
        create_event(target, plan)
        people_marks = ", ".join("?" * len(people[0]))
        started = time.process_time()
        with transaction(target):
            target.conn.executemany(f"INSERT INTO participants VALUES ({people_marks})", people)
            target.conn.executemany("INSERT INTO preferences VALUES (?, ?, ?)", wishes)
        target.close()
        print(json.dumps({"cpu": time.process_time() - started}))


def _measure_pandas(path: Path) -> None:
    import pandas

    frame = pandas.read_excel(path, engine="openpyxl")
    print(json.dumps({"rows": len(frame)}), file=sys.stderr)


def _run(command: list[str]) -> tuple[float, float, float]:
    """Wall-clock seconds, CPU seconds (user + system) and peak memory (MB) of one subprocess."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    errors = process.stderr.read().decode() if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{errors}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _sqlite_utils(csv_path: Path) -> tuple[float, float, float]:
    executable = shutil.which("sqlite-utils", path=str(Path(sys.executable).parent)) or shutil.which("sqlite-utils")
    command = [executable] if executable else [sys.executable, "-m", "sqlite_utils"]
    with tempfile.TemporaryDirectory() as folder:
        return _run([*command, "insert", str(Path(folder) / "plain.db"), "rows", str(csv_path), "--csv"])


def _has_pandas() -> bool:
    try:
        import pandas  # noqa: F401  (only asks whether it is installed)
    except ImportError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--measure", choices=["ours", "pandas", "floor"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure == "ours":
        _measure_ours(args.file)
        return
    if args.measure == "pandas":
        _measure_pandas(args.file)
        return
    if args.measure == "floor":
        _measure_floor(args.file)
        return
    this = [sys.executable, str(Path(__file__).resolve())]
    pandas_available = _has_pandas()
    lines = []
    floors: list[tuple[int, float]] = []
    for count in args.rows:
        csv_path, xlsx_path = make_files(count)
        ours_csv = _run([*this, "--measure", "ours", "--file", str(csv_path)])
        plain_csv = _sqlite_utils(csv_path)
        ours_xlsx = _run([*this, "--measure", "ours", "--file", str(xlsx_path)])
        pandas_xlsx = _run([*this, "--measure", "pandas", "--file", str(xlsx_path)]) if pandas_available else None
        floor = subprocess.run(
            [*this, "--measure", "floor", "--file", str(csv_path)], capture_output=True, text=True, check=True
        )
        floors.append((count, json.loads(floor.stdout)["cpu"]))
        lines.append((count, ours_csv, plain_csv, ours_xlsx, pandas_xlsx))
    _print_table(lines, pandas_available)
    for count, seconds in floors:
        print(f"\n{count:,} rows: SQLite alone needs {seconds:.2f} s CPU to write what our import stores.")


def _cell(measured: tuple[float, float, float] | None) -> str:
    if measured is None:
        return "n/a (pandas missing)"
    wall, cpu, peak = measured
    return f"{wall:.2f} s ({cpu:.2f} s CPU), {peak:.0f} MB"


def _ratio(ours: tuple[float, float, float], theirs: tuple[float, float, float] | None) -> str:
    if theirs is None:
        return "n/a"
    return f"{ours[0] / theirs[0]:.2f} ({ours[1] / theirs[1]:.2f} CPU)"


def _print_table(lines: list[tuple], pandas_available: bool) -> None:
    print(
        "| rows | konferenz csv | sqlite-utils insert --csv | ratio (target <= 0.5) "
        "| konferenz xlsx | pandas.read_excel | ratio (target <= 0.25) |"
    )
    print("|" + "---|" * 7)
    for count, ours_csv, plain_csv, ours_xlsx, pandas_xlsx in lines:
        print(
            f"| {count:,} | {_cell(ours_csv)} | {_cell(plain_csv)} | {_ratio(ours_csv, plain_csv)} "
            f"| {_cell(ours_xlsx)} | {_cell(pandas_xlsx)} | {_ratio(ours_xlsx, pandas_xlsx)} |"
        )
    if not pandas_available:
        print("\npandas is not installed: pip install pandas openpyxl to add the pandas.read_excel column.")


if __name__ == "__main__":
    main()
