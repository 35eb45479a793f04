"""How the registration exports in tests/data/exports/ were made: each one in the exact layout of its tool.

Run from the repository root (``python tests/data/exports/make_exports.py``); the files are committed so
that the tests read exactly these bytes. Every writer follows the tool's own export code or documentation:

* pretix "Order data" (pretix/pretix, src/pretix/base/exporters/orderlist.py and base/exporter.py): an xlsx
  written by openpyxl in write-only mode with the sheets "Orders", "Order positions" and "Order fees"
  ("Bestellungen", "Bestellzeilen", "Gebühren" in German, headings from src/pretix/locale/de/.../django.po),
  or one sheet as CSV "with commas" (``csv.QUOTE_NONNUMERIC``), "Excel-style" (``dialect='excel'``) or
  "with semicolons"; UTF-8 without a byte-order mark, CRLF, decimals localised to text, dates as
  ``%Y-%m-%d`` and times as ``%H:%M:%S`` text; multiple-choice questions as one column per option
  ("Question – Option", Yes/No) or grouped (answers joined by ", ").
* LimeSurvey (LimeSurvey/LimeSurvey, application/helpers/admin/export/CsvWriter.php and Writer.php): a UTF-8
  byte-order mark, every value in double quotes (NULL empty and unquoted), the chosen separator, CRLF, one
  more CRLF at the end; headings as question codes (``G02Q01[1]``), full texts ("Question [Rank 1]") or
  code and text ("G01Q01. Vorname"); answers as codes or full texts ("Y" or "Ja"); ``submitdate`` empty
  for unfinished responses and 1980-01-01 00:00:00 for finished ones of surveys without date stamps.
* Microsoft Forms ("Open in Excel"): one sheet, ``ID``, ``Startzeit``/``Start time``, ``Fertigstellungszeit``/
  ``Completion time``, ``E-Mail``/``Email``, ``Name``, ``Zeitpunkt der letzten Änderung``/``Last modified time``,
  then the questions; times as Excel dates; "anonymous" in the e-mail column of public forms; rankings and
  multiple choices as one cell "A;B;C;".
* Google Forms (the responses sheet as CSV from "Download responses" or as xlsx from Sheets): ``Timestamp``
  ("2023/10/12 2:15:33 PM GMT+2") or ``Zeitstempel`` ("12.10.2023 14:15:33"), ``Email Address``/``E-Mail-Adresse``,
  checkbox answers joined by ", ", grid questions as "Question [Row]"; the xlsx has the sheet
  "Formularantworten 1" with real dates.
* A hand-made list saved by an office suite: ``handliste-libreoffice.xls`` (Excel 97-2003) and ``.ods`` are
  ``examples/anmeldungen-eschwege-liste.xlsx`` opened and saved by LibreOffice
  (``soffice --headless --convert-to xls``), so the totals row below the list holds the count its formula
  computed; not written by this script.

All people are fictional.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TOPICS = ("Spracherwerb", "Qualifizierung und Ausbildung", "Anerkennung von Abschlüssen")
SPRACH, QUALI, ANERK = TOPICS


# --- pretix --------------------------------------------------------------------------------------------

PRETIX_POSITIONS_DE = [
    "Kurzname der Veranstaltung", "Bestellnummer", "Position", "Status", "E-Mail", "Telefonnummer",
    "Bestelldatum", "Bestelluhrzeit", "Produkt-ID", "Produkt", "Varianten-ID", "Variante", "Preis",
    "Steuersatz", "Steuerregel", "Steuer", "Name Teilnehmer*in", "Name Teilnehmer*in: Titel",
    "Name Teilnehmer*in: Vorname", "Name Teilnehmer*in: Nachname", "E-Mail Teilnehmer*in",
    "Teilnehmer*innen-Firma", "Adresse", "Postleitzahl", "Ort", "Land", "Bundesstaat", "Gutschein",
    "Verwendetes Gutscheinbudget", "Gutschein-Tag", "Pseudonyme ID", "Ticket-Code", "Sitzplatz-ID",
    "Sitzbezeichnung", "Sitzbereich", "Sitzreihe", "Sitzplatz", "Gesperrt", "Gültig ab", "Gültig bis",
    "Bestellkommentar", "Datum zur Wiedervorlage", "Zusatzprodukt zu Position",
    # the event's questions, in pretix's order
    "In welchem Bereich sind Sie tätig?", "Erstwunsch Arbeitsgruppe", "Zweitwunsch Arbeitsgruppe",
    "Ernährung – vegetarisch", "Ernährung – vegan", "Ernährung – halal",
    "Ich möchte den Newsletter des Integrationsbüros erhalten",
    "Ich bin mit Fotoaufnahmen während der Veranstaltung einverstanden",
    # the invoice address of the order
    "Rechnungsadresse: Firma", "Rechnungsadresse: Name", "Rechnungsadresse: Name: Titel",
    "Rechnungsadresse: Name: Vorname", "Rechnungsadresse: Name: Nachname", "Rechnungsadresse: Straße",
    "Rechnungsadresse: PLZ", "Rechnungsadresse: Stadt", "Rechnungsadresse: Land", "Rechnungsadresse: Bundesstaat",
    "USt-ID-Nr.", "Verkaufskanal", "Bestellsprache", "E-Mail-Adresse verifiziert", "Externe Kundennummer",
    "Check-in-Listen", "Zahlungsmethoden", "Link zur Bestellposition",
]  # fmt: skip

PRETIX_ORDERS_DE = [
    "Kurzname der Veranstaltung", "Bestellnummer", "Gesamtbetrag", "Status", "E-Mail", "Telefonnummer",
    "Bestelldatum", "Bestelluhrzeit", "Firma", "Name", "Titel", "Vorname", "Nachname", "Adresse", "Postleitzahl",
    "Ort", "Land", "Bundesstaat", "Zusätzliches Adressfeld", "USt-ID-Nr.", "Datum der letzten Zahlung",
    "Gebühren", "Bestellsprache", "Brutto 0.00 %", "Netto 0.00 %", "Steuer 0.00 %", "Rechnungsnummern",
    "Verkaufskanal", "Benötigt besondere Behandlung", "Check-in-Hinweis", "Kommentar",
    "Datum zur Wiedervorlage", "Positionen", "E-Mail-Adresse verifiziert", "Externe Kundennummer",
    "Zahlungsmethoden", "Bestell-Link",
]  # fmt: skip

PRETIX_FEES_DE = [
    "Kurzname der Veranstaltung", "Bestellnummer", "Status", "E-Mail", "Telefonnummer", "Bestelldatum",
    "Bestelluhrzeit", "Art der Gebühr", "Beschreibung", "Preis", "Steuersatz", "Steuerregel", "Steuer",
    "Rechnungsadresse: Firma", "Rechnungsadresse: Name", "Adresse", "Postleitzahl", "Ort", "Land", "Bundesstaat",
    "USt-ID-Nr.", "Zahlungsmethoden",
]  # fmt: skip

# (order code, status, booker e-mail, date, time, invoice company, invoice (title, given, family),
#  positions: (title, given, family, attendee e-mail, company, sector, first wish, second wish,
#  diet options ticked, newsletter, photos, position cancelled))
PRETIX_ORDERS = [
    (
        "EWK7Q", "bezahlt", "sekretariat@kreis-wmk.example", "2023-10-09", "08:41:12", "Werra-Meißner-Kreis",
        ("", "Petra", "Lehmann"),
        [
            ("Dr.", "Karl-Heinz", "von der Heyde", "k.vonderheyde@kreis-wmk.example", "Werra-Meißner-Kreis",
             "Verwaltung", QUALI, SPRACH, (), "Ja", "Ja", False),
            ("", "Jörg", "Müller", "", "Jobcenter Werra-Meißner", "Verwaltung", ANERK, QUALI, ("vegetarisch",),
             "Nein", "Ja", False),
            ("", "Ayşe", "Yılmaz-Demir", "a.yilmaz-demir@example.org", "Werra-Meißner-Kreis", "Verwaltung",
             SPRACH, ANERK, ("halal",), "Ja", "Nein", False),
        ],
    ),
    (
        "A3KLM", "bezahlt", "Amina.Haddad@example.org", "2023-10-12", "14:15:33", "", ("", "Amina", "Haddad"),
        [("", "Amina", "Haddad", "", "Caritasverband Werra-Meißner", "Zivilgesellschaft", ANERK, SPRACH,
          ("vegetarisch", "halal"), "Ja", "Ja", False)],
    ),
    (
        "B9XYZ", "storniert", "lena.schulz@example.org", "2023-10-13", "09:02:45", "", ("", "Lena", "Schulz"),
        [("", "Lena", "Schulz", "", "Diakonie Werra", "Zivilgesellschaft", SPRACH, QUALI, (), "Nein", "Ja", False)],
    ),
    (
        "C2PQR", "abgelaufen", "t.brandt@example.org", "2023-10-14", "17:30:00", "", ("", "Tobias", "Brandt"),
        [("", "Tobias", "Brandt", "t.brandt@example.org", "IHK Kassel-Marburg", "Wirtschaft", QUALI, ANERK, (),
          "Nein", "Nein", False)],
    ),
    (
        "D4STU", "ausstehend", "olena.kovalenko@example.org", "2023-10-20", "11:11:11", "",
        ("", "Олена", "Коваленко"),
        [("", "Олена", "Коваленко", "olena.kovalenko@example.org", "Ukrainischer Verein Eschwege e. V.",
          "Ehrenamt", SPRACH, ANERK, ("vegan",), "Ja", "Ja", False)],
    ),
    (
        "E5VWX", "bezahlt", "s.oconnor@example.org", "2023-10-21", "10:00:05", "IHK Kassel-Marburg",
        ("", "Siobhán", "O'Connor"),
        [
            ("", "Siobhán", "O'Connor", "s.oconnor@example.org", "IHK Kassel-Marburg", "Wirtschaft", QUALI, "",
             (), "Nein", "Ja", False),
            ("", "Reza", "Karimi", "reza.karimi@example.org", "IHK Kassel-Marburg", "Wirtschaft", ANERK, QUALI,
             (), "Nein", "Ja", True),
        ],
    ),
    (
        "F6YZA", "bezahlt", "m.alahmad@example.org", "2023-10-22", "19:45:59", "", ("", "محمد", "الأحمد"),
        [("", "محمد", "الأحمد", "m.alahmad@example.org", "Willkommen in Eschwege e. V.",
          "Person mit Flucht- oder Migrationsgeschichte", SPRACH, ANERK, ("halal",), "Ja", "Nein", False)],
    ),
]  # fmt: skip


def _full_name(title: str, given: str, family: str) -> str:
    return " ".join(part for part in (title, given, family) if part)


def pretix_rows_de() -> tuple[list[list[Any]], list[list[Any]], list[list[Any]]]:
    """The three sheets of the German order-data export (name scheme: title, given name, family name)."""
    orders: list[list[Any]] = [PRETIX_ORDERS_DE]
    positions: list[list[Any]] = [PRETIX_POSITIONS_DE]
    fees: list[list[Any]] = [PRETIX_FEES_DE]
    secret = 0
    for code, status, email, date, time, company, invoice, people in PRETIX_ORDERS:
        invoice_name = _full_name(*invoice)
        orders.append(
            ["ik-2023", code, Decimal("0.00"), status, email, "", date, time, company, invoice_name, *invoice,
             "", "", "", "", "", "", "", "", Decimal("0.00"), "de", Decimal("0.00"), Decimal("0.00"),
             Decimal("0.00"), "", "web", "Nein", "", "", "", len(people), "Ja", "", "",
             f"https://tickets.example.org/wmk/ik-2023/order/{code}/"]
        )  # fmt: skip
        for number, person in enumerate(people, start=1):
            title, given, family, attendee_email, org, sector, first, second, diet, news, photos, cancelled = person
            secret += 1
            positions.append(
                ["ik-2023", code, number, "storniert" if cancelled else status, email, "", date, time, 118_204,
                 "Teilnahme Integrationskonferenz", "", "", Decimal("0.00"), Decimal("0.00"), "", Decimal("0.00"),
                 _full_name(title, given, family), title, given, family, attendee_email, org, "", "", "", "", "",
                 "", "", "", f"PSEUDO{secret:04d}", f"s{secret:031d}", "", "", "", "", "", "", "", "", "", "",
                 "", sector, first, second, *("Ja" if option in diet else "Nein" for option in ("vegetarisch", "vegan", "halal")),
                 news, photos, company, invoice_name, *invoice, "", "", "", "", "", "", "web", "de", "Ja", "",
                 "Eingang E-Werk", "", f"https://tickets.example.org/wmk/ik-2023/ticket/{code}/{number}/"]
            )  # fmt: skip
    return orders, positions, fees


def write_pretix_xlsx(path: Path) -> None:
    """pretix's combined Excel export: openpyxl write-only, one sheet per part, values as they are."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for name, rows in zip(("Bestellungen", "Bestellzeilen", "Gebühren"), pretix_rows_de(), strict=True):
        sheet = workbook.create_sheet(name[:30])
        for row in rows:
            sheet.append(row)
    workbook.save(path)


