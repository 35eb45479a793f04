"""What a column heading means: the alias table, in German and English, as plain data.

Headings are compared after :func:`fold_header` (lower case, accents and
punctuation removed, "E-Mail" and "e mail" joined to "email"). Each entry of
``ALIASES`` is a target field and a regular expression searched in the folded
heading; the first entry that matches wins, so the specific ones
("E-Mail-Adresse für den Newsletter" is about the newsletter) stand before the
general ones. Ranked wishes capture their rank as the first group.

The exports this table knows by heart (checked against the tools' own source code
and documentation; the tests build files in exactly their layout):

* Microsoft Forms (xlsx from "Open in Excel"): ``ID``, ``Startzeit``/``Start time``,
  ``Fertigstellungszeit`` (older German tenants: ``Abschlusszeit``)/``Completion time``,
  ``E-Mail``/``Email``, ``Name``, ``Zeitpunkt der letzten Änderung``/``Last modified time``,
  then one column per question (quizzes add ``Punkte``/``Points``, ``Feedback``). The
  tool's own ``E-Mail`` and ``Name`` columns hold the signed-in account ("anonymous"
  for public forms), see :data:`FORM_ACCOUNT_COLUMNS`.
* Google Forms (csv or xlsx of the responses sheet): ``Zeitstempel``/``Timestamp``,
  ``E-Mail-Adresse``/``Email Address``, ``Punktzahl``/``Score`` for quizzes, then the
  questions; grids as ``Question [Row]``.
* LimeSurvey (csv, application/helpers/admin/export): heading "code" (``id``,
  ``submitdate``, ``lastpage``, ``startlanguage``, ``seed``, ``startdate``, ``datestamp``,
  ``ipaddr``, ``refurl``, ``token``, participant ``firstname``/``lastname``/``email``,
  question codes such as ``G01Q03`` and ``G02Q01[SQ001]``), "full" (``Response ID``/
  ``Antwort ID``, ``Date submitted``/``Datum Abgeschickt`` ... and the question texts,
  ranking as ``Question [Rank 1]``/``[Rang 1]``) or "code and text" (``G01Q03. Text``).
* pretix "Order data" (pretix/base/exporters/orderlist.py; xlsx sheets "Orders"/
  "Bestellungen", "Order positions"/"Bestellzeilen", "Order fees"/"Gebühren", or one
  sheet as CSV): ``Event slug``, ``Order code``/``Bestellnummer``, ``Position ID``/
  ``Position``, ``Status``, ``Email`` (the booker), ``Order date``/``Bestelldatum``,
  ``Order time``/``Bestelluhrzeit``, ``Attendee name``/``Name Teilnehmer*in`` with its
  parts ("Attendee name: Given name"/"Name Teilnehmer*in: Vorname"), ``Attendee email``/
  ``E-Mail Teilnehmer*in``, ``Company``/``Attendee company``/``Teilnehmer*innen-Firma``,
  questions by their text (multiple choice as "Question – Option" with Yes/No or
  Ja/Nein), then the invoice address ("Invoice address name"/"Rechnungsadresse: Name").
* Hand-made lists: "Vorname", "Nachname", "Name, Vorname", "Organisation",
  "Träger", "Bereich", "Themenwunsch 1", "Erstwunsch", "AG-Wunsch",
  "Arbeitskreis ja/nein", "Newsletter", "Essen", "Barrierefreiheit", ...
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "ALIASES",
    "FORM_ACCOUNT_COLUMNS",
    "META_FIELDS",
    "ORDINALS",
    "PRETIX_MARKERS",
    "PRETIX_META",
    "code_and_text",
    "fold_header",
    "match_alias",
]

#: Folded headings of bookkeeping columns: form tool metadata, tickets, payment and address data.
# fmt: off
_META_WORDS = (
    # numbering and Microsoft Forms
    "id", "nr", "lfd nr", "laufende nummer", "no", "number", "startzeit", "start time",
    "zeitpunkt der letzten anderung", "last modified time", "punkte", "points", "total points", "gesamtpunktzahl",
    "feedback", "quiz feedback",
    # Google Forms quizzes
    "punktzahl", "score", "total score",
    # LimeSurvey standard columns, as codes and as texts in English and German
    "antwort id", "response id", "lastpage", "letzte seite", "last page", "startlanguage", "start sprache",
    "start language", "seed", "zufallsstartwert", "startdate", "datum gestartet", "date started", "datestamp",
    "datum letzte aktivitat", "date last action", "ipaddr", "ip adresse", "ip address", "refurl", "referrer url",
    "referring url", "token", "token id", "access code", "zugangscode", "zugangsschlussel", "interviewtime",
    "gesamtzeit",
    # pretix order data (English and German)
    "event slug", "kurzname der veranstaltung", "event name", "veranstaltungstitel", "position id", "positions id",
    "positionsnummer", "order total", "gesamtbetrag", "ticket secret", "ticket code", "pseudonymization id",
    "pseudonyme id", "sales channel", "verkaufskanal", "order locale", "bestellsprache", "sprache der bestellung",
    "product", "produkt", "product id", "produkt id", "variation", "variante", "variation id", "varianten id",
    "price", "preis", "tax rate", "steuersatz", "tax rule", "steuerregel", "tax value", "steuer", "steuerbetrag",
    "voucher", "gutschein", "voucher budget usage", "verwendetes gutscheinbudget", "voucher tag", "gutschein tag",
    "seat id", "sitzplatz id", "seat name", "sitzbezeichnung", "seat zone", "sitzbereich", "seat row", "sitzreihe",
    "seat number", "sitzplatz", "blocked", "gesperrt", "valid from", "gultig ab", "valid until", "gultig bis",
    "follow up date", "datum zur wiedervorlage", "add on to position id", "zusatzprodukt zu position",
    "check in lists", "check in listen", "position order link", "link zur bestellposition", "order link",
    "bestell link", "email address verified", "e mail address verified", "email adresse verifiziert",
    "external customer id", "externe kundennummer", "payment providers", "zahlungsmethoden",
    "requires special attention", "benotigt besondere behandlung", "check in text", "check in hinweis", "fees",
    "gebuhren", "date of last payment", "datum der letzten zahlung", "phone number verified",
    # konferenz's own participants listing: its bookkeeping, which the next event works out anew
    "nach anmeldeschluss", "late", "namensschild nr", "badge no", "quelldatei", "source file", "quellzeile",
    "source row", "weitere angaben unverandert", "further answers kept as they are",
    # addresses (kept per participant, not a field of their own)
    "address", "adresse", "anschrift", "strasse", "street", "street address", "zip code", "postleitzahl", "plz",
    "postal code", "city", "ort", "stadt", "wohnort", "country", "land", "state", "bundesstaat", "bundesland",
    "custom address field", "zusatzliches adressfeld", "vat id", "ust id nr",
)
# fmt: on

_NEGATION = r"\b(nicht|kein|keine|keinesfalls|not|don t|do not)\b"
_PHOTO = r"(foto|photo|bildaufnahme|bild und ton|bildrechte|filmaufnahme|aufnahmen)"
_LISTED = (
    r"(teilnehm\w*( innen)? ?liste|teilnehmer innenliste|participants? list|list of participants|attendee list"
    r"|namensliste|namensnennung|nennung (meines|ihres|des|der) namens|veroffentlich|publish"
    r"|list (me|you|my name)|name(n)? (nennen|genannt|erscheint|erscheinen|steht|stehen)"
    # the participants listing konferenz itself writes: "Auf Listen erlaubt", "On lists"
    r"|auf (der |den )?listen?\b|\bon (the )?lists?\b)"
)

#: (target field, pattern on the folded heading), in order of precedence.
ALIASES: tuple[tuple[str, str], ...] = (
    # Our own rejects spreadsheet: its reason column is not data.
    ("ignore", r"^(ablehnungsgrund|grund der ablehnung|rejection reason|reason for rejection|import hinweis)$"),
    # Bookkeeping columns of the form tools (kept as extra data, never interpreted).
    ("meta", r"^(" + "|".join(_META_WORDS) + r")$"),
    ("meta", r"^(attribute|attribut) \d+$"),
    # Salutations ("Name Teilnehmer*in: Anrede") are kept, never read as the name.
    ("meta", r"(^| )(anrede|salutation|calling name|latin transcription|lateinische umschrift)$"),
    ("order_code", r"^(order code|bestellnummer|bestellcode|buchungsnummer|booking reference)$"),
    ("booker", r"(invoice|rechnung)"),
    ("completed_at", r"^(submitdate|datum abgeschickt|date submitted|abgeschickt am|submitted)$"),
    ("registered_time", r"^(order time|bestellzeit|bestelluhrzeit|uhrzeit|anmeldezeit|time)$"),
    (
        "registered_at",
        r"^(zeitstempel|timestamp|fertigstellungszeit|abschlusszeit|completion time|anmeldedatum|anmeldezeitpunkt"
        r"|anmeldung am|angemeldet am|eingang|eingegangen am|eingangsdatum|registriert am|registration date"
        r"|registration time|registered at|date of registration|order date|bestelldatum|datum der bestellung"
        r"|datum der anmeldung|datum|date)$",
    ),
    ("status", r"^(status|bestellstatus|order status|anmeldestatus|registration status)$"),
    # A withdrawn consent (konferenz's own listing: "Newsletter-Widerruf am") takes the newsletter away.
    ("newsletter_withdrawn", r"(newsletter|rundbrief).*(widerruf|withdrawn|abgemeldet|abmeldung|unsubscribed)"),
    ("meta", r"^(newsletter einwilligung am|newsletter consent at)$"),
    ("newsletter", r"(newsletter|rundbrief|rundmail|infomail|mailingliste|mailing list|e news)"),
    # A question asked the other way round ("Ich möchte NICHT auf der Teilnehmerliste stehen"):
    # a tick there is a no. These stand before the plain consent questions they contain.
    ("photo_refusal", rf"{_NEGATION}.*{_PHOTO}"),
    ("photo_consent", _PHOTO),
    ("list_refusal", rf"{_NEGATION}.*{_LISTED}|{_LISTED}.*\b(nicht|not)\b"),
    ("list_consent", _LISTED),
    (
        "workgroups_opt_out",
        r"(nur plenum|nur am plenum|keine arbeitsgruppe|ohne arbeitsgruppe|plenary only|no workgroup)",
    ),
    (
        "follow_up",
        r"(arbeitskreis|weiterarbeit|weiter mitarbeiten|follow up|followup|nachtreffen|folgetreffen"
        r"|mitarbeit in|working group 2|weitere treffen|further meetings|stay involved)",
    ),
    (
        "diet",
        r"(\bessen|ernahrung|verpflegung|speise|diat|vegetar|vegan|diet|food|meal|catering|unvertraglich|allergi"
        r"|mittagessen|lunch)",
    ),
    (
        "accessibility",
        r"(barriere|rollstuhl|accessib|wheelchair|mobilitat|assistenz|behinderung|disabilit|unterstutzungsbedarf"
        r"|besondere bedarf|special needs|induktionsschleife|gebardensprache|sign language)",
    ),
    ("interpreter_language", r"(dolmetsch|ubersetz|sprachmittl|interpret|translat|\bsprache\b|\blanguage\b)"),
    # Ranked wishes: "Themenwunsch 1", "1. Wunsch", "Erstwunsch", "First choice", "[Rang 1]".
    (
        "preference_rank",
        r"^(?:.*?)(?:wunsch|wahl|prioritat|priority|preference|praferenz|choice|rang|rank)\s*(\d{1,2})$",
    ),
    ("preference_rank", r"^(\d{1,2})\s*(?:wunsch|wahl|prioritat|priority|praferenz|preference|choice)\b"),
    (
        "preference_rank",
        r"^(?:\w+ )?"
        r"(erst|zweit|dritt|viert|funft|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
        r"\w*\s*(?:wunsch|wahl|prioritat|praferenz|choice|preference)",
    ),
    ("preference_rank", r"\[(?:rang|rank|platz|position)\s*(\d{1,2})\]$"),
    # Grid rows of Google Forms: "Please rank the workgroups [First choice]", "Themen [2. Wunsch]".
    (
        "preference_rank",
        r"\[(?:\w+ )?(erst|zweit|dritt|viert|funft|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\w*"
        r"(?: (?:wunsch|wahl|prioritat|priority|choice|preference|praferenz))?\]$",
    ),
    ("preference_rank", r"\[(\d{1,2}) (?:wunsch|wahl|prioritat|priority|choice|preference|praferenz)\]$"),
    (
        "preference_rank",
        r"(?:wunsch|thema|themen|arbeitsgruppe|\bag\b|workshop|topic|ranking|rangfolge|reihenfolge|ordnen|sortieren"
        r"|prioris|workgroup).*\[(\d{1,2})\]$",
    ),
    (
        "title",
        r"^(titel|akademischer titel|title|attendee name title|name titel|teilnehmer name titel"
        r"|name teilnehmer in titel)$",
    ),
    (
        "name_last_first",
        r"^(name vorname|nachname vorname|familienname vorname|last name first name|surname first name"
        r"|surname given name|name vorname teilnehmer|teilnehmer name vorname)$",
    ),
    (
        "organisation_type",
        r"(art der (organisation|einrichtung|institution)|organisationstyp|organisationsart|tragerart|art des tragers"
        r"|type of organi[sz]ation|organi[sz]ation type)",
    ),
    ("name", r"^(name )?(vor und (nach|zu)name|vorname nachname|first and last name|first name last name)$"),
    ("first_name", r"(vorname|first name|firstname|given name|rufname|forename|vornamen)"),
    ("last_name", r"(nachname|familienname|last name|lastname|surname|family name|zuname)"),
    (
        "organisation",
        r"(organisation|organization|institution|trager|einrichtung|firma|unternehmen|betrieb|arbeitgeber|company"
        r"|affiliation|verein|behorde|dienststelle|verband|employer|kommune|dienstelle|initiative|schule)",
    ),
    (
        "sector",
        r"(bereich|sektor|sector|arbeitsfeld|handlungsfeld|tatigkeitsfeld|akteursgruppe|stakeholder|zugehorigkeit"
        r"|ich komme aus|ich bin|welcher gruppe|kategorie|category)",
    ),
    ("function", r"(funktion|rolle|\brole\b|position|\bjob\b|tatigkeit|beruf|\bstelle\b|function|\bamt\b)"),
    ("phone", r"(telefon|phone|\btel\b|handy|mobil|rufnummer|telephone|\bfon\b)"),
    ("email", r"(email|\bmail\b|mailadresse|e post)"),
    (
        "name",
        r"^(name|vollstandiger name|vor und nachname|vor und zuname|full name|your name|ihr name|teilnehmer"
        r"|teilnehmerin|teilnehmer in|teilnehmende|teilnehmer innen|person|attendee|attendee name"
        r"|name des teilnehmers|name der teilnehmerin|name des der teilnehmenden|teilnehmer name|teilnehmername"
        r"|anmeldung von|name teilnehmer)$",
    ),
    ("name", r"(^| )name( |$)"),
    (
        "notes",
        r"(bemerkung|anmerkung|kommentar|notiz|hinweis|comment|note|remarks|sonstiges|fragen|message|nachricht"
        r"|mitteilung|questions)",
    ),
    (
        "preferences",
        r"(themenwunsch|themenwunsche|ag wunsch|arbeitsgruppe|workshop|themenraum|themenraume|thema|themen|topic"
        r"|workgroup|ranking|rangfolge|reihenfolge|wunsch|wunsche|praferenz|preference|welche ag|session)",
    ),
)

#: Fields whose columns are bookkeeping: kept in ``extra``, never shown as "not recognised".
META_FIELDS = frozenset({"meta", "booker"})

#: The columns Microsoft Forms fills from the signed-in account (exact folded headings).
FORM_ACCOUNT_COLUMNS = {"email": "account_email", "name": "account_name"}

#: Headings that mark a pretix order-data export, where the plain e-mail column is the booker's.
PRETIX_MARKERS = frozenset(
    {
        "order code",
        "bestellnummer",
        "position id",
        "positions id",
        "attendee email",
        "email teilnehmer in",
        "name teilnehmer in",
        "event slug",
        "kurzname der veranstaltung",
    }
)

#: Headings that mean something else in pretix order data: "Position" is the position number,
#: "Date"/"Termin" the date of an event series, "Beginn"/"Ende" its start and end.
PRETIX_META = frozenset(
    {"position", "positionen", "positions", "date", "termin", "start date", "end date", "beginn", "ende"}
)

#: Ordinal words to ranks ("Zweitwunsch" -> 2).
ORDINALS = {
    "erst": 1,
    "first": 1,
    "1st": 1,
    "zweit": 2,
    "second": 2,
    "2nd": 2,
    "dritt": 3,
    "third": 3,
    "3rd": 3,
    "viert": 4,
    "fourth": 4,
    "4th": 4,
    "funft": 5,
    "fifth": 5,
    "5th": 5,
}

_COMPILED = tuple((target, re.compile(pattern)) for target, pattern in ALIASES)
_NON_WORD = re.compile(r"[^0-9a-z\[\]]+")
_EMAIL_WORD = re.compile(r"\be mail")


def fold_header(text: object) -> str:
    """A heading reduced for comparison: "E-Mail-Adresse:" -> "email adresse", "Ernährung" -> "ernahrung"."""
    raw = "" if text is None else str(text)
    decomposed = unicodedata.normalize("NFKD", raw.casefold().replace("ß", "ss"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = " ".join(_NON_WORD.sub(" ", plain).split())
    spaced = spaced.replace("[ ", "[").replace(" ]", "]")
    return _EMAIL_WORD.sub("email", spaced)


_CODE_AND_TEXT = re.compile(r"^(?P<code>[A-Za-z][A-Za-z0-9_]*(?:\[[^\]]*\])*)\.\s+(?P<text>\S.*)$", re.DOTALL)


def code_and_text(heading: str) -> tuple[str, str] | None:
    """LimeSurvey's "question code & question text" heading split: "G01Q03. Ihr Name" -> ("G01Q03", "Ihr Name")."""
    found = _CODE_AND_TEXT.match(heading)
    return (found["code"], found["text"]) if found else None


def match_alias(folded: str) -> tuple[str, int | None] | None:
    """The target field a folded heading stands for, with the rank for ranked wishes; None if unknown."""
    if not folded:
        return None
    for target, pattern in _COMPILED:
        found = pattern.search(folded)
        if found is None:
            continue
        if target == "preference_rank":
            word = found.group(1)
            rank = int(word) if word.isdigit() else ORDINALS.get(word)
            if rank is None or rank < 1:
                continue
            return target, rank
        return target, None
    return None
