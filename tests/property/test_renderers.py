"""Hostile text handed straight to the writers of every format, past all input cleaning.

The import and the edit commands clean text on the way in, but a database
from an older version, a script, or a field nobody cleans can still hold
anything. So here the renderers get raw text, control characters and all,
and every file must still pass the checks of :mod:`tests.property.checks`.
These tests are fast; they carry most of the examples.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.property.checks import check_csv, check_eml, check_ics_file, check_inside, check_xlsx
from tests.property.nasty import LONG, SAMPLES, file_text, line_text, scaled

_FIXTURE = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
_CELLS = st.one_of(
    file_text(),
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.lists(line_text(), max_size=3),
    st.dates(),
)


# --- CSV and XLSX listings ----------------------------------------------------


@settings(max_examples=scaled(60), deadline=None, suppress_health_check=_FIXTURE)
@given(rows=st.lists(st.lists(_CELLS, min_size=3, max_size=3), min_size=1, max_size=6), names=st.lists(line_text()))
@example(rows=[["Caritas;=1+1", "a; -1", "=cmd|' /C calc'!A0"]], names=["History", "Sheet1", "history"])
@example(rows=[["\x00\x1b[2J", "\ufffe\uffff", "x" * 40_000]], names=["R1 Ende\nעברית", "'quoted'", "[a]:*?/\\"])
@example(rows=[["a", "b", "c"]], names=["\x7f", "", "&P&N Fish & Chips", "Spracherwerb" * 5])
def test_listings_hold_no_formula_and_keep_the_text(
    tmp_path_factory, rows: list[list[object]], names: list[str]
) -> None:
    from konferenz_cli.render.tables import Column, Sheet, cell_text, csv_text, write_workbook
    from konferenz_cli.render.xml_text import xml_text

    columns = [Column(f"c{i}", f"Spalte {i}") for i in range(3)]
    records = [{f"c{i}": value for i, value in enumerate(row)} for row in rows]

    read = check_csv(csv_text(records, columns))
    for record, line in zip(records, read[1:], strict=True):
        for column, cell in zip(columns, line, strict=True):
            # Only apostrophes are added (before what would be a formula); every other character stays.
            assert cell.replace("'", "") == cell_text(record[column.key]).replace("'", "")

    path = tmp_path_factory.mktemp("xlsx") / "liste.xlsx"
    sheets = [Sheet(name, columns, records, title=name) for name in [*names, "Liste"]]
    write_workbook(sheets, path)
    check_xlsx(path)
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    values = workbook.get_sheet_by_index(len(names)).to_python()
    values += [["", "", ""]] * (3 + len(records) - len(values))  # rows left empty are not read back
    for record, line in zip(records, values[3:], strict=True):
        for column, cell in zip(columns, line, strict=True):
            value = record[column.key]
            if isinstance(value, str) and len(value) <= 32_767:
                assert cell == xml_text(value)


# --- calendars ----------------------------------------------------------------


@settings(max_examples=scaled(60), deadline=None)
@given(
    summary=file_text(),
    location=line_text(),
    description=file_text(),
    categories=st.lists(line_text(), max_size=3),
    uid=st.integers(1, 10**6).map(lambda n: f"ik-2023-{n}@konferenz"),
    attendee=file_text(),
    calendar_name=line_text(),
)
@example(
    summary="\r=1+1\x00",
    location="Raum\r\n2;3,4\\",
    description="a\x1b[31m\u2028b",
    categories=["x,y", "\x0b"],
    uid="ik-2023-1@konferenz",
    attendee='"Quote" ; : , \\ \x00',
    calendar_name="\n",
)
@example(  # parsers strip a byte-order mark, so the summary came back shorter
    summary="\ufeffBOM",
    location="\x00",
    description="\x00",
    categories=[],
    uid="ik-2023-1@konferenz",
    attendee="\x00",
    calendar_name="\x00",
)
def test_calendar_files_stay_valid_with_any_text(
    summary: str, location: str, description: str, categories: list[str], uid: str, attendee: str, calendar_name: str
) -> None:
    from konferenz_cli.render.ical import CalendarDocument, CalendarEntry, Person, clean_text, render_calendar

    zone = ZoneInfo("Europe/Berlin")
    start = dt.datetime(2023, 11, 4, 10, 0, tzinfo=zone)
    entry = CalendarEntry(
        uid=uid,
        summary=summary,
        start=start,
        end=start + dt.timedelta(hours=1),
        location=location,
        description=description,
        categories=tuple(categories),
    )
    for method in ("PUBLISH", "REQUEST"):
        document = CalendarDocument(
            name=calendar_name,
            timezone="Europe/Berlin",
            entries=[entry],
            method=method,
            organizer=Person("orga@example.org", attendee) if method == "REQUEST" else None,
            attendee=Person("amina@example.org", attendee) if method == "REQUEST" else None,
        )
        data = render_calendar(document, dt.datetime(2023, 10, 1, tzinfo=dt.timezone.utc))
        check_ics_file(data)
        import icalendar

        (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
        assert str(event["SUMMARY"]) == clean_text(summary)


# --- mail ---------------------------------------------------------------------


@settings(max_examples=scaled(40), deadline=None)
@given(
    sender=line_text(),
    recipient=file_text(),
    subject=file_text(),
    text=file_text(),
    html=file_text(),
    filename=line_text(),
)
@example(sender="x", recipient="A" * 10_000, subject="s", text="t", html="h", filename="f.ics")
@example(sender="x", recipient="x", subject="s", text="t", html="h", filename="Zeile 1\r\nZeile 2")  # header injection
@example(
    sender="\x00",
    recipient="Amina\r\nBcc: all@example.org",
    subject="Hi\r\nBcc: x@example.org",
    text="\x1b[2J",
    html="<script>x</script>",
    filename='a"b\\c.ics',
)
def test_mail_messages_stay_valid_with_any_text(
    sender: str, recipient: str, subject: str, text: str, html: str, filename: str
) -> None:
    from html import escape

    from konferenz_cli.render.mail import Attachment, MailMessage, compose, make_address

    message = MailMessage(
        sender=make_address(sender, "orga@example.org"),
        recipient=make_address(recipient, "amina@bücher.example"),
        subject=subject,
        date=dt.datetime(2023, 10, 1, 9, 0, tzinfo=dt.timezone.utc),
        message_id="<x@example.org>",
        text=text,
        html=f"<p>{escape(html)}</p>",
        attachments=[Attachment(filename or "x", "application/pdf", b"%PDF-1.4")],
        headers=(("X-Konferenz-Event", subject),),
    )
    parsed = check_eml(compose(message))
    assert len(parsed.get_all("To")) == 1
    assert parsed.get("Bcc") is None
    assert parsed["To"].addresses[0].addr_spec == "amina@xn--bcher-kva.example"


# --- file names ---------------------------------------------------------------

_NAME_VARIANTS = st.sampled_from(
    [
        lambda s: s,
        str.upper,
        str.lower,
        lambda s: unicodedata.normalize("NFD", s),
        lambda s: unicodedata.normalize("NFC", s),
        lambda s: s + " ",
        lambda s: s + ".",
    ]
)


@settings(max_examples=scaled(100), deadline=None, suppress_health_check=_FIXTURE)
@given(
    names=st.lists(
        st.one_of(file_text(), st.tuples(st.sampled_from(SAMPLES), _NAME_VARIANTS).map(lambda p: p[1](p[0]))),
        max_size=12,
    )
)
@example(names=["Müller", "müller", "MÜLLER", "Mu\u0308ller", "con", "CON", "nul", "..", ".", "/", "../../etc/passwd"])
@example(names=[LONG[1], LONG[1] + "x", "😀" * 200])
def test_one_file_per_person_stays_in_the_folder_and_never_twice(tmp_path_factory, names: list[str]) -> None:
    from konferenz_cli.services.filenames import FileNamer

    folder = tmp_path_factory.mktemp("files")
    namer = FileNamer(folder, ".ics")
    paths = [namer.path_for(name, f"person-{number}") for number, name in enumerate(names)]
    check_inside(folder, paths)
    folded = [unicodedata.normalize("NFC", p.name).casefold() for p in paths]
    assert len(set(folded)) == len(paths), "two people would write the same file"
    for path in paths:
        assert len(path.name.encode("utf-8")) <= 255
        assert path.parent == folder
        with path.open("x") as handle:  # creatable, and not there yet
            handle.write("x")
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)


# --- the report, from a database holding raw text ------------------------------


def _stored_world(db_path: Path, texts: list[str], consent: list[bool]) -> object:
    """The Eschwege example with people whose every field holds raw hostile text, assigned and results kept."""
    from konferenz_cli.db import assignments as assignment_store
    from konferenz_cli.db import events as event_store
    from konferenz_cli.db import participants as participant_store
    from konferenz_cli.db import results as result_store
    from konferenz_cli.db.connection import open_db, transaction
    from tests.factories import create_example

    db = open_db(db_path)
    event = create_example(db)
    rounds = event_store.rounds(db, event.id)
    sessions = event_store.sessions(db, event.id)
    topics = event_store.topics(db, event.id)
    with transaction(db):
        for number, text in enumerate(texts):
            participant_id = participant_store.insert_participant(
                db,
                event.id,
                {
                    "email": f"p{number}@example.org",
                    "first_name": text,
                    "last_name": text[::-1] or "x",
                    "organisation": text,
                    "sector": text[:50],
                    "organisation_type": text[:20],
                    "notes": text,
                    "follow_up": True,
                    "newsletter": True,
                    "list_consent": consent[number % len(consent)],
                    "status": "registered",
                },
            )
            for round_ in rounds:
                session = next(s for s in sessions if s.round == round_.number)
                assignment_store.save_assignment(db, participant_id, round_.id, session.id, rank=1)
        result_store.save_result(
            db,
            event.id,
            topics[0].id,
            None,
            {"works_well": texts[0], "notes": texts[-1]},
            source="test",
            at="2023-11-04T12:00:00",
            replace=True,
        )
    return db, event


@settings(max_examples=scaled(15), deadline=None, suppress_health_check=_FIXTURE)
@given(
    texts=st.lists(file_text(), min_size=1, max_size=4),
    consent=st.lists(st.booleans(), min_size=1, max_size=3),
    anonymous=st.booleans(),
)
@example(texts=["\x00\x1b[2J", "\ufffe", "=1+1", "😀" * 2_500], consent=[True], anonymous=False)
@example(
    texts=["![x](http://example.org/t.png)", "\\[a](javascript:alert(1))", "<img src=x onerror=alert(1)>"],
    consent=[True],
    anonymous=False,
)
def test_every_report_format_takes_raw_stored_text(
    tmp_path_factory, texts: list[str], consent: list[bool], anonymous: bool
) -> None:
    from konferenz_cli.services.report_export import write_report
    from tests.property.checks import check_docx, check_html, check_markdown

    folder = tmp_path_factory.mktemp("report")
    db, event = _stored_world(folder / "k.db", texts, consent)
    html = folder / "r.html"
    write_report(db, event, "html", html, anonymous=anonymous)
    check_html(html.read_text(encoding="utf-8"))
    markdown = folder / "r.md"
    write_report(db, event, "md", markdown, anonymous=anonymous)
    check_markdown(markdown.read_text(encoding="utf-8"))
    docx = folder / "r.docx"
    write_report(db, event, "docx", docx, anonymous=anonymous)
    check_docx(docx)
    xlsx = folder / "r.xlsx"
    write_report(db, event, "xlsx", xlsx, anonymous=anonymous)
    check_xlsx(xlsx)
    db.close()


@settings(max_examples=scaled(6), deadline=None, suppress_health_check=_FIXTURE)
@given(texts=st.lists(file_text(), min_size=1, max_size=3), consent=st.lists(st.booleans(), min_size=1, max_size=2))
@example(texts=["a" + " " * 1_500 + "b", "حداد" + "." * 1_200], consent=[True])
def test_every_printed_list_takes_raw_stored_text(tmp_path_factory, texts: list[str], consent: list[bool]) -> None:
    from pypdf import PdfReader

    from konferenz_cli.services.print_lists import ListOptions, write_list

    folder = tmp_path_factory.mktemp("lists")
    db, event = _stored_world(folder / "k.db", texts, consent)
    options = ListOptions(group=texts[0], supervisor=texts[-1], signer=texts[0], place=texts[-1])
    for kind in ("signin", "workgroups", "badges", "certificates"):
        for file_format in ("pdf", "xlsx"):
            path = folder / f"{kind}.{file_format}"
            write_list(db, event, kind, file_format, path, options)
            if file_format == "xlsx":
                check_xlsx(path)
            else:
                assert len(PdfReader(io.BytesIO(path.read_bytes())).pages) >= 1
    db.close()
