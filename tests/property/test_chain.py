"""Hostile text through the whole chain: event file and registration list in, every output format out.

One example is one event (its file and its registrations full of text from
:mod:`tests.property.nasty`) taken through every command a user would run, in
process, the way the console script runs them. Each command must succeed or
fail as a user error (exit 1 or 3 with a message, never a traceback), and
every file it writes must pass the checks of :mod:`tests.property.checks`.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings

from konferenz_cli.render.templating import MESSAGE_TEMPLATES, PAGE_TEMPLATES
from tests.property.checks import (
    check_csv,
    check_docx,
    check_eml,
    check_html,
    check_ics_file,
    check_inside,
    check_markdown,
    check_terminal,
    check_xlsx,
    comparable,
    visible_text,
)
from tests.property.nasty import scaled
from tests.property.world import Person, World, plain_world, worlds, write_world

_FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]


class Chain:
    """Runs commands against one database and checks what each of them prints."""

    def __init__(self, cli: Any, folder: Path) -> None:
        self.cli = cli
        self.folder = folder
        self.out = folder / "out"
        self.out.mkdir()

    def run(self, *args: str, ok: tuple[int, ...] = (0,)) -> Any:
        """Run ``konferenz ARGS``: exit 0, or one of ``ok``, or 1 with a message; the terminal stays clean."""
        result = self.cli(*args)
        check_terminal(result.stdout)
        check_terminal(result.stderr)
        assert "Traceback" not in result.stderr
        assert result.exit_code in (0, 1, *ok), (args, result.exit_code, result.stderr)
        if result.exit_code:
            assert result.stderr.strip(), f"{args} failed without saying why"
        return result

    def written(self) -> list[Path]:
        """Every file under the output folder."""
        return [path for path in self.out.rglob("*") if path.is_file()]


def _listing_checks(chain: Chain, command: str) -> None:
    chain.run(command)
    result = chain.run(command, "--format", "json")
    if result.exit_code == 0:
        json.loads(result.stdout)
    result = chain.run(command, "--format", "csv")
    if result.exit_code == 0:
        check_csv(result.stdout)
    target = chain.out / f"{command}.xlsx"
    if chain.run(command, "--format", "xlsx", "-o", str(target)).exit_code == 0:
        check_xlsx(target)


def _create(chain: Chain, world: World) -> World:
    event_file, _ = write_world(world, chain.folder)
    if chain.run("new-event", "--from", str(event_file)).exit_code == 0:
        return world
    # The event file was refused with a message (fine); the registrations still go the whole way.
    plain = plain_world(world)
    event_file, _ = write_world(plain, chain.folder)
    assert chain.run("new-event", "--from", str(event_file)).exit_code == 0
    return plain


def _results_file(world: World, folder: Path) -> Path:
    path = folder / "ergebnisse.md"
    blocks = []
    for number, text in enumerate(world.results, start=1):
        blocks.append(f"## AG {number} – Runde 1\n\n### Was läuft gut\n{text}\n\n### Notizen\n{text[:200]}\n")
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def _import_and_assign(chain: Chain, world: World) -> None:
    _, registrations = write_world(world, chain.folder)
    chain.run("import-registrations", str(registrations), ok=(3,))
    for path in chain.folder.glob("anmeldungen.*.xlsx"):
        check_xlsx(path)
    _listing_checks(chain, "participants")
    chain.run("assign-workgroups", "--spread", "organisation", "--balance", "sector")
    _listing_checks(chain, "assignments")


def _calendars(chain: Chain, world: World, emails: list[str], registered: int) -> None:
    programme = chain.out / "programm.ics"
    if chain.run("export-ical", "-o", str(programme)).exit_code == 0:
        check_ics_file(programme.read_bytes())
    folder = chain.out / "kalender"
    folder.mkdir()
    if chain.run("export-ical", "--per-participant", str(folder), "--status", "registered").exit_code == 0:
        files = list(folder.iterdir())
        check_inside(folder, files)
        folded = {unicodedata.normalize("NFC", path.name).casefold() for path in files}
        assert len(folded) == len(files) == registered, "one file for each person, none shared"
        for path in files:
            check_ics_file(path.read_bytes())
    for email in emails[:1]:
        personal = chain.out / "person.ics"
        if chain.run("export-ical", "--participant", email, "-o", str(personal)).exit_code == 0:
            check_ics_file(personal.read_bytes())
    frab = chain.out / "schedule.xml"
    if chain.run("export-ical", "--format", "frab", "-o", str(frab)).exit_code == 0:
        from xml.etree import ElementTree

        ElementTree.parse(frab)


def _templates_and_mail(chain: Chain, world: World) -> None:
    for template in PAGE_TEMPLATES:
        folder = chain.out / f"render-{template}"
        folder.mkdir()
        chain.run("render", template, "-o", str(folder))
        for path in folder.iterdir():
            check_inside(folder, [path])
            if path.suffix == ".html":
                check_html(path.read_text(encoding="utf-8"), [world.title])
    for template in MESSAGE_TEMPLATES:
        folder = chain.out / f"render-{template}"
        folder.mkdir()
        chain.run("render", template, "-o", str(folder), "--per-participant")
        files = list(folder.rglob("*"))
        check_inside(folder, files)
        assert len({unicodedata.normalize("NFC", str(p)).casefold() for p in files}) == len(files)
        for path in folder.rglob("*.html"):
            check_html(path.read_text(encoding="utf-8"))
    letters = chain.out / "einladungen"
    letters.mkdir()
    chain.run("invitations", "-o", str(letters), "--letters")
    written = list(letters.rglob("*"))
    check_inside(letters, written)
    assert len({unicodedata.normalize("NFC", p.name).casefold() for p in written}) == len(written)
    for path in written:
        if path.suffix == ".eml":
            check_eml(path.read_bytes())
    chain.run("send-mail", "invitation", "--smtp-host", "localhost")


def _day_lists(chain: Chain, secrets: list[str]) -> None:
    for kind in ("badges", "signin", "workgroups", "certificates"):
        for file_format in ("pdf", "xlsx"):
            target = chain.out / f"{kind}.{file_format}"
            if chain.run("lists", kind, "-f", file_format, "-o", str(target)).exit_code == 0 and file_format == "xlsx":
                check_xlsx(target)
                if kind != "certificates":  # a certificate goes to its person alone
                    _no_secret_in(target, secrets)
        if kind == "badges":
            chain.run("checkin", "1")
    for variant in ("anonymous", "under16"):
        target = chain.out / f"signin-{variant}.xlsx"
        chain.run("lists", "signin", "--variant", variant, "-f", "xlsx", "-o", str(target))
        if target.exists():
            check_xlsx(target)


def _secrets(people: list[dict[str, Any]], world: World, everyone: bool = False) -> list[str]:
    """Surnames of people who said no to lists (or of ``everyone``) that nothing else in the event spells.

    Only such surnames can be searched for in an output without false alarms.
    """
    active = [p for p in people if p["status"] in ("registered", "attended")]
    said_no = [p for p in active if everyone or p["list_consent"] is False]
    elsewhere = [
        str(value)
        for p in people
        if p not in said_no
        for value in (p["first_name"], p["last_name"], p["organisation"], p["sector"])
        if value
    ]
    elsewhere += [world.title, world.venue, world.address, world.organiser, world.moderator, world.description]
    elsewhere += [*world.topics, world.facilitator, *(text for item in world.agenda for text in item)]
    # What the outputs show of the people searched for, besides their names: first name, sector, type, e-mail.
    elsewhere += [str(p[key] or "") for p in people for key in ("first_name", "sector", "organisation_type", "email")]
    elsewhere += list(world.results)
    known = comparable(" ".join(elsewhere))
    found = []
    for person in said_no:
        surname = comparable(person["last_name"] or "")
        if len(surname) >= 8 and surname not in known and not surname.isdigit():
            found.append(surname)
    return found


def _no_secret_in(path: Path, secrets: list[str]) -> None:
    text = visible_text(path)
    assert [secret for secret in secrets if secret in text] == [], f"{path.name} names someone who said no"


def _reports(chain: Chain, world: World, people: list[dict[str, Any]]) -> None:
    chain.run("results", "import", str(_results_file(world, chain.folder)), ok=(3,))
    _listing_checks(chain, "results")
    for anonymous in ((), ("--anonymous",)):
        stem = chain.out / ("public" if anonymous else "internal")
        secrets = _secrets(people, world, everyone=bool(anonymous))
        for file_format in ("html", "docx", "xlsx", "md"):
            target = stem.with_suffix(f".{file_format}")
            if chain.run("export-report", "-f", file_format, "-o", str(target), *anonymous).exit_code:
                continue
            _no_secret_in(target, secrets)
            if file_format == "html":
                check_html(target.read_text(encoding="utf-8"), [world.title, *world.topics])
            elif file_format == "md":
                check_markdown(target.read_text(encoding="utf-8"))
            elif file_format == "docx":
                check_docx(target)
            else:
                check_xlsx(target)
    series = chain.out / "series.html"
    if chain.run("export-report", "--series", "Reihe", "-o", str(series)).exit_code == 0:
        check_html(series.read_text(encoding="utf-8"))
        _no_secret_in(series, _secrets(people, world, everyone=True))


def _privacy(chain: Chain, emails: list[str]) -> None:
    for email in emails[:1]:
        stem = chain.out / "auskunft"
        if chain.run("privacy", "export", "-o", str(stem), "--", email).exit_code == 0:
            json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
            check_html(stem.with_suffix(".html").read_text(encoding="utf-8"))


def _stored(chain: Chain) -> list[dict[str, Any]]:
    result = chain.cli("participants", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return list(json.loads(result.stdout))


def _person(first: str, last: str, organisation: str, notes: str, consent: str, email: str = "") -> Person:
    return Person(
        email, first, last, organisation, "Ehrenamt", ("Spracherwerb1", "AG 2"), notes, "", notes, "ja", consent, ""
    )


#: What the chain found once, kept: each value broke a command or a file before it was fixed.
FOUND = World(
    title="Null\x00Byte \x1b]0;Titel\x07",  # printed raw to the terminal
    venue="Zeile 1\r\nZeile 2",
    address="\x00",
    organiser="\x1b]52;c;Y2FsYw==\x07",
    moderator='Name "mit" Anführungszeichen',
    description="😀" * 2_500,  # fpdf2's bidi recursion
    agenda=(("A" * 10_000, "\t=1+1", "C1\x85NEL"), ("![Bild](http://example.org/x.png)", "-1", "~"), ("x", "y", "z")),
    topics=("R1 Ende\nעברית", "Spracherwerb1", "–"),  # a sheet name with a line break; a name that folds to nothing
    facilitator="e\u0301\u0301\u0301",
    people=(
        _person("A" * 10_000, "Verborgenheit", "Caritas;=1+1", "\\[a](javascript:alert(1))", "nein", "a.b@example.org"),
        _person("أمينة", "حداد" + "." * 1_200, "=cmd|' /C calc'!A0", "<img src=x onerror=alert(1)>", "ja"),
        _person("Zoe\u0308", "Mu\u0308ller", "History", "\ufeffBOM", "x", "x+tag@bücher.example"),
    ),
    xlsx=True,
    results=("<script>alert(1)</script>", "- Aufzählung\n1. Liste\n> Zitat"),
)


@pytest.mark.slow
@settings(max_examples=scaled(2), deadline=None, suppress_health_check=_FIXTURES)
@given(world=worlds())
@example(world=FOUND)
def test_hostile_text_survives_every_command_and_format(cli, tmp_path_factory, world: World) -> None:
    folder = tmp_path_factory.mktemp("chain")
    root = folder.parent  # holds the working directory too, where a relative path would land
    before = _files(root)
    chain = Chain(lambda *args: cli(*args, db=folder / "konferenz.db"), folder)
    world = _create(chain, world)
    _import_and_assign(chain, world)
    people = _stored(chain)
    emails = [person["email"] for person in people if person["email"]]
    _calendars(chain, world, emails, sum(1 for person in people if person["status"] == "registered"))
    _templates_and_mail(chain, world)
    _day_lists(chain, _secrets(people, world))
    _reports(chain, world, people)
    _privacy(chain, emails)
    check_inside(chain.out, chain.written())
    outside = {path for path in _files(root) - before if not path.is_relative_to(chain.out)}
    inputs = {"event.toml", "anmeldungen.csv", "anmeldungen.xlsx", "ergebnisse.md"}
    strays = [p for p in outside if p.parent != folder or not (p.name in inputs or p.name.startswith(_OWN_FILES))]
    assert strays == [], "files written outside the output folder"


#: Files the commands write next to the database or the input: the database itself and the rejects.
_OWN_FILES = ("konferenz.db", "anmeldungen.abgelehnt", "anmeldungen.rejected")


def _files(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if path.is_file()}
