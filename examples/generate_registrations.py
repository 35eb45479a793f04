"""Generate the example registration files (fictional people) for the Eschwege and Höxter examples.

    python examples/generate_registrations.py

Seeded, so the files come out the same every time; they are committed next to
this script. What they contain, on purpose:

* ``anmeldungen-eschwege-forms.xlsx`` – a Microsoft Forms export (German): a
  public form, so the tool's own "E-Mail" column says "anonymous" and the
  address comes from the question; the ranking answer is "A;B;C;".
* ``anmeldungen-eschwege-liste.xlsx`` – the hand-made list of the office:
  title rows (merged), a blank row, "Name, Vorname", three wish columns written
  as people do ("AG 2", "Sprache", "3"), phone registrations without e-mail, a
  hidden empty helper column and a hidden column with notes, a totals row and a
  footnote; some people also registered by form (duplicates).
* ``anmeldungen-eschwege-google.csv`` – a Google Forms export (German, UTF-8,
  comma): checkbox answers joined by ", ", two registrations after the deadline,
  one person who sent the form twice.
* ``anmeldungen-hoexter-pretix.xlsx`` – pretix order data in German with the
  sheets "Bestellungen", "Bestellzeilen" and "Gebühren"; a booker who bought
  tickets for colleagues, cancelled and expired orders, and multiple choice as
  one Ja/Nein column per option ("Frage – Option").

Every file has a few bad rows (an invalid e-mail address, a row without a name)
so that the rejects spreadsheet has something to show.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import unicodedata
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
SEED = 2023

TOPICS = ["Spracherwerb", "Qualifizierung und Ausbildung", "Anerkennung von Abschlüssen"]
HOEXTER_TOPICS = [
    "Interkommunales Kommunikations- und Steuerungskonzept",
    "Arbeit und Wirtschaft",
    "Bürgerliches Engagement und politische Partizipation",
    "Integration durch Kultur, Sport und Freizeit",
]

FIRST_LAST = [
    # German, with umlauts, ß and particles
    ("Jörg", "Müller"),
    ("Käthe", "Groß"),
    ("Hans-Peter", "Zöllner"),
    ("Ursula", "von der Heyde"),
    ("Björn", "Schäfer"),
    ("Ingrid", "Weißenborn"),
    ("Jürgen", "Köhler"),
    ("Sabine", "Hoffmann"),
    ("Thomas", "Becker"),
    ("Anja", "Krüger"),
    ("Frank", "Wagner"),
    ("Monika", "Schröder"),
    ("Stefan", "Fuchs"),
    ("Claudia", "Löffler"),
    ("Matthias", "Hartung"),
    ("Petra", "Dietrich"),
    ("Michael", "Schulze"),
    ("Heike", "Brückner"),
    ("Uwe", "Lange"),
    ("Birgit", "Hübner"),
    ("Dieter", "Rößler"),
    ("Gabriele", "Nüßlein"),
    ("Lukas", "Sommer"),
    ("Lea", "Engel"),
    ("Jonas", "Wolff"),
    ("Marie", "Vogel"),
    ("Tim", "Günther"),
    ("Johanna", "zu Solms"),
    # Turkish
    ("Ayşe", "Yılmaz"),
    ("Mehmet", "Öztürk"),
    ("Emre", "Çelik"),
    ("Fatma", "Şahin"),
    ("Selin", "Kaya"),
    ("Murat", "Doğan"),
    ("Zeynep", "Aydın"),
    ("Hakan", "Arslan"),
    # Arabic (Syria, Iraq, Lebanon), one in Arabic script
    ("Amina", "Haddad"),
    ("Mohammed", "Al-Hassan"),
    ("Rania", "Khalil"),
    ("Omar", "Nasser"),
    ("Layla", "Mansour"),
    ("Yousef", "Darwish"),
    ("Nour", "El-Sayed"),
    ("Khaled", "Ibrahim"),
    ("Huda", "Saleh"),
    ("محمد", "العلي"),
    # Persian / Dari, one in Persian script
    ("Sara", "Rezaei"),
    ("Dariush", "Ahmadi"),
    ("Maryam", "Hosseini"),
    ("Reza", "Karimi"),
    ("Shirin", "Moradi"),
    ("Zahra", "Sultani"),
    ("Farid", "Noori"),
    ("مریم", "رضایی"),
    # Ukrainian, one in Cyrillic
    ("Oksana", "Shevchenko"),
    ("Dmytro", "Kovalenko"),
    ("Olena", "Bondarenko"),
    ("Andriy", "Melnyk"),
    ("Iryna", "Tkachenko"),
    ("Olha", "Kravchenko"),
    ("Олена", "Коваленко"),
    # Eritrea, Afghanistan, Kurdistan, Poland, Italy, Russian-German, West Africa
    ("Tesfay", "Gebremedhin"),
    ("Senait", "Tesfamariam"),
    ("Ahmad Shah", "Rahimi"),
    ("Rojda", "Demir"),
    ("Berivan", "Aslan"),
    ("Agnieszka", "Nowak"),
    ("Giulia", "Romano"),
    ("Waldemar", "Fischer"),
    ("Natalia", "Schmidt"),
    ("Aminata", "Diallo"),
    ("Kwame", "Mensah"),
    ("D'Andre", "O'Neill"),
]
EXTRA_FIRST = [
    "Anna",
    "Lena",
    "Paul",
    "Felix",
    "Ali",
    "Hassan",
    "Mariam",
    "Nadia",
    "Ivan",
    "Svitlana",
    "Kemal",
    "Elif",
    "Samir",
    "Ruth",
    "Klaus",
    "Ute",
    "Karin",
    "Rolf",
    "Yasmin",
    "Bilal",
    "Helga",
    "Ömer",
]
EXTRA_LAST = [
    "Schneider",
    "Weber",
    "Meyer",
    "Richter",
    "Klein",
    "Wolf",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Hofmann",
    "Hartmann",
    "Yıldız",
    "Polat",
    "Hamdan",
    "Jaber",
    "Sadeghi",
    "Petrenko",
    "Lysenko",
    "Berhane",
    "Haidari",
    "König",
    "Jäger",
    "Bauer",
]

ORGANISATIONS = [
    ("Jobcenter Werra-Meißner", "Verwaltung", "Integrationsfachkraft"),
    ("Agentur für Arbeit Bad Hersfeld-Fulda", "Verwaltung", "Berufsberatung"),
    ("IHK Kassel-Marburg", "Wirtschaft", "Ausbildungsberatung"),
    ("Handwerkskammer Kassel", "Wirtschaft", "Willkommenslotse"),
    ("Ausländerbeirat Eschwege", "Politik", "Vorsitz"),
    ("Caritasverband Nordhessen-Kassel", "Wohlfahrtsverband", "Migrationsberatung (MBE)"),
    ("Diakonisches Werk Werra-Meißner", "Wohlfahrtsverband", "Flüchtlingssozialarbeit"),
    ("Volkshochschule Werra-Meißner", "Bildung", "Fachbereich Deutsch als Fremdsprache"),
    ("Kreisverwaltung Werra-Meißner-Kreis, Fachdienst Migration", "Verwaltung", "Sachbearbeitung"),
    ("Kreisstadt Eschwege", "Verwaltung", "Integrationsbeauftragte"),
    ("Berufliche Schulen Eschwege", "Bildung", "Lehrkraft InteA"),
    ("IQ Netzwerk Hessen – Anerkennungsberatung", "Bildung", "Anerkennungsberatung"),
    ("Jugendmigrationsdienst Eschwege", "Wohlfahrtsverband", "Beratung"),
    ("AWO Werra-Meißner", "Wohlfahrtsverband", "Quartiersmanagement"),
    ("DRK Kreisverband Eschwege", "Wohlfahrtsverband", "Ehrenamtskoordination"),
    ("Flüchtlingshilfe Eschwege e.V.", "Zivilgesellschaft", "Vorstand"),
    ("Willkommensnetz Sontra", "Ehrenamt", "ehrenamtlich"),
    ("Syrischer Kulturverein Werra e.V.", "Migrantenorganisation", "Vorstand"),
    ("Werratal Metallbau GmbH", "Wirtschaft", "Personalleitung"),
    ("Pflegedienst Sonnenschein", "Wirtschaft", "Pflegedienstleitung"),
    ("Bäckerei Hildebrandt", "Wirtschaft", "Inhaberin"),
    ("Elektro Schäfer GmbH & Co. KG", "Wirtschaft", "Ausbildungsleitung"),
    ("Klinikum Werra-Meißner", "Wirtschaft", "Personalentwicklung"),
    ("", "Menschen mit Fluchtgeschichte", ""),
    ("", "Ehrenamt", "ehrenamtlich"),
]
DIETS = ["", "", "", "", "vegetarisch", "vegan", "halal", "kein Schweinefleisch", "laktosefrei"]
LANGUAGES = ["", "", "", "", "", "", "Arabisch", "Farsi/Dari", "Ukrainisch", "Tigrinya", "Kurdisch (Kurmancî)"]


def _ascii(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "ç": "c", "ğ": "g"})
    plain = unicodedata.normalize("NFKD", text.lower().translate(table)).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain if ch.isalnum() or ch in ".-") or "person"


class People:
    """A seeded supply of distinct fictional people."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        listed = list(FIRST_LAST)
        rng.shuffle(listed)
        combined = [(f, la) for f in EXTRA_FIRST for la in EXTRA_LAST]
        rng.shuffle(combined)
        self.names = listed + combined
        self.used = 0

    def next(self) -> dict[str, object]:
        first, last = self.names[self.used]
        self.used += 1
        organisation, sector, function = self.rng.choice(ORGANISATIONS)
        domain = _ascii(organisation.split(" ")[0]) + ".example" if organisation else "example.org"
        local = f"{_ascii(first)}.{_ascii(last)}".replace("..", ".").strip(".")
        if not local or local == "person.person" or not any(c.isalpha() for c in local):
            local = f"person{self.used}"
        wishes = self.rng.sample(TOPICS, 3)
        return {
            "first": first,
            "last": last,
            "email": f"{local}@{domain}",
            "organisation": organisation,
            "sector": sector,
            "function": function,
            "wishes": wishes,
            "follow_up": self.rng.random() < 0.4,
            "newsletter": self.rng.random() < 0.55,
            "diet": self.rng.choice(DIETS),
            "language": self.rng.choice(LANGUAGES),
            "accessibility": "Rollstuhl" if self.rng.random() < 0.04 else "",
            "photo": self.rng.random() < 0.8,
        }


