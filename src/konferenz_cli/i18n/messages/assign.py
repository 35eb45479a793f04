"""Messages of the workgroup assignment: assign-workgroups, assignments, assign set/lock/unlock/clear/explain."""

MESSAGES = {
    # --- help ---------------------------------------------------------------
    "assign.help.workgroups": {
        "de": "Teilnehmende auf die Arbeitsgruppen aller Runden verteilen – beweisbar optimal, fair und erklärbar.\n\n"
        "Jede Person bekommt je Runde genau eine Sitzung, nie ein Thema doppelt, Kapazitäten und feste "
        "Zuteilungen (assign set --lock) bleiben gewahrt. Standard-Ziel „fair“: zuerst der schlechteste "
        "Wunschrang so gut wie möglich, dann die beste Summe.\n\n"
        "Beispiel: konferenz assign-workgroups --spread organisation --balance sector --dry-run",
        "en": "Assign participants to the workgroups of every round – provably optimal, fair and explained.\n\n"
        "Everyone gets exactly one session per round, never a topic twice; capacities and locked "
        "assignments (assign set --lock) are kept. Default objective 'fair': first the best possible worst "
        "rank, then the best total.\n\n"
        "Example: konferenz assign-workgroups --spread organisation --balance sector --dry-run",
    },
    "assign.help.assignments": {
        "de": "Gespeicherte Zuteilungen auflisten (wer ist in welcher Runde in welcher Gruppe).\n\n"
        "Beispiel: konferenz assignments --format xlsx -o zuteilung.xlsx",
        "en": "List the stored assignments (who is in which group in which round).\n\n"
        "Example: konferenz assignments --format xlsx -o assignments.xlsx",
    },
    "assign.help.group": {
        "de": "Einzelne Zuteilungen von Hand setzen, festhalten, lösen, erklären oder löschen."
        "\n\nBeispiel: konferenz assign explain amina@example.org",
        "en": "Set, lock, unlock, explain or clear single assignments by hand."
        "\n\nExample: konferenz assign explain amina@example.org",
    },
    "assign.help.set": {
        "de": "Eine Person in einer Runde einem Thema zuteilen (geprüft gegen Kapazität und Wiederholung).\n\n"
        "Beispiel: konferenz assign set amina@example.org --round 1 --topic Spracherwerb --lock",
        "en": "Put one person into a topic in one round (checked against capacity and repeats).\n\n"
        "Example: konferenz assign set amina@example.org --round 1 --topic Language --lock",
    },
    "assign.help.lock": {
        "de": "Gespeicherte Zuteilungen festhalten, damit neue Läufe sie nicht ändern (eine Person, eine Runde oder alle)."
        "\n\nBeispiel: konferenz assign lock amina@example.org --round 1",
        "en": "Lock stored assignments so that new runs keep them (one person, one round or all)."
        "\n\nExample: konferenz assign lock amina@example.org --round 1",
    },
    "assign.help.unlock": {
        "de": "Feste Zuteilungen wieder freigeben (eine Person, eine Runde oder alle)."
        "\n\nBeispiel: konferenz assign unlock --round 2",
        "en": "Unlock locked assignments (one person, one round or all).\n\nExample: konferenz assign unlock --round 2",
    },
    "assign.help.clear": {
        "de": "Zuteilungen der Veranstaltung löschen (feste nur mit --include-locked)."
        "\n\nBeispiel: konferenz assign clear --yes",
        "en": "Remove the event's assignments (locked ones only with --include-locked)."
        "\n\nExample: konferenz assign clear --yes",
    },
    "assign.help.explain": {
        "de": "Erklären, warum eine Person keinen besseren Wunsch bekommen hat (gespeicherte Zuteilung).\n\n"
        "Beispiel: konferenz assign explain amina@example.org",
        "en": "Explain why a person did not get a better wish (stored assignment).\n\n"
        "Example: konferenz assign explain amina@example.org",
    },
    # --- options --------------------------------------------------------------
    "assign.opt.objective": {
        "de": "Ziel: fair (schlechtester Rang zuerst, dann Summe), total (Summe der Ränge, bei gleicher Summe die "
        "fairste) oder squared "
        "(Summe der quadrierten Ränge: schlechte Plätze wiegen schwerer).",
        "en": "Objective: fair (worst rank first, then the total), total (sum of ranks; among equal sums the "
        "fairest) or squared "
        "(sum of squared ranks: bad places weigh more).",
    },
    "assign.opt.spread": {
        "de": "Mitglieder derselben Organisation auf verschiedene Gruppen verteilen. ATTR: organisation, "
        "organisation_type, sector oder function.",
        "en": "Spread members of one organisation over different groups. ATTR: organisation, organisation_type, "
        "sector or function.",
    },
    "assign.opt.balance": {
        "de": "Jeder Gruppe eine Mischung nahe der ganzen Veranstaltung geben, z. B. nach sector. ATTR wie bei "
        "--spread.",
        "en": "Give each group a mix close to the whole event's, e.g. by sector. ATTR as for --spread.",
    },
    "assign.opt.even_sizes": {
        "de": "Gruppen einer Runde möglichst gleich groß machen.",
        "en": "Make the groups of a round as equal in size as possible.",
    },
    "assign.opt.min_size": {
        "de": "Gruppe unter ihrer Mindestgröße: cancel (absagen und neu verteilen) oder keep (behalten, mit Hinweis).",
        "en": "A group below its minimum size: cancel (cancel it and reassign its people) or keep (keep it, with a warning).",
    },
    "assign.opt.keep_existing": {
        "de": "Gespeicherte Zuteilungen so wenig wie möglich ändern (nach dem Versand von Einladungen).",
        "en": "Change stored assignments as little as possible (after invitations went out).",
    },
    "assign.opt.seed": {
        "de": "Startwert: wählt unter gleich guten Lösungen reproduzierbar eine aus.",
        "en": "Seed: picks one of equally good solutions, reproducibly.",
    },
    "assign.opt.time_limit": {
        "de": "Höchstens so viele Sekunden rechnen.",
        "en": "Compute for at most this many seconds.",
    },
    "assign.opt.dry_run": {
        "de": "Nur berechnen und zeigen, nichts speichern.",
        "en": "Compute and show only, store nothing.",
    },
    "assign.opt.explain": {
        "de": "Zusätzlich erklären, warum diese Person keinen besseren Wunsch bekam.",
        "en": "Also explain why this person did not get a better wish.",
    },
    "assign.opt.assign_round": {"de": "Runde (Nummer).", "en": "Round (number)."},
    "assign.opt.assign_topic": {"de": "Thema (Name oder Nummer).", "en": "Topic (name or number)."},
    "assign.opt.lock": {
        "de": "Festhalten: spätere Läufe von assign-workgroups ändern diese Zuteilung nicht.",
        "en": "Lock: later runs of assign-workgroups keep this assignment.",
    },
    "assign.opt.force": {
        "de": "Auch über die Kapazität hinaus zuteilen (mit Warnung).",
        "en": "Assign beyond the capacity too (with a warning).",
    },
    "assign.opt.only_round": {"de": "Nur diese Runde.", "en": "Only this round."},
    "assign.opt.include_locked": {"de": "Auch feste Zuteilungen löschen.", "en": "Remove locked assignments too."},
    "assign.arg.email": {"de": "E-Mail-Adresse der Person.", "en": "E-mail address of the person."},
    "assign.arg.email_optional": {
        "de": "E-Mail-Adresse der Person (ohne: alle Personen).",
        "en": "E-mail address of the person (without: everyone).",
    },
    # --- errors ---------------------------------------------------------------
    "assign.no_rounds": {
        "de": "Die Veranstaltung „{slug}“ hat keine Arbeitsgruppen-Runden mit Sitzungen. Legen Sie Runden und Themen an "
        "(konferenz round add, konferenz topic add) oder in der Veranstaltungsdatei.",
        "en": "The event '{slug}' has no workgroup rounds with sessions. Add rounds and topics "
        "(konferenz round add, konferenz topic add) or in the event file.",
    },
    "assign.no_participants": {
        "de": "Die Veranstaltung „{slug}“ hat noch keine Teilnehmenden für Arbeitsgruppen. Lesen Sie zuerst Anmeldungen "
        "ein: konferenz import-registrations DATEI",
        "en": "The event '{slug}' has no participants for workgroups yet. Import registrations first: "
        "konferenz import-registrations FILE",
    },
    "assign.unknown_email": {
        "de": "Keine Person mit der E-Mail-Adresse „{email}“ bei dieser Veranstaltung. Prüfen Sie die Schreibweise "
        "(konferenz participants).",
        "en": "No person with the e-mail address '{email}' at this event. Check the spelling (konferenz participants).",
    },
    "assign.not_taking_part": {
        "de": "{person} nimmt nicht an den Arbeitsgruppen teil (Status: {status}, oder abgemeldet von den Arbeitsgruppen).",
        "en": "{person} does not take part in the workgroups (status: {status}, or opted out of workgroups).",
    },
    "assign.not_assigned_yet": {
        "de": "{person} ist noch keiner Gruppe zugeteilt. Führen Sie zuerst konferenz assign-workgroups aus.",
        "en": "{person} is not assigned to a group yet. Run konferenz assign-workgroups first.",
    },
    "assign.unknown_round": {
        "de": "Runde {round} gibt es nicht. Vorhandene Runden: {rounds}.",
        "en": "There is no round {round}. Rounds: {rounds}.",
    },
    "assign.no_session": {
        "de": "„{topic}“ findet in Runde {round} nicht statt (oder ist abgesagt).",
        "en": "'{topic}' does not run in round {round} (or is cancelled).",
    },
    "assign.repeat_topic": {
        "de": "{person} hat „{topic}“ schon in Runde {round}. Ändern Sie zuerst diese Runde.",
        "en": "{person} already has '{topic}' in round {round}. Change that round first.",
    },
    "assign.session_full": {
        "de": "„{topic}“ ist in Runde {round} voll ({size} von {capacity} Plätzen). Mit --force trotzdem zuteilen.",
        "en": "'{topic}' is full in round {round} ({size} of {capacity} seats). Use --force to assign anyway.",
    },
    "assign.bad_attribute": {
        "de": "{option} kennt das Merkmal „{value}“ nicht. Möglich: {choices}.",
        "en": "{option} does not know the attribute '{value}'. Choose one of: {choices}.",
    },
    "assign.infeasible.seats": {
        "de": "Es gibt nicht genug Plätze für alle {people} Personen. Erhöhen Sie Kapazitäten, bieten Sie weitere "
        "Themen an oder öffnen Sie abgesagte Sitzungen (konferenz session edit):",
        "en": "There are not enough seats for all {people} people. Raise capacities, offer more topics or reopen "
        "cancelled sessions (konferenz session edit):",
    },
    "assign.infeasible.seats_round": {
        "de": "Runde {round}: {missing} Plätze fehlen ({seats} Plätze).",
        "en": "Round {round}: {missing} seats missing ({seats} seats).",
    },
    "assign.infeasible.lock_closed": {
        "de": "{person} ist in Runde {round} fest „{topic}“ zugeteilt, aber diese Sitzung ist abgesagt oder hat keine "
        "Plätze. Lösen Sie die Zuteilung (konferenz assign unlock) oder öffnen Sie die Sitzung.",
        "en": "{person} is locked into '{topic}' in round {round}, but that session is cancelled or has no seats. "
        "Unlock the assignment (konferenz assign unlock) or reopen the session.",
    },
    "assign.infeasible.lock_capacity": {
        "de": "„{topic}“ in Runde {round}: {locked} feste Zuteilungen, aber nur {capacity} Plätze. Erhöhen Sie die "
        "Kapazität oder lösen Sie Zuteilungen (konferenz assign unlock).",
        "en": "'{topic}' in round {round}: {locked} locked assignments but only {capacity} seats. Raise the capacity "
        "or unlock assignments (konferenz assign unlock).",
    },
    "assign.infeasible.lock_repeat": {
        "de": "{person} ist in den Runden {rounds} fest demselben Thema „{topic}“ zugeteilt. Lösen Sie eine davon.",
        "en": "{person} is locked into the same topic '{topic}' in rounds {rounds}. Unlock one of them.",
    },
    "assign.infeasible.person": {
        "de": "{person} kann in Runde {round} nirgends hin: von den {topics} Themen mit freien Plätzen dort hat die "
        "Person jedes schon in einer anderen Runde (feste Zuteilungen). Lösen Sie eine feste Zuteilung oder bieten Sie "
        "ein weiteres Thema an.",
        "en": "{person} has nowhere to go in round {round}: of the {topics} topics with free seats there, the person "
        "already has each in another round (locked assignments). Unlock one or offer another topic.",
    },
    "assign.infeasible.unplaced": {
        "de": "Keine Verteilung hält alle Regeln ein: selbst bestmöglich bleiben Personen ohne Platz. Erhöhen Sie "
        "Kapazitäten, bieten Sie Themen in mehr Runden an oder lösen Sie feste Zuteilungen:",
        "en": "No assignment keeps every rule: even at best, people are left without a place. Raise capacities, "
        "offer topics in more rounds or unlock assignments:",
    },
    "assign.infeasible.unplaced_round": {
        "de": "Runde {round}: {count} Personen ohne Platz (z. B. {example}).",
        "en": "Round {round}: {count} people without a place (e.g. {example}).",
    },
    "assign.infeasible.unplaced_round.one": {
        "de": "Runde {round}: 1 Person ohne Platz ({example}).",
        "en": "Round {round}: 1 person without a place ({example}).",
    },
    "assign.infeasible.unknown": {
        "de": "Innerhalb der Zeitgrenze wurde keine gültige Verteilung gefunden. Versuchen Sie es mit einer längeren "
        "--time-limit oder mehr Plätzen.",
        "en": "No valid assignment was found within the time limit. Try a longer --time-limit or more seats.",
    },
    # --- the summary -------------------------------------------------------------
    "assign.title": {
        "de": "Arbeitsgruppen – {title}",
        "en": "Workgroups – {title}",
    },
    "assign.people_line": {
        "de": "{people} Personen, {rounds} Runden, Ziel: {objective}",
        "en": "{people} people, {rounds} rounds, objective: {objective}",
    },
    "assign.round_title": {"de": "Runde {round}", "en": "Round {round}"},
    "assign.col.size": {"de": "Personen", "en": "People"},
    "assign.col.seats": {"de": "Plätze", "en": "Seats"},
    "assign.col.status": {"de": "Hinweis", "en": "Note"},
    "assign.status.cancelled_now": {
        "de": "abgesagt (unter Mindestgröße {min_size})",
        "en": "cancelled (below minimum {min_size})",
    },
    "assign.status.cancelled": {"de": "abgesagt", "en": "cancelled"},
    "assign.status.under_min": {"de": "unter Mindestgröße {min_size}", "en": "below minimum {min_size}"},
    "assign.choices.title": {"de": "Erfüllte Wünsche", "en": "Wishes met"},
    "assign.col.choice": {"de": "Platz", "en": "Place"},
    "assign.col.count": {"de": "Anzahl", "en": "Count"},
    "assign.col.share": {"de": "Anteil", "en": "Share"},
    "assign.choice.1": {"de": "1. Wunsch", "en": "1st wish"},
    "assign.choice.2": {"de": "2. Wunsch", "en": "2nd wish"},
    "assign.choice.3": {"de": "3. Wunsch", "en": "3rd wish"},
    "assign.choice.lower": {"de": "4. Wunsch oder später", "en": "4th wish or later"},
    "assign.choice.unranked": {"de": "nicht gewünschtes Thema", "en": "topic not wished for"},
    "assign.choice.no_wishes": {"de": "Personen ohne Wünsche", "en": "people without wishes"},
    "assign.first_wish": {
        "de": "{count} von {people} Personen mit Wünschen ({share}) bekommen ihren ersten Wunsch.",
        "en": "{count} of {people} people with wishes ({share}) get their first wish.",
    },
    "assign.worst": {
        "de": "Schlechtester vergebener Rang: {rank}. Wunsch",
        "en": "Worst rank given: wish no. {rank}",
    },
    "assign.worst_unranked": {
        "de": "Schlechtester vergebener Platz: ein nicht gewünschtes Thema (die gewünschten waren voll)",
        "en": "Worst place given: a topic not wished for (the wished ones were full)",
    },
    "assign.worst_none": {
        "de": "Schlechtester vergebener Rang: – (niemand hatte Wünsche)",
        "en": "Worst rank given: – (nobody had wishes)",
    },
    "assign.worst_proven": {"de": " – beweisbar nicht zu verbessern", "en": " – provably cannot be improved"},
    "assign.worst_note": {
        "de": "(Wer weniger Themen gewählt hat als es Runden gibt, bekommt in den übrigen Runden freie Plätze; "
        "das zählt hier nicht.)",
        "en": "(People who chose fewer topics than there are rounds get free seats in the other rounds; "
        "that does not count here.)",
    },
    "assign.without_wish": {
        "de": "{count} Personen bekommen keinen ihrer Wünsche: {names}",
        "en": "{count} people get none of their wishes: {names}",
    },
    "assign.without_wish.one": {
        "de": "1 Person bekommt keinen ihrer Wünsche: {names}",
        "en": "1 person gets none of their wishes: {names}",
    },
    "assign.without_wish_none": {
        "de": "Alle Personen mit Wünschen bekommen mindestens einen davon.",
        "en": "Everyone with wishes gets at least one of them.",
    },
    "assign.more": {"de": "… und {count} weitere", "en": "… and {count} more"},
    "assign.soft.title": {"de": "Mischung der Gruppen", "en": "Mix of the groups"},
    "assign.soft.col.goal": {"de": "Ziel", "en": "Goal"},
    "assign.soft.col.before": {"de": "ohne Ziel", "en": "without goal"},
    "assign.soft.col.after": {"de": "mit Ziel", "en": "with goal"},
    "assign.soft.spread": {
        "de": "Häufung nach {attribute}: Personen über dem fairen Anteil je Gruppe",
        "en": "Crowding by {attribute}: people above the fair share per group",
    },
    "assign.soft.balance": {
        "de": "Abweichung vom Mix der Veranstaltung nach {attribute} (Personen)",
        "en": "Deviation from the event's mix by {attribute} (people)",
    },
    "assign.soft.even": {
        "de": "Abweichung der Gruppengrößen vom Rundenmittel (Personen)",
        "en": "Deviation of group sizes from the round's mean (people)",
    },
    "assign.soft.total": {"de": "Summe (beweisbare Untergrenze: {bound})", "en": "Total (proven lower bound: {bound})"},
    "assign.soft.note": {
        "de": "Die Mischung wurde nur unter gleich guten Wunsch-Verteilungen verbessert: kein Wunsch wurde dafür geopfert.",
        "en": "The mix was improved only among equally good wish assignments: no wish was given up for it.",
    },
    "assign.attribute.organisation": {"de": "Organisation", "en": "organisation"},
    "assign.attribute.organisation_type": {"de": "Organisationsart", "en": "type of organisation"},
    "assign.attribute.sector": {"de": "Bereich", "en": "sector"},
    "assign.attribute.function": {"de": "Funktion", "en": "function"},
    "assign.proven": {
        "de": "Beweisbar optimal (Zielwert {value}, Verfahren: {method}), Rechenzeit {seconds} s.",
        "en": "Proven optimal (objective {value}, method: {method}), solve time {seconds} s.",
    },
    "assign.gap": {
        "de": "Nicht bewiesen optimal: Zielwert {value}, untere Schranke {bound} (Abstand höchstens {gap}), Rechenzeit "
        "{seconds} s. Mehr Zeit mit --time-limit kann das Ergebnis verbessern.",
        "en": "Not proven optimal: objective {value}, lower bound {bound} (gap at most {gap}), solve time {seconds} s. "
        "More time with --time-limit may improve it.",
    },
    "assign.method.two-stage": {"de": "zweistufig, exakt", "en": "two-stage, exact"},
    "assign.method.two-stage+rounds": {
        "de": "zweistufig mit Rundenzuordnung, exakt",
        "en": "two-stage with round assignment, exact",
    },
    "assign.method.milp": {"de": "ganzzahliges Programm", "en": "integer program"},
    "assign.method.milp-keep": {
        "de": "ganzzahliges Programm, wenige Änderungen",
        "en": "integer program, fewest changes",
    },
    "assign.method.greedy": {
        "de": "schnelle Näherung (Zeitgrenze erreicht)",
        "en": "quick approximation (time limit reached)",
    },
    "assign.method.empty": {"de": "nichts zu verteilen", "en": "nothing to assign"},
    "assign.changes": {
        "de": "Bestehende Zuteilungen: {kept} unverändert, {moved} geändert ({people} Personen), {newcomers} Personen "
        "neu eingeteilt, {removed} Personen entfernt (abgesagt, Warteliste oder abgemeldet).",
        "en": "Existing assignments: {kept} unchanged, {moved} changed ({people} people), {newcomers} people newly "
        "placed, {removed} people removed (cancelled, waitlisted or opted out).",
    },
    "assign.differs": {
        "de": "{count} bisher gespeicherte Zuteilungen ändern sich. Wenn Einladungen schon verschickt sind: "
        "--keep-existing ändert so wenig wie möglich.",
        "en": "{count} previously stored assignments change. If invitations went out already: --keep-existing "
        "changes as little as possible.",
    },
    "assign.changes_reason": {"de": "geändert, weil {reason}: {count}", "en": "changed because {reason}: {count}"},
    "assign.reason.capacity": {
        "de": "die Sitzung jetzt weniger Plätze hat",
        "en": "the session now has fewer seats",
    },
    "assign.reason.closed": {"de": "die Sitzung abgesagt wurde", "en": "the session was cancelled"},
    "assign.reason.locked": {
        "de": "die Person dort fest anders eingeteilt ist",
        "en": "the person is locked elsewhere there",
    },
    "assign.reason.repeat": {
        "de": "das Thema sonst doppelt wäre",
        "en": "the topic would otherwise come twice",
    },
    "assign.reason.room": {
        "de": "sonst neue Personen keinen Platz gefunden hätten",
        "en": "new people would otherwise have found no place",
    },
    "assign.note.min_size_kept": {
        "de": "„{topic}“ in Runde {round} hat nur {size} Personen (Mindestgröße {min_size}); Absagen würde jemanden "
        "ohne Platz lassen, daher bleibt die Gruppe.",
        "en": "'{topic}' in round {round} has only {size} people (minimum {min_size}); cancelling it would leave "
        "someone without a place, so the group stays.",
    },
    "assign.under_min_hint": {
        "de": "{count} Gruppen liegen unter ihrer Mindestgröße. Mit --min-size cancel werden sie abgesagt und ihre "
        "Personen neu verteilt.",
        "en": "{count} groups are below their minimum size. With --min-size cancel they are cancelled and their "
        "people reassigned.",
    },
    "assign.stored": {
        "de": "Gespeichert. Weiter: konferenz assignments (die Liste), konferenz invitations (Einladungen mit den Gruppen).",
        "en": "Stored. Next: konferenz assignments (the list), konferenz invitations (invitations with the groups).",
    },
    "assign.dry_run": {"de": "Probelauf: nichts gespeichert.", "en": "Dry run: nothing stored."},
    "assign.objective.fair": {"de": "fair", "en": "fair"},
    "assign.objective.total": {"de": "Summe", "en": "total"},
    "assign.objective.squared": {"de": "Summe der Quadrate", "en": "sum of squares"},
    # --- explain ------------------------------------------------------------------
    "assign.explain.title": {"de": "Warum {person} diese Gruppen hat", "en": "Why {person} has these groups"},
    "assign.explain.wishes": {"de": "Wünsche: {wishes}", "en": "Wishes: {wishes}"},
    "assign.explain.no_wishes": {
        "de": "Keine Wünsche angegeben – die Person füllt freie Plätze.",
        "en": "No wishes given – the person fills free seats.",
    },
    "assign.explain.got": {
        "de": "Runde {round}: {topic}{room} – {rank}{locked}",
        "en": "Round {round}: {topic}{room} – {rank}{locked}",
    },
    "assign.explain.locked_mark": {"de": " (fest zugeteilt)", "en": " (locked)"},
    "assign.explain.nothing_missed": {
        "de": "Die Person hat ihre besten erreichbaren Wünsche bekommen: kein höherer Wunsch fehlt.",
        "en": "The person got their best reachable wishes: no higher wish is missing.",
    },
    "assign.explain.wish": {
        "de": "{rank}. Wunsch „{topic}“ nicht bekommen:",
        "en": "Wish no. {rank} '{topic}' not given:",
    },
    "assign.explain.not_offered": {
        "de": "Runde {round}: findet nicht statt.",
        "en": "Round {round}: does not run.",
    },
    "assign.explain.locked": {
        "de": "Runde {round}: die Person ist dort fest eingeteilt.",
        "en": "Round {round}: the person is locked there.",
    },
    "assign.explain.better_here": {
        "de": "Runde {round}: dort hat die Person schon ihren {rank}. Wunsch.",
        "en": "Round {round}: the person already has wish no. {rank} there.",
    },
    "assign.explain.full": {
        "de": "Runde {round}: voll ({size} von {capacity} Plätzen) – {higher} haben das Thema höher gewünscht, "
        "{same} gleich hoch, {lower} niedriger oder gar nicht; {locked} davon fest eingeteilt, {stuck} ohne andere "
        "Gruppe in dieser Runde, die sie mindestens so gern hätten.",
        "en": "Round {round}: full ({size} of {capacity} seats) – {higher} wished for the topic more, {same} "
        "equally, {lower} less or not at all; {locked} of them locked, {stuck} without another group in this round "
        "they like at least as much.",
    },
    "assign.explain.free": {
        "de": "Runde {round}: noch {free} Plätze frei – ein Wechsel dorthin hätte das Thema, das die Person in dieser "
        "Runde hat, in eine Runde verschoben, in der es voll ist.",
        "en": "Round {round}: {free} seats free – moving there would have pushed the person's topic of this round "
        "into a round where it is full.",
    },
    "assign.explain.optimal": {
        "de": "Die Verteilung ist beweisbar optimal: jeder Tausch oder jede Kette von Wechseln, die dieser Person "
        "einen besseren Wunsch gäbe, würde andere insgesamt stärker zurücksetzen (oder den schlechtesten Rang "
        "verschlechtern).",
        "en": "The assignment is provably optimal: every swap or chain of moves that gave this person a better wish "
        "would set others back by more in total (or worsen the worst rank).",
    },
    "assign.explain.not_proven": {
        "de": "Hinweis: diese Zuteilung ist nicht als optimal bewiesen (von Hand geändert oder mit Zeitgrenze).",
        "en": "Note: this assignment is not proven optimal (changed by hand or stopped by the time limit).",
    },
    "assign.rank": {"de": "{rank}. Wunsch", "en": "wish no. {rank}"},
    "assign.rank_none": {"de": "nicht gewünscht", "en": "not wished for"},
    "assign.rank_none_no_wishes": {"de": "freier Platz", "en": "free seat"},
    # --- set, lock, unlock, clear -------------------------------------------------------
    "assign.set_done": {
        "de": "{person}: Runde {round} → „{topic}“ ({rank}); jetzt {size}{capacity} Personen.",
        "en": "{person}: round {round} → '{topic}' ({rank}); now {size}{capacity} people.",
    },
    "assign.set_locked": {"de": "Festgehalten.", "en": "Locked."},
    "assign.set_over": {
        "de": "Achtung: die Sitzung ist jetzt über ihrer Kapazität ({size} von {capacity}).",
        "en": "Warning: the session is now over its capacity ({size} of {capacity}).",
    },
    "assign.locked_count": {"de": "{count} Zuteilungen festgehalten.", "en": "{count} assignments locked."},
    "assign.unlocked_count": {"de": "{count} Zuteilungen freigegeben.", "en": "{count} assignments unlocked."},
    "assign.cleared": {"de": "{count} Zuteilungen gelöscht.", "en": "{count} assignments removed."},
    "assign.clear_confirm": {
        "de": "Zuteilungen der Veranstaltung „{slug}“ löschen?",
        "en": "Remove the assignments of the event '{slug}'?",
    },
    "assign.listing_title": {"de": "Zuteilungen – {title}", "en": "Assignments – {title}"},
    "assign.sheet": {"de": "Zuteilung", "en": "Assignments"},
    "assign.col.email": {"de": "E-Mail", "en": "E-mail"},
    "assign.col.first_name": {"de": "Vorname", "en": "First name"},
    "assign.col.last_name": {"de": "Nachname", "en": "Last name"},
    "assign.col.organisation": {"de": "Organisation", "en": "Organisation"},
    "assign.col.round": {"de": "Runde", "en": "Round"},
    "assign.col.rank": {"de": "Wunsch", "en": "Wish"},
    "assign.col.locked": {"de": "fest", "en": "locked"},
    "assign.col.date": {"de": "Datum", "en": "Date"},
    "assign.col.start": {"de": "Beginn", "en": "Start"},
    "assign.col.end": {"de": "Ende", "en": "End"},
    "assign.col.source": {"de": "Quelle", "en": "Source"},
    "assign.col.list_consent": {"de": "Auf Listen genannt", "en": "Named on lists"},
    "assign.none_yet": {
        "de": "Noch keine Zuteilungen. Verteilen Sie mit: konferenz assign-workgroups",
        "en": "No assignments yet. Assign with: konferenz assign-workgroups",
    },
    # --- demo -------------------------------------------------------------------------
    "assign.source.solver": {"de": "Verteilung", "en": "assignment run"},
    "assign.source.manual": {"de": "von Hand", "en": "by hand"},
    "demo.step.assign": {"de": "Arbeitsgruppen verteilt", "en": "Workgroups assigned"},
    "demo.step.assign_skipped": {
        "de": "Arbeitsgruppen: noch keine Teilnehmenden",
        "en": "Workgroups: no participants yet",
    },
    "demo.assign_what": {
        "de": "{people} Personen, {first} mit erstem Wunsch, schlechtester Rang {worst}, {proof}",
        "en": "{people} people, {first} with their first wish, worst rank {worst}, {proof}",
    },
    "demo.assign_proven": {"de": "beweisbar optimal", "en": "proven optimal"},
    "demo.assign_gap": {"de": "Abstand höchstens {gap}", "en": "gap at most {gap}"},
}
