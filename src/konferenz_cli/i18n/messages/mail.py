"""Messages of the template and mail commands: render, invitations, send-mail."""

MESSAGES = {
    # --- help -----------------------------------------------------------------
    "help.render": {
        "de": "Eine Vorlage (Einladung, Flyer, Pressemitteilung …) als Dateien ausgeben: einmal für die "
        "Veranstaltung oder je Person.\n\nBeispiel: konferenz render flyer -o ausgabe",
        "en": "Render a template (invitation, flyer, press release …) to files: once for the event or once "
        "per person.\n\nExample: konferenz render flyer -o output",
    },
    "help.invitations": {
        "de": "Einladungen als E-Mail-Dateien (.eml) schreiben, je Person mit Text- und HTML-Teil und dem "
        "persönlichen Kalender; für Personen ohne E-Mail auf Wunsch Briefe als PDF.\n\n"
        "Beispiel: konferenz invitations -o einladungen --letters",
        "en": "Write invitations as e-mail files (.eml), one per person with text and HTML parts and the "
        "personal calendar; letters as PDF for people without e-mail if asked.\n\n"
        "Example: konferenz invitations -o invitations --letters",
    },
    "help.send_mail": {
        "de": "Eine Vorlage per SMTP verschicken. Ohne --send nur ein Probelauf: zeigt, wer was bekäme, und "
        "eine Beispielnachricht. Bereits Erreichte bekommen nichts doppelt; nach einer Unterbrechung "
        "einfach erneut aufrufen. Das Passwort kommt aus $KONFERENZ_SMTP_PASSWORD oder wird abgefragt.\n\n"
        "Beispiel: konferenz send-mail invitation --smtp-host smtp.example.org --starttls --smtp-user ich --send",
        "en": "Send a template over SMTP. Without --send only a dry run: shows who would get what and one "
        "example message. People already reached get nothing twice; after an interruption simply run it "
        "again. The password comes from $KONFERENZ_SMTP_PASSWORD or a prompt.\n\n"
        "Example: konferenz send-mail invitation --smtp-host smtp.example.org --starttls --smtp-user me --send",
    },
    "arg.template": {
        "de": "Name der Vorlage: invitation, confirmation, workgroups, reminder, thanks, flyer, press-release, "
        "programme oder eine eigene.",
        "en": "Name of the template: invitation, confirmation, workgroups, reminder, thanks, flyer, press-release, "
        "programme or one of your own.",
    },
    "opt.templates": {
        "de": "Ordner mit eigenen Vorlagen (ersetzen gleichnamige mitgelieferte); wird für die Veranstaltung gemerkt.",
        "en": "Folder with your own templates (they replace shipped ones of the same name); remembered for the event.",
    },
    "opt.informal": {
        "de": "Die Du-Fassung der deutschen Vorlagen verwenden.",
        "en": "Use the informal German (du) templates.",
    },
    "opt.to": {
        "de": "Nur an diese E-Mail-Adresse (mehrfach möglich).",
        "en": "Only to this e-mail address (may be repeated).",
    },
    "opt.to_topic": {
        "de": "Nur an die Personen in dieser Arbeitsgruppe (Name oder Nummer).",
        "en": "Only to the people in this workgroup (name or number).",
    },
    "opt.documentation_url": {
        "de": "Link zur Dokumentation (für die Dankes-Mail); wird für die Veranstaltung gemerkt.",
        "en": "Link to the documentation (for the thank-you mail); remembered for the event.",
    },
    "opt.attach": {
        "de": "Diese Datei an jede Nachricht anhängen (mehrfach möglich).",
        "en": "Attach this file to every message (may be repeated).",
    },
    "opt.calendar": {
        "de": "Den persönlichen Kalender als Einladung (.ics) anhängen – oder nicht. Standard: bei invitation, "
        "workgroups und reminder ja.",
        "en": "Attach the personal calendar as an invitation (.ics) – or not. Default: yes for invitation, "
        "workgroups and reminder.",
    },
    "opt.render_output": {"de": "Ordner für die erzeugten Dateien.", "en": "Folder for the files."},
    "opt.render_per_participant": {
        "de": "Eine Datei je Person statt einer für die Veranstaltung.",
        "en": "One file per person instead of one for the event.",
    },
    "opt.invitations_output": {"de": "Ordner für die .eml-Dateien.", "en": "Folder for the .eml files."},
    "opt.template_name": {"de": "Die Vorlage (Standard: invitation).", "en": "The template (default: invitation)."},
    "opt.letters": {
        "de": "Für Personen ohne E-Mail-Adresse die Einladung als Brief (PDF, eine Seite je Person) schreiben.",
        "en": "For people without an e-mail address write the invitation as a letter (PDF, one page each).",
    },
    "opt.sender": {
        "de": "Absenderadresse (Standard: die Kontakt-E-Mail der Veranstaltung).",
        "en": "Sender address (default: the event's contact e-mail).",
    },
    "opt.smtp_host": {"de": "Der Mailserver (SMTP).", "en": "The mail server (SMTP)."},
    "opt.smtp_port": {
        "de": "Port (Standard: 25, mit --starttls 587, mit --tls 465).",
        "en": "Port (default: 25, with --starttls 587, with --tls 465).",
    },
    "opt.starttls": {"de": "Verbindung mit STARTTLS verschlüsseln.", "en": "Encrypt the connection with STARTTLS."},
    "opt.tls": {
        "de": "Verschlüsselt verbinden (TLS, meist Port 465).",
        "en": "Connect encrypted (TLS, usually port 465).",
    },
    "opt.smtp_user": {
        "de": "Benutzername beim Mailserver; das Passwort kommt aus $KONFERENZ_SMTP_PASSWORD oder wird abgefragt.",
        "en": "User name at the mail server; the password comes from $KONFERENZ_SMTP_PASSWORD or a prompt.",
    },
    "opt.smtp_ca_file": {
        "de": "Zertifikat der Zertifizierungsstelle (PEM), über die dem Zertifikat des Mailservers vertraut wird, "
        "z. B. das eigene Zertifikat einer Verwaltung; sonst gelten die Zertifikate des Systems.",
        "en": "Certificate of the authority (PEM) to trust for the mail server's certificate, such as an "
        "administration's own; otherwise the system's certificates apply.",
    },
    "opt.send": {"de": "Wirklich senden (sonst nur Probelauf).", "en": "Really send (otherwise a dry run)."},
    "opt.rate": {
        "de": "Höchstens N Nachrichten pro Minute (Standard 60; 0 = ohne Grenze).",
        "en": "At most N messages per minute (default 60; 0 = no limit).",
    },
    "opt.newsletter": {
        "de": "Newsletter-artige Post: nur an Personen mit erteilter und nicht widerrufener Einwilligung.",
        "en": "Newsletter-type mail: only to people whose consent is recorded and not withdrawn.",
    },
    "opt.mailing": {
        "de": "Name für eine weitere Runde derselben Vorlage (z. B. update-1); jede Runde erreicht jede Person einmal.",
        "en": "Name for another round of the same template (e.g. update-1); each round reaches each person once.",
    },
    "col.email": {"de": "E-Mail", "en": "E-mail"},
    "col.name": {"de": "Name", "en": "Name"},
    "mail.col.state": {"de": "Stand", "en": "State"},
    "mail.col.reason": {"de": "Grund", "en": "Reason"},
    # --- states and reports --------------------------------------------------------
    "mail.state.send": {"de": "wird gesendet", "en": "will be sent"},
    "mail.state.reached": {"de": "schon erreicht ({note})", "en": "already reached ({note})"},
    "mail.state.no_email": {
        "de": "keine E-Mail-Adresse (Brief: konferenz invitations --letters)",
        "en": "no e-mail address (letter: konferenz invitations --letters)",
    },
    "mail.state.no_consent": {"de": "keine Einwilligung in Newsletter", "en": "no newsletter consent"},
    "mail.state.bad_address": {"de": "Adresse nicht verwendbar: {note}", "en": "address not usable: {note}"},
    "mail.recipients_title": {"de": "Empfangende", "en": "Recipients"},
    "mail.dry_run_summary": {
        "de": "Probelauf über {server} – bekämen die Nachricht: {send}, schon erreicht: {reached}, "
        "ohne E-Mail: {no_email}, ohne Einwilligung: {no_consent}.",
        "en": "Dry run via {server} – would get the message: {send}, reached before: {reached}, "
        "without e-mail: {no_email}, without consent: {no_consent}.",
    },
    "mail.example_heading": {"de": "Beispielnachricht an {email}:", "en": "Example message to {email}:"},
    "mail.example_attachments": {"de": "Anhänge: {names}", "en": "Attachments: {names}"},
    "mail.dry_run_hint": {
        "de": "Es wurde nichts gesendet. Zum Senden denselben Befehl mit --send aufrufen.",
        "en": "Nothing was sent. To send, run the same command with --send.",
    },
    "mail.nothing_to_send": {
        "de": "Es ist nichts zu senden: alle {reached} Empfangenden wurden schon erreicht.",
        "en": "Nothing to send: all {reached} recipients were reached before.",
    },
    "mail.send_summary": {
        "de": "Gesendet: {sent}, fehlgeschlagen: {failed}, schon vorher erreicht: {before}, nicht versucht: {left}.",
        "en": "Sent: {sent}, failed: {failed}, reached before: {before}, not attempted: {left}.",
    },
    "mail.failed_title": {"de": "Nicht zugestellt", "en": "Not delivered"},
    "mail.run_again": {
        "de": "Rufen Sie den Befehl später erneut auf: er sendet nur an die noch nicht Erreichten.",
        "en": "Run the command again later: it sends only to those not reached yet.",
    },
    "mail.progress_send": {"de": "Senden", "en": "Sending"},
    "mail.progress_files": {"de": "E-Mails", "en": "E-mails"},
    "render.progress": {"de": "Dateien", "en": "Files"},
    "render.no_such_part": {
        "de": "Die Vorlage „{template}“ hat keinen Teil für „{path}“ (.html für die Seite, .txt für den Text). "
        "Wählen Sie die andere Endung oder einen Ordner.",
        "en": "The template '{template}' has no part for '{path}' (.html for the page, .txt for the text). "
        "Choose the other ending or a folder.",
    },
    "render.written_many": {
        "de": "Für {count} Personen geschrieben in {folder}",
        "en": "Written for {count} people to {folder}",
    },
    "render.written_many.one": {"de": "Für 1 Person geschrieben in {folder}", "en": "Written for 1 person to {folder}"},
    "mail.eml_written": {
        "de": "{count} E-Mail-Dateien (.eml) geschrieben in {folder}",
        "en": "{count} e-mail files (.eml) written to {folder}",
    },
    "mail.letters_written": {
        "de": "{count} Briefe (PDF) geschrieben: {path}",
        "en": "{count} letters (PDF) written: {path}",
    },
    "mail.without_email": {
        "de": "{count} Personen haben keine E-Mail-Adresse. Mit --letters bekommen sie die Einladung als Brief (PDF).",
        "en": "{count} people have no e-mail address. With --letters they get the invitation as a letter (PDF).",
    },
    "mail.without_email.one": {
        "de": "1 Person hat keine E-Mail-Adresse. Mit --letters bekommt sie die Einladung als Brief (PDF).",
        "en": "1 person has no e-mail address. With --letters they get the invitation as a letter (PDF).",
    },
    "mail.bad_address": {"de": "Übersprungen: {email} ({reason})", "en": "Skipped: {email} ({reason})"},
    "mail.password_prompt": {"de": "Passwort für {user} bei {host}", "en": "Password for {user} at {host}"},
    "mail.password_missing": {
        "de": "Kein Passwort angegeben: Es wurde nichts gesendet. Geben Sie es bei der Frage ein oder setzen Sie $KONFERENZ_SMTP_PASSWORD.",
        "en": "No password given: nothing was sent. Type it when asked or set $KONFERENZ_SMTP_PASSWORD.",
    },
    # --- errors ---------------------------------------------------------------------
    "mail.template_unknown": {
        "de": "Die Vorlage „{name}“ gibt es nicht (Sprache/Satz {set}). Mitgeliefert: {known}. Eigene Vorlagen "
        "legen Sie als ORDNER/{set}/{name}.html und .txt ab und geben --templates ORDNER an.",
        "en": "There is no template '{name}' (language/set {set}). Shipped: {known}. Put your own as "
        "FOLDER/{set}/{name}.html and .txt and give --templates FOLDER.",
    },
    "mail.no_sender": {
        "de": "Es fehlt eine Absenderadresse. Geben Sie --from ADRESSE an oder hinterlegen Sie eine Kontakt-E-Mail: "
        "konferenz event edit -e {slug} --contact-email ADRESSE",
        "en": "A sender address is missing. Give --from ADDRESS or set a contact e-mail: "
        "konferenz event edit -e {slug} --contact-email ADDRESS",
    },
    "mail.bad_sender": {
        "de": "„{email}“ ist keine verwendbare Absenderadresse.",
        "en": "'{email}' is not a usable sender address.",
    },
    "mail.tls_exclusive": {
        "de": "--starttls und --tls schließen sich aus: STARTTLS (meist Port 587) oder TLS (meist Port 465).",
        "en": "--starttls and --tls exclude each other: STARTTLS (usually port 587) or TLS (usually port 465).",
    },
    "mail.bad_rate": {"de": "--rate darf nicht negativ sein.", "en": "--rate must not be negative."},
    "mail.connect_failed": {
        "de": "Keine Verbindung zum Mailserver {server}: {reason}. Prüfen Sie --smtp-host, --smtp-port und "
        "--starttls/--tls.",
        "en": "Cannot connect to the mail server {server}: {reason}. Check --smtp-host, --smtp-port and "
        "--starttls/--tls.",
    },
    "mail.tls_failed": {
        "de": "Die verschlüsselte Verbindung zu {server} ist gescheitert: {reason}. Passt --tls/--starttls zum Port?",
        "en": "The encrypted connection to {server} failed: {reason}. Do --tls/--starttls match the port?",
    },
    "mail.certificate_refused": {
        "de": "Das Zertifikat von {server} ist nicht vertrauenswürdig ({reason}); es wurde nichts gesendet. "
        "Stellt Ihre Einrichtung eigene Zertifikate aus, geben Sie deren Zertifikat mit --smtp-ca-file DATEI an; "
        "stimmt der Servername nicht, nehmen Sie den Namen, auf den das Zertifikat lautet.",
        "en": "The certificate of {server} is not trusted ({reason}); nothing was sent. If your organisation "
        "issues its own certificates, name its certificate with --smtp-ca-file FILE; if the server name does "
        "not match, use the name the certificate was issued for.",
    },
    "mail.ca_file_unusable": {
        "de": "„{path}“ ist kein lesbares Zertifikat im PEM-Format ({reason}).",
        "en": "“{path}” is not a readable certificate in PEM format ({reason}).",
    },
    "mail.starttls_unsupported": {
        "de": "Der Mailserver {server} bietet kein STARTTLS an. Versuchen Sie --tls (Port 465) oder fragen Sie Ihre IT.",
        "en": "The mail server {server} does not offer STARTTLS. Try --tls (port 465) or ask your IT.",
    },
    "mail.auth_not_ascii": {
        "de": "Benutzername oder Passwort für „{user}“ enthalten Zeichen außerhalb von ASCII (etwa Umlaute), "
        "und der Mailserver {server} bietet keine Anmeldung an, die sie tragen kann (AUTH PLAIN). "
        "Ändern Sie das Passwort oder fragen Sie die IT nach einem Zugang ohne Umlaute.",
        "en": "The user name or password for '{user}' has characters beyond ASCII (such as umlauts), and the mail "
        "server {server} offers no login that can carry them (AUTH PLAIN). Change the password or ask your IT "
        "for a login without them.",
    },
    "mail.auth_failed": {
        "de": "Der Mailserver {server} hat die Anmeldung als „{user}“ abgelehnt ({reason}). Prüfen Sie Benutzername "
        "und Passwort ($KONFERENZ_SMTP_PASSWORD).",
        "en": "The mail server {server} refused the login as '{user}' ({reason}). Check user name and password "
        "($KONFERENZ_SMTP_PASSWORD).",
    },
    "mail.auth_unsupported": {
        "de": "Der Mailserver {server} bietet (ohne Verschlüsselung) keine Anmeldung an. Versuchen Sie --starttls oder --tls.",
        "en": "The mail server {server} offers no login (without encryption). Try --starttls or --tls.",
    },
    "demo.step.ical": {"de": "Programm als Kalender (.ics)", "en": "Agenda as calendar (.ics)"},
    "demo.step.ical_personal": {"de": "Persönliche Kalender (Anzahl)", "en": "Personal calendars (count)"},
    "demo.step.invitations": {
        "de": "Einladungen als E-Mail-Dateien (Anzahl)",
        "en": "Invitations as e-mail files (count)",
    },
    "demo.step.flyer": {"de": "Info-Flyer (HTML)", "en": "Flyer (HTML)"},
    "demo.step.press_release": {"de": "Pressemitteilung (Entwurf, HTML)", "en": "Press release (draft, HTML)"},
}
