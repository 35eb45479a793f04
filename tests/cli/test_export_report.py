"""konferenz export-report: HTML, Word, Excel and Markdown read back as a person would check them."""

from __future__ import annotations

import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from konferenz_cli.db import assignments as assignment_store
from konferenz_cli.db import events as event_store
from konferenz_cli.db import participants as participant_store
from konferenz_cli.db.connection import open_db, transaction
from konferenz_cli.services import checkin
from tests.conftest import EXAMPLES
from tests.factories import create_example, populate

SCRIPT = "<script>alert(1)</script>"
SECTIONS = ["facts", "agenda", "participation", "workgroups", "results", "follow-up", "newsletter"]


@pytest.fixture
def documented(db_path: Path) -> None:
    """Eschwege with 40 people (one with a hostile name), check-ins, results."""
    db = open_db(db_path)
    event = create_example(db)
    ids = populate(db, event, 40)
    rounds = {r.number: r for r in event_store.rounds(db, event.id)}
    session = next(s for s in event_store.sessions(db, event.id) if s.round == 1)
    with transaction(db):
        odd = participant_store.insert_participant(
            db,
            event.id,
            {
                "first_name": SCRIPT,
                "last_name": "Tester",
                "email": "odd@example.org",
                "organisation": "<b>Org</b>",
                "sector": "<img src=x>",
                "follow_up": True,
                "newsletter": True,
            },
        )
        participant_store.set_preferences(db, odd, [session.topic_id])
        assignment_store.save_assignment(db, odd, rounds[1].id, session.id, rank=1)
    for participant_id in ids[:30] + [odd]:
        checkin.check_in(db, event, participant_store.participant(db, participant_id), event.date)
    db.close()


