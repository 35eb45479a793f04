"""Messages of the registration import and the participant commands."""

MESSAGES = {
    "participants.none_yet": {
        "de": "Noch keine Anmeldungen. Einlesen mit: konferenz import-registrations -e {slug} anmeldungen.xlsx",
        "en": "No registrations yet. Import them with: konferenz import-registrations -e {slug} registrations.xlsx",
    },
    # --- help -------------------------------------------------------------------
    "help.import_registrations": {
        "de": "Anmeldungen aus einer Datei einlesen (xlsx, xlsm, xls, ods, csv; Microsoft Forms, Google Forms, "
        "LimeSurvey, pretix oder eigene Liste).\n\nBeispiel: konferenz import-registrations anmeldungen.xlsx --dry-run",
        "en": "Import registrations from a file (xlsx, xlsm, xls, ods, csv; Microsoft Forms, Google Forms, "
        "LimeSurvey, pretix or a hand-made list).\n\nExample: konferenz import-registrations registrations.xlsx --dry-run",
    },
    "help.participants": {
        "de": "Teilnehmende einer Veranstaltung auflisten.\n\nBeispiel: konferenz participants --status waitlisted --format xlsx -o warteliste.xlsx",
        "en": "List the participants of an event.\n\nExample: konferenz participants --status waitlisted --format xlsx -o waitlist.xlsx",
    },
    "help.participant": {
        "de": "Eine teilnehmende Person anzeigen, ändern, absagen oder löschen."
        "\n\nBeispiel: konferenz participant show amina.haddad@example.org",
        "en": "Show, change, cancel or remove one participant."
        "\n\nExample: konferenz participant show amina.haddad@example.org",
    },
    "help.participant_show": {
        "de": "Alle Angaben einer Person anzeigen.\n\nBeispiel: konferenz participant show amina.haddad@example.org",
        "en": "Show everything stored about one person.\n\nExample: konferenz participant show amina.haddad@example.org",
    },
    "help.participant_edit": {
        "de": "Angaben einer Person ändern.\n\nBeispiel: konferenz participant edit 12 --preferences 'Spracherwerb; Anerkennung'",
        "en": "Change what is stored about one person.\n\nExample: konferenz participant edit 12 --preferences 'Spracherwerb; Anerkennung'",
    },
    "help.participant_cancel": {
        "de": "Eine Anmeldung absagen; die erste Person der Warteliste rückt nach.\n\nBeispiel: konferenz participant cancel 12",
        "en": "Cancel a registration; the first person on the waiting list moves up.\n\nExample: konferenz participant cancel 12",
    },
    "help.participant_remove": {
        "de": "Eine Person endgültig löschen (fragt nach, außer mit --yes).\n\nBeispiel: konferenz participant remove 12 --yes",
        "en": "Delete a person for good (asks first unless --yes).\n\nExample: konferenz participant remove 12 --yes",
    },
    "arg.import_file": {
        "de": "Die Datei mit den Anmeldungen (.xlsx, .xlsm, .xls, .ods, .csv, .txt).",
        "en": "The file with the registrations (.xlsx, .xlsm, .xls, .ods, .csv, .txt).",
    },
    "arg.participant": {
        "de": "Nummer, E-Mail-Adresse oder Name der Person.",
        "en": "Number, e-mail address or name of the person.",
    },
    "opt.sheet": {
        "de": "Tabellenblatt, das gelesen wird (Standard: Blatt mit Teilnehmenden, sonst das erste nicht leere).",
        "en": "Worksheet to read (default: a sheet of attendees, else the first non-empty one).",
    },
    "opt.mapping": {
        "de": "Zuordnungsdatei (TOML): Spaltenüberschrift = Feld; ersetzt die automatische Zuordnung dieser Spalten.",
        "en": "Mapping file (TOML): column heading = field; replaces the guessed field of those columns.",
    },
    "opt.write_mapping": {
        "de": "Die Zuordnung als TOML-Datei zum Bearbeiten schreiben („-“: ausgeben); danach mit --mapping verwenden.",
        "en": "Write the mapping as a TOML file to edit ('-': print it); then use it with --mapping.",
    },
    "opt.dry_run": {
        "de": "Nur zeigen, was passieren würde: Zuordnung, erste Zeilen, Zusammenfassung. Nichts wird gespeichert.",
        "en": "Only show what would happen: mapping, first rows, summary. Nothing is stored.",
    },
    "opt.strict": {
        "de": "Nichts speichern, wenn auch nur eine Zeile abgelehnt wird.",
        "en": "Store nothing if even one row is rejected.",
    },
    "opt.encoding": {
        "de": "Zeichenkodierung einer CSV-Datei erzwingen (sonst erkannt), z. B. cp1252 oder utf-8.",
        "en": "Force the text encoding of a CSV file (detected otherwise), e.g. cp1252 or utf-8.",
    },
    "opt.status": {
        "de": "Nur Personen mit diesem Status (registered, waitlisted, cancelled, attended); mehrfach möglich.",
        "en": "Only people with this status (registered, waitlisted, cancelled, attended); may be repeated.",
    },
    "opt.topic_filter": {
        "de": "Nur Personen, die sich dieses Thema (Name oder Nummer) gewünscht haben.",
        "en": "Only people who wished for this topic (name or number).",
    },
    "opt.search": {
        "de": "Nur Personen, deren Name, E-Mail, Organisation oder Bereich diesen Text enthält.",
        "en": "Only people whose name, e-mail, organisation or sector contains this text.",
    },
    "opt.p_email": {"de": "Neue E-Mail-Adresse.", "en": "New e-mail address."},
    "opt.p_title": {"de": "Titel (z. B. Dr.).", "en": "Title (e.g. Dr.)."},
    "opt.p_first_name": {"de": "Vorname.", "en": "First name."},
    "opt.p_last_name": {"de": "Nachname.", "en": "Last name."},
    "opt.p_organisation": {"de": "Organisation.", "en": "Organisation."},
    "opt.p_sector": {"de": "Bereich/Sektor.", "en": "Sector."},
    "opt.p_function": {"de": "Funktion/Rolle.", "en": "Function/role."},
    "opt.p_phone": {"de": "Telefon.", "en": "Phone."},
    "opt.p_diet": {"de": "Essenswünsche.", "en": "Dietary needs."},
    "opt.p_accessibility": {"de": "Barrierefreiheit.", "en": "Accessibility needs."},
    "opt.p_interpreter_language": {"de": "Sprache für Dolmetschen.", "en": "Language for interpreting."},
    "opt.p_notes": {"de": "Bemerkungen.", "en": "Notes."},
    "opt.p_preferences": {
        "de": "Themenwünsche, beste zuerst, getrennt durch ; (Namen oder Nummern).",
        "en": "Topic wishes, best first, separated by ; (names or numbers).",
    },
    "opt.p_status": {
        "de": "Status: registered, waitlisted, cancelled oder attended.",
        "en": "Status: registered, waitlisted, cancelled or attended.",
    },
    "opt.p_follow_up": {"de": "Interesse am Arbeitskreis danach.", "en": "Interest in the follow-up group."},
    "opt.p_newsletter": {
        "de": "Newsletter-Einwilligung (Zeitpunkt wird gespeichert).",
        "en": "Newsletter consent (the time is stored).",
    },
    "opt.p_photo_consent": {"de": "Einverständnis mit Fotos.", "en": "Consent to photos."},
    "opt.p_list_consent": {
        "de": "Einverständnis, auf veröffentlichten Listen zu stehen.",
        "en": "Consent to appear on published lists.",
    },
    "title.participants": {"de": "{title}: {count} Teilnehmende", "en": "{title}: {count} participants"},
    "sheet.participants": {"de": "Teilnehmende", "en": "Participants"},
    # --- fields -----------------------------------------------------------------
    "field.id": {"de": "Nr.", "en": "No."},
    "field.email": {"de": "E-Mail", "en": "E-mail"},
    "field.account_email": {"de": "E-Mail des Formular-Kontos", "en": "E-mail of the form account"},
    "field.booker_email": {"de": "E-Mail der bestellenden Person", "en": "E-mail of the booker"},
    "field.title": {"de": "Titel", "en": "Title"},
    "field.name": {"de": "Name (wird geteilt)", "en": "Name (split)"},
    "field.name_last_first": {"de": "Name, Vorname", "en": "Last name, first name"},
    "field.account_name": {"de": "Name des Formular-Kontos", "en": "Name of the form account"},
    "field.first_name": {"de": "Vorname", "en": "First name"},
    "field.last_name": {"de": "Nachname", "en": "Last name"},
    "field.organisation": {"de": "Organisation", "en": "Organisation"},
    "field.organisation_type": {"de": "Art der Organisation", "en": "Type of organisation"},
    "field.sector": {"de": "Bereich", "en": "Sector"},
    "field.function": {"de": "Funktion", "en": "Function"},
    "field.phone": {"de": "Telefon", "en": "Phone"},
    "field.preferences": {"de": "Themenwünsche", "en": "Topic wishes"},
    "field.preference_n": {"de": "Themenwunsch {rank}", "en": "Topic wish {rank}"},
    "field.preference_option": {"de": "Wahl für Thema", "en": "Choice of topic"},
    "field.status": {"de": "Status", "en": "Status"},
    "field.follow_up": {"de": "Arbeitskreis", "en": "Follow-up"},
    "field.newsletter": {"de": "Newsletter", "en": "Newsletter"},
    "field.newsletter_consent_at": {"de": "Newsletter-Einwilligung am", "en": "Newsletter consent at"},
    "field.newsletter_withdrawn_at": {"de": "Newsletter-Widerruf am", "en": "Newsletter withdrawn at"},
    "field.newsletter_withdrawn": {"de": "Newsletter widerrufen", "en": "Newsletter withdrawn"},
    "field.photo_consent": {"de": "Fotos erlaubt", "en": "Photo consent"},
    "field.list_consent": {"de": "Auf Listen erlaubt", "en": "On lists"},
    "field.workgroups_opt_out": {"de": "Ohne Arbeitsgruppe", "en": "No workgroup"},
    "field.photo_refusal": {"de": "Keine Fotos (umgekehrt gefragt)", "en": "No photos (asked the other way round)"},
    "field.list_refusal": {
        "de": "Nicht auf Listen (umgekehrt gefragt)",
        "en": "Not on lists (asked the other way round)",
    },
    "field.diet": {"de": "Essen", "en": "Diet"},
    "field.accessibility": {"de": "Barrierefreiheit", "en": "Accessibility"},
    "field.interpreter_language": {"de": "Dolmetschen", "en": "Interpreting"},
    "field.notes": {"de": "Bemerkungen", "en": "Notes"},
    "field.registered_at": {"de": "Angemeldet am", "en": "Registered at"},
    "field.registered_time": {"de": "Uhrzeit der Anmeldung", "en": "Time of registration"},
    "field.completed_at": {"de": "Abgeschickt am", "en": "Submitted at"},
    "field.order_code": {"de": "Bestellnummer", "en": "Order code"},
    "field.late": {"de": "Nach Anmeldeschluss", "en": "Late"},
    "field.badge_number": {"de": "Namensschild-Nr.", "en": "Badge no."},
    "field.source_file": {"de": "Quelldatei", "en": "Source file"},
    "field.source_row": {"de": "Quellzeile", "en": "Source row"},
    "field.extra": {"de": "Weitere Angaben (unverändert)", "en": "Further answers (kept as they are)"},
    "field.ignore": {"de": "– ignoriert –", "en": "– ignored –"},
    "status.registered": {"de": "angemeldet", "en": "registered"},
    "status.waitlisted": {"de": "Warteliste", "en": "waiting list"},
    "status.cancelled": {"de": "abgesagt", "en": "cancelled"},
    "status.attended": {"de": "teilgenommen", "en": "attended"},
    # --- participants -----------------------------------------------------------
    "participant.updated": {"de": "Gespeichert: {name} (Nr. {id}).", "en": "Saved: {name} (no. {id})."},
    "participant.cancelled": {"de": "Abgesagt: {name}.", "en": "Cancelled: {name}."},
    "participant.removed": {"de": "Gelöscht: {name}.", "en": "Removed: {name}."},
    "participant.moved_up": {
        "de": "Von der Warteliste nachgerückt: {name} <{email}>. Bitte benachrichtigen Sie die Person.",
        "en": "Moved up from the waiting list: {name} <{email}>. Please let them know.",
    },
    "participant.remove_confirm": {
        "de": "{name} <{email}> mit allen Angaben endgültig löschen?",
        "en": "Delete {name} <{email}> and everything stored about them for good?",
    },
    "participant.not_found": {
        "de": "Keine Person „{reference}“ bei „{event}“. Suchen Sie mit: konferenz participants --search …",
        "en": "No person '{reference}' at '{event}'. Search with: konferenz participants --search …",
    },
    "participant.ambiguous": {
        "de": "„{reference}“ passt auf mehrere Personen: {candidates}. Geben Sie die Nummer oder E-Mail an.",
        "en": "'{reference}' fits several people: {candidates}. Give the number or e-mail instead.",
    },
    "participant.email_taken": {
        "de": "Die E-Mail-Adresse {email} gehört schon zu {name}.",
        "en": "The e-mail address {email} already belongs to {name}.",
    },
    "participant.bad_status": {
        "de": "Status „{value}“ gibt es nicht. Möglich: {statuses}.",
        "en": "There is no status '{value}'. Choose one of: {statuses}.",
    },
    "participant.name_needed": {
        "de": "Eine Person braucht einen Vor- oder Nachnamen.",
        "en": "A person needs a first or last name.",
    },
    "participant.already_cancelled": {"de": "{name} ist bereits abgesagt.", "en": "{name} is already cancelled."},
    # --- import: reading ----------------------------------------------------------
    "import.progress": {"de": "Zeilen lesen", "en": "Reading rows"},
    "import.source": {"de": "Gelesen: {path} ({details})", "en": "Read: {path} ({details})"},
    "import.source.sheet": {"de": "Blatt „{sheet}“", "en": "sheet '{sheet}'"},
    "import.source.encoding": {"de": "Kodierung {encoding}", "en": "encoding {encoding}"},
    "import.source.delimiter": {"de": "Trennzeichen „{delimiter}“", "en": "delimiter '{delimiter}'"},
    "import.source.header_row": {"de": "Überschriften in Zeile {row}", "en": "headings in row {row}"},
    "import.layout.microsoft_forms": {"de": "Microsoft-Forms-Export", "en": "Microsoft Forms export"},
    "import.layout.google_forms": {"de": "Google-Forms-Export", "en": "Google Forms export"},
    "import.layout.limesurvey": {"de": "LimeSurvey-Export", "en": "LimeSurvey export"},
    "import.layout.pretix": {"de": "pretix-Bestelldaten", "en": "pretix order data"},
    "import.layout.list": {"de": "Liste", "en": "list"},
    "import.is_directory": {
        "de": "„{path}“ ist ein Ordner. Geben Sie die Datei mit den Anmeldungen an.",
        "en": "'{path}' is a folder. Give the file with the registrations.",
    },
    "import.empty_file": {
        "de": "Die Datei „{path}“ ist leer. Exportieren Sie die Anmeldungen erneut.",
        "en": "The file '{path}' is empty. Export the registrations again.",
    },
    "import.no_rows": {
        "de": "In „{path}“ steht nichts. Prüfen Sie, ob Sie die richtige Datei (und das richtige Blatt) gewählt haben.",
        "en": "There is nothing in '{path}'. Check that you chose the right file (and sheet).",
    },
    "import.header_only": {
        "de": "„{path}“ enthält nur Überschriften (Zeile {row}), aber keine Anmeldungen.",
        "en": "'{path}' has only headings (row {row}) and no registrations.",
    },
    "import.really_spreadsheet": {
        "de": "„{path}“ ist keine CSV-Datei, sondern eine Excel-Arbeitsmappe. Benennen Sie sie in „{stem}.xlsx“ um und lesen Sie sie erneut ein.",
        "en": "'{path}' is not a CSV file but an Excel workbook. Rename it to '{stem}.xlsx' and import it again.",
    },
    "import.really_old_excel": {
        "de": "„{path}“ ist keine CSV-Datei, sondern eine alte Excel-Datei. Benennen Sie sie in „{stem}.xls“ um und lesen Sie sie erneut ein.",
        "en": "'{path}' is not a CSV file but an old Excel file. Rename it to '{stem}.xls' and import it again.",
    },
    "import.sheet_for_csv": {
        "de": "„{path}“ ist eine Textdatei und hat keine Tabellenblätter; lassen Sie --sheet weg.",
        "en": "'{path}' is a text file and has no worksheets; leave out --sheet.",
    },
    "import.zip_not_one_table": {
        "de": "In „{path}“ erwarte ich genau eine Tabelle (.csv, .xlsx, .ods), gefunden: {files}. "
        "Entpacken Sie die Datei und lesen Sie die gewünschte Tabelle ein.",
        "en": "I expect exactly one table (.csv, .xlsx, .ods) in '{path}', found: {files}. "
        "Unpack the file and import the table you want.",
    },
    "import.unsupported_type": {
        "de": "Dateien vom Typ „{suffix}“ kann ich nicht lesen ({path}). Speichern Sie die Liste als .xlsx oder .csv.",
        "en": "I cannot read files of type '{suffix}' ({path}). Save the list as .xlsx or .csv.",
    },
    "import.encoding_unknown": {
        "de": "Die Zeichenkodierung von „{path}“ ist unbekannt (keine Text- oder Tabellendatei?). Speichern Sie sie in Excel als „CSV UTF-8“ oder als .xlsx, oder geben Sie --encoding an.",
        "en": "The text encoding of '{path}' is unknown (not a text or spreadsheet file?). Save it from Excel as 'CSV UTF-8' or .xlsx, or pass --encoding.",
    },
    "import.encoding_not_known": {
        "de": "Die Kodierung „{encoding}“ kenne ich nicht. Beispiele: utf-8, cp1252, mac_roman, utf-16.",
        "en": "I do not know the encoding '{encoding}'. Examples: utf-8, cp1252, mac_roman, utf-16.",
    },
    "import.encoding_wrong": {
        "de": "„{path}“ lässt sich nicht als {encoding} lesen. Lassen Sie --encoding weg oder wählen Sie eine andere Kodierung.",
        "en": "'{path}' cannot be read as {encoding}. Leave out --encoding or choose another encoding.",
    },
    "import.csv_broken": {
        "de": "„{path}“ ist ab Zeile {line} keine gültige CSV-Datei ({reason}). Öffnen und speichern Sie sie in Excel neu.",
        "en": "'{path}' is not valid CSV from line {line} on ({reason}). Open and save it again in Excel.",
    },
    "import.password_protected": {
        "de": "„{path}“ ist mit einem Kennwort geschützt. Öffnen Sie die Datei in Excel, entfernen Sie das Kennwort (Datei › Informationen › Arbeitsmappe schützen) und speichern Sie sie erneut.",
        "en": "'{path}' is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.",
    },
    "import.corrupt_workbook": {
        "de": "„{path}“ ist beschädigt oder keine echte Tabellendatei ({reason}). Öffnen Sie sie in Excel und speichern Sie sie erneut als .xlsx.",
        "en": "'{path}' is damaged or not a real spreadsheet ({reason}). Open it in Excel and save it again as .xlsx.",
    },
    "import.sheet_not_found": {
        "de": "Das Blatt „{sheet}“ gibt es in „{path}“ nicht. Vorhanden: {sheets}.",
        "en": "There is no sheet '{sheet}' in '{path}'. The sheets are: {sheets}.",
    },
    "import.no_data_sheet": {
        "de": "Alle Blätter in „{path}“ sind leer.",
        "en": "Every sheet in '{path}' is empty.",
    },
    "import.no_identity_column": {
        "de": "In „{path}“ gibt es keine Spalte mit E-Mail-Adresse oder Name. Gefundene Überschriften: {headers}. "
        'Geben Sie mit --mapping an, welche Spalte was enthält (z. B. „Kontakt“ = "email").',
        "en": "'{path}' has no column with an e-mail address or a name. Headings found: {headers}. "
        'Say with --mapping which column holds what (e.g. "Contact" = "email").',
    },
    "import.mapping_not_utf8": {
        "de": "Die Zuordnungsdatei „{path}“ ist nicht in UTF-8 gespeichert.",
        "en": "The mapping file '{path}' is not saved as UTF-8.",
    },
    "import.mapping_syntax": {
        "de": "Die Zuordnungsdatei „{path}“ ist kein gültiges TOML: {reason}",
        "en": "The mapping file '{path}' is not valid TOML: {reason}",
    },
    "import.mapping_unknown_keys": {
        "de": "Die Zuordnungsdatei „{path}“ enthält unbekannte Abschnitte: {keys}. Erlaubt sind [columns] und [topics].",
        "en": "The mapping file '{path}' has unknown sections: {keys}. Only [columns] and [topics] are allowed.",
    },
    "import.mapping_not_text": {
        "de": 'In „{path}“ muss das Feld für „{header}“ ein Text sein, z. B. "email".',
        "en": "In '{path}' the field for '{header}' must be text, e.g. \"email\".",
    },
    "import.mapping_unknown_fields": {
        "de": "Die Zuordnungsdatei „{path}“ nennt unbekannte Felder: {fields}. Bekannte Felder: {known}.",
        "en": "The mapping file '{path}' names unknown fields: {fields}. Known fields: {known}.",
    },
    "import.note.mapping_header_missing": {
        "de": "Die Zuordnung nennt die Spalte „{header}“, die es in dieser Datei nicht gibt.",
        "en": "The mapping names the column '{header}', which this file does not have.",
    },
    # --- import: rows --------------------------------------------------------------
    "import.reject.bad_email": {
        "de": "„{value}“ ist keine gültige E-Mail-Adresse",
        "en": "'{value}' is not a valid e-mail address",
    },
    "import.reject.no_name": {"de": "kein Name angegeben", "en": "no name given"},
    "import.warn.lost_letters": {
        "de": "„{name}“: „?“ statt Buchstaben",
        "en": "'{name}': '?' in place of letters",
    },
    "import.hint.lost_letters": {
        "de": "{count} Name(n) mit „?“ statt Buchstaben: Die Datei wurde in einer Kodierung gespeichert, die Zeichen "
        "wie ı, ş, ğ, Kyrillisch oder Arabisch nicht kennt (in Excel „CSV (Trennzeichen-getrennt)“). Speichern Sie sie "
        "in Excel als „CSV UTF-8“ oder als .xlsx und lesen Sie sie erneut ein; die Namen werden dann berichtigt.",
        "en": "{count} name(s) with '?' in place of letters: the file was saved in an encoding without characters "
        "such as ı, ş, ğ, Cyrillic or Arabic (Excel's 'CSV (Comma delimited)'). Save it from Excel as 'CSV UTF-8' or "
        "as .xlsx and import it again; the names are then corrected.",
    },
    "import.warn.note_row": {
        "de": "Zeile mit nur „{text}“ als Zwischenüberschrift/Notiz übersprungen",
        "en": "row with only '{text}' skipped as a heading or note",
    },
    "import.warn.bad_bool": {
        "de": "„{value}“ ist weder ja noch nein; Feld bleibt leer",
        "en": "'{value}' is neither yes nor no; the field stays empty",
    },
    "import.warn.bad_date": {
        "de": "„{value}“ ist kein lesbares Datum; Anmeldezeit bleibt leer",
        "en": "'{value}' is not a date I can read; the registration time stays empty",
    },
    "import.warn.unknown_topic": {
        "de": "Thema „{wish}“ gibt es nicht; Wunsch verworfen",
        "en": "there is no topic '{wish}'; wish dropped",
    },
    "import.warn.bad_choice": {
        "de": "„{value}“ ist weder Rang noch ja/nein; Wahl verworfen",
        "en": "'{value}' is neither a rank nor yes/no; choice dropped",
    },
    "import.withdrawn.cancelled": {
        "de": "in der Quelle storniert ({status})",
        "en": "cancelled in the source ({status})",
    },
    "import.withdrawn.incomplete": {
        "de": "Umfrage nicht abgeschickt (unvollständig)",
        "en": "survey not submitted (incomplete)",
    },
    "import.rejects.reason_column": {"de": "Ablehnungsgrund", "en": "Rejection reason"},
    "import.rejects.reason": {"de": "{column}: {reason}", "en": "{column}: {reason}"},
    # --- import: report ------------------------------------------------------------
    "import.title.mapping": {"de": "Zuordnung der Spalten", "en": "Column mapping"},
    "import.title.preview": {
        "de": "Die ersten {count} Anmeldungen, wie sie gespeichert würden",
        "en": "The first {count} registrations as they would be stored",
    },
    "import.title.summary": {"de": "Import von {path}", "en": "Import of {path}"},
    "import.title.summary_dry": {
        "de": "Probelauf für {path} (nichts gespeichert)",
        "en": "Dry run for {path} (nothing stored)",
    },
    "import.title.rejected": {"de": "Abgelehnte Zeilen", "en": "Rejected rows"},
    "import.title.warnings": {"de": "Warnungen", "en": "Warnings"},
    "import.title.withdrawn": {"de": "Nicht übernommen", "en": "Not imported"},
    "import.col.column": {"de": "Spalte", "en": "Column"},
    "import.col.field": {"de": "Feld", "en": "Field"},
    "import.col.origin": {"de": "Herkunft", "en": "Origin"},
    "import.col.row": {"de": "Zeile", "en": "Row"},
    "import.col.what": {"de": "Ergebnis", "en": "Result"},
    "import.col.count": {"de": "Anzahl", "en": "Count"},
    "import.col.reason": {"de": "Grund", "en": "Reason"},
    "import.col.warning": {"de": "Hinweis", "en": "Warning"},
    "import.col.who": {"de": "Person", "en": "Person"},
    "import.origin.guess": {"de": "erkannt", "en": "recognised"},
    "import.origin.meta": {"de": "Formular-Verwaltung", "en": "form bookkeeping"},
    "import.origin.file": {"de": "Zuordnungsdatei", "en": "mapping file"},
    "import.origin.remembered": {"de": "gespeichert", "en": "remembered"},
    "import.origin.content": {"de": "am Inhalt erkannt", "en": "recognised by content"},
    "import.origin.unrecognised": {"de": "nicht erkannt", "en": "not recognised"},
    "import.col.examples": {"de": "Beispiele", "en": "Examples"},
    "import.hint.write_mapping": {
        "de": "Zuordnung zum Bearbeiten speichern: konferenz import-registrations {path} --dry-run "
        "--write-mapping zuordnung.toml – dann korrigieren und mit --mapping zuordnung.toml einlesen.",
        "en": "Save the mapping to edit it: konferenz import-registrations {path} --dry-run "
        "--write-mapping mapping.toml – then correct it and import with --mapping mapping.toml.",
    },
    "import.hint.no_wishes": {
        "de": "Keine Spalte mit Themenwünschen erkannt. Steht in einer der nicht zugeordneten Spalten ein Wunsch, "
        'ordnen Sie sie in der Zuordnungsdatei zu: "Spalte" = "preference_1" (gereiht) oder "preferences" '
        "(mehrere Wünsche in einer Zelle).",
        "en": "No column with topic wishes was recognised. If one of the unmapped columns holds wishes, map it "
        'in the mapping file: "Column" = "preference_1" (ranked) or "preferences" (several wishes in one cell).',
    },
    "import.hint.no_names": {
        "de": "Keine Spalte mit Namen erkannt: Zeilen ohne Namen werden abgelehnt. Ordnen Sie die Namensspalten "
        'in der Zuordnungsdatei zu: "Spalte" = "first_name", "last_name" oder "name".',
        "en": "No column with names was recognised: rows without a name are rejected. Map the name columns in the "
        'mapping file: "Column" = "first_name", "last_name" or "name".',
    },
    "import.hint.unknown_answers": {
        "de": "Antworten wie {answers} entsprechen keinem Thema. Wenn es Antwort-Codes sind, exportieren Sie "
        "mit vollständigen Antworten oder tragen Sie unter [topics] in der Zuordnungsdatei ein, für welches "
        'Thema jede steht (z. B. "A1" = "{topic}").',
        "en": "Answers such as {answers} match no topic. If they are answer codes, export the full answers or "
        'say under [topics] in the mapping file which topic each stands for (e.g. "A1" = "{topic}").',
    },
    "import.mapping_written": {
        "de": "Zuordnung geschrieben: {path} – anpassen und mit --mapping {path} verwenden.",
        "en": "Mapping written: {path} – adjust it and use it with --mapping {path}.",
    },
    "import.mapping_unwritable": {
        "de": "Die Zuordnungsdatei {path} konnte nicht geschrieben werden: {reason}",
        "en": "The mapping file {path} could not be written: {reason}",
    },
    "import.mapping_unknown_topics": {
        "de": "Die Zuordnungsdatei „{path}“ nennt unter [topics] Themen, die es nicht gibt: {topics}. "
        "Themen der Veranstaltung: {known}.",
        "en": "The mapping file '{path}' names topics under [topics] that do not exist: {topics}. "
        "The event's topics: {known}.",
    },
    "import.toml.title": {
        "de": "Zuordnung der Spalten von „{file}“ für konferenz import-registrations",
        "en": "Column mapping of '{file}' for konferenz import-registrations",
    },
    "import.toml.how": {
        "de": 'Jede Zeile: "Spaltenüberschrift" = "Feld". Korrigieren Sie, was nicht stimmt, und prüfen Sie mit:',
        "en": 'Each line: "Column heading" = "field". Correct what is wrong and check with:',
    },
    "import.toml.fields": {
        "de": "Felder: {fields}, preference_1, preference_2, … (extra = unverändert behalten, ignore = weglassen)",
        "en": "Fields: {fields}, preference_1, preference_2, … (extra = keep as it is, ignore = leave out)",
    },
    "import.toml.unrecognised": {"de": "NICHT ERKANNT", "en": "NOT RECOGNISED"},
    "import.toml.bookkeeping": {"de": "Verwaltungsspalte", "en": "bookkeeping column"},
    "import.toml.examples": {"de": "{what} – z. B. {examples}", "en": "{what} – e.g. {examples}"},
    "import.toml.topics": {
        "de": 'Antworten, die für ein Thema stehen ("Antwort" = "Thema"); Themen: {topics}',
        "en": 'Answers that stand for a topic ("answer" = "topic"); topics: {topics}',
    },
    "import.count.new": {"de": "neu", "en": "new"},
    "import.count.updated": {"de": "aktualisiert", "en": "updated"},
    "import.count.unchanged": {"de": "unverändert", "en": "unchanged"},
    "import.count.waitlisted": {"de": "auf die Warteliste", "en": "waitlisted"},
    "import.count.rejected": {"de": "abgelehnt", "en": "rejected"},
    "import.count.warnings": {"de": "Warnungen", "en": "warnings"},
    "import.count.cancelled": {"de": "nicht übernommen: storniert", "en": "not imported: cancelled"},
    "import.count.incomplete": {"de": "nicht übernommen: unvollständig", "en": "not imported: incomplete"},
    "import.count.duplicates": {"de": "Doppelte in der Datei zusammengeführt", "en": "duplicates in the file merged"},
    "import.count.late": {"de": "nach Anmeldeschluss (markiert)", "en": "after the deadline (flagged)"},
    "import.count.promoted": {"de": "von der Warteliste nachgerückt", "en": "moved up from the waiting list"},
    "import.count.cancelled_existing": {
        "de": "bisher Angemeldete jetzt abgesagt",
        "en": "earlier registrations now cancelled",
    },
    "import.meta_columns": {
        "de": "Verwaltungsspalten des Formulars (je Person unverändert behalten): {columns}",
        "en": "Bookkeeping columns of the form (kept per person as they are): {columns}",
    },
    "import.unmapped": {
        "de": "Nicht zugeordnet (bleibt je Person als weitere Angabe erhalten): {columns}",
        "en": "Not mapped (kept per person as further answers): {columns}",
    },
    "import.mapping_remembered": {
        "de": "Die beim letzten Import dieses Formulars verwendete Zuordnung wurde übernommen.",
        "en": "The mapping used the last time this form was imported was applied.",
    },
    "import.footer_skipped": {
        "de": "Unter der Summenzeile nicht gelesen (Fußnoten): Zeilen {rows}",
        "en": "Not read below the totals row (footnotes): rows {rows}",
    },
    "import.footer_skipped.one": {
        "de": "Unter der Summenzeile nicht gelesen (Fußnote): Zeile {rows}",
        "en": "Not read below the totals row (footnote): row {rows}",
    },
    "import.dry_run_done": {
        "de": "Probelauf: Es wurde nichts gespeichert. Ohne --dry-run wird importiert.",
        "en": "Dry run: nothing was stored. Run without --dry-run to import.",
    },
    "import.strict_would_block": {
        "de": "Probelauf mit --strict: {count} Zeile(n) würden abgelehnt, deshalb würde nichts gespeichert.",
        "en": "Dry run with --strict: {count} row(s) would be rejected, so nothing would be stored.",
    },
    "import.strict_blocked": {
        "de": "--strict: {count} Zeile(n) abgelehnt, deshalb wurde nichts gespeichert.",
        "en": "--strict: {count} row(s) rejected, so nothing was stored.",
    },
    "import.rejects_written": {
        "de": "Abgelehnte Zeilen mit Grund: {path} – dort korrigieren und diese Datei erneut einlesen.",
        "en": "Rejected rows with the reason: {path} – correct them there and import that file.",
    },
    "import.rejects_unwritable": {
        "de": "Die abgelehnten Zeilen konnten nicht nach {path} geschrieben werden (Ordner schreibgeschützt). "
        "Kopieren Sie die Datei in einen eigenen Ordner und lesen Sie sie dort ein.",
        "en": "The rejected rows could not be written to {path} (the folder is read-only). "
        "Copy the file to a folder of your own and import it from there.",
    },
    "import.more": {"de": "… und {count} weitere.", "en": "… and {count} more."},
    "demo.step.import": {"de": "Anmeldungen eingelesen", "en": "Registrations imported"},
    "demo.import_summary": {
        "de": "{new} neu, {updated} aktualisiert, {rejected} abgelehnt, {waitlisted} auf der Warteliste, {cancelled} storniert",
        "en": "{new} new, {updated} updated, {rejected} rejected, {waitlisted} waitlisted, {cancelled} cancelled",
    },
}