# The English order positions of pretix 4 (the headings of the pretix/pretix orderlist.py in the index):
# name scheme "given_family", the attendee's and the invoice address's "Company", grouped multiple choice.
PRETIX_POSITIONS_EN = [
    "Event slug", "Order code", "Position ID", "Status", "Email", "Phone number", "Order date", "Order time",
    "Product", "Variation", "Price", "Tax rate", "Tax rule", "Tax value", "Attendee name",
    "Attendee name: Given name", "Attendee name: Family name", "Attendee email", "Company", "Address",
    "ZIP code", "City", "Country", "State", "Voucher", "Pseudonymization ID", "Seat ID", "Seat name", "Seat zone",
    "Seat row", "Seat number", "Order comment", "Follow-up date", "Organisation type",
    "Which workgroups would you like to join?", "Dietary requirements", "Newsletter", "Company",
    "Invoice address name", "Invoice address name: Given name", "Invoice address name: Family name", "Address",
    "ZIP code", "City", "Country", "State", "VAT ID", "Sales channel", "Order locale", "E-mail address verified",
    "Payment providers",
]  # fmt: skip

_EN_STATUS = {"bezahlt": "paid", "storniert": "canceled", "abgelaufen": "expired", "ausstehend": "pending"}
_EN_SECTOR = {"Verwaltung": "Public administration", "Zivilgesellschaft": "Civil society", "Wirtschaft": "Business"}