def _moment(rng: random.Random, start: dt.datetime, days: int) -> dt.datetime:
    return start + dt.timedelta(seconds=rng.randrange(days * 86_400))


def _yes(flag: bool) -> str:
    return "Ja" if flag else "Nein"


def write_forms(path: Path, people: list[dict[str, object]], rng: random.Random) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Form1"
    sheet.append(
        [
            "ID",
            "Startzeit",
            "Fertigstellungszeit",
            "E-Mail",
            "Name",
            "Zeitpunkt der letzten Änderung",
            "Vorname",
            "Nachname",
            "E-Mail-Adresse",
            "Organisation / Institution",
            "In welchem Bereich sind Sie tätig?",
            "Funktion",
            "Welche Arbeitsgruppen möchten Sie besuchen? Bitte bringen Sie die Themen in Ihre Reihenfolge.",
            "Möchten Sie im Arbeitskreis (Frühjahr 2024) mitarbeiten?",
            "Möchten Sie unseren Newsletter erhalten?",
            "Ernährung",
            "Benötigen Sie Unterstützung zur Barrierefreiheit?",
            "Benötigen Sie eine Übersetzung? Wenn ja, in welche Sprache?",
            "Dürfen wir Fotos von Ihnen veröffentlichen?",
        ]
    )
    moments = sorted(_moment(rng, dt.datetime(2023, 9, 25, 8), 35) for _ in people)
    for number, (person, done) in enumerate(zip(people, moments, strict=True), start=1):
        start = done - dt.timedelta(seconds=rng.randrange(60, 600))
        sheet.append(
            [
                number,
                start,
                done,
                "anonymous",
                "",
                None,
                person["first"],
                person["last"],
                person["email"],
                person["organisation"],
                person["sector"],
                person["function"],
                "".join(f"{w};" for w in person["wishes"]),  # type: ignore[attr-defined]
                _yes(bool(person["follow_up"])),
                _yes(bool(person["newsletter"])),
                person["diet"],
                person["accessibility"],
                person["language"],
                _yes(bool(person["photo"])),
            ]
        )
    for column in ("B", "C"):
        for cell in sheet[column][1:]:
            cell.number_format = "dd.mm.yyyy hh:mm:ss"
    workbook.save(path)


