"""Messages shared by all commands: the application, options, errors, words."""

MESSAGES = {
    # --- application and help ---------------------------------------------
    "app.help": {
        "de": "konferenz – Integrationskonferenzen, Runde Tische und Netzwerktreffen organisieren: "
        "Veranstaltung und Programm anlegen, Anmeldungen einlesen, Arbeitsgruppen einteilen, "
        "einladen, einchecken, Ergebnisse dokumentieren.",
        "en": "konferenz – organise integration conferences, round tables and network meetings: "
        "create the event and its programme, import registrations, assign workgroups, invite, "
        "check in, document the results.",
    },
    "error.aborted": {"de": "Abgebrochen.", "en": "Aborted."},
    "error.prefix": {"de": "Fehler: ", "en": "Error: "},
    "error.not_text": {
        "de": "„{value}“ enthält Bytes, die kein gültiger Text sind – ist das Terminal auf UTF-8 eingestellt? "
        "Bitte als UTF-8 eingeben; eine Datei mit einem solchen Namen bitte umbenennen.",
        "en": '"{value}" contains bytes that are not valid text – is the terminal set to UTF-8? '
        "Please type it as UTF-8; rename a file with such a name.",
    },
    "error.interrupted": {
        "de": "Unterbrochen. Es wurde nichts halb gespeichert.",
        "en": "Interrupted. Nothing was stored half-way.",
    },
    "opt.db": {
        "de": "Datenbankdatei (Standard: $KONFERENZ_DB, sonst ./konferenz.db).",
        "en": "Database file (default: $KONFERENZ_DB, else ./konferenz.db).",
    },
    "opt.lang": {
        "de": "Sprache der Ausgabe: de oder en (Standard: $KONFERENZ_LANG, sonst de).",
        "en": "Language of the output: de or en (default: $KONFERENZ_LANG, else de).",
    },
    "opt.event": {
        "de": "Kurzname (Slug) der Veranstaltung; nötig, wenn die Datenbank mehrere enthält.",
        "en": "Slug of the event; needed when the database holds several.",
    },
    "opt.format": {
        "de": "Ausgabeformat: table, json, csv oder xlsx (xlsx braucht -o).",
        "en": "Output format: table, json, csv or xlsx (xlsx needs -o).",
    },
    "opt.format_show": {"de": "Ausgabeformat: table oder json.", "en": "Output format: table or json."},
    "opt.output": {
        "de": "In diese Datei schreiben statt auf den Bildschirm.",
        "en": "Write to this file instead of the screen.",
    },
    "opt.yes": {"de": "Nicht nachfragen.", "en": "Do not ask for confirmation."},
    "opt.version": {"de": "Version anzeigen und beenden.", "en": "Show the version and exit."},
    "metavar.file": {"de": "DATEI", "en": "FILE"},
    "metavar.folder": {"de": "ORDNER", "en": "FOLDER"},
    "metavar.name": {"de": "NAME", "en": "NAME"},
    # --- database -----------------------------------------------------------
    "db.is_directory": {
        "de": "„{path}“ ist ein Ordner, keine Datenbankdatei. Geben Sie mit --db eine Datei an, z. B. --db {path}/konferenz.db.",
        "en": "'{path}' is a folder, not a database file. Give a file with --db, e.g. --db {path}/konferenz.db.",
    },
    "output.format_not_offered": {
        "de": "„{path}“ klingt nach {named}, das kann dieser Befehl nicht schreiben. Möglich: {formats}.",
        "en": "'{path}' sounds like {named}, which this command cannot write. Possible: {formats}.",
    },
    "output.format_contradicts_name": {
        "de": "„{path}“ klingt nach {named}, --format sagt {format}. Lassen Sie --format weg (die Endung entscheidet) "
        "oder nennen Sie die Datei passend.",
        "en": "'{path}' sounds like {named}, --format says {format}. Leave out --format (the ending decides) or name "
        "the file to match.",
    },
    "db.missing": {
        "de": "Die Datenbank „{path}“ gibt es noch nicht. Legen Sie zuerst eine Veranstaltung an "
        "(konferenz new-event --from veranstaltung.toml) oder geben Sie mit --db bzw. $KONFERENZ_DB die richtige Datei an.",
        "en": "The database '{path}' does not exist yet. Create an event first "
        "(konferenz new-event --from event.toml) or give the right file with --db or $KONFERENZ_DB.",
    },
    "db.folder_missing": {
        "de": "Der Ordner „{path}“ für die Datenbank existiert nicht. Legen Sie ihn an oder wählen Sie mit --db einen anderen Ort.",
        "en": "The folder '{path}' for the database does not exist. Create it or choose another place with --db.",
    },
    "db.not_a_database": {
        "de": "„{path}“ ist keine konferenz-Datenbank ({reason}). Prüfen Sie den Pfad bei --db oder $KONFERENZ_DB.",
        "en": "'{path}' is not a konferenz database ({reason}). Check the path given with --db or $KONFERENZ_DB.",
    },
    "db.too_new": {
        "de": "Diese Datenbank wurde von einer neueren konferenz-Version geschrieben (Änderung „{migration}“). "
        "Aktualisieren Sie konferenz (pip install -U konferenz) oder arbeiten Sie mit einer Kopie.",
        "en": "This database was written by a newer version of konferenz (migration '{migration}'). "
        "Update konferenz (pip install -U konferenz) or work on a copy.",
    },
    # --- files and output ---------------------------------------------------
    "file.not_found": {
        "de": "Die Datei „{path}“ gibt es nicht. Prüfen Sie Namen und Ordner.",
        "en": "The file '{path}' does not exist. Check its name and folder.",
    },
    "file.is_directory": {
        "de": "„{path}“ ist ein Ordner. Geben Sie die Datei darin an.",
        "en": "'{path}' is a folder. Give the file inside it.",
    },
    "file.unreadable": {
        "de": "Die Datei „{path}“ lässt sich nicht lesen: {reason}.",
        "en": "The file '{path}' cannot be read: {reason}.",
    },
    "file.os_error": {
        "de": "„{path}“ lässt sich nicht verwenden: {reason}.",
        "en": "'{path}' cannot be used: {reason}.",
    },
    "file.reason.permission": {
        "de": "keine Berechtigung – ist die Datei in Excel oder Word geöffnet? Dann dort schließen; sonst einen anderen Ordner wählen",
        "en": "permission denied – is the file open in Excel or Word? Close it there; otherwise choose another folder",
    },
    "file.reason.read_only": {
        "de": "der Datenträger ist schreibgeschützt – wählen Sie einen anderen Ordner",
        "en": "the drive is read-only – choose another folder",
    },
    "file.reason.disk_full": {
        "de": "der Datenträger ist voll – schaffen Sie Platz oder wählen Sie einen anderen Ordner",
        "en": "the drive is full – free some space or choose another folder",
    },
    "file.reason.missing": {
        "de": "das gibt es nicht – prüfen Sie Namen und Ordner",
        "en": "it does not exist – check the name and folder",
    },
    "file.reason.is_directory": {
        "de": "das ist ein Ordner – geben Sie einen Dateinamen an",
        "en": "it is a folder – give a file name",
    },
    "file.reason.not_directory": {
        "de": "ein Teil des Pfads ist eine Datei, kein Ordner",
        "en": "part of the path is a file, not a folder",
    },
    "file.reason.name_too_long": {
        "de": "der Name ist zu lang – wählen Sie einen kürzeren",
        "en": "the name is too long – choose a shorter one",
    },
    "output.written": {"de": "Geschrieben: {path}", "en": "Written: {path}"},
    "output.empty": {"de": "(keine Einträge)", "en": "(no entries)"},
    "output.xlsx_needs_file": {
        "de": "Für --format xlsx ist eine Zieldatei nötig, z. B. -o liste.xlsx",
        "en": "--format xlsx needs a file to write to: -o list.xlsx",
    },
    "output.is_directory": {
        "de": "„{path}“ ist ein Ordner. Geben Sie bei -o einen Dateinamen an.",
        "en": "'{path}' is a folder. Give a file name with -o.",
    },
    "output.folder_missing": {
        "de": "Der Zielordner „{path}“ existiert nicht. Legen Sie ihn zuerst an.",
        "en": "The folder '{path}' does not exist. Create it first.",
    },
    "output.folder_expected": {
        "de": "Hier wird ein Ordner erwartet (eine Datei je Person), „{path}“ klingt nach einer Datei. "
        "Geben Sie einen Ordnernamen an, z. B. -o {folder}.",
        "en": "A folder is expected here (one file per person); '{path}' sounds like a file. "
        "Give a folder name, e.g. -o {folder}.",
    },
    "output.not_a_folder": {
        "de": "„{path}“ ist eine Datei, kein Ordner. Wählen Sie einen Ordner.",
        "en": "'{path}' is a file, not a folder. Choose a folder.",
    },
    "xlsx.page_label": {"de": "Seite &P von &N", "en": "Page &P of &N"},
    # --- values -------------------------------------------------------------
    "value.bad_date": {
        "de": "„{value}“ ist kein gültiges Datum für {field}. Schreiben Sie es als JJJJ-MM-TT (2023-11-04) oder TT.MM.JJJJ (04.11.2023).",
        "en": "'{value}' is not a valid date for {field}. Write it as YYYY-MM-DD (2023-11-04) or DD.MM.YYYY (04.11.2023).",
    },
    "value.bad_time": {
        "de": "„{value}“ ist keine gültige Uhrzeit für {field}. Schreiben Sie sie als HH:MM, z. B. 09:45.",
        "en": "'{value}' is not a valid time for {field}. Write it as HH:MM, e.g. 09:45.",
    },
    "value.not_positive": {
        "de": "{field} muss eine ganze Zahl größer als 0 sein, nicht „{value}“.",
        "en": "{field} must be a whole number above 0, not '{value}'.",
    },
    "value.not_text": {"de": "{field} muss ein Text sein.", "en": "{field} must be text."},
    "value.empty": {"de": "{field} darf nicht leer sein.", "en": "{field} must not be empty."},
    "value.not_list": {
        "de": '{field} muss eine Liste sein, z. B. ["A", "B"].',
        "en": '{field} must be a list, e.g. ["A", "B"].',
    },
    "value.bad_email": {
        "de": "„{value}“ ist keine gültige E-Mail-Adresse ({field}).",
        "en": "'{value}' is not a valid e-mail address ({field}).",
    },
    "value.bad_timezone": {
        "de": "„{value}“ ist keine bekannte Zeitzone ({field}). Beispiel: Europe/Berlin.",
        "en": "'{value}' is not a known time zone ({field}). Example: Europe/Berlin.",
    },
    "value.bad_language": {
        "de": "Sprache „{value}“ gibt es nicht ({field}); möglich sind de und en.",
        "en": "There is no language '{value}' ({field}); choose de or en.",
    },
    "value.bad_slug": {
        "de": "„{value}“ ist als Kurzname ungeeignet: nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „{suggestion}“.",
        "en": "'{value}' cannot be a slug: use lower-case letters, digits and hyphens only, e.g. '{suggestion}'.",
    },
    "value.bad_bool": {
        "de": "„{value}“ ist weder ja noch nein ({field}).",
        "en": "'{value}' is neither yes nor no ({field}).",
    },
    "value.bad_kind": {
        "de": "Programmpunkt-Art „{value}“ gibt es nicht. Möglich: {kinds}.",
        "en": "There is no agenda kind '{value}'. Choose one of: {kinds}.",
    },
    "value.unknown_field": {
        "de": "Unbekanntes Feld „{field}“. Bekannt sind: {fields}.",
        "en": "Unknown field '{field}'. Known fields: {fields}.",
    },
    "value.missing": {"de": "Angabe „{field}“ fehlt.", "en": "'{field}' is missing."},
    "value.end_before_start": {
        "de": "Das Ende ({end}) liegt nicht nach dem Beginn ({start}). Prüfen Sie die Uhrzeiten.",
        "en": "The end ({end}) is not after the start ({start}). Check the times.",
    },
    "edit.nothing": {
        "de": "Nichts zu ändern: Geben Sie mindestens eine Option an (siehe --help).",
        "en": "Nothing to change: give at least one option (see --help).",
    },
    # --- words --------------------------------------------------------------
    "word.yes": {"de": "ja", "en": "yes"},
    "word.quoted": {"de": "„{text}“", "en": "'{text}'"},
    "word.no": {"de": "nein", "en": "no"},
    "word.round": {"de": "Runde", "en": "Round"},
    "word.cancelled": {"de": "abgesagt", "en": "cancelled"},
    "word.standing": {"de": "ständige AG", "en": "standing group"},
    # --- column headings ----------------------------------------------------
    "col.slug": {"de": "Kurzname", "en": "Slug"},
    "col.title": {"de": "Titel", "en": "Title"},
    "col.date": {"de": "Datum", "en": "Date"},
    "col.start": {"de": "Beginn", "en": "Start"},
    "col.end": {"de": "Ende", "en": "End"},
    "col.time": {"de": "Zeit", "en": "Time"},
    "col.venue": {"de": "Ort", "en": "Venue"},
    "col.address": {"de": "Adresse", "en": "Address"},
    "col.series": {"de": "Reihe", "en": "Series"},
    "col.participants": {"de": "Teilnehmende", "en": "Participants"},
    "col.kind": {"de": "Art", "en": "Kind"},
    "col.speakers": {"de": "Mitwirkende", "en": "Speakers"},
    "col.room": {"de": "Raum", "en": "Room"},
    "col.topic": {"de": "Thema", "en": "Topic"},
    "col.facilitators": {"de": "Moderation", "en": "Facilitators"},
    "col.sessions": {"de": "Runden (Raum, Plätze)", "en": "Rounds (room, seats)"},
    "col.capacity": {"de": "Plätze", "en": "Seats"},
    "col.min_size": {"de": "Mindestgröße", "en": "Minimum size"},
    "col.rounds": {"de": "Runden", "en": "Rounds"},
    "col.description": {"de": "Beschreibung", "en": "Description"},
    "col.registration_deadline": {"de": "Anmeldeschluss", "en": "Registration deadline"},
    "col.contact": {"de": "Kontakt", "en": "Contact"},
    "col.organisers": {"de": "Veranstalter", "en": "Organisers"},
    "col.partners": {"de": "Kooperationspartner", "en": "Partners"},
    "col.patron": {"de": "Schirmherrschaft", "en": "Patron"},
    "col.moderator": {"de": "Moderation", "en": "Moderator"},
    "col.funding_programme": {"de": "Förderprogramm", "en": "Funding programme"},
    # --- agenda kinds -------------------------------------------------------
    "kind.welcome": {"de": "Grußworte", "en": "Welcome"},
    "kind.input": {"de": "Input", "en": "Input"},
    "kind.workgroup_round": {"de": "Arbeitsgruppen", "en": "Workgroups"},
    "kind.testimony": {"de": "Erfahrungsbericht", "en": "Testimony"},
    "kind.panel": {"de": "Podium", "en": "Panel"},
    "kind.break": {"de": "Pause", "en": "Break"},
    "kind.market": {"de": "Markt der Möglichkeiten", "en": "Market of opportunities"},
    "kind.tour": {"de": "Führung", "en": "Tour"},
    "kind.other": {"de": "Sonstiges", "en": "Other"},
}
