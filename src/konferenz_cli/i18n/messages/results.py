"""Messages about workgroup results."""

MESSAGES = {
    "help.results": {
        "de": "Ergebnisse der Arbeitsgruppen anzeigen, eintragen (add) oder aus einer Datei einlesen (import).\n\n"
        "Beispiel: konferenz results --format xlsx -o ergebnisse.xlsx",
        "en": "Show workgroup results, enter them (add) or read them from a file (import).\n\n"
        "Example: konferenz results --format xlsx -o results.xlsx",
    },
    "help.results_add": {
        "de": "Ergebnis einer Arbeitsgruppe eintragen: per Option, aus einer Markdown-Datei oder im Editor.\n\n"
        'Beispiel: konferenz results add --topic Spracherwerb --round 1 --works-well "Kurse vor Ort"',
        "en": "Enter a workgroup's result: by option, from a Markdown file or in an editor.\n\n"
        'Example: konferenz results add --topic Spracherwerb --round 1 --works-well "Local courses"',
    },
    "help.results_import": {
        "de": "Ergebnisse aus Markdown (Überschrift je Thema, Unterüberschriften „Was läuft gut“, "
        "„Was muss besser werden“, „Vorgeschlagene Maßnahmen“, „Notizen“) oder einer Tabelle einlesen.\n\n"
        "Beispiel: konferenz results import examples/eschwege-2023-ergebnisse.md",
        "en": "Read results from Markdown (a heading per topic, sub-headings 'Works well', 'Must improve', "
        "'Proposed measures', 'Notes') or from a spreadsheet.\n\n"
        "Example: konferenz results import examples/eschwege-2023-ergebnisse.md",
    },
    "arg.results_file": {
        "de": "Markdown- (.md) oder Tabellendatei (.xlsx, .ods).",
        "en": "Markdown (.md) or spreadsheet (.xlsx, .ods) file.",
    },
    "opt.results_topic": {
        "de": "Thema (Name, Nummer oder eindeutiger Anfang).",
        "en": "Topic (name, number or unique beginning).",
    },
    "opt.results_round": {
        "de": "Runde; ohne: Ergebnis für das Thema insgesamt.",
        "en": "Round; without: the result for the topic as a whole.",
    },
    "opt.results_works_well": {"de": "Was läuft gut.", "en": "What works well."},
    "opt.results_must_improve": {"de": "Was muss besser werden.", "en": "What must improve."},
    "opt.results_measures": {"de": "Vorgeschlagene Maßnahmen.", "en": "Proposed measures."},
    "opt.results_notes": {"de": "Freie Notizen.", "en": "Free notes."},
    "opt.results_file": {
        "de": "Markdown-Datei mit den Unterüberschriften „Was läuft gut“ usw.",
        "en": "Markdown file with the sub-headings 'Works well' etc.",
    },
    "opt.results_edit": {"de": "Im Texteditor schreiben.", "en": "Write in a text editor."},
    "results.part.works_well": {"de": "Was läuft gut", "en": "Works well"},
    "results.part.must_improve": {"de": "Was muss besser werden", "en": "Must improve"},
    "results.part.proposed_measures": {"de": "Vorgeschlagene Maßnahmen", "en": "Proposed measures"},
    "results.part.notes": {"de": "Notizen", "en": "Notes"},
    "results.col.source": {"de": "Quelle", "en": "Source"},
    "results.title": {"de": "Ergebnisse – {title}", "en": "Results – {title}"},
    "results.saved": {"de": "Ergebnis gespeichert: {where}", "en": "Result saved: {where}"},
    "results.topic_not_found": {
        "de": "Das Thema „{topic}“ gibt es bei dieser Veranstaltung nicht. Themen: {topics}.",
        "en": "This event has no topic '{topic}'. Topics: {topics}.",
    },
    "results.topic_not_found_suggest": {
        "de": "Das Thema „{topic}“ gibt es bei dieser Veranstaltung nicht. Meinten Sie „{suggestion}“? Themen: {topics}.",
        "en": "This event has no topic '{topic}'. Did you mean '{suggestion}'? Topics: {topics}.",
    },
    "results.no_such_round": {
        "de": "Das Thema „{topic}“ hat keine Runde {round} (Runden: {rounds}). Lassen Sie --round weg für ein Ergebnis zum ganzen Thema.",
        "en": "The topic '{topic}' has no round {round} (rounds: {rounds}). Leave out --round for a result on the whole topic.",
    },
    "results.nothing_given": {
        "de": "Kein Text angegeben. Nutzen Sie --works-well, --must-improve, --measures, --notes, --file oder --edit.",
        "en": "No text given. Use --works-well, --must-improve, --measures, --notes, --file or --edit.",
    },
    "results.unknown_topic": {
        "de": "diese Überschrift nennt kein Thema der Veranstaltung; Ergebnisse darunter wurden übersprungen",
        "en": "this heading names no topic of the event; the results under it were skipped",
    },
    "results.row_no_topic": {"de": "Zeile ohne Thema", "en": "row without a topic"},
    "results.problem": {"de": "Zeile {line} ({text}): {reason}", "en": "Line {line} ({text}): {reason}"},
    "results.import_summary": {
        "de": "{saved} Ergebnisse gespeichert, {problems} Probleme.",
        "en": "{saved} results saved, {problems} problems.",
    },
    "results.no_header": {
        "de": "In „{path}“ fehlt eine Kopfzeile mit „Thema“ und mindestens einer Spalte wie „Was läuft gut“.",
        "en": "'{path}' has no header row with 'Topic' and at least one column such as 'Works well'.",
    },
    "results.file_format": {
        "de": "„{path}“: Ergebnisse lese ich aus Markdown (.md) oder Tabellen (.xlsx, .ods).",
        "en": "'{path}': results are read from Markdown (.md) or spreadsheets (.xlsx, .ods).",
    },
    "results.nothing_found": {
        "de": "In „{path}“ steht kein Ergebnis. Jede Arbeitsgruppe braucht eine Überschrift mit ihrem Thema "
        "und darunter Unterüberschriften wie „### Was läuft gut“.",
        "en": "'{path}' holds no result. Each workgroup needs a heading with its topic and sub-headings "
        "such as '### Works well' below it.",
    },
    "results.editor_intro": {
        "de": "<!-- Schreiben Sie unter die Überschriften. Speichern und schließen Sie den Editor, um zu übernehmen. -->",
        "en": "<!-- Write below the headings. Save and close the editor to keep it. -->",
    },
    "results.editor_unchanged": {
        "de": "Der Editor wurde ohne Speichern geschlossen; nichts geändert.",
        "en": "The editor was closed without saving; nothing changed.",
    },
}
