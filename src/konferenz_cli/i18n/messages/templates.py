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
}