class _Page(HTMLParser):
    """Collects what a reader of the page sees and what a browser would load."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []
        self.h2: list[str] = []
        self._in_h2 = False
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.append(attributes["id"])
        for name in ("src", "href"):
            if attributes.get(name, "").startswith(("http", "//")):
                self.external.append(attributes[name])
        self._in_h2 = tag == "h2"

    def handle_endtag(self, tag) -> None:
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data) -> None:
        self.text.append(data)
        if self._in_h2:
            self.h2.append(data.strip())


def _page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _import_results(cli) -> None:
    assert cli("results", "import", str(EXAMPLES / "eschwege-2023-ergebnisse.md")).exit_code == 0


def test_html_report_is_one_self_contained_page_with_every_section(cli, documented, tmp_path) -> None:
    _import_results(cli)
    path = tmp_path / "report.html"

    result = cli("export-report", "--format", "html", "-o", str(path))

    assert result.exit_code == 0, result.stderr
    page = _page(path)
    assert all(section in page.ids for section in SECTIONS)
    assert page.h2[1:] == [
        "Eckdaten",
        "Programm",
        "Teilnahme",
        "Arbeitsgruppen",
        "Ergebnisse der Arbeitsgruppen",
        "Weiterarbeit im Arbeitskreis",
        "Newsletter",
    ]
    text = "".join(page.text)
    assert "Interner Bericht – enthält personenbezogene Daten" in text
    assert "script" not in page.tags, "no JavaScript, and the hostile name did not become a tag"
    assert "link" not in page.tags
    assert page.external == []
    assert page.tags.count("svg") >= 3
    assert SCRIPT in text, "the participant's name appears as text"
    assert "<b>Org</b>" in text
    assert "<img src=x>" in text
    assert "img" not in page.tags
    assert "@media print" in path.read_text(encoding="utf-8")
    assert "Wartezeit auf einen Kursplatz" in text
    assert "Jana Lindner" in text


def test_anonymous_html_leaves_out_participants_but_keeps_public_roles(cli, documented, tmp_path) -> None:
    _import_results(cli)
    path = tmp_path / "public.html"

    assert cli("export-report", "-f", "html", "--anonymous", "-o", str(path)).exit_code == 0

    content = path.read_text(encoding="utf-8")
    text = "".join(_page(path).text)
    assert "@example.org" not in content.replace("vielfaltszentrum@example.org", "")
    assert "Tester" not in text
    assert SCRIPT not in text
    assert "Interner Bericht" not in text
    assert "Öffentliche Fassung" in text
    for public_role in ("Jana Lindner", "Marius Glaser", "Landrätin Dr. Henrike Vogt"):
        assert public_role in text


def test_docx_has_headings_toc_tables_and_charts(cli, documented, tmp_path) -> None:
    _import_results(cli)
    path = tmp_path / "report.docx"

    assert cli("export-report", "-f", "docx", "-o", str(path)).exit_code == 0

    document = Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Eckdaten",
        "Programm",
        "Teilnahme",
        "Arbeitsgruppen",
        "Ergebnisse der Arbeitsgruppen",
        "Weiterarbeit im Arbeitskreis",
        "Newsletter",
    ]
    subheadings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Spracherwerb · Runde 1" in subheadings
    opening = " ".join(p.text for p in document.paragraphs[:6])
    assert "Interner Bericht – enthält personenbezogene Daten" in opening
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert 'TOC \\o "1-2"' in xml
    assert len(document.inline_shapes) >= 3
    agenda = document.tables[1]
    assert agenda.rows[0].cells[1].text == "Programmpunkt"
    assert agenda.rows[2].cells[1].text == "Grußworte"
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert f"{SCRIPT} Tester" in cells
    assert "Arbeitskreis" in " ".join(p.text for p in document.paragraphs)


def test_xlsx_has_one_sheet_per_table(cli, documented, tmp_path) -> None:
    _import_results(cli)
    path = tmp_path / "report.xlsx"

    assert cli("export-report", "-f", "xlsx", "-o", str(path)).exit_code == 0

    workbook = load_workbook(path)
    assert workbook.sheetnames[:3] == ["Eckdaten", "Programm", "Teilnahme"]
    assert "Ergebnisse der Arbeitsgruppen" in workbook.sheetnames
    assert "Teilnehmende" in workbook.sheetnames
    figures = {row[0].value: row[1].value for row in workbook["Teilnahme"].iter_rows(min_row=3) if row[0].value}
    assert figures["Angemeldet"] == 41
    assert figures["Anwesend"] == 31
    results = workbook["Ergebnisse der Arbeitsgruppen"]
    assert results["A3"].value == "Thema"
    assert results["A4"].value == "Spracherwerb"


def test_anonymous_xlsx_has_no_personal_sheets(cli, documented, tmp_path) -> None:
    path = tmp_path / "public.xlsx"

    assert cli("export-report", "-f", "xlsx", "--anonymous", "-o", str(path)).exit_code == 0

    workbook = load_workbook(path)
    assert "Teilnehmende" not in workbook.sheetnames
    values = [str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.value]
    assert not any("@example.org" in v and "vielfaltszentrum" not in v for v in values)


def test_markdown_is_escaped_for_a_website(cli, documented, tmp_path) -> None:
    _import_results(cli)
    path = tmp_path / "report.md"

    assert cli("export-report", "-f", "md", "-o", str(path)).exit_code == 0

    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Integrationskonferenz 2023")
    assert "## Ergebnisse der Arbeitsgruppen" in text
    assert "#### Was läuft gut" in text
    assert SCRIPT not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "| Grußworte |" in text.replace("10:00–10:20 | ", "")


def test_markdown_facts_are_one_list_item_per_line(cli, documented, tmp_path) -> None:
    path = tmp_path / "report.md"

    assert cli("export-report", "-f", "md", "-o", str(path)).exit_code == 0

    facts = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("- **")]
    assert facts[0].startswith("- **Datum:** Samstag, 4. November 2023")
    assert facts[1].startswith("- **Ort:** E-Werk Eschwege")
    assert all(line.count("- **") == 1 for line in facts)


def test_report_in_english(cli, documented, tmp_path) -> None:
    path = tmp_path / "report.html"

    assert cli("--lang", "en", "export-report", "-o", str(path)).exit_code == 0

    page = _page(path)
    assert "Participation" in page.h2
    assert "Internal report – contains personal data" in "".join(page.text)


def test_own_template_folder_overrides_the_shipped_one(cli, documented, tmp_path) -> None:
    folder = tmp_path / "vorlagen"
    folder.mkdir()
    (folder / "report.html").write_text("<h1>{{ report.facts.title }}</h1><p>{{ report.participation.registered }}</p>")
    path = tmp_path / "own.html"

    assert cli("export-report", "--templates", str(folder), "-o", str(path)).exit_code == 0

    assert path.read_text(encoding="utf-8") == "<h1>Integrationskonferenz 2023 – Zuwanderung als Chance</h1><p>41</p>"


def test_report_of_an_event_without_participants_still_works(cli, db_path, tmp_path) -> None:
    db = open_db(db_path)
    create_example(db)
    db.close()
    for report_format in ("html", "docx", "xlsx", "md"):
        path = tmp_path / f"empty.{report_format}"
        result = cli("export-report", "-f", report_format, "-o", str(path))
        assert result.exit_code == 0, result.stderr
        assert path.stat().st_size > 0


def test_series_puts_editions_side_by_side_with_returning_people(cli, db_path, tmp_path) -> None:
    from konferenz_cli.services.events import EventPlan, clean_event_fields, create_event

    db = open_db(db_path)
    kassel = create_example(db, "hessen-kassel-2018.toml")
    fields = clean_event_fields(
        {"title": "Regionalkonferenz WIR – Wiesbaden 2018", "date": "2018-06-05", "start": "10:00", "end": "16:00"}
    )
    wiesbaden = create_event(db, EventPlan(fields=fields), like=kassel.slug)
    populate(db, kassel, 20, seed=1)
    populate(db, wiesbaden, 30, seed=2)
    db.close()
    path = tmp_path / "series.html"

    result = cli("export-report", "--series", "regionalkonferenzen integration gestalten", "-o", str(path))

    assert result.exit_code == 0, result.stderr
    page = _page(path)
    text = "".join(page.text)
    assert "Regionalkonferenz WIR – Kassel 2018" in text
    assert "Regionalkonferenz WIR – Wiesbaden 2018" in text
    assert page.tags.count("svg") == 2
    docx_path = tmp_path / "series.docx"
    assert (
        cli(
            "export-report", "--series", "Regionalkonferenzen Integration gestalten", "-f", "docx", "-o", str(docx_path)
        ).exit_code
        == 0
    )
    table = Document(str(docx_path)).tables[0]
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows}
    assert rows["Angemeldet"] == ["20", "30"]
    assert rows["Schon bei früheren Ausgaben dabei"] == ["–", "20"]
    xlsx_path = tmp_path / "series.xlsx"
    assert (
        cli(
            "export-report", "--series", "Regionalkonferenzen Integration gestalten", "-f", "xlsx", "-o", str(xlsx_path)
        ).exit_code
        == 0
    )
    assert load_workbook(xlsx_path).sheetnames[0] == "Ausgaben im Vergleich"
    md_path = tmp_path / "series.md"
    assert (
        cli(
            "export-report", "--series", "Regionalkonferenzen Integration gestalten", "-f", "md", "-o", str(md_path)
        ).exit_code
        == 0
    )
    assert "| Angemeldet | 20 | 30 |" in md_path.read_text(encoding="utf-8")


def test_unknown_series_names_the_known_ones(cli, documented) -> None:
    result = cli("export-report", "--series", "Gibt es nicht")

    assert result.exit_code == 1
    assert "Integrationskonferenz Werra-Meißner-Kreis" in result.stderr


def test_attendance_figures_match_the_check_ins(cli, documented, tmp_path) -> None:
    path = tmp_path / "r.xlsx"
    cli("checkin", "Spontan Gast", "--walk-in", "--organisation", "Nachbarschaft")

    assert cli("export-report", "-f", "xlsx", "-o", str(path)).exit_code == 0

    sheet = load_workbook(path)["Teilnahme"]
    figures = {row[0].value: row[1].value for row in sheet.iter_rows(min_row=3) if row[0].value}
    assert (figures["Angemeldet"], figures["Anwesend"], figures["Davon ohne Anmeldung"]) == (41, 32, 1)
    assert json.loads(cli("results", "-f", "json").stdout) == []


@pytest.mark.parametrize("name", ["bericht.docx", "bericht.xlsx", "bericht.md", "bericht.html"])
def test_the_file_name_chooses_the_format_when_none_is_given(cli, tmp_path, name: str) -> None:
    """``-o bericht.docx`` writes Word: the default HTML under a .docx name would not open in Word."""
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    target = tmp_path / name

    result = cli("export-report", "-o", str(target))

    assert result.exit_code == 0, result.stderr
    data = target.read_bytes()
    assert zipfile.is_zipfile(target) == name.endswith((".docx", ".xlsx"))
    if name.endswith(".html"):
        assert data.lstrip().lower().startswith(b"<!doctype html")
    if name.endswith(".md"):
        assert data.startswith(b"#")


def test_a_format_that_contradicts_the_file_name_is_refused(cli, tmp_path) -> None:
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    target = tmp_path / "bericht.docx"

    result = cli("export-report", "--format", "html", "-o", str(target))
    listing = cli("events", "--format", "csv", "-o", str(tmp_path / "liste.xlsx"))

    assert result.exit_code == 1
    assert "„bericht.docx“ klingt nach docx, --format sagt html" in result.stderr
    assert not target.exists()
    assert listing.exit_code == 1


def test_a_file_name_in_a_format_the_command_cannot_write_is_refused(cli, tmp_path) -> None:
    assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
    report, listing = tmp_path / "bericht.pdf", tmp_path / "veranstaltungen.pdf"

    refused_report = cli("export-report", "-o", str(report))
    refused_listing = cli("events", "-o", str(listing))

    assert refused_report.exit_code == 1
    assert "Möglich: html, docx, xlsx, md" in refused_report.stderr
    assert refused_listing.exit_code == 1
    assert "klingt nach pdf" in refused_listing.stderr
    assert not report.exists()
    assert not listing.exists()
