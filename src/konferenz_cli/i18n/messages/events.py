"""Messages of the event commands: events, agenda, rooms, topics, rounds, sessions, demo."""

MESSAGES = {
    # --- help ---------------------------------------------------------------
    "help.new_event": {
        "de": "Neue Veranstaltung anlegen, mit Optionen oder aus einer TOML-Datei (--from); gibt den Kurznamen aus.\n\n"
        'Beispiel: konferenz new-event "Integrationskonferenz 2023" --date 2023-11-04 --start 10:00 --end 13:00',
        "en": "Create an event from options or from a TOML file (--from); prints its slug.\n\n"
        'Example: konferenz new-event "Integration conference 2023" --date 2023-11-04 --start 10:00 --end 13:00',
    },
    "help.events": {
        "de": "Alle Veranstaltungen auflisten.\n\nBeispiel: konferenz events --format xlsx -o veranstaltungen.xlsx",
        "en": "List all events.\n\nExample: konferenz events --format xlsx -o events.xlsx",
    },
    "help.event": {
        "de": "Eine Veranstaltung anzeigen, ändern oder löschen.\n\nBeispiel: konferenz event show ik-eschwege-2023",
        "en": "Show, change or remove an event.\n\nExample: konferenz event show ik-eschwege-2023",
    },
    "help.event_show": {
        "de": "Eine Veranstaltung mit Programm und Arbeitsgruppen anzeigen."
        "\n\nBeispiel: konferenz event show ik-eschwege-2023",
        "en": "Show an event with its agenda and workgroups."
        "\n\nExample: konferenz event show ik-eschwege-2023 --format json",
    },
    "help.event_edit": {
        "de": "Angaben einer Veranstaltung ändern."
        '\n\nBeispiel: konferenz event edit --venue "Bürgerhaus" --registration-deadline 2023-10-31',
        "en": "Change an event's details."
        '\n\nExample: konferenz event edit --venue "Town hall" --registration-deadline 2023-10-31',
    },
    "help.event_remove": {
        "de": "Eine Veranstaltung mit allen Anmeldungen löschen.\n\nBeispiel: konferenz event remove ik-eschwege-2023",
        "en": "Remove an event with all its registrations.\n\nExample: konferenz event remove ik-eschwege-2023",
    },
    "help.agenda": {
        "de": "Programmpunkte hinzufügen, ändern, löschen, auflisten.\n\nBeispiel: konferenz agenda list",
        "en": "Add, change, remove and list agenda items.\n\nExample: konferenz agenda list",
    },
    "help.agenda_add": {
        "de": "Programmpunkt hinzufügen. Beispiel: konferenz agenda add --start 10:00 --end 10:20 --title Grußworte --kind welcome",
        "en": "Add an agenda item. Example: konferenz agenda add --start 10:00 --end 10:20 --title Welcome --kind welcome",
    },
    "help.agenda_edit": {
        "de": "Programmpunkt ändern (ID aus „agenda list“)."
        "\n\nBeispiel: konferenz agenda edit 3 --start 10:25 --end 10:50",
        "en": "Change an agenda item (ID from 'agenda list')."
        "\n\nExample: konferenz agenda edit 3 --start 10:25 --end 10:50",
    },
    "help.agenda_remove": {
        "de": "Programmpunkt löschen.\n\nBeispiel: konferenz agenda remove 3",
        "en": "Remove an agenda item.\n\nExample: konferenz agenda remove 3",
    },
    "help.agenda_list": {
        "de": "Programm auflisten.\n\nBeispiel: konferenz agenda list --format xlsx -o programm.xlsx",
        "en": "List the agenda.\n\nExample: konferenz agenda list --format xlsx -o agenda.xlsx",
    },
    "help.room": {
        "de": "Räume hinzufügen, ändern, löschen, auflisten.\n\nBeispiel: konferenz room list",
        "en": "Add, change, remove and list rooms.\n\nExample: konferenz room list",
    },
    "help.room_add": {
        "de": 'Raum hinzufügen. Beispiel: konferenz room add "Raum 1" --capacity 40',
        "en": 'Add a room. Example: konferenz room add "Room 1" --capacity 40',
    },
    "help.room_edit": {
        "de": 'Raum ändern.\n\nBeispiel: konferenz room edit "Raum 1" --capacity 45',
        "en": 'Change a room.\n\nExample: konferenz room edit "Room 1" --capacity 45',
    },
    "help.room_remove": {
        "de": 'Raum löschen.\n\nBeispiel: konferenz room remove "Raum 1"',
        "en": 'Remove a room.\n\nExample: konferenz room remove "Room 1"',
    },
    "help.room_list": {
        "de": "Räume auflisten.\n\nBeispiel: konferenz room list",
        "en": "List the rooms.\n\nExample: konferenz room list",
    },
    "help.topic": {
        "de": "Arbeitsgruppen-Themen hinzufügen, ändern, löschen, auflisten.\n\nBeispiel: konferenz topic list",
        "en": "Add, change, remove and list workgroup topics.\n\nExample: konferenz topic list",
    },
    "help.topic_add": {
        "de": 'Thema hinzufügen (mit einer Sitzung je Runde). Beispiel: konferenz topic add Sprache --room "Raum 1" --capacity 40',
        "en": 'Add a topic (with a session in each round). Example: konferenz topic add Language --room "Room 1" --capacity 40',
    },
    "help.topic_edit": {
        "de": "Thema ändern.\n\nBeispiel: konferenz topic edit Sprache --room Saal --capacity 60",
        "en": "Change a topic.\n\nExample: konferenz topic edit Language --room Hall --capacity 60",
    },
    "help.topic_remove": {
        "de": "Thema mit seinen Sitzungen löschen.\n\nBeispiel: konferenz topic remove Sprache",
        "en": "Remove a topic with its sessions.\n\nExample: konferenz topic remove Language",
    },
    "help.topic_list": {
        "de": "Themen auflisten.\n\nBeispiel: konferenz topic list",
        "en": "List the topics.\n\nExample: konferenz topic list",
    },
    "help.round": {
        "de": "Arbeitsgruppen-Runden hinzufügen, ändern, löschen, auflisten.\n\nBeispiel: konferenz round list",
        "en": "Add, change, remove and list workgroup rounds.\n\nExample: konferenz round list",
    },
    "help.round_add": {
        "de": 'Runde hinzufügen.\n\nBeispiel: konferenz round add --title "Phase 3" --agenda-item 8',
        "en": 'Add a round.\n\nExample: konferenz round add --title "Phase 3" --agenda-item 8',
    },
    "help.round_edit": {
        "de": "Runde ändern oder an einen Programmpunkt binden.\n\nBeispiel: konferenz round edit 2 --agenda-item 6",
        "en": "Change a round or bind it to an agenda item.\n\nExample: konferenz round edit 2 --agenda-item 6",
    },
    "help.round_remove": {
        "de": "Runde mit ihren Sitzungen löschen.\n\nBeispiel: konferenz round remove 3",
        "en": "Remove a round with its sessions.\n\nExample: konferenz round remove 3",
    },
    "help.round_list": {
        "de": "Runden auflisten.\n\nBeispiel: konferenz round list",
        "en": "List the rounds.\n\nExample: konferenz round list",
    },
    "help.session": {
        "de": "Sitzungen (ein Thema in einer Runde) ändern und auflisten.\n\nBeispiel: konferenz session list",
        "en": "Change and list sessions (one topic in one round).\n\nExample: konferenz session list",
    },
    "help.session_edit": {
        "de": "Raum, Plätze oder Moderation einer Sitzung festlegen. Beispiel: konferenz session edit --topic Sprache --round 2 --room Saal --capacity 60",
        "en": "Set a session's room, seats or facilitators. Example: konferenz session edit --topic Language --round 2 --room Hall --capacity 60",
    },
    "help.session_list": {
        "de": "Sitzungen auflisten.\n\nBeispiel: konferenz session list --format xlsx -o sitzungen.xlsx",
        "en": "List the sessions.\n\nExample: konferenz session list --format xlsx -o sessions.xlsx",
    },
    "help.demo": {
        "de": "Die ganze Arbeitskette an den mitgelieferten Beispielen vorführen, in einer frischen Datenbank."
        "\n\nBeispiel: konferenz demo --out konferenz-demo",
        "en": "Run the whole chain of work on the bundled examples, in a fresh database."
        "\n\nExample: konferenz demo --lang en --out konferenz-demo",
    },
    # --- arguments and options ------------------------------------------------
    "arg.title": {"de": "Titel der Veranstaltung.", "en": "Title of the event."},
    "arg.slug": {"de": "Kurzname der Veranstaltung.", "en": "Slug of the event."},
    "arg.agenda_id": {
        "de": "Nummer des Programmpunkts (siehe „agenda list“).",
        "en": "Number of the agenda item (see 'agenda list').",
    },
    "arg.room": {"de": "Name des Raums.", "en": "Name of the room."},
    "arg.topic": {"de": "Name (oder Nummer) des Themas.", "en": "Name (or number) of the topic."},
    "arg.round": {"de": "Nummer der Runde.", "en": "Number of the round."},
    "opt.title": {"de": "Neuer Titel.", "en": "New title."},
    "opt.date": {"de": "Datum (erster Tag).", "en": "Date (first day)."},
    "opt.end_date": {"de": "Letzter Tag bei mehrtägigen Veranstaltungen.", "en": "Last day of a multi-day event."},
    "opt.start": {"de": "Beginn.", "en": "Start time."},
    "opt.end": {"de": "Ende.", "en": "End time."},
    "opt.doors": {"de": "Einlass / Come together.", "en": "Doors open / come-together."},
    "opt.venue": {"de": "Veranstaltungsort.", "en": "Venue."},
    "opt.address": {"de": "Adresse des Veranstaltungsorts.", "en": "Address of the venue."},
    "opt.registration_deadline": {"de": "Anmeldeschluss.", "en": "Registration deadline."},
    "opt.contact_email": {
        "de": "Kontakt-E-Mail für Anmeldungen und Fragen.",
        "en": "Contact e-mail for registrations and questions.",
    },
    "opt.contact_phone": {"de": "Kontakt-Telefon.", "en": "Contact phone."},
    "opt.slug": {"de": "Kurzname (sonst aus dem Titel gebildet).", "en": "Slug (derived from the title otherwise)."},
    "opt.new_slug": {"de": "Neuer Kurzname.", "en": "New slug."},
    "opt.series": {"de": "Reihe, zu der die Veranstaltung gehört.", "en": "Series the event belongs to."},
    "opt.timezone": {"de": "Zeitzone (Standard: Europe/Berlin).", "en": "Time zone (default: Europe/Berlin)."},
    "opt.capacity": {
        "de": "Höchstzahl Teilnehmender; weitere kommen auf die Warteliste.",
        "en": "Maximum number of participants; more are waitlisted.",
    },
    "opt.organiser": {"de": "Veranstalter (mehrfach möglich).", "en": "Organiser (repeatable)."},
    "opt.partner": {"de": "Kooperationspartner (mehrfach möglich).", "en": "Partner / co-organiser (repeatable)."},
    "opt.patron": {"de": "Schirmherrschaft.", "en": "Patron."},
    "opt.moderator": {"de": "Moderation.", "en": "Moderator."},
    "opt.funding_programme": {
        "de": "Projekt / Förderprogramm (für Teilnahmelisten).",
        "en": "Project / funding programme (for sign-in sheets).",
    },
    "opt.description": {"de": "Beschreibung.", "en": "Description."},
    "opt.event_language": {"de": "Sprache der Veranstaltung (de oder en).", "en": "Language of the event (de or en)."},
    "opt.retention_days": {
        "de": "Tage nach der Veranstaltung, nach denen personenbezogene Daten gelöscht werden.",
        "en": "Days after the event after which personal data is purged.",
    },
    "opt.from_file": {
        "de": "Ganze Veranstaltung aus einer TOML-Datei anlegen.",
        "en": "Create the whole event from a TOML file.",
    },
    "opt.like": {
        "de": "Programm, Themen und Runden dieser Veranstaltung übernehmen.",
        "en": "Copy agenda, topics and rounds of this event.",
    },
    "opt.item_date": {
        "de": "Tag des Programmpunkts (Standard: erster Tag).",
        "en": "Day of the item (default: the first day).",
    },
    "opt.item_title": {"de": "Titel des Programmpunkts.", "en": "Title of the item."},
    "opt.kind": {
        "de": "Art: welcome, input, workgroup_round, testimony, panel, break, market, tour, other.",
        "en": "Kind: welcome, input, workgroup_round, testimony, panel, break, market, tour, other.",
    },
    "opt.speaker": {"de": "Mitwirkende Person (mehrfach möglich).", "en": "Speaker (repeatable)."},
    "opt.item_room": {"de": "Raum des Programmpunkts.", "en": "Room of the item."},
    "opt.item_round": {
        "de": "Nummer der Arbeitsgruppen-Runde in diesem Zeitfenster.",
        "en": "Number of the workgroup round in this slot.",
    },
    "opt.room_capacity": {"de": "Sitzplätze im Raum.", "en": "Seats in the room."},
    "opt.new_name": {"de": "Neuer Name.", "en": "New name."},
    "opt.facilitator": {"de": "Moderation (mehrfach möglich).", "en": "Facilitator (repeatable)."},
    "opt.topic_room": {
        "de": "Raum in jeder Runde (einzeln änderbar mit „session edit“).",
        "en": "Room in every round (change single rounds with 'session edit').",
    },
    "opt.topic_capacity": {"de": "Plätze je Sitzung.", "en": "Seats per session."},
    "opt.min_size": {"de": "Mindestzahl Teilnehmender.", "en": "Minimum number of participants."},
    "opt.topic_rounds": {
        "de": "Nur in dieser Runde (mehrfach möglich; Standard: jede Runde).",
        "en": "Only in this round (repeatable; default: every round).",
    },
    "opt.standing": {"de": "Ständige Arbeitsgruppe ohne Runden.", "en": "Standing workgroup without rounds."},
    "opt.round_number": {"de": "Nummer der Runde.", "en": "Number of the round."},
    "opt.round_title": {"de": "Titel der Runde.", "en": "Title of the round."},
    "opt.agenda_item": {
        "de": "Programmpunkt (ID), in dem die Runde stattfindet.",
        "en": "Agenda item (ID) the round takes place in.",
    },
    "opt.session_topic": {"de": "Thema der Sitzung.", "en": "Topic of the session."},
    "opt.session_round": {"de": "Runde der Sitzung.", "en": "Round of the session."},
    "opt.session_room": {"de": "Raum dieser Sitzung.", "en": "Room of this session."},
    "opt.session_capacity": {"de": "Plätze in dieser Sitzung.", "en": "Seats in this session."},
    "opt.session_cancel": {"de": "Sitzung absagen bzw. wieder öffnen.", "en": "Cancel or reopen the session."},
    "opt.demo_out": {
        "de": "Ordner für Datenbank und Ausgaben der Vorführung.",
        "en": "Folder for the demo's database and outputs.",
    },
    # --- events ---------------------------------------------------------------
    "event.created": {
        "de": "Angelegt: {title} ({slug}) am {date} – {agenda} Programmpunkte, {topics} Themen, {rounds} Runden.",
        "en": "Created: {title} ({slug}) on {date} – {agenda} agenda items, {topics} topics, {rounds} rounds.",
    },
    "event.updated": {"de": "Geändert: {slug}", "en": "Updated: {slug}"},
    "event.removed": {"de": "Gelöscht: {slug}", "en": "Removed: {slug}"},
    "event.remove_confirm": {
        "de": "„{title}“ ({slug}) mit {count} Anmeldungen endgültig löschen?",
        "en": "Remove '{title}' ({slug}) with {count} registrations for good?",
    },
    "event.not_found": {
        "de": "Es gibt keine Veranstaltung „{slug}“. Vorhanden: {slugs}.",
        "en": "There is no event '{slug}'. Known events: {slugs}.",
    },
    "event.not_found_none": {
        "de": "Es gibt keine Veranstaltung „{slug}“ – die Datenbank enthält noch keine. Legen Sie eine mit „konferenz new-event“ an.",
        "en": "There is no event '{slug}' – the database holds none yet. Create one with 'konferenz new-event'.",
    },
    "event.no_database_yet": {
        "de": "Keine Veranstaltungen: Die Datenbank „{path}“ gibt es noch nicht. Legen Sie eine Veranstaltung an "
        "(konferenz new-event --from veranstaltung.toml) oder geben Sie mit --db bzw. $KONFERENZ_DB die richtige "
        "Datei an.",
        "en": "No events: the database '{path}' does not exist yet. Create an event (konferenz new-event --from "
        "event.toml) or give the right file with --db or $KONFERENZ_DB.",
    },
    "event.none_yet": {
        "de": "Die Datenbank enthält noch keine Veranstaltung. Legen Sie eine an: konferenz new-event --from veranstaltung.toml",
        "en": "The database holds no event yet. Create one: konferenz new-event --from event.toml",
    },
    "event.choose": {
        "de": "Die Datenbank enthält mehrere Veranstaltungen. Wählen Sie eine mit --event: {slugs}",
        "en": "The database holds several events. Choose one with --event: {slugs}",
    },
    "event.slug_taken": {
        "de": "Der Kurzname „{slug}“ ist schon vergeben. Wählen Sie einen anderen, z. B. --slug {suggestion}",
        "en": "The slug '{slug}' is already taken. Choose another one, e.g. --slug {suggestion}",
    },
    "event.slug_taken_derived": {
        "de": "Es gibt schon eine Veranstaltung mit dem Kurznamen „{slug}“ (aus dem Titel gebildet). "
        "Geben Sie einen eigenen an, z. B. --slug {suggestion}",
        "en": "There is already an event with the slug '{slug}' (derived from the title). "
        "Give one of your own, e.g. --slug {suggestion}",
    },
    "event.flags_missing": {
        "de": 'Es fehlt: {missing}. Beispiel: konferenz new-event "Titel" --date 2023-11-04 --start 10:00 --end 13:00 (oder --from datei.toml)',
        "en": 'Missing: {missing}. Example: konferenz new-event "Title" --date 2023-11-04 --start 10:00 --end 13:00 (or --from file.toml)',
    },
    "event.end_date_before_date": {
        "de": "Der letzte Tag ({end_date}) liegt vor dem ersten ({date}).",
        "en": "The last day ({end_date}) is before the first ({date}).",
    },
    "event.doors_after_start": {
        "de": "Der Einlass ({doors}) liegt nach dem Beginn ({start}).",
        "en": "Doors open ({doors}) after the start ({start}).",
    },
    "event.hours": {"de": "{start}–{end} Uhr", "en": "{start}–{end}"},
    "event.doors_at": {"de": "Einlass {doors} Uhr", "en": "doors {doors}"},
    # --- event file -----------------------------------------------------------
    "event_file.syntax": {
        "de": "{file}, Zeile {line}: Die Datei ist kein gültiges TOML ({reason}). Prüfen Sie Anführungszeichen und Klammern in dieser Zeile.",
        "en": "{file}, line {line}: the file is not valid TOML ({reason}). Check quotes and brackets on that line.",
    },
    "event_file.invalid": {"de": "{file}, Zeile {line}: {reason}", "en": "{file}, line {line}: {reason}"},
    "event_file.missing": {
        "de": "{file}, Zeile {line}: Angabe „{key}“ fehlt.",
        "en": "{file}, line {line}: '{key}' is missing.",
    },
    "event_file.no_event": {
        "de": "{file}: Der Abschnitt [event] mit Titel, Datum, Beginn und Ende fehlt.",
        "en": "{file}: the [event] section with title, date, start and end is missing.",
    },
    "event_file.not_array": {
        "de": "{file}, Zeile {line}: „{key}“ muss als [[{key}]]-Liste geschrieben werden.",
        "en": "{file}, line {line}: '{key}' must be written as a [[{key}]] list.",
    },
    "event_file.unknown_section": {
        "de": "{file}, Zeile {line}: Unbekannter Abschnitt „{key}“. Bekannt sind: {sections}.",
        "en": "{file}, line {line}: unknown section '{key}'. Known sections: {sections}.",
    },
    "event_file.not_utf8": {
        "de": "„{path}“ ist nicht in UTF-8 gespeichert. Speichern Sie die Datei als UTF-8.",
        "en": "'{path}' is not saved as UTF-8. Save the file as UTF-8.",
    },
    # --- agenda, rooms, topics, rounds, sessions --------------------------------
    "agenda.added": {"de": "Programmpunkt {id} hinzugefügt: {title}", "en": "Added agenda item {id}: {title}"},
    "agenda.updated": {"de": "Programmpunkt {id} geändert.", "en": "Agenda item {id} updated."},
    "agenda.removed": {"de": "Programmpunkt {id} gelöscht: {title}", "en": "Removed agenda item {id}: {title}"},
    "agenda.not_found": {
        "de": "Es gibt keinen Programmpunkt {id}. Die Nummern zeigt „konferenz agenda list“.",
        "en": "There is no agenda item {id}. 'konferenz agenda list' shows the numbers.",
    },
    "agenda.flags_missing": {"de": "Es fehlt: {missing}.", "en": "Missing: {missing}."},
    "agenda.date_outside": {
        "de": "Der Tag {date} liegt nicht innerhalb der Veranstaltung ({first} bis {last}).",
        "en": "The day {date} is not within the event ({first} to {last}).",
    },
    "room.added": {"de": "Raum hinzugefügt: {room}", "en": "Room added: {room}"},
    "room.updated": {"de": "Raum geändert: {room}", "en": "Room updated: {room}"},
    "room.removed": {"de": "Raum gelöscht: {room}", "en": "Room removed: {room}"},
    "room.exists": {"de": "Den Raum „{room}“ gibt es schon.", "en": "The room '{room}' already exists."},
    "room.not_found": {
        "de": "Es gibt keinen Raum „{room}“. Vorhanden: {rooms}.",
        "en": "There is no room '{room}'. Known rooms: {rooms}.",
    },
    "room.created_for_topic": {
        "de": "Den Raum „{room}“ gab es noch nicht: er ist jetzt ohne Platzzahl angelegt. Tippfehler? Prüfen Sie mit konferenz room list.",
        "en": "There was no room '{room}' yet: it is now created without a number of seats. A typo? Check with konferenz room list.",
    },
    "topic.added": {"de": "Thema hinzugefügt: {topic}", "en": "Topic added: {topic}"},
    "topic.updated": {"de": "Thema geändert: {topic}", "en": "Topic updated: {topic}"},
    "topic.removed": {"de": "Thema gelöscht: {topic}", "en": "Topic removed: {topic}"},
    "topic.remove_confirm": {
        "de": "Thema „{topic}“ mit seinen Sitzungen, Wünschen und Einteilungen löschen?",
        "en": "Remove the topic '{topic}' with its sessions, wishes and assignments?",
    },
    "topic.exists": {"de": "Das Thema „{topic}“ gibt es schon.", "en": "The topic '{topic}' already exists."},
    "topic.number_exists": {
        "de": "Das Thema „{topic}“ soll die Nummer {number} bekommen, die schon ein anderes Thema hat.",
        "en": "The topic '{topic}' is to get number {number}, which another topic already has.",
    },
    "topic.not_found": {
        "de": "Es gibt kein Thema „{topic}“. Vorhanden: {topics}.",
        "en": "There is no topic '{topic}'. Known topics: {topics}.",
    },
    "topic.not_found_suggest": {
        "de": "Es gibt kein Thema „{topic}“. Meinten Sie „{suggestion}“? Vorhanden: {topics}.",
        "en": "There is no topic '{topic}'. Did you mean '{suggestion}'? Known topics: {topics}.",
    },
    "topic.unknown_round": {
        "de": "Das Thema „{topic}“ soll in Runde {round} stattfinden, die es nicht gibt. Runden: {rounds}.",
        "en": "The topic '{topic}' is to run in round {round}, which does not exist. Rounds: {rounds}.",
    },
    "round.added": {"de": "Runde {round} hinzugefügt.", "en": "Round {round} added."},
    "round.updated": {"de": "Runde {round} geändert.", "en": "Round {round} updated."},
    "round.removed": {"de": "Runde {round} gelöscht.", "en": "Round {round} removed."},
    "round.remove_confirm": {
        "de": "Runde {round} mit ihren Sitzungen und Einteilungen löschen?",
        "en": "Remove round {round} with its sessions and assignments?",
    },
    "round.duplicate": {"de": "Runde {round} gibt es schon.", "en": "Round {round} already exists."},
    "round.not_found": {
        "de": "Es gibt keine Runde {round}. Runden: {rounds}.",
        "en": "There is no round {round}. Rounds: {rounds}.",
    },
    "session.updated": {
        "de": "Sitzung geändert: {topic}, Runde {round}",
        "en": "Session updated: {topic}, round {round}",
    },
    "session.not_found": {
        "de": "Das Thema „{topic}“ hat keine Sitzung in Runde {round}.",
        "en": "The topic '{topic}' has no session in round {round}.",
    },
    # --- titles -----------------------------------------------------------------
    "title.events": {"de": "Veranstaltungen", "en": "Events"},
    "title.agenda": {"de": "Programm", "en": "Agenda"},
    "title.rooms": {"de": "Räume", "en": "Rooms"},
    "title.rounds": {"de": "Runden", "en": "Rounds"},
    "title.topics": {"de": "Arbeitsgruppen", "en": "Workgroups"},
    "title.sessions": {"de": "Sitzungen", "en": "Sessions"},
    # --- demo -------------------------------------------------------------------
    "demo.title": {"de": "konferenz-Vorführung – Dateien in {folder}", "en": "konferenz demo – files in {folder}"},
    "demo.col.step": {"de": "Schritt", "en": "Step"},
    "demo.col.what": {"de": "Was", "en": "What"},
    "demo.col.where": {"de": "Wo", "en": "Where"},
    "demo.step.event": {"de": "Veranstaltung angelegt", "en": "Event created"},
    "demo.step.event_like": {"de": "Zweiter Ort (--like)", "en": "Second venue (--like)"},
    "demo.step.programme": {"de": "Programm (HTML)", "en": "Agenda (HTML)"},
    "demo.database": {"de": "Datenbank: {path}", "en": "Database: {path}"},
    "demo.next": {
        "de": "Weiter ausprobieren: {program} --db {db} events",
        "en": "Explore further: {program} --db {db} events",
    },
}
