"""Messages of the printed lists: sign-in sheets, workgroup lists, badges, certificates."""

MESSAGES = {
    "lists.hint.no_participants": {
        "de": "Die Veranstaltung hat noch keine Anmeldungen; die Liste enthält nur leere Zeilen. Einlesen mit: konferenz import-registrations -e {slug} anmeldungen.xlsx",
        "en": "The event has no registrations yet; the list holds blank rows only. Import them with: konferenz import-registrations -e {slug} registrations.xlsx",
    },
    "lists.hint.no_assignments": {
        "de": "Noch niemand ist einer Arbeitsgruppe zugeteilt. Zuerst: konferenz assign-workgroups -e {slug}",
        "en": "Nobody is assigned to a workgroup yet. First: konferenz assign-workgroups -e {slug}",
    },
    "lists.hint.nobody_checked_in": {
        "de": "Bescheinigungen gibt es für eingecheckte Personen, und noch niemand ist eingecheckt (konferenz checkin).",
        "en": "Certificates are for people who checked in, and nobody has checked in yet (konferenz checkin).",
    },
    "help.lists": {
        "de": "Listen für den Tag drucken: Teilnahmeliste (signin), Arbeitsgruppen-Listen (workgroups), "
        "Namensschilder (badges), Teilnahmebescheinigungen (certificates) – als PDF oder XLSX.\n\n"
        "Beispiel: konferenz lists signin --format pdf -o teilnahmeliste.pdf",
        "en": "Print the lists for the day: sign-in sheet (signin), workgroup lists (workgroups), "
        "name badges (badges), certificates of attendance (certificates) – as PDF or XLSX.\n\n"
        "Example: konferenz lists signin --format pdf -o sign-in.pdf",
    },
    "arg.list_kind": {
        "de": "Welche Liste: signin, workgroups, badges oder certificates.",
        "en": "Which list: signin, workgroups, badges or certificates.",
    },
    "opt.print_format": {"de": "Dateiformat: pdf oder xlsx.", "en": "File format: pdf or xlsx."},
    "opt.signin_variant": {
        "de": "Teilnahmeliste: standard (Namen vorgedruckt), anonymous (ein Blatt pro Unterschrift) "
        "oder under16 (Gruppen unter 16 Jahren).",
        "en": "Sign-in sheet: standard (names pre-printed), anonymous (one sheet per signature) "
        "or under16 (groups under 16).",
    },
    "opt.list_day": {
        "de": "Nur die Liste für diesen Veranstaltungstag (Standard: jeder Tag).",
        "en": "Only the list for this event day (default: every day).",
    },
    "opt.list_blank": {
        "de": "Leere Zeilen (oder Blätter, Namensschilder) für Spontane (Standard: 10 bei Teilnahmelisten, 0 bei Namensschildern).",
        "en": "Blank rows (or sheets, badges) for walk-ins (default: 10 on sign-in sheets, 0 for badges).",
    },
    "opt.list_logo": {
        "de": "Logo des Fördergebers für das Logo-Feld der Teilnahmeliste (PNG/JPG).",
        "en": "The funder's logo for the logo box of the sign-in sheet (PNG/JPG).",
    },
    "opt.badge_layout": {
        "de": "Namensschilder: a7 (8 pro A4), a6 (4 pro A4) oder fold (zum Falten, Name auf beiden Seiten).",
        "en": "Badges: a7 (8 per A4), a6 (4 per A4) or fold (fold-over, name on both sides).",
    },
    "opt.badge_qr": {
        "de": "QR-Code mit der Badge-Nummer für den Check-in aufdrucken.",
        "en": "Print a QR code holding the badge number for check-in.",
    },
    "opt.list_round": {"de": "Nur Arbeitsgruppen dieser Runde.", "en": "Only the workgroups of this round."},
    "opt.u16_group": {
        "de": "Gruppe oder Einrichtung (Variante under16).",
        "en": "Group or institution (variant under16).",
    },
    "opt.u16_count": {
        "de": "Anzahl der Teilnehmenden der Gruppe (Variante under16).",
        "en": "Number of people in the group (variant under16).",
    },
    "opt.u16_supervisor": {
        "de": "Name der Betreuungsperson (Variante under16).",
        "en": "Name of the supervisor (variant under16).",
    },
    "opt.u16_role": {
        "de": "Funktion der Betreuungsperson (Variante under16).",
        "en": "The supervisor's role (variant under16).",
    },
    "opt.certificate_place": {
        "de": "Ort für die Bescheinigung (Standard: aus der Adresse des Veranstaltungsorts).",
        "en": "Place on the certificate (default: from the venue's address).",
    },
    "opt.certificate_signer": {
        "de": "Wer unterschreibt die Bescheinigung (Standard: erster Veranstalter).",
        "en": "Who signs the certificates (default: the first organiser).",
    },
    "lists.time_range": {"de": "{start}–{end} Uhr", "en": "{start}–{end}"},
    "lists.logo_slot": {"de": "Logo Fördergeber", "en": "Funder's logo"},
    "lists.funding_programme": {"de": "Projekt / Förderung", "en": "Project / funding"},
    "lists.event": {"de": "Veranstaltung", "en": "Event"},
    "lists.date": {"de": "Datum", "en": "Date"},
    "lists.venue": {"de": "Ort", "en": "Venue"},
    "lists.organiser": {"de": "Veranstalter", "en": "Organiser"},
    "lists.page_of": {"de": "Blatt {page} von {total}", "en": "Sheet {page} of {total}"},
    "lists.signin_title": {"de": "Teilnahmeliste", "en": "Attendance list"},
    "lists.signin_confirm": {
        "de": "Mit meiner Unterschrift bestätige ich meine Teilnahme an der Veranstaltung.",
        "en": "With my signature I confirm that I took part in the event.",
    },
    "lists.signin_note": {
        "de": "Diese Liste dient nur dem Nachweis der Teilnahme gegenüber dem Fördergeber und wird nicht weitergegeben.",
        "en": "This list serves only as proof of attendance for the funder and is not passed on.",
    },
    "lists.anonymous_title": {"de": "Teilnahmeliste – Einzelblatt", "en": "Attendance list – single sheet"},
    "lists.anonymous_explained": {
        "de": "Anonymisierte Teilnahmeliste: Jede Person unterschreibt auf einem eigenen Blatt.",
        "en": "Anonymised attendance list: each person signs on a sheet of their own.",
    },
    "lists.anonymous_name": {"de": "Vor- und Nachname (leserlich)", "en": "First and last name (legible)"},
    "lists.under16_title": {
        "de": "Teilnahmeliste für Gruppen unter 16 Jahren",
        "en": "Attendance list for groups under 16",
    },
    "lists.under16_note": {
        "de": "Die Gruppe besteht aus Teilnehmenden unter 16 Jahren. Statt einzelner Namen werden die Anzahl "
        "der Teilnehmenden sowie Name, Funktion und Unterschrift der Betreuungsperson erfasst.",
        "en": "The group consists of participants under 16. Instead of individual names, the number of "
        "participants and the supervisor's name, role and signature are recorded.",
    },
    "lists.col.number": {"de": "Nr.", "en": "No."},
    "lists.col.last_name": {"de": "Nachname", "en": "Last name"},
    "lists.col.first_name": {"de": "Vorname", "en": "First name"},
    "lists.col.name": {"de": "Name", "en": "Name"},
    "lists.col.organisation": {"de": "Organisation", "en": "Organisation"},
    "lists.col.signature": {"de": "Unterschrift", "en": "Signature"},
    "lists.col.present": {"de": "anwesend", "en": "present"},
    "lists.col.present_x": {"de": "Anwesend (x)", "en": "Present (x)"},
    "lists.col.group": {"de": "Gruppe / Einrichtung", "en": "Group / institution"},
    "lists.col.count": {"de": "Anzahl", "en": "Number"},
    "lists.col.supervisor": {"de": "Betreuungsperson (leserlich)", "en": "Supervisor (legible)"},
    "lists.col.role": {"de": "Funktion", "en": "Role"},
    "lists.col.badge_number": {"de": "Badge-Nr.", "en": "Badge no."},
    "lists.col.no_photos": {"de": "Keine Fotos", "en": "No photos"},
    "lists.badge_no_photos": {"de": "keine Fotos", "en": "no photos"},
    "lists.col.days": {"de": "Tag(e)", "en": "Day(s)"},
    "lists.col.workgroups": {"de": "Arbeitsgruppen", "en": "Workgroups"},
    "lists.workgroups_title": {"de": "Arbeitsgruppen", "en": "Workgroups"},
    "lists.no_sessions": {"de": "Diese Veranstaltung hat keine Arbeitsgruppen.", "en": "This event has no workgroups."},
    "lists.room": {"de": "Raum", "en": "Room"},
    "lists.facilitators": {"de": "Moderation", "en": "Facilitation"},
    "lists.members_count": {"de": "{count} Teilnehmende", "en": "{count} participants"},
    "lists.withheld_member": {"de": "(ohne Namensnennung)", "en": "(name withheld)"},
    "lists.internal_note": {
        "de": "Nur für die Moderation dieser Arbeitsgruppe – bitte nicht auslegen.",
        "en": "For the facilitators of this workgroup only – please do not pass around.",
    },
    "lists.badges_title": {"de": "Namensschilder", "en": "Name badges"},
    "lists.certificate_title": {"de": "Teilnahmebescheinigung", "en": "Certificate of attendance"},
    "lists.certificate_confirms": {"de": "Hiermit wird bestätigt, dass", "en": "This is to confirm that"},
    "lists.certificate_body": {
        "de": "am {days} an der Veranstaltung\n„{title}“\nin {venue} teilgenommen hat.",
        "en": "took part in the event\n'{title}'\nat {venue} on {days}.",
    },
    "lists.certificate_workgroups": {"de": "Besuchte Arbeitsgruppen", "en": "Workgroups attended"},
    "lists.place_date": {"de": "Ort, Datum", "en": "Place, date"},
    "lists.signature_organiser": {"de": "Unterschrift Veranstalter", "en": "Signature of the organiser"},
    "lists.no_certificates": {
        "de": "Noch niemand ist eingecheckt – Bescheinigungen gibt es nach dem Check-in (konferenz checkin).",
        "en": "Nobody is checked in yet – certificates follow the check-in (konferenz checkin).",
    },
    "lists.summary_signin": {
        "de": "Teilnahmeliste für {days} Tag(e): {names} Namen vorgedruckt, {withheld} ohne Namensnennung, {blank} leere Zeilen.",
        "en": "Sign-in sheet for {days} day(s): {names} names pre-printed, {withheld} withheld, {blank} blank rows.",
    },
    "lists.summary_anonymous": {
        "de": "Anonymisierte Teilnahmeliste: {pages} Einzelblätter für {days} Tag(e).",
        "en": "Anonymised sign-in sheet: {pages} single sheets for {days} day(s).",
    },
    "lists.summary_under16": {
        "de": "Teilnahmeliste für Gruppen unter 16 für {days} Tag(e).",
        "en": "Sign-in sheet for groups under 16 for {days} day(s).",
    },
    "lists.summary_workgroups": {
        "de": "{sessions} Arbeitsgruppen-Listen mit zusammen {people} Einträgen.",
        "en": "{sessions} workgroup lists with {people} entries in all.",
    },
    "lists.summary_badges": {"de": "{count} Namensschilder.", "en": "{count} name badges."},
    "lists.summary_badges_first_name": {
        "de": "{count} Namensschilder, davon {first_only} nur mit Vornamen "
        "(diese Personen möchten auf keiner Liste genannt werden).",
        "en": "{count} name badges, {first_only} of them with the first name only "
        "(these people do not want to be named on lists).",
    },
    "lists.summary_certificates": {
        "de": "{count} Teilnahmebescheinigungen.",
        "en": "{count} certificates of attendance.",
    },
}