def pretix_positions_en() -> list[list[Any]]:
    """The "Order positions" sheet in English, one row per position."""
    rows: list[list[Any]] = [PRETIX_POSITIONS_EN]
    for code, status, email, date, time, company, invoice, people in PRETIX_ORDERS:
        for number, person in enumerate(people, start=1):
            title, given, family, attendee_email, org, sector, first, second, diet, news, _, cancelled = person
            wishes = ", ".join(topic for topic in TOPICS if topic in (first, second))
            rows.append(
                ["ik-2023", code, number, "canceled" if cancelled else _EN_STATUS[status], email, "", date, time,
                 "Conference ticket", "", Decimal("0.00"), Decimal("0.00"), "", Decimal("0.00"),
                 _full_name(given, family, ""), given, family, attendee_email, org, "", "", "", "", "", "",
                 f"P{number}{code}", "", "", "", "", "", "", "", _EN_SECTOR.get(sector, "Volunteering"), wishes,
                 ", ".join(d.capitalize() for d in diet), "Yes" if news == "Ja" else "No", company,
                 _full_name(*invoice[1:], ""), invoice[1], invoice[2], "", "", "", "", "", "", "web", "en",
                 "Yes", "Bank transfer"]
            )  # fmt: skip
    return rows


def pretix_csv(rows: Sequence[Sequence[Any]], variant: str) -> bytes:
    """One sheet as pretix writes it: "default" (with commas), "excel" or "semicolon"."""
    from decimal import Decimal as _Decimal

    output = io.StringIO()
    if variant == "default":
        writer = csv.writer(output, quoting=csv.QUOTE_NONNUMERIC, delimiter=",")
    elif variant == "excel":
        writer = csv.writer(output, dialect="excel")
    else:
        writer = csv.writer(output, dialect="excel", delimiter=";")
    for row in rows:
        writer.writerow([f"{value:.2f}" if isinstance(value, _Decimal) else value for value in row])
    return output.getvalue().encode("utf-8")


