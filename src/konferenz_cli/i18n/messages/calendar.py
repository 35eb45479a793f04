"""Messages of the calendar export and the texts inside the calendar files."""

MESSAGES = {
    # --- texts inside the calendars -------------------------------------------
    "ical.day": {"de": "{title} (Tag {n} von {total})", "en": "{title} (day {n} of {total})"},
    "ical.doors": {"de": "Einlass ab {time} Uhr", "en": "Doors open at {time}"},
    "ical.programme": {"de": "Programm:", "en": "Programme:"},
    "ical.contact": {"de": "Kontakt: {contact}", "en": "Contact: {contact}"},
    "ical.speakers": {"de": "Mitwirkende: {names}", "en": "With: {names}"},
    "ical.workgroups": {"de": "Arbeitsgruppen:", "en": "Workgroups:"},
    "ical.your_workgroup": {"de": "Arbeitsgruppe: {topic}", "en": "Workgroup: {topic}"},
    "ical.room": {"de": "Raum: {room}", "en": "Room: {room}"},
    "ical.facilitators": {"de": "Moderation: {names}", "en": "Facilitated by: {names}"},
    "ical.assignment_pending": {
        "de": "Die Einteilung in die Arbeitsgruppen folgt.",
        "en": "Your workgroup will be announced.",
    },
    "ical.main_room": {"de": "Plenum", "en": "Plenary"},
    # --- the command ------------------------------------------------------------
    "help.export_ical": {
        "de": "Das Programm als Kalenderdatei (.ics, RFC 5545) schreiben: für alle, für eine Person "
        "(mit ihren Arbeitsgruppen) oder eine Datei je Person. Ein erneuter Export erkennt geänderte "
        "Einträge und erhöht ihre Versionsnummer, sodass Kalender sie aktualisieren statt zu verdoppeln.\n\n"
        "Beispiel: konferenz export-ical -o programm.ics",
        "en": "Write the agenda as a calendar file (.ics, RFC 5545): for everyone, for one person (with "
        "their workgroups) or one file per person. A new export notices changed entries and raises their "
        "version number, so calendars update them instead of adding duplicates.\n\n"
        "Example: konferenz export-ical -o agenda.ics",
    },
    "opt.ical_output": {
        "de": "Die Kalenderdatei, die geschrieben wird (.ics, bei --format frab .xml).",
        "en": "The calendar file to write (.ics, with --format frab .xml).",
    },
    "opt.ical_participant": {
        "de": "Nur den Kalender dieser Person (E-Mail-Adresse) schreiben, mit ihren eigenen Arbeitsgruppen.",
        "en": "Write the calendar of this person (e-mail address) only, with their own workgroups.",
    },
    "opt.ical_per_participant": {
        "de": "Eine Kalenderdatei je Person in diesen Ordner schreiben.",
        "en": "Write one calendar file per person into this folder.",
    },
    "opt.ical_format": {
        "de": "ics (Kalender) oder frab (XML für Programm-Apps).",
        "en": "ics (calendar) or frab (XML for schedule apps).",
    },
    "opt.as_invitation": {
        "de": "Als Einladung (METHOD:REQUEST mit Veranstalter und Teilnehmer:in) statt als Veröffentlichung.",
        "en": "As an invitation (METHOD:REQUEST with organiser and attendee) instead of a publication.",
    },
    "opt.recipient_status": {
        "de": "Nur Personen mit diesem Status (registered, waitlisted, cancelled, attended); mehrfach möglich. "
        "Standard: registered und attended.",
        "en": "Only people with this status (registered, waitlisted, cancelled, attended); may be repeated. "
        "Default: registered and attended.",
    },
    "ical.written": {
        "de": "Kalender geschrieben: {path} ({count} Einträge)",
        "en": "Calendar written: {path} ({count} entries)",
    },
    "ical.written.one": {"de": "Kalender geschrieben: {path} (1 Eintrag)", "en": "Calendar written: {path} (1 entry)"},
    "ical.frab_written": {"de": "Programm (frab-XML) geschrieben: {path}", "en": "Agenda (frab XML) written: {path}"},
    "ical.written_many": {
        "de": "{count} Kalenderdateien geschrieben in {folder}",
        "en": "{count} calendar files written to {folder}",
    },
    "ical.progress": {"de": "Kalender", "en": "Calendars"},
    "ical.output_needed": {
        "de": "Wohin soll der Kalender? Geben Sie -o DATEI.ics oder --per-participant ORDNER an.",
        "en": "Where should the calendar go? Give -o FILE.ics or --per-participant FOLDER.",
    },
    "ical.options_exclusive": {
        "de": "--participant und --per-participant schließen sich aus; wählen Sie eines.",
        "en": "--participant and --per-participant exclude each other; choose one.",
    },
    "ical.output_with_folder": {
        "de": "Mit --per-participant wird in den Ordner geschrieben; lassen Sie -o weg.",
        "en": "With --per-participant the files go into the folder; leave out -o.",
    },
    "ical.frab_personal": {
        "de": "frab-XML gibt es nur für das ganze Programm; lassen Sie --participant/--per-participant weg.",
        "en": "frab XML is only written for the whole agenda; leave out --participant/--per-participant.",
    },
    "ical.invitation_needs_person": {
        "de": "Eine Einladung (--as-invitation) richtet sich an Personen: geben Sie --participant oder "
        "--per-participant an.",
        "en": "An invitation (--as-invitation) is addressed to people: give --participant or --per-participant.",
    },
    "ical.no_contact_email": {
        "de": "Für Einladungen braucht die Veranstaltung „{slug}“ eine Kontakt-E-Mail als Veranstalter-Adresse: "
        "konferenz event edit -e {slug} --contact-email ADRESSE",
        "en": "Invitations need a contact e-mail of the event '{slug}' as the organiser's address: "
        "konferenz event edit -e {slug} --contact-email ADDRESS",
    },
    "ical.invitation_needs_email": {
        "de": "{name} hat keine E-Mail-Adresse; eine Einladung per Kalender ist nicht möglich.",
        "en": "{name} has no e-mail address; a calendar invitation is not possible.",
    },
    "ical.participant_not_found": {
        "de": "Unter „{email}“ ist bei „{slug}“ niemand angemeldet. Prüfen Sie die Adresse "
        "(konferenz participants -e {slug}).",
        "en": "Nobody is registered as '{email}' at '{slug}'. Check the address (konferenz participants -e {slug}).",
    },
    "ical.skipped_no_email": {
        "de": "{count} Personen ohne E-Mail-Adresse erhalten keine Einladungsdatei.",
        "en": "{count} people without an e-mail address get no invitation file.",
    },
    "ical.skipped_no_email.one": {
        "de": "1 Person ohne E-Mail-Adresse erhält keine Einladungsdatei.",
        "en": "1 person without an e-mail address gets no invitation file.",
    },
    "ical.nobody": {
        "de": "Bei dieser Veranstaltung gibt es (mit diesem Status) niemanden; es wurde nichts geschrieben.",
        "en": "This event has nobody (with this status); nothing was written.",
    },
    "ical.bad_status": {
        "de": "Unbekannter Status „{status}“. Möglich: {statuses}.",
        "en": "Unknown status '{status}'. Choose from: {statuses}.",
    },
}
