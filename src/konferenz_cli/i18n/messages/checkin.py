"""Messages of the check-in at the door."""

MESSAGES = {
    "help.checkin": {
        "de": "Teilnehmende am Einlass einchecken: nach E-Mail, Namensteil oder Badge-Nummer.\n\n"
        "Beispiele: konferenz checkin müller · konferenz checkin 17 · "
        'konferenz checkin "Amina Haddad" --walk-in --organisation "Jobcenter" · '
        "konferenz checkin --undo müller · konferenz checkin --import teilnahmeliste.xlsx · konferenz checkin --live",
        "en": "Check participants in at the door: by e-mail, part of the name or badge number.\n\n"
        "Examples: konferenz checkin muller · konferenz checkin 17 · "
        'konferenz checkin "Amina Haddad" --walk-in --organisation "Jobcentre" · '
        "konferenz checkin --undo muller · konferenz checkin --import sign-in.xlsx · konferenz checkin --live",
    },
    "arg.checkin_query": {
        "de": "E-Mail, Teil des Namens (Groß-/Kleinschreibung und Akzente egal) oder Badge-Nummer; mit --walk-in der Name.",
        "en": "E-mail, part of the name (case and accents do not matter) or badge number; with --walk-in the name.",
    },
    "opt.walk_in": {
        "de": "Jemanden ohne Anmeldung aufnehmen und gleich einchecken (SUCHE ist dann der Name).",
        "en": "Register someone who came without registration and check them in (SEARCH is then the name).",
    },
    "opt.walk_in_organisation": {
        "de": "Organisation der Person (mit --walk-in).",
        "en": "The person's organisation (with --walk-in).",
    },
    "opt.walk_in_email": {
        "de": "E-Mail der Person, freiwillig (mit --walk-in).",
        "en": "The person's e-mail, optional (with --walk-in).",
    },
    "opt.walk_in_sector": {
        "de": "Bereich der Person, z. B. Verwaltung (mit --walk-in).",
        "en": "The person's sector, e.g. administration (with --walk-in).",
    },
    "opt.checkin_undo": {"de": "Einen Check-in zurücknehmen.", "en": "Take a check-in back."},
    "opt.checkin_import": {
        "de": "Eine abgehakte Teilnahmeliste (xlsx/ods, Spalte „Anwesend“ mit x) einlesen.",
        "en": "Read a ticked attendance list (xlsx/ods, column 'Present' with x).",
    },
    "opt.checkin_live": {
        "de": "Einlass-Modus: eine Eingabe pro ankommender Person, bis zu einer leeren Zeile.",
        "en": "Door mode: one entry per arriving person, until an empty line.",
    },
    "opt.checkin_day": {
        "de": "Veranstaltungstag (Standard: heute, wenn die Veranstaltung heute ist, sonst der erste Tag).",
        "en": "Event day (default: today if the event is today, else its first day).",
    },
    "checkin.one_mode": {
        "de": "Bitte nur eines von --walk-in, --undo, --import und --live angeben.",
        "en": "Give only one of --walk-in, --undo, --import and --live.",
    },
    "checkin.query_missing": {
        "de": "Wen soll ich einchecken? Geben Sie E-Mail, Namensteil oder Badge-Nummer an, z. B. konferenz checkin müller.",
        "en": "Whom shall I check in? Give an e-mail, part of the name or a badge number, e.g. konferenz checkin muller.",
    },
    "checkin.not_an_event_day": {
        "de": "Der {day} ist kein Tag dieser Veranstaltung. Möglich: {days}.",
        "en": "{day} is not a day of this event. Choose one of: {days}.",
    },
    "checkin.walk_in_needs_name": {
        "de": 'Für eine Aufnahme vor Ort brauche ich einen Namen, z. B. "Amina Haddad".',
        "en": 'A walk-in needs a name, e.g. "Amina Haddad".',
    },
    "checkin.not_found": {
        "de": "Niemand gefunden für „{query}“. Prüfen Sie die Schreibweise oder nehmen Sie die Person mit --walk-in auf.",
        "en": "Nobody found for '{query}'. Check the spelling or register the person with --walk-in.",
    },
    "checkin.not_found_live": {
        "de": "Niemand gefunden für „{query}“. Prüfen Sie die Schreibweise oder nehmen Sie die Person neu auf: +Vorname Nachname; Organisation",
        "en": "Nobody found for '{query}'. Check the spelling or register the person: +First Last; Organisation",
    },
    "checkin.not_found_badge": {
        "de": "Keine Person mit der Badge-Nummer {query}. Badge-Nummern vergibt „konferenz lists badges“; suchen Sie sonst nach Name oder E-Mail.",
        "en": "Nobody has badge number {query}. Badge numbers are given by 'konferenz lists badges'; otherwise search by name or e-mail.",
    },
    "checkin.several": {
        "de": "{count} Personen passen zu „{query}“:",
        "en": "{count} people match '{query}':",
    },
    "checkin.more_found": {
        "de": "… und {count} weitere. Geben Sie mehr vom Namen ein.",
        "en": "… and {count} more. Type more of the name.",
    },
    "checkin.pick": {"de": "Nummer (Enter = abbrechen)", "en": "Number (Enter = cancel)"},
    "checkin.pick_again": {
        "de": "Bitte eine Zahl von 1 bis {count} eingeben oder Enter zum Abbrechen.",
        "en": "Please type a number from 1 to {count}, or Enter to cancel.",
    },
    "checkin.no_choice": {
        "de": "Niemand ausgewählt, nichts geändert. Geben Sie mehr vom Namen oder die Badge-Nummer ein.",
        "en": "Nobody chosen, nothing changed. Type more of the name or the badge number.",
    },
    "checkin.done": {"de": "✓ Eingecheckt: {name} – {time}", "en": "✓ Checked in: {name} – {time}"},
    "checkin.already": {
        "de": "✓ Bereits eingecheckt: {name} – seit {time}",
        "en": "✓ Already checked in: {name} – since {time}",
    },
    "checkin.walked_in": {
        "de": "✓ Vor Ort aufgenommen und eingecheckt: {name} – {time}",
        "en": "✓ Registered on the spot and checked in: {name} – {time}",
    },
    "checkin.undone": {"de": "Check-in von {name} zurückgenommen.", "en": "Check-in of {name} taken back."},
    "checkin.nothing_to_undo": {
        "de": "{name} war nicht eingecheckt; nichts geändert.",
        "en": "{name} was not checked in; nothing changed.",
    },
    "checkin.status.registered": {"de": "angemeldet", "en": "registered"},
    "checkin.status.waitlisted": {"de": "Warteliste", "en": "waiting list"},
    "checkin.status.cancelled": {"de": "abgesagt", "en": "cancelled"},
    "checkin.status.attended": {"de": "anwesend", "en": "present"},
    "checkin.list_no_header": {
        "de": "In „{path}“ fehlt eine Kopfzeile mit „Nachname“ und „Anwesend“. "
        "Nutzen Sie die Liste aus konferenz lists signin --format xlsx und kreuzen Sie die Spalte „Anwesend“ an.",
        "en": "'{path}' has no header row with 'Last name' and 'Present'. "
        "Use the list from konferenz lists signin --format xlsx and tick the 'Present' column.",
    },
    "checkin.list_format": {
        "de": "„{path}“ ist keine Tabelle (xlsx, xlsm oder ods).",
        "en": "'{path}' is not a spreadsheet (xlsx, xlsm or ods).",
    },
    "checkin.row_no_name": {"de": "angekreuzt, aber ohne Nachname", "en": "ticked, but no last name"},
    "checkin.row_ambiguous": {
        "de": "mehrere Angemeldete mit diesem Namen; bitte einzeln mit konferenz checkin einchecken",
        "en": "several registered people have this name; check them in one by one with konferenz checkin",
    },
    "checkin.row_bad_email": {"de": "ungültige E-Mail-Adresse", "en": "invalid e-mail address"},
    "checkin.row_problem": {
        "de": "Blatt „{sheet}“, Zeile {row} ({name}): {reason}",
        "en": "Sheet '{sheet}', row {row} ({name}): {reason}",
    },
    "checkin.row_walk_in": {"de": "Neu aufgenommen: {name}", "en": "Newly registered: {name}"},
    "checkin.import_summary": {
        "de": "{checked_in} eingecheckt, {walk_ins} neu aufgenommen, {already} waren schon eingecheckt, "
        "{unticked} nicht angekreuzt, {problems} Zeilen mit Problemen.",
        "en": "{checked_in} checked in, {walk_ins} newly registered, {already} were already checked in, "
        "{unticked} not ticked, {problems} rows with problems.",
    },
    "checkin.live_intro": {
        "de": "Einlass für „{title}“ am {day}. Name, E-Mail oder Badge-Nr. eingeben; "
        "„+Name; Organisation; E-Mail“ nimmt jemanden neu auf, „-Name“ nimmt einen Check-in zurück, "
        "„?“ zeigt Hilfe, eine leere Zeile beendet.",
        "en": "Door for '{title}' on {day}. Type a name, e-mail or badge number; "
        "'+Name; Organisation; e-mail' registers someone new, '-Name' takes a check-in back, "
        "'?' shows help, an empty line ends.",
    },
    "checkin.live_prompt": {"de": "Einlass", "en": "Door"},
    "checkin.live_help": {
        "de": "müller → einchecken · 17 → Badge 17 · +Amina Haddad; Jobcenter → neu aufnehmen · -müller → zurücknehmen · Enter → Ende",
        "en": "muller → check in · 17 → badge 17 · +Amina Haddad; Jobcentre → register new · -muller → take back · Enter → end",
    },
    "checkin.live_summary": {
        "de": "{count} Personen in dieser Sitzung eingecheckt; insgesamt anwesend: {present} von {total}.",
        "en": "{count} people checked in this session; present in total: {present} of {total}.",
    },
    "checkin.live_summary.one": {
        "de": "1 Person in dieser Sitzung eingecheckt; insgesamt anwesend: {present} von {total}.",
        "en": "1 person checked in this session; present in total: {present} of {total}.",
    },
}
