"""The HTML report in a real browser: headless Chromium shows it, prints it to PDF, and reports no script errors.

Needs Debian's ``chromium`` (installed by ``.ci/run``); where it is missing the
test is skipped with a message saying so.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from konferenz_cli.db.connection import open_db
from tests.factories import create_example, populate

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium); the browser test needs it"
)
SECTIONS = ["Eckdaten", "Programm", "Teilnahme", "Arbeitsgruppen", "Ergebnisse der Arbeitsgruppen"]


def _chromium(page: Path, profile: Path, *arguments: str) -> str:
    """Run headless Chromium on ``page``; returns its log (console messages included)."""
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *arguments,
        page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stderr


def _script_errors(log: str) -> list[str]:
    return [line for line in log.splitlines() if "CONSOLE" in line and ("Uncaught" in line or ":ERROR:" in line)]


def _is_blank(png: Path) -> bool:
    from PIL import Image, ImageStat

    with Image.open(png) as image:
        return max(ImageStat.Stat(image.convert("L")).stddev) < 2.0


@pytest.fixture
def report(cli, db_path: Path, tmp_path: Path) -> Path:
    db = open_db(db_path)
    event = create_example(db)
    populate(db, event, 60)
    db.close()
    target = tmp_path / "bericht.html"
    result = cli("export-report", "-e", event.slug, "--format", "html", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    return target


def test_report_renders_prints_and_has_no_script_errors(report: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    screenshot, pdf = tmp_path / "bericht.png", tmp_path / "bericht.pdf"

    shot_log = _chromium(report, tmp_path / "profile-1", "--window-size=1200,1600", f"--screenshot={screenshot}")
    print_log = _chromium(report, tmp_path / "profile-2", "--no-pdf-header-footer", f"--print-to-pdf={pdf}")

    assert _script_errors(shot_log + print_log) == []
    assert not _is_blank(screenshot)
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert [section for section in SECTIONS if section not in text] == []
    assert "Integrationskonferenz 2023" in text


def test_the_checks_catch_a_broken_page(tmp_path: Path) -> None:
    """The same checks fail on a blank page with a script error, so the test above can fail."""
    broken = tmp_path / "kaputt.html"
    broken.write_text("<html><body><script>notDefined()</script></body></html>", encoding="utf-8")
    screenshot = tmp_path / "kaputt.png"

    log = _chromium(broken, tmp_path / "profile", "--window-size=800,600", f"--screenshot={screenshot}")

    assert _script_errors(log)
    assert _is_blank(screenshot)