_WISH_STYLES = [
    lambda w: w,
    lambda w: f"AG {TOPICS.index(w) + 1}",
    lambda w: str(TOPICS.index(w) + 1),
    lambda w: w.split(" ")[0],
    lambda w: w.lower(),
]


def write_list(path: Path, people: list[dict[str, object]], rng: random.Random) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Anmeldungen"
    sheet["A1"] = "Anmeldungen Integrationskonferenz 2023 – Zuwanderung als Chance"
    sheet.merge_cells("A1:K1")
    sheet["A2"] = "telefonische und schriftliche Anmeldungen, Stand 30.10.2023"
    sheet.merge_cells("A2:K2")
    headers = [
        "Nr.",
        "Name, Vorname",
        "Institution / Träger",
        "Sektor",
        "E-Mail",
        "Telefon",
        "Themenwunsch 1",
        "Themenwunsch 2",
        "Themenwunsch 3",
        "Arbeitskreis ja/nein",
        "Bemerkungen",
        "",
        "interne Notiz",
    ]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=4, column=column, value=header or None)
    row = 5
    for number, person in enumerate(people, start=1):
        style = rng.choice(_WISH_STYLES)
        wishes = [style(w) for w in person["wishes"]]  # type: ignore[attr-defined]
        phone = f"05651 {rng.randrange(100000, 999999)}" if rng.random() < 0.6 else ""
        values = [
            number,
            f"{person['last']}, {person['first']}" if person["first"] else "",
            person["organisation"],
            person["sector"],
            person["email"],
            phone,
            *wishes,
            rng.choice(["ja", "x", "nein", "", "Ja"]) if person["follow_up"] else rng.choice(["nein", ""]),
            person.get("note", ""),
            None,
            person.get("internal", None),
        ]
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value if value != "" else None)
        row += 1
    row += 1
    sheet.cell(row=row, column=1, value=f"=COUNTA(B5:B{row - 2})")
    sheet.cell(row=row, column=2, value="Summe")
    sheet.cell(row=row + 2, column=1, value="Nachmeldungen bitte an Frau Lindner weitergeben.")
    sheet.column_dimensions["L"].hidden = True
    sheet.column_dimensions["M"].hidden = True
    workbook.save(path)


