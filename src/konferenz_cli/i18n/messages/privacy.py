"""Messages of the data-protection, backup and restore commands."""

MESSAGES = {
    "help.privacy": {
        "de": "Datenschutz: Auskunft, Löschen einer Person, Löschfristen, Newsletter-Widerruf."
        "\n\nBeispiel: konferenz privacy export amina.haddad@example.org -o auskunft",
        "en": "Data protection: information, erasing a person, retention, newsletter withdrawal."
        "\n\nExample: konferenz privacy export amina.haddad@example.org -o request",
    },
    "help.privacy_export": {
        "de": "Alles, was über eine Person gespeichert ist, als JSON und HTML ausgeben (Auskunft nach Art. 15 DSGVO)."
        "\n\nBeispiel: konferenz privacy export amina.haddad@example.org -o auskunft",
        "en": "Write everything stored about one person as JSON and HTML (Art. 15 GDPR request)."
        "\n\nExample: konferenz privacy export amina.haddad@example.org -o request",
    },
    "help.privacy_forget": {
        "de": "Eine Person aus allen Veranstaltungen endgültig löschen, ohne Spuren in der Datei (Art. 17 DSGVO)."
        "\n\nBeispiel: konferenz privacy forget amina.haddad@example.org",
        "en": "Erase a person from every event for good, leaving no trace in the file (Art. 17 GDPR)."
        "\n\nExample: konferenz privacy forget amina.haddad@example.org",
    },
    "help.privacy_purge": {
        "de": "Personenbezogene Daten von Veranstaltungen nach Ablauf der Löschfrist anonymisieren; Zahlen bleiben."
        "\n\nBeispiel: konferenz privacy purge --dry-run",
        "en": "Anonymise the personal data of events past their retention period; the figures stay."
        "\n\nExample: konferenz privacy purge --dry-run",
    },
    "help.privacy_withdraw": {
        "de": "Widerruf der Newsletter-Einwilligung mit Zeitpunkt festhalten."
        "\n\nBeispiel: konferenz privacy withdraw-newsletter amina.haddad@example.org",
        "en": "Record the withdrawal of a newsletter consent with its time."
        "\n\nExample: konferenz privacy withdraw-newsletter amina.haddad@example.org",
    },
    "help.backup": {
        "de": "Eine stimmige Sicherungskopie der Datenbank schreiben, auch während sie benutzt wird."
        "\n\nBeispiel: konferenz backup -o sicherung-2023-11-04.db",
        "en": "Write a consistent backup copy of the database, even while it is in use."
        "\n\nExample: konferenz backup -o backup-2023-11-04.db",
    },
    "help.restore": {
        "de": "Eine Sicherung prüfen und als Datenbank wiederherstellen (die bisherige wird vorher gesichert)."
        "\n\nBeispiel: konferenz restore sicherung-2023-11-04.db",
        "en": "Check a backup and restore it as the database (the current one is saved first)."
        "\n\nExample: konferenz restore backup-2023-11-04.db",
    },
    "arg.person_email": {"de": "E-Mail-Adresse der Person.", "en": "E-mail address of the person."},
    "arg.backup_file": {"de": "Sicherungsdatei.", "en": "Backup file."},
    "opt.person_name": {
        "de": "Vor- und Nachname, für Anmeldungen ohne E-Mail-Adresse.",
        "en": "First and last name, for registrations without an e-mail address.",
    },
    "opt.privacy_output": {
        "de": "Ordner oder Dateiname ohne Endung; geschrieben werden .json und .html.",
        "en": "Folder, or file name without extension; .json and .html are written.",
    },
    "opt.purge_dry_run": {
        "de": "Nur zeigen, was anonymisiert würde; nichts ändern.",
        "en": "Only show what would be anonymised; change nothing.",
    },
    "opt.backup_output": {"de": "Zieldatei der Sicherung.", "en": "File to write the backup to."},
    "opt.overwrite": {"de": "Eine vorhandene Datei überschreiben.", "en": "Overwrite an existing file."},
    "col.event": {"de": "Veranstaltung", "en": "Event"},
    "privacy.col.name": {"de": "Name", "en": "Name"},
    "privacy.col.wishes": {"de": "Wünsche", "en": "Wishes"},
    "privacy.col.assignments": {"de": "Einteilungen", "en": "Assignments"},
    "privacy.col.attendance": {"de": "Anwesenheiten", "en": "Check-ins"},
    "privacy.col.purge_after": {"de": "Löschen ab", "en": "Purge after"},
    "privacy.bad_email": {
        "de": '„{email}“ ist keine gültige E-Mail-Adresse. Für Anmeldungen ohne Adresse: --name "Vorname Nachname".',
        "en": "'{email}' is not a valid e-mail address. For registrations without one: --name \"First Last\".",
    },
    "privacy.who": {
        "de": 'Wen meinen Sie? Geben Sie eine E-Mail-Adresse an oder --name "Vorname Nachname".',
        "en": 'Whom do you mean? Give an e-mail address or --name "First Last".',
    },
    "privacy.not_found": {
        "de": "Über „{who}“ ist nichts gespeichert.",
        "en": "Nothing is stored about '{who}'.",
    },
    "privacy.exported": {
        "de": "Auskunft über {count} Anmeldung(en) geschrieben: {json} und {html}",
        "en": "Information on {count} registration(s) written: {json} and {html}",
    },
    "privacy.what_goes": {"de": "Wird gelöscht: {who}", "en": "Will be erased: {who}"},
    "privacy.mail_entries": {
        "de": "Dazu {count} Einträge im Versandprotokoll.",
        "en": "Plus {count} entries in the mail log.",
    },
    "privacy.mention": {
        "de": "Hinweis: Der Name steht auch im Programm von {event} („{title}“) – als öffentliche Rolle bleibt er dort; ändern Sie ihn bei Bedarf mit „agenda edit“ oder „topic edit“.",
        "en": "Note: the name also appears in the programme of {event} ('{title}') – as a public role it stays there; change it with 'agenda edit' or 'topic edit' if needed.",
    },
    "privacy.forget_confirm": {
        "de": "Alle Daten von {who} endgültig löschen?",
        "en": "Erase all data of {who} for good?",
    },
    "privacy.forgotten": {
        "de": "Gelöscht: {who} ({count} Anmeldung(en)); die Datenbankdatei wurde neu geschrieben.",
        "en": "Erased: {who} ({count} registration(s)); the database file was rewritten.",
    },
    "privacy.backups_hint": {
        "de": "Denken Sie an ältere Sicherungen und exportierte Listen: Dort steht die Person noch.",
        "en": "Remember older backups and exported lists: the person is still in them.",
    },
    "privacy.nothing_to_purge": {
        "de": "Keine Veranstaltung hat ihre Löschfrist überschritten. (Frist setzen: konferenz event edit --retention-days 365)",
        "en": "No event is past its retention period. (Set one: konferenz event edit --retention-days 365)",
    },
    "privacy.purge_title": {"de": "Löschfrist abgelaufen", "en": "Retention period over"},
    "privacy.dry_run": {"de": "Probelauf: Es wurde nichts geändert.", "en": "Dry run: nothing was changed."},
    "privacy.purge_confirm": {
        "de": "Personenbezogene Daten dieser {count} Veranstaltung(en) anonymisieren?",
        "en": "Anonymise the personal data of these {count} event(s)?",
    },
    "privacy.purged": {
        "de": "{count} Anmeldungen aus {events} Veranstaltung(en) anonymisiert; die Zahlen für Berichte bleiben.",
        "en": "Anonymised {count} registrations of {events} event(s); the figures for reports stay.",
    },
    "privacy.no_consent": {
        "de": "Für {email} ist keine aktive Newsletter-Einwilligung gespeichert.",
        "en": "No active newsletter consent is stored for {email}.",
    },
    "privacy.withdrawn": {
        "de": "Widerruf für {email} festgehalten ({count} Anmeldung(en)).",
        "en": "Withdrawal recorded for {email} ({count} registration(s)).",
    },
    "backup.no_database": {
        "de": "Es gibt keine Datenbank „{path}“ zum Sichern.",
        "en": "There is no database '{path}' to back up.",
    },
    "backup.exists": {
        "de": "„{path}“ gibt es schon. Wählen Sie einen anderen Namen oder überschreiben Sie mit --force.",
        "en": "'{path}' already exists. Choose another name or overwrite with --force.",
    },
    "backup.same_file": {
        "de": "Die Sicherung kann nicht die Datenbank selbst sein ({path}).",
        "en": "The backup cannot be the database itself ({path}).",
    },
    "backup.written": {"de": "Sicherung geschrieben: {path} ({size} KB)", "en": "Backup written: {path} ({size} KB)"},
    "restore.not_konferenz": {
        "de": "„{path}“ ist keine konferenz-Datenbank. Es wurde nichts verändert.",
        "en": "'{path}' is not a konferenz database. Nothing was changed.",
    },
    "restore.damaged": {
        "de": "Die Sicherung „{path}“ ist beschädigt ({reason}). Es wurde nichts verändert.",
        "en": "The backup '{path}' is damaged ({reason}). Nothing was changed.",
    },
    "restore.confirm": {
        "de": "Die Datenbank {db} durch die Sicherung {backup} ersetzen? (Die bisherige wird vorher gesichert.)",
        "en": "Replace the database {db} with the backup {backup}? (The current one is saved first.)",
    },
    "restore.done": {
        "de": "Wiederhergestellt: {db} (Schema-Version {version}).",
        "en": "Restored: {db} (schema version {version}).",
    },
    "restore.safety_copy": {
        "de": "Die bisherige Datenbank liegt in {path}.",
        "en": "The previous database is in {path}.",
    },
}
