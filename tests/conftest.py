"""Shared fixtures: a clean environment, a temporary database, and a command-line runner."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

# The consoles read the width once, when konferenz is first imported: set it before that.
os.environ["COLUMNS"] = "120"

import pytest
from typer.testing import CliRunner

from konferenz_cli.cli.app import build_app
from konferenz_cli.cli.common import GLOBAL
from konferenz_cli.i18n import detect_language, set_language

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test runs in its own folder, in German, without colours or a default database."""
    monkeypatch.chdir(tmp_path)
    for name in ("KONFERENZ_DB", "KONFERENZ_LANG", "FORCE_COLOR", "GITHUB_ACTIONS", "KONFERENZ_TRACEBACK"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("TERMINAL_WIDTH", "120")
    GLOBAL.db = None
    GLOBAL.lang = None
    set_language("de")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database lives (not created yet)."""
    return tmp_path / "konferenz.db"


Runner = Callable[..., "object"]


@pytest.fixture
def cli(db_path: Path) -> Callable[..., object]:
    """Run ``konferenz`` in-process like the console script does, against the test database.

    ``cli("events", "--format", "json")`` returns Click's result with ``exit_code``,
    ``stdout`` and ``stderr``. Pass ``db=None`` to leave ``--db`` out.
    """
    runner = CliRunner()

    def run(*args: str, db: Path | None = db_path, input: str | None = None, env: dict[str, str] | None = None):
        arguments: Sequence[str] = list(args)
        if db is not None:
            arguments = ["--db", str(db), *arguments]
        set_language(detect_language(list(arguments), env or {}))
        GLOBAL.db = None
        GLOBAL.lang = None
        return runner.invoke(build_app(), list(arguments), input=input, env=env, catch_exceptions=False)

    return run


def _hypothesis_profiles() -> None:
    """Profiles for every property test: no deadline and no speed health check (the machine is shared).

    The default run draws the same examples every time (``derandomize``), so that a submission stands or
    falls by its code, not by the draw; ``KONFERENZ_HYPOTHESIS_PROFILE=thorough`` explores: new random
    examples each run, ten times as many (see ``tests/property/nasty.py``); ``dev`` skips shrinking while a
    failure is being hunted."""
    import os

    from hypothesis import HealthCheck, Phase, settings

    relaxed = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
    settings.register_profile("default", derandomize=True, **relaxed)
    settings.register_profile("thorough", **relaxed)
    settings.register_profile("dev", phases=[Phase.explicit, Phase.reuse, Phase.generate], **relaxed)
    settings.load_profile(os.environ.get("KONFERENZ_HYPOTHESIS_PROFILE", "default"))


_hypothesis_profiles()