def write_google(path: Path, rows: list[tuple[dt.datetime, dict[str, object]]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "Zeitstempel",
                "E-Mail-Adresse",
                "Vorname",
                "Nachname",
                "Organisation",
                "Bereich",
                "Welche Arbeitsgruppen interessieren Sie? (Mehrfachauswahl)",
                "Interesse am Arbeitskreis 2024",
                "Newsletter",
                "Besondere Bedarfe beim Essen",
            ]
        )
        for moment, person in rows:
            writer.writerow(
                [
                    moment.strftime("%d.%m.%Y %H:%M:%S"),
                    person["email"],
                    person["first"],
                    person["last"],
                    person["organisation"],
                    person["sector"],
                    ", ".join(person["wishes"][:2]),  # type: ignore[index]
                    "Ja, gerne" if person["follow_up"] else "Nein",
                    "Ja" if person["newsletter"] else "Nein",
                    person["diet"],
                ]
            )


def write_pretix(path: Path, rng: random.Random) -> None:
    """pretix's "Order data" as "Kombiniertes Excel" in German: the sheets, headings and values as pretix writes
    them (name scheme title/given/family name, a multiple-choice question as one Ja/Nein column per option)."""
    people = People(random.Random(SEED + 17))
    workbook = Workbook()
    orders = workbook.active
    orders.title = "Bestellungen"
    positions = workbook.create_sheet("Bestellzeilen")
    fees = workbook.create_sheet("Gebühren")
    orders.append(["Bestellnummer", "Gesamtbetrag", "Status", "E-Mail", "Bestelldatum", "Bestelluhrzeit"])
    fees.append(["Bestellnummer", "Status", "E-Mail", "Bestelldatum", "Art der Gebühr", "Preis"])
    question = "Welche Themenräume möchten Sie besuchen?"
    positions.append(
        [
            "Bestellnummer",
            "Position",
            "Status",
            "E-Mail",
            "Bestelldatum",
            "Bestelluhrzeit",
            "Produkt",
            "Preis",
            "Name Teilnehmer*in",
            "Name Teilnehmer*in: Titel",
            "Name Teilnehmer*in: Vorname",
            "Name Teilnehmer*in: Nachname",
            "E-Mail Teilnehmer*in",
            "Teilnehmer*innen-Firma",
            *(f"{question} – {topic}" for topic in HOEXTER_TOPICS),
            "Newsletter",
            "Verkaufskanal",
        ]
    )
    moment = dt.datetime(2017, 10, 2, 9, 0)
    for order_number in range(1, 37):
        code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
        status = "bezahlt"
        if order_number in (7, 23):
            status = "storniert"
        elif order_number == 31:
            status = "abgelaufen"
        moment += dt.timedelta(hours=rng.randrange(3, 30), minutes=rng.randrange(60))
        attendees = [people.next() for _ in range(3 if order_number == 5 else 1)]
        booker = attendees[0]["email"] if order_number != 5 else "sekretariat@kreis-hoexter.example"
        date, time = moment.strftime("%Y-%m-%d"), moment.strftime("%H:%M:%S")
        orders.append([code, 0, status, booker, date, time])
        for position, person in enumerate(attendees, start=1):
            title = "Dr." if rng.random() < 0.1 else ""
            chosen = rng.sample(HOEXTER_TOPICS, rng.choice([1, 2, 2, 3]))
            attendee_email = person["email"] if not (order_number == 5 and position == 3) else ""
            if order_number == 12:
                attendee_email = "b.krause@stadt-hoexter"
            positions.append(
                [
                    code,
                    position,
                    status,
                    booker,
                    date,
                    time,
                    "Teilnahme (kostenfrei)",
                    0,
                    " ".join(p for p in (title, str(person["first"]), str(person["last"])) if p),
                    title,
                    person["first"],
                    person["last"],
                    attendee_email,
                    person["organisation"].replace("Werra-Meißner", "Höxter").replace("Eschwege", "Höxter"),  # type: ignore[union-attr]
                    *("Ja" if topic in chosen else "Nein" for topic in HOEXTER_TOPICS),
                    "Ja" if person["newsletter"] else "Nein",
                    "web",
                ]
            )
    workbook.save(path)


