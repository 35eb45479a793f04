"""ical.js, the iCalendar parser inside Thunderbird, run under Node.js on the calendars we write.

The package is installed once per machine with npm into pytest's cache folder
(``.pytest_cache``, ignored by git) and reused by later runs; one Node process
reads a whole batch of calendars (``icaljs_read.mjs``) and answers in JSON.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

NODE = shutil.which("node")
NPM = shutil.which("npm")
PACKAGE = "ical.js@2"
READER = Path(__file__).with_name("icaljs_read.mjs")
# Without a registry npm retries for over a minute by default; one quick retry is enough to ride out a hiccup.
_QUIET_AND_QUICK = (
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    "--loglevel=error",
    "--fetch-retries=1",
    "--fetch-retry-mintimeout=2000",
    "--fetch-retry-maxtimeout=5000",
)


class IcalJsUnavailable(Exception):
    """Node, npm or the ical.js package is not there; the message says which and why."""


def install(folder: Path) -> Path:
    """The path of ical.js's ES module under ``folder``, installed with npm if it is not there yet."""
    if NODE is None or NPM is None:
        raise IcalJsUnavailable("node and npm are not installed (apt-get install nodejs npm)")
    module = folder / "node_modules" / "ical.js" / "dist" / "ical.js"
    with _locked(folder / ".install-lock"):
        if module.is_file():
            return module
        return _npm_install(folder, module)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path``: parallel test workers install ical.js one at a time."""
    import fcntl

    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _npm_install(folder: Path, module: Path) -> Path:
    command = [NPM, "install", "--prefix", str(folder), *_QUIET_AND_QUICK, PACKAGE]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        raise IcalJsUnavailable(f"`npm install {PACKAGE}` took longer than two minutes") from None
    if result.returncode != 0 or not module.is_file():
        tail = (result.stderr or result.stdout).strip()[-600:]
        raise IcalJsUnavailable(f"`npm install {PACKAGE}` failed (exit {result.returncode}): {tail}")
    return module


class IcalJs:
    """Reads calendars with ical.js; see ``icaljs_read.mjs`` for what it reports."""

    def __init__(self, module: Path) -> None:
        self.module = module

    def read(
        self,
        calendars: Mapping[str, bytes],
        probes: Mapping[str, Sequence[dt.datetime]] | None = None,
    ) -> dict[str, dict[str, Any]]:
        """What ical.js makes of each calendar (by name).

        ``probes`` gives, per calendar, naive local times whose UTC offset every
        VTIMEZONE of that calendar is asked for after registering it with
        ``ICAL.TimezoneService``. A calendar ical.js cannot read fails the test
        with ical.js's own message.
        """
        request = {
            "calendars": {name: data.decode("utf-8") for name, data in calendars.items()},
            "probes": {
                name: [moment.strftime("%Y-%m-%dT%H:%M:%S") for moment in times]
                for name, times in (probes or {}).items()
            },
        }
        assert NODE is not None
        result = subprocess.run(
            [NODE, str(READER), str(self.module)],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        answer: dict[str, dict[str, Any]] = json.loads(result.stdout)
        failed = {name: seen["error"] for name, seen in answer.items() if "error" in seen}
        assert not failed, failed
        return answer
