"""The demo's registration step: the example exports imported into their events."""

from __future__ import annotations

import json
from pathlib import Path


def test_demo_imports_the_example_registrations(cli, tmp_path: Path) -> None:
    out = tmp_path / "demo"

    result = cli("demo", "--out", str(out), db=None)

    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("Anmeldungen eingelesen") == 1  # one heading over the four files
    for name in ("eschwege-forms.xlsx", "eschwege-google.csv", "eschwege-liste.xlsx", "hoexter-pretix.xlsx"):
        assert f"anmeldungen-{name}" in result.stdout
    folder = out / "anmeldungen"
    assert sorted(p.name for p in folder.glob("*.abgelehnt.xlsx")) == [
        "anmeldungen-eschwege-forms.abgelehnt.xlsx",
        "anmeldungen-eschwege-google.abgelehnt.xlsx",
        "anmeldungen-eschwege-liste.abgelehnt.xlsx",
        "anmeldungen-hoexter-pretix.abgelehnt.xlsx",
    ]
    listing = cli("participants", "-e", "ik-eschwege-2023", "--format", "json", db=out / "konferenz.db")
    people = json.loads(listing.stdout)
    assert len(people) == 140
    assert {p["source_file"] for p in people} == {
        "anmeldungen-eschwege-forms.xlsx",
        "anmeldungen-eschwege-liste.xlsx",
        "anmeldungen-eschwege-google.csv",
    }
    hoexter = json.loads(
        cli("participants", "-e", "ik-hoexter-2017", "--format", "json", db=out / "konferenz.db").stdout
    )
    assert len(hoexter) == 34