# --- LimeSurvey ------------------------------------------------------------------------------------------

# (id, submitdate, lastpage, start, datestamp, first, last, email, organisation, sector, ranks, newsletter, photos)
LIME_RESPONSES = [
    (1, "2023-10-05 09:12:44", 3, "2023-10-05 09:08:02", "2023-10-05 09:12:44", "Amina", "Haddad",
     "amina.haddad@example.org", "Caritasverband Werra-Meißner", "Zivilgesellschaft", (ANERK, SPRACH, QUALI), "Y",
     "Y"),
    (2, "2023-10-06 16:40:03", 3, "2023-10-06 16:31:55", "2023-10-06 16:40:03", "Олена", "Коваленко",
     "Olena.Kovalenko@Example.org", "Ukrainischer Verein Eschwege e. V.", "Ehrenamt", (SPRACH, ANERK, QUALI), "N",
     ""),
    (3, "", 1, "2023-10-07 08:00:00", "2023-10-07 08:01:30", "Dariush", "Ahmadi", "d.ahmadi@example.org",
     "", "", ("", "", ""), "", ""),
    (4, "2023-10-08 12:00:00", 3, "2023-10-08 11:55:00", "2023-10-08 12:00:00", "Siobhán", "O'Connor",
     "s.oconnor@example.org", "IHK Kassel-Marburg", "Wirtschaft", (QUALI, ANERK, SPRACH), "Y", "N"),
    (5, "2023-10-09 10:10:10", 3, "2023-10-09 10:00:00", "2023-10-09 10:10:10", "محمد", "الأحمد",
     "m.alahmad@example.org", "Willkommen in Eschwege e. V.", "Person mit Flucht- oder Migrationsgeschichte",
     (SPRACH, QUALI, ANERK), "Y", "Y"),
]  # fmt: skip

