"""Messages about templates."""

MESSAGES = {
    "templates.dir_missing": {
        "de": "Der Vorlagen-Ordner „{path}“ existiert nicht.",
        "en": "The template folder '{path}' does not exist.",
    },
    "templates.not_found": {
        "de": "Keine Vorlage gefunden: {name}. Prüfen Sie den Namen (siehe templates/README.md).",
        "en": "No template found: {name}. Check the name (see templates/README.md).",
    },
    "templates.syntax": {
        "de": "Vorlage {name}, Zeile {line}: {reason}",
        "en": "Template {name}, line {line}: {reason}",
    },
    "templates.undefined": {
        "de": "Vorlage {name}, Zeile {line}: {reason}. Die verfügbaren Variablen stehen in templates/README.md.",
        "en": "Template {name}, line {line}: {reason}. The available variables are listed in templates/README.md.",
    },
    "templates.bad_name": {
        "de": "„{name}“ ist kein Vorlagenname. Vorlagen heißen z. B. invitation, confirmation, workgroups, reminder, "
        "thanks, flyer, press-release (siehe templates/README.md).",
        "en": "'{name}' is not a template name. Templates are called e.g. invitation, confirmation, workgroups, "
        "reminder, thanks, flyer, press-release (see templates/README.md).",
    },
    "templates.unsafe": {
        "de": "Vorlage {name}, Zeile {line}: nicht erlaubt ({reason}). Vorlagen dürfen nur Daten anzeigen.",
        "en": "Template {name}, line {line}: not allowed ({reason}). Templates may only show data.",
    },
    "templates.failed": {
        "de": "Vorlage {name}, Zeile {line}: {reason}",
        "en": "Template {name}, line {line}: {reason}",
    },
    "templates.remembered_missing": {
        "de": "Der gemerkte Vorlagen-Ordner „{path}“ existiert nicht mehr; es werden die mitgelieferten Vorlagen verwendet.",
        "en": "The remembered template folder '{path}' no longer exists; the shipped templates are used.",
    },
}