def main() -> None:
    rng = random.Random(SEED)
    supply = People(rng)
    forms_people = [supply.next() for _ in range(92)]
    forms_people[17]["email"] = "m.schneider@web"  # no top-level domain: rejected
    list_people = [supply.next() for _ in range(30)]
    for person in list_people[:4]:
        person["email"] = ""  # registered by phone
        person["note"] = "telefonisch angemeldet"
    list_people[9]["email"] = "k.weber(at)diakonie-wmk.example"  # rejected
    list_people[12]["first"], list_people[12]["last"] = "", ""  # no name: rejected
    list_people[20]["internal"] = "Rechnung an Träger"
    again = [dict(forms_people[i]) for i in (3, 28, 55)]
    again[0]["organisation"] = "Jobcenter Werra-Meißner, Standort Witzenhausen"
    list_people[5:5] = again
    list_people[21]["note"] = "kommt mit Kinderwagen"
    google_people = [supply.next() for _ in range(20)]
    google_people[8]["email"] = "lena.schulz@@gmx.example"  # rejected
    google_rows = [(_moment(rng, dt.datetime(2023, 10, 5, 8), 25), person) for person in google_people]
    google_rows += [
        (dt.datetime(2023, 11, 1, 9, 12, 44), supply.next()),  # after the deadline of 31 October
        (dt.datetime(2023, 11, 2, 18, 3, 10), supply.next()),
    ]
    twice = dict(google_people[2])
    twice["wishes"] = list(reversed(twice["wishes"]))  # type: ignore[call-overload]
    google_rows.append((google_rows[2][0] + dt.timedelta(days=2), twice))  # sent the form twice
    changed = dict(forms_people[40])
    changed["wishes"] = ["Anerkennung von Abschlüssen", "Spracherwerb", "Qualifizierung und Ausbildung"]
    google_rows.append((dt.datetime(2023, 10, 30, 16, 45, 2), changed))  # changed their mind after the form
    google_rows.sort(key=lambda item: item[0])
    write_forms(HERE / "anmeldungen-eschwege-forms.xlsx", forms_people, rng)
    write_list(HERE / "anmeldungen-eschwege-liste.xlsx", list_people, rng)
    write_google(HERE / "anmeldungen-eschwege-google.csv", google_rows)
    write_pretix(HERE / "anmeldungen-hoexter-pretix.xlsx", rng)


if __name__ == "__main__":
    main()
