"""Messages of the command line itself: help headings, usage lines, usage errors, prompts."""

MESSAGES = {
    # --- help pages ---------------------------------------------------------
    "usage.prefix": {"de": "Aufruf:", "en": "Usage:"},
    "usage.options_metavar": {"de": "[OPTIONEN]", "en": "[OPTIONS]"},
    "usage.subcommand_metavar": {"de": "BEFEHL [ARGUMENTE]...", "en": "COMMAND [ARGS]..."},
    "usage.help_option": {"de": "Diese Hilfe anzeigen.", "en": "Show this help."},
    "usage.section.arguments": {"de": "Argumente", "en": "Arguments"},
    "usage.section.options": {"de": "Optionen", "en": "Options"},
    "usage.section.commands": {"de": "Befehle", "en": "Commands"},
    "usage.default": {"de": "Standard: {default}", "en": "default: {default}"},
    "usage.required": {"de": "Pflicht", "en": "required"},
    "usage.env_var": {"de": "Umgebungsvariable: {var}", "en": "env var: {var}"},
    "usage.dynamic": {"de": "(berechnet)", "en": "(dynamic)"},
    "usage.example": {"de": "Beispiel:", "en": "Example:"},
    "usage.examples": {"de": "Beispiele:", "en": "Examples:"},
    "metavar.text": {"de": "TEXT", "en": "TEXT"},
    "metavar.number": {"de": "ZAHL", "en": "NUMBER"},
    "metavar.path": {"de": "PFAD", "en": "PATH"},
    "metavar.list": {"de": "LISTE", "en": "LIST"},
    "metavar.template": {"de": "VORLAGE", "en": "TEMPLATE"},
    "metavar.topic": {"de": "THEMA", "en": "TOPIC"},
    "metavar.user": {"de": "BENUTZER", "en": "USER"},
    "metavar.title": {"de": "TITEL", "en": "TITLE"},
    "metavar.query": {"de": "SUCHE", "en": "SEARCH"},
    # --- usage errors (exit code 2) -----------------------------------------
    "usage.try_help": {"de": "Hilfe: {command} --help", "en": "Help: {command} --help"},
    "usage.missing_option": {"de": "Es fehlt die Option {name}.", "en": "The option {name} is missing."},
    "usage.missing_argument": {"de": "Es fehlt die Angabe {name}.", "en": "{name} is missing."},
    "usage.choose_from": {"de": "Möglich: {choices}.", "en": "Choose one of: {choices}."},
    "usage.no_such_option": {"de": "Die Option {name} gibt es hier nicht.", "en": "There is no option {name} here."},
    "usage.option_after_command": {
        "de": "Geben Sie {name} nach dem Unterbefehl an: {command} BEFEHL {name} …",
        "en": "Give {name} after the subcommand: {command} COMMAND {name} …",
    },
    "usage.did_you_mean": {"de": "Meinten Sie: {names}?", "en": "Did you mean: {names}?"},
    "usage.no_such_command": {
        "de": "Den Befehl „{name}“ gibt es nicht.",
        "en": "There is no command '{name}'.",
    },
    "usage.missing_command": {"de": "Es fehlt der Befehl.", "en": "The command is missing."},
    "usage.extra_arguments": {
        "de": 'Zu viele Angaben: {args}. Setzen Sie Text mit Leerzeichen in Anführungszeichen, z. B. "Tag der Vielfalt".',
        "en": 'Too many arguments: {args}. Put text with spaces in quotes, e.g. "Day of diversity".',
    },
    "usage.extra_files": {
        "de": "Der Befehl nimmt eine Datei auf einmal; zu viel: {files}. Rufen Sie ihn für jede Datei einzeln auf.",
        "en": "The command takes one file at a time; too many: {files}. Run it once for each file.",
    },
    "usage.option_needs_value": {
        "de": "Die Option {name} braucht einen Wert: {name} WERT.",
        "en": "The option {name} needs a value: {name} VALUE.",
    },
    "usage.option_needs_values": {
        "de": "Die Option {name} braucht {count} Werte.",
        "en": "The option {name} needs {count} values.",
    },
    "usage.option_takes_no_value": {
        "de": "Die Option {name} ist ein Schalter und nimmt keinen Wert: nur {name}.",
        "en": "The option {name} is a switch and takes no value: just {name}.",
    },
    "usage.not_a_choice": {
        "de": "„{value}“ ist für {name} nicht möglich. Möglich: {choices}.",
        "en": "'{value}' is not possible for {name}. Choose one of: {choices}.",
    },
    "usage.not_a_number": {
        "de": "{name} braucht eine ganze Zahl, z. B. 2.",
        "en": "{name} needs a whole number, e.g. 2.",
    },
    "usage.bad_value": {"de": "Ungültiger Wert für {name}: {message}", "en": "Invalid value for {name}: {message}"},
    # --- prompts ------------------------------------------------------------
    "prompt.yes_no": {"de": "[j/N]", "en": "[y/N]"},
    "prompt.answer_yes_no": {
        "de": "Bitte mit j (ja) oder n (nein) antworten.",
        "en": "Please answer y (yes) or n (no).",
    },
}
