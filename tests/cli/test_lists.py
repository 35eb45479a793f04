"""konferenz lists: sign-in sheets (and variants), workgroup lists, badges and certificates, read back."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from konferenz_cli.db.connection import open_db
from konferenz_cli.services import checkin
from tests.factories import add_participant, create_example, populate

A4 = (595.0, 842.0)  # points


@pytest.fixture
def event_with_people(db_path: Path) -> dict[str, int]:
    """The Eschwege event with 30 assigned participants plus a few special cases."""
    db = open_db(db_path)
    event = create_example(db)
    ids = populate(db, event, 30, consent_share=1.0)
    special = {
        "secret": add_participant(
            db, event, first_name="Verena", last_name="Verborgen", organisation="Geheim e. V.", list_consent=False
        ),
        "cancelled": add_participant(db, event, first_name="Carl", last_name="Abgesagt", status="cancelled"),
        "waiting": add_participant(db, event, first_name="Wera", last_name="Warteliste", status="waitlisted"),
        "arabic": add_participant(
            db, event, first_name="أمينة", last_name="حداد", organisation="Ehrenamt", photo_consent=False
        ),
        "script": add_participant(db, event, first_name="<script>", last_name="alert(1)", email="x@example.org"),
    }
    for participant_id in ids[:5]:
        from konferenz_cli.db.participants import participant

        checkin.check_in(db, event, participant(db, participant_id), event.date)
    db.close()
    return special


def _pdf(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(str(path))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def _assert_a4_and_drawn(reader: PdfReader, path: Path) -> None:
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4
    document = pypdfium2.PdfDocument(str(path))
    image = document[0].render(scale=0.5).to_pil().convert("L")
    low, high = image.getextrema()
    assert low < 100 < high, "the first page renders as more than a blank sheet"
    document.close()


def test_signin_sheet_pdf_has_header_names_sorted_and_no_contact_data(cli, event_with_people, tmp_path) -> None:
    path = tmp_path / "signin.pdf"

    result = cli("lists", "signin", "-o", str(path), "--blank", "12")

    assert result.exit_code == 0, result.stderr
    reader, text = _pdf(path)
    _assert_a4_and_drawn(reader, path)
    for expected in (
        "Teilnahmeliste",
        "Demokratie leben!",
        "Samstag, 4. November 2023",
        "E-Werk Eschwege",
        "Unterschrift",
    ):
        assert expected in text
    assert "Logo Fördergeber" in text
    assert "@" not in text, "no e-mail address on a list that goes round the room"
    assert "Beispielstraße" not in text, "no postal address"
    for absent in ("Abgesagt", "Warteliste", "Verborgen"):
        assert absent not in text
    assert "<script>" in text, "odd names are printed as they are"
    first_page = reader.pages[0].extract_text()
    assert f"Blatt 1 von {len(reader.pages)}" in first_page
    for page in reader.pages:
        assert "Integrationskonferenz 2023" in page.extract_text(), "the header repeats on every sheet"


def test_signin_sheet_xlsx_is_set_up_for_a4_with_repeated_header(cli, event_with_people, tmp_path) -> None:
    path = tmp_path / "signin.xlsx"

    assert cli("lists", "signin", "-f", "xlsx", "-o", str(path), "--blank", "5").exit_code == 0

    worksheet = load_workbook(path)["2023-11-04"]
    header_row = next(r for r in range(1, 20) if worksheet.cell(r, 2).value == "Nachname")
    assert [worksheet.cell(header_row, c).value for c in range(1, 7)] == [
        "Nr.",
        "Nachname",
        "Vorname",
        "Organisation",
        "Anwesend (x)",
        "Unterschrift",
    ]
    assert worksheet.print_title_rows == f"${header_row}:${header_row}"
    assert int(worksheet.page_setup.paperSize) == 9  # A4
    assert "&P" in worksheet.oddFooter.center.text
    last_names = [worksheet.cell(r, 2).value for r in range(header_row + 1, worksheet.max_row + 1)]
    printed = [name for name in last_names if name]
    assert printed == sorted(printed, key=lambda n: n.casefold().replace("ä", "a").replace("ö", "o").replace("ü", "u"))
    assert last_names.count(None) == 5 + 1, "blank rows for walk-ins plus one for the person not listed"
    cells = [str(c.value) for row in worksheet.iter_rows() for c in row if c.value is not None]
    assert not any("@" in value for value in cells)


def test_anonymous_signin_has_one_signature_line_per_sheet_with_the_header_on_each(
    cli, event_with_people, tmp_path
) -> None:
    path = tmp_path / "anon.pdf"

    assert cli("lists", "signin", "--variant", "anonymous", "--blank", "2", "-o", str(path)).exit_code == 0

    reader, text = _pdf(path)
    expected_people = 30 + 3  # populated + secret, arabic, script (not cancelled, not waitlisted)
    assert len(reader.pages) == expected_people + 2
    for page in reader.pages:
        page_text = page.extract_text()
        assert "Demokratie leben!" in page_text
        assert "Einzelblatt" in page_text
        assert page_text.count("Unterschrift") == 1
    assert "Haddad" not in text
    assert "<script>" not in text


def test_under16_variant_records_count_and_supervisor(cli, event_with_people, tmp_path) -> None:
    path = tmp_path / "u16.pdf"

    result = cli(
        "lists", "signin", "--variant", "under16", "--count", "14", "--supervisor", "Petra Lehmann",
        "--role", "Lehrerin", "--group", "Klasse 8b", "-o", str(path),
    )  # fmt: skip

    assert result.exit_code == 0, result.stderr
    reader, text = _pdf(path)
    _assert_a4_and_drawn(reader, path)
    assert "unter 16 Jahren" in text
    for value in ("14", "Petra Lehmann", "Lehrerin", "Klasse 8b", "Betreuungsperson"):
        assert value in text


def test_workgroup_lists_have_a_page_per_session_with_room_and_facilitators(cli, event_with_people, tmp_path) -> None:
    path = tmp_path / "groups.pdf"

    assert cli("lists", "workgroups", "-o", str(path)).exit_code == 0

    reader, text = _pdf(path)
    _assert_a4_and_drawn(reader, path)
    titles = [page.extract_text().splitlines()[1] for page in reader.pages]
    assert "Runde 1 · Spracherwerb" in titles[0]
    assert len([t for t in titles if "Runde" in t]) >= 6
    assert "Jana Lindner" in text
    assert "Seminarraum 1" in text


def test_workgroup_lists_xlsx_have_a_sheet_per_session(cli, event_with_people, tmp_path) -> None:
    path = tmp_path / "groups.xlsx"

    assert cli("lists", "workgroups", "-f", "xlsx", "-o", str(path), "--round", "2").exit_code == 0

    workbook = load_workbook(path)
    assert [ws.title for ws in workbook.worksheets] == [
        "R2 Spracherwerb",
        "R2 Qualifizierung und Ausbildun",  # Excel allows 31 characters
        "R2 Anerkennung von Abschlüssen",
    ]
    worksheet = workbook.worksheets[0]
    assert worksheet.print_title_rows is not None
    assert worksheet["A1"].value == "Runde 2 · Spracherwerb"


@pytest.mark.parametrize(("layout", "per_page"), [("a7", 8), ("a6", 4), ("fold", 4)])
def test_badges_fill_a4_sheets_with_names_and_workgroups(cli, event_with_people, tmp_path, layout, per_page) -> None:
    path = tmp_path / f"badges-{layout}.pdf"

    result = cli("lists", "badges", "--layout", layout, "-o", str(path))

    assert result.exit_code == 0, result.stderr
    reader, text = _pdf(path)
    _assert_a4_and_drawn(reader, path)
    people = 33
    assert len(reader.pages) == -(-people // per_page)
    assert "Runde 1:" in text
    assert "Runde 2:" in text
    assert "Verena" in text, "someone who said no to lists still finds her badge by her first name"
    assert "Verborgen" not in text, "the badges on the table at the door name nobody who said no to lists"
    assert "Geheim e. V." not in text
    images = sum(len(page.images) for page in reader.pages)
    assert images == people, "one QR code per badge"
    if layout == "fold":
        assert text.count("alert(1)") == 2, "the name is on both halves of a fold-over badge"


def test_a_badge_tells_the_photographer_who_said_no_to_photos(cli, event_with_people, tmp_path) -> None:
    pdf_path, xlsx_path = tmp_path / "badges.pdf", tmp_path / "badges.xlsx"

    assert cli("lists", "badges", "-o", str(pdf_path)).exit_code == 0
    assert cli("lists", "badges", "--format", "xlsx", "-o", str(xlsx_path), "--lang", "en").exit_code == 0

    reader, _ = _pdf(pdf_path)
    marked = [page.extract_text() for page in reader.pages if "keine Fotos" in page.extract_text()]
    assert len(marked) == 1
    assert "حداد" in marked[0]
    assert sum(page.extract_text().count("keine Fotos") for page in reader.pages) == 1
    rows = [[cell.value for cell in row] for row in load_workbook(xlsx_path).worksheets[0].iter_rows()]
    heading_row = next(i for i, row in enumerate(rows) if "No photos" in row)
    column = rows[heading_row].index("No photos")
    flagged = [row for row in rows[heading_row + 1 :] if row[column] == "yes"]
    assert len(flagged) == 1
    assert "حداد" in flagged[0]


def test_a_list_named_xlsx_is_a_workbook_and_a_listing_too(cli, event_with_people, tmp_path) -> None:
    signin, people = tmp_path / "teilnahmeliste.xlsx", tmp_path / "teilnehmende.xlsx"

    assert cli("lists", "signin", "-o", str(signin)).exit_code == 0
    assert cli("participants", "-o", str(people)).exit_code == 0

    assert load_workbook(signin).worksheets[0].max_row > 30
    assert load_workbook(people).worksheets[0].max_row > 30


def test_badges_assign_badge_numbers_that_check_in_finds(cli, event_with_people, tmp_path) -> None:
    assert cli("lists", "badges", "--no-qr", "-o", str(tmp_path / "b.pdf")).exit_code == 0

    result = cli("checkin", "#1")

    assert result.exit_code == 0, result.stderr
    assert "#1" in result.stdout


def test_certificates_only_for_people_checked_in_with_their_workgroups(cli, event_with_people, tmp_path) -> None:
    path = tmp_path / "certificates.pdf"

    assert cli("lists", "certificates", "-o", str(path)).exit_code == 0

    reader, text = _pdf(path)
    _assert_a4_and_drawn(reader, path)
    assert len(reader.pages) == 5
    assert text.count("Teilnahmebescheinigung") == 5
    assert "Besuchte Arbeitsgruppen" in text
    assert "Runde 2:" in text
    assert "Eschwege, 04.11.2023" in text


def test_lists_in_english(cli, event_with_people, tmp_path) -> None:
    path = tmp_path / "signin-en.pdf"

    assert cli("--lang", "en", "lists", "signin", "-o", str(path)).exit_code == 0

    _, text = _pdf(path)
    assert "Attendance list" in text
    assert "Saturday, 4 November 2023" in text
    assert "Signature" in text


def test_missing_logo_file_is_a_user_error(cli, event_with_people, tmp_path) -> None:
    result = cli("lists", "signin", "--logo", str(tmp_path / "nope.png"))

    assert result.exit_code == 1
    assert "nope.png" in result.stderr


def test_logo_goes_into_the_slot(cli, event_with_people, tmp_path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), "navy").save(logo)
    path = tmp_path / "with-logo.pdf"

    assert cli("lists", "signin", "--logo", str(logo), "-o", str(path)).exit_code == 0

    reader, text = _pdf(path)
    assert len(reader.pages[0].images) == 1
    assert "Logo Fördergeber" not in text


@pytest.fixture
def empty_event(db_path: Path) -> None:
    """The Eschwege example without anyone registered."""
    db = open_db(db_path)
    create_example(db)
    db.close()


@pytest.mark.parametrize("kind", ["signin", "badges", "workgroups", "certificates"])
def test_a_list_without_registrations_says_how_to_get_them(cli, empty_event, tmp_path: Path, kind: str) -> None:
    result = cli("lists", kind, "-o", str(tmp_path / f"{kind}.pdf"))

    assert result.exit_code == 0, result.stderr
    assert "noch keine Anmeldungen" in result.stderr
    assert "konferenz import-registrations -e ik-eschwege-2023" in " ".join(result.stderr.split())


def test_workgroup_lists_before_the_assignment_say_what_comes_first(cli, db_path: Path, tmp_path: Path) -> None:
    db = open_db(db_path)
    populate(db, create_example(db), 5, assign=False)
    db.close()

    result = cli("lists", "workgroups", "-o", str(tmp_path / "ag.pdf"))

    assert result.exit_code == 0, result.stderr
    assert "Zuerst: konferenz assign-workgroups" in " ".join(result.stderr.split())