_LIME_CODES = {SPRACH: "AO01", QUALI: "AO02", ANERK: "AO03"}


def _lime_escape(value: Any) -> str:
    """CsvWriter::csvEscape: NULL empty, everything else in double quotes, line breaks as LF."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return '"' + text.replace('"', '""') + '"'


def limesurvey_csv(headers: Sequence[str], rows: Sequence[Sequence[Any]], separator: str = ",") -> bytes:
    """A LimeSurvey response export as CsvWriter writes it."""
    lines = [separator.join(_lime_escape(h) for h in headers)]
    lines += [separator.join(_lime_escape(value) for value in row) for row in rows]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n" + "\r\n").encode("utf-8")


def _yes_no(code: str, full: bool) -> str | None:
    if not full:
        return code
    return {"Y": "Ja", "N": "Nein"}.get(code, "k.A.")


def limesurvey_codes_full_answers() -> bytes:
    """Question codes as headings (meaningful codes, a participant table), full answers, commas."""
    headers = [
        "id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "token", "firstname",
        "lastname", "email", "organisation", "bereich", "agwunsch[1]", "agwunsch[2]", "agwunsch[3]", "newsletter",
        "foto",
    ]  # fmt: skip
    rows = []
    for rid, submit, page, start, stamp, first, last, email, org, sector, ranks, news, photo in LIME_RESPONSES:
        rows.append(
            [rid, submit or None, page, "de", 1_000_000 + rid, start, stamp, f"tok{rid:04d}", first, last, email,
             org, sector, *ranks, _yes_no(news, True) if news else None, _yes_no(photo, True) if photo else None]
        )  # fmt: skip
    return limesurvey_csv(headers, rows, ",")


def limesurvey_full_text_de() -> bytes:
    """Full question texts as headings in German, full answers, semicolons, no date stamps (1980-01-01)."""
    question = "Bitte bringen Sie die Arbeitsgruppen in Ihre Wunschreihenfolge"
    headers = [
        "Antwort ID", "Datum Abgeschickt", "Letzte Seite", "Start-Sprache", "Zufallsstartwert", "Vorname",
        "Nachname", "E-Mail-Adresse", "Für welche Einrichtung sind Sie tätig?", "In welchem Bereich sind Sie tätig?",
        f"{question} [Rang 1]", f"{question} [Rang 2]", f"{question} [Rang 3]",
        "Ich möchte den Newsletter des Integrationsbüros erhalten", "Einverständnis [Fotoaufnahmen]",
    ]  # fmt: skip
    rows = []
    for rid, submit, page, _, _, first, last, email, org, sector, ranks, news, photo in LIME_RESPONSES:
        rows.append(
            [rid, "1980-01-01 00:00:00" if submit else None, page, "de", 1_000_000 + rid, first, last, email, org,
             sector, *ranks, _yes_no(news, True), _yes_no(photo or "N", True)]
        )  # fmt: skip
    return limesurvey_csv(headers, rows, ";")


def limesurvey_code_and_text_codes() -> bytes:
    """Question code and text as headings ("G01Q01. Vorname"), answer codes ("AO01", "Y"), commas."""
    rank = "Bitte bringen Sie die Arbeitsgruppen in Ihre Wunschreihenfolge"
    headers = [
        "id. Antwort ID", "submitdate. Datum Abgeschickt", "lastpage. Letzte Seite", "startlanguage. Start-Sprache",
        "seed. Zufallsstartwert", "startdate. Datum gestartet", "datestamp. Datum letzte Aktivität",
        "G01Q01. Vorname", "G01Q02. Nachname", "G01Q03. E-Mail-Adresse", "G01Q04. Organisation",
        f"G02Q01[1]. {rank} [Rang 1]", f"G02Q01[2]. {rank} [Rang 2]", f"G02Q01[3]. {rank} [Rang 3]",
        "G02Q02. Newsletter",
    ]  # fmt: skip
    rows = []
    for rid, submit, page, start, stamp, first, last, email, org, _, ranks, news, _ in LIME_RESPONSES:
        codes = [_LIME_CODES.get(topic, "") for topic in ranks]
        rows.append([rid, submit or None, page, "de", 1_000_000 + rid, start, stamp, first, last, email, org, *codes,
                     news or None])  # fmt: skip
    return limesurvey_csv(headers, rows, ",")


def limesurvey_bare_codes() -> bytes:
    """Headings that are question codes only ("G01Q01"), full answers: the meaning is in the content."""
    headers = [
        "id", "submitdate", "lastpage", "startlanguage", "seed", "G01Q01", "G01Q02", "G01Q03", "G01Q04",
        "G02Q01[1]", "G02Q01[2]", "G02Q01[3]",
    ]  # fmt: skip
    rows = []
    for rid, submit, page, _, _, first, last, email, org, _, ranks, _, _ in LIME_RESPONSES:
        rows.append([rid, submit or None, page, "de", 1_000_000 + rid, first, last, email, org, *ranks])
    return limesurvey_csv(headers, rows, ",")


# --- Microsoft Forms ---------------------------------------------------------------------------------------

MS_FORMS_DE = [
    "ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name", "Zeitpunkt der letzten Änderung", "Vorname",
    "Nachname", "E-Mail-Adresse", "Organisation / Einrichtung", "In welchem Bereich sind Sie tätig?",
    "Bitte bringen Sie die Arbeitsgruppen in die Reihenfolge Ihrer Wünsche",
    "Möchten Sie den Newsletter des Integrationsbüros erhalten?", "Dürfen wir Fotos von Ihnen veröffentlichen?",
    "Besondere Ernährung",
]  # fmt: skip


def ms_forms_rows_de() -> list[list[Any]]:
    """A public form (no sign-in): the tool's own e-mail column says "anonymous"."""
    moment = dt.datetime(2023, 10, 2, 9, 0, 0)
    people = [
        ("Amina", "Haddad", "amina.haddad@example.org", "Caritasverband Werra-Meißner", "Zivilgesellschaft",
         (ANERK, SPRACH, QUALI), "Ja", "Ja", "Vegetarisch;"),
        ("Jörg", "Müller", "Joerg.Mueller@jobcenter-wmk.example\u00a0", "Jobcenter Werra-Meißner", "Verwaltung",
         (QUALI, ANERK, SPRACH), "Nein", "Ja", ""),
        ("Олена", "Коваленко", "olena.kovalenko@example.org", "Ukrainischer Verein Eschwege e. V.", "Ehrenamt",
         (SPRACH, ANERK, QUALI), "Ja", "Nein", "Vegan;Halal;"),
        ("Siobhán", "O'Connor", "s.oconnor@example", "IHK Kassel-Marburg", "Wirtschaft", (QUALI, SPRACH, ANERK),
         "Nein", "Ja", ""),
        ("محمد", "الأحمد", "m.alahmad@example.org", "Willkommen in Eschwege e. V.",
         "Person mit Flucht- oder Migrationsgeschichte", (SPRACH, QUALI, ANERK), "Ja", "Ja", "Halal;"),
        # Amina changed her mind and sent the form again two days later.
        ("Amina", "Haddad", "amina.haddad@example.org", "Caritasverband Werra-Meißner", "Zivilgesellschaft",
         (SPRACH, ANERK, QUALI), "Ja", "Ja", "Vegetarisch;"),
    ]  # fmt: skip
    rows: list[list[Any]] = [MS_FORMS_DE]
    for number, (first, last, email, org, sector, ranking, news, photos, diet) in enumerate(people, start=1):
        start = moment + dt.timedelta(days=number, minutes=number * 7)
        done = start + dt.timedelta(minutes=4, seconds=13 * number)
        rows.append(
            [number, start, done, "anonymous", None, None, first, last, email, org, sector,
             ";".join(ranking) + ";", news, photos, diet or None]
        )  # fmt: skip
    return rows


