"""An import or an assignment killed with SIGKILL at a random moment leaves the database as before or as after.

Each scenario first runs the command once to completion to learn the state
after it and how long it takes, then restarts from a copy of the state before,
kills the command at seeded random moments during its run, and checks that the
file is intact (``PRAGMA integrity_check``) and holds exactly the state before or
exactly the state after — never a mix.
"""

from __future__ import annotations

import contextlib
import csv
import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX systems only")

KILLS = 20
TOPICS = ["Sprache", "Arbeit", "Wohnen"]
EVENT_FILE = f"""
[event]
title = "Absturztest"
slug = "absturz"
date = 2024-03-02
start = "10:00"
end = "13:00"

[[agenda]]
start = "10:00"
end = "11:00"
title = "Runde 1"
round = 1

[[agenda]]
start = "11:00"
end = "12:00"
title = "Runde 2"
round = 2

{"".join(f'[[topics]]{chr(10)}name = "{name}"{chr(10)}capacity = 2000{chr(10)}{chr(10)}' for name in TOPICS)}
"""

# Columns that record when a row was written, which differs between two runs of the same command.
VOLATILE = {"created_at", "updated_at", "assigned_at", "solve_seconds", "applied_at"}


def _konferenz(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "konferenz_cli", "--db", str(db), *args]


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of the tables an import or an assignment writes, without write times, in a stable order."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        state = {}
        for table in ("participants", "preferences", "assignments", "assignment_runs", "import_mappings"):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] not in VOLATILE]
            rows = [
                _stable(dict(zip(columns, row, strict=True)))
                for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
            ]
            state[table] = sorted(rows, key=repr)
    return state


def _stable(row: dict) -> tuple:
    """A row without the parts that record how long a run took."""
    if "summary" in row:
        summary = json.loads(row["summary"] or "{}")
        summary.pop("solve_seconds", None)
        row["summary"] = json.dumps(summary, sort_keys=True)
    return tuple(row.items())


def _registrations(path: Path, people: int) -> None:
    rng = random.Random(5)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["E-Mail", "Vorname", "Nachname", "Organisation", "Themenwunsch 1", "Themenwunsch 2"])
        for index in range(people):
            wishes = rng.sample(TOPICS, 2)
            writer.writerow([f"person{index}@example.org", f"Vorname{index}", f"Nachname{index}", "Verein", *wishes])


def _run_scenario(
    tmp_path: Path, prepare: Callable[[Path], None], command: Callable[[Path], list[str]], seed: int
) -> dict[str, int]:
    """Kill ``command`` KILLS times at random moments; returns how often the state was before or after."""
    before = tmp_path / "before.db"
    prepare(before)
    with contextlib.closing(sqlite3.connect(before)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    state_before = _snapshot(before)

    reference = tmp_path / "reference.db"
    shutil.copyfile(before, reference)
    started = time.perf_counter()
    subprocess.run(_konferenz(reference, "events", "--format", "json"), capture_output=True, check=True)
    start_up = time.perf_counter() - started
    started = time.perf_counter()
    finished = subprocess.run(command(reference), capture_output=True, text=True)
    duration = time.perf_counter() - started
    assert finished.returncode == 0, finished.stderr
    state_after = _snapshot(reference)
    assert state_after != state_before

    rng = random.Random(seed)
    seen = {"before": 0, "after": 0}
    for attempt in range(KILLS):
        work = tmp_path / f"work-{attempt}.db"  # a new file each time: no old connection can touch it
        shutil.copyfile(before, work)
        process = subprocess.Popen(command(work), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Somewhere between the end of start-up (opening the database) and the end of a normal run.
        time.sleep(rng.uniform(0.9 * start_up, 1.05 * duration))
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = _snapshot(work)
        assert state in (state_before, state_after), "the database holds a mix of before and after"
        seen["before" if state == state_before else "after"] += 1
    return seen


@pytest.fixture
def event_db(tmp_path: Path) -> Callable[[Path], None]:
    event_file = tmp_path / "absturz.toml"
    event_file.write_text(EVENT_FILE, encoding="utf-8")

    def create(db: Path) -> None:
        result = subprocess.run(_konferenz(db, "new-event", "--from", str(event_file)), capture_output=True, text=True)
        assert result.returncode == 0, result.stderr

    return create


def test_killed_import_leaves_before_or_after(tmp_path: Path, event_db) -> None:
    registrations = tmp_path / "anmeldungen.csv"
    _registrations(registrations, 2000)

    seen = _run_scenario(tmp_path, event_db, lambda db: _konferenz(db, "import-registrations", str(registrations)), 1)

    print(f"import killed {KILLS} times: {seen}")
    assert sum(seen.values()) == KILLS


def test_killed_assignment_leaves_before_or_after(tmp_path: Path, event_db) -> None:
    registrations = tmp_path / "anmeldungen.csv"
    _registrations(registrations, 1500)

    def prepare(db: Path) -> None:
        event_db(db)
        result = subprocess.run(
            _konferenz(db, "import-registrations", str(registrations)), capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr

    seen = _run_scenario(tmp_path, prepare, lambda db: _konferenz(db, "assign-workgroups"), 2)

    print(f"assignment killed {KILLS} times: {seen}")
    assert sum(seen.values()) == KILLS