def write_ms_forms_xlsx(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Form1") -> None:
    """The workbook of "Open in Excel": one sheet, times as Excel dates shown "m/d/yy h:mm:ss"."""
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    for column in ("B", "C", "F"):
        for cell in worksheet[column][1:]:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "m/d/yy h:mm:ss"
    workbook.save(path)


def ms_forms_rows_en() -> list[list[Any]]:
    """An organisation's internal form: the account's e-mail and name, times as text (a copied sheet)."""
    headers = [
        "ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Organisation",
        "Please rank the workgroups", "Would you like to receive our newsletter?",
    ]  # fmt: skip
    return [
        headers,
        [1, "10/12/2023 14:10:02", "10/12/2023 14:15:33", "reza.karimi@stadt-eschwege.example", "Reza Karimi", "",
         "Stadt Eschwege", f"{QUALI};{SPRACH};", "Yes"],
        [2, "10/13/2023 8:01:00", "10/13/2023 8:03:59", "ursula.weiss@stadt-eschwege.example", "Weiß, Ursula", "",
         "Stadt Eschwege", f"{ANERK};", "No"],
    ]  # fmt: skip


# --- Google Forms ------------------------------------------------------------------------------------------

GOOGLE_EN = [
    "Timestamp", "Email Address", "First name", "Last name", "Organisation", "Which sector do you work in?",
    "Please rank the workgroups [First choice]", "Please rank the workgroups [Second choice]",
    "Please rank the workgroups [Third choice]", "Dietary requirements", "I would like to receive the newsletter",
    "Photos of me may be published",
]  # fmt: skip


def google_rows_en() -> list[list[str]]:
    """The CSV of "Download responses": timestamps as Forms writes them, with the time zone."""
    return [
        GOOGLE_EN,
        ["2023/10/12 2:15:33 PM GMT+2", "amina.haddad@example.org", "Amina", "Haddad", "Caritasverband Werra-Meißner",
         "Civil society", ANERK, SPRACH, QUALI, "Vegetarian, Halal", "Yes", "Yes"],
        ["2023/10/13 9:05:00 AM GMT+2", "s.oconnor@example.org", "Siobhán", "O'Connor", "IHK Kassel-Marburg",
         "Business", QUALI, ANERK, "", "", "", "No"],
        ["2023/11/01 10:00:00 AM GMT+1", "olena.kovalenko@example.org", "Олена", "Коваленко",
         "Ukrainischer Verein Eschwege e. V.", "Volunteering", SPRACH, "", "", "Vegan", "Yes", "Yes"],
    ]  # fmt: skip


GOOGLE_DE = [
    "Zeitstempel", "E-Mail-Adresse", "Punktzahl", "Vor- und Nachname", "Organisation",
    "Welche Arbeitsgruppen interessieren Sie? (Reihenfolge = Priorität)", "Newsletter", "Anmerkungen",
]  # fmt: skip


def google_rows_de() -> list[list[Any]]:
    """The responses sheet of a German account (quiz settings on, hence "Punktzahl")."""
    return [
        GOOGLE_DE,
        ["12.10.2023 14:15:33", "Amina.Haddad@example.org", "", "Dr. Amina Haddad", "Caritasverband Werra-Meißner",
         f"{ANERK}, {SPRACH}", "Ja, gerne", "Ich komme mit dem Zug; bitte \"vegetarisch\"."],
        ["13.10.2023 09:05:00", "j.mueller@jobcenter-wmk.example", "", "Jörg Müller", "Jobcenter Werra-Meißner",
         f"{QUALI}, {ANERK}, {SPRACH}", "Nein", ""],
        ["14.10.2023 18:30:12", "m.alahmad@example.org", "", "محمد الأحمد", "Willkommen in Eschwege e. V.",
         SPRACH, "Ja, gerne", "Bitte mit Dolmetschen (Arabisch)\nDanke!"],
    ]  # fmt: skip


def google_csv(rows: Sequence[Sequence[Any]]) -> bytes:
    """Sheets' CSV download: commas, minimal quoting, CRLF, UTF-8 without a byte-order mark."""
    output = io.StringIO()
    csv.writer(output, lineterminator="\r\n").writerows(rows)
    return output.getvalue().encode("utf-8")


def write_google_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> None:
    """Sheets' "Download > Microsoft Excel": sheet "Formularantworten 1", timestamps as dates."""
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = "Formularantworten 1"
    for number, row in enumerate(rows):
        values = list(row)
        if number:
            values[0] = dt.datetime.strptime(values[0], "%d.%m.%Y %H:%M:%S")
        worksheet.append(values)
    for cell in worksheet["A"][1:]:
        cell.number_format = "dd.mm.yyyy hh:mm:ss"
    workbook.save(path)


def main() -> None:
    """Write every export into this folder."""
    write_pretix_xlsx(HERE / "pretix-bestelldaten.xlsx")
    positions = pretix_positions_en()
    (HERE / "pretix-positions-commas.csv").write_bytes(pretix_csv(positions, "default"))
    (HERE / "pretix-positions-excel.csv").write_bytes(pretix_csv(positions, "excel"))
    (HERE / "pretix-positions-semicolons.csv").write_bytes(pretix_csv(positions, "semicolon"))
    (HERE / "limesurvey-codes.csv").write_bytes(limesurvey_codes_full_answers())
    (HERE / "limesurvey-volltext.csv").write_bytes(limesurvey_full_text_de())
    (HERE / "limesurvey-code-text-antwortcodes.csv").write_bytes(limesurvey_code_and_text_codes())
    (HERE / "limesurvey-nur-codes.csv").write_bytes(limesurvey_bare_codes())
    write_ms_forms_xlsx(HERE / "msforms-de.xlsx", ms_forms_rows_de())
    write_ms_forms_xlsx(HERE / "msforms-en.xlsx", ms_forms_rows_en(), sheet="Sheet1")
    (HERE / "google-en.csv").write_bytes(google_csv(google_rows_en()))
    (HERE / "google-de.csv").write_bytes(google_csv(google_rows_de()))
    write_google_xlsx(HERE / "google-de.xlsx", google_rows_de())


if __name__ == "__main__":
    main()
