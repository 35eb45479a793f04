"""konferenz render and the shipped templates: every template in every set, user folders, clear errors."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from konferenz_cli.render.templating import MESSAGE_TEMPLATES, PAGE_TEMPLATES
from tests.conftest import EXAMPLES, REPO
from tests.people import add_people

ALL_TEMPLATES = (*MESSAGE_TEMPLATES, "flyer", "press-release")
SETS = [("de", False), ("de", True), ("en", False)]
NO_WORKGROUPS = """
[event]
title = "Netzwerktreffen ohne Arbeitsgruppen"
slug = "netzwerk"
date = 2024-05-14
start = "14:00"
end = "16:00"
language = "en"

[[agenda]]
start = "14:00"
end = "16:00"
title = "Austausch"
"""


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.void = {"meta", "br", "link", "img", "hr", "input"}

    def handle_starttag(self, tag, attrs) -> None:
        if tag not in self.void:
            self.open.append(tag)

    def handle_endtag(self, tag) -> None:
        assert self.open, tag
        assert self.open[-1] == tag, (tag, self.open[-5:])
        self.open.pop()


def _check_html(text: str) -> None:
    assert text.lstrip().startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in text
    checker = _Checker()
    checker.feed(text)
    assert checker.open == []
    assert "{{" not in text
    assert "{%" not in text


def _setup(cli, db_path: Path, workgroups: bool, assigned: bool) -> str:
    if workgroups:
        assert cli("new-event", "--from", str(EXAMPLES / "eschwege-2023.toml")).exit_code == 0
        slug = "ik-eschwege-2023"
    else:
        source = db_path.parent / "n.toml"
        source.write_text(NO_WORKGROUPS, encoding="utf-8")
        assert cli("new-event", "--from", str(source)).exit_code == 0
        slug = "netzwerk"
    add_people(db_path, slug, assign=assigned)
    return slug


@pytest.mark.parametrize(("workgroups", "assigned"), [(True, True), (True, False), (False, False)])
@pytest.mark.parametrize(("lang", "informal"), SETS)
def test_every_template_renders_for_event_and_people(cli, db_path, tmp_path, workgroups, assigned, lang, informal):
    slug = _setup(cli, db_path, workgroups, assigned)
    extra = ["--informal"] if informal else []
    for template in ALL_TEMPLATES:
        folder = tmp_path / f"{template}-{lang}-{informal}"
        per_person = ["--per-participant"] if template in MESSAGE_TEMPLATES else []

        result = cli("--lang", lang, "render", template, "-e", slug, "-o", str(folder), *per_person, *extra)

        assert result.exit_code == 0, (template, result.stderr)
        htmls = list(folder.glob("*.html"))
        assert htmls, template
        for path in htmls:
            _check_html(path.read_text(encoding="utf-8"))
        for path in folder.glob("*.txt"):
            text = path.read_text(encoding="utf-8")
            assert "{{" not in text, path.name
            assert "None" not in text, (path.name, text)
            if informal and lang == "de":
                assert " Sie " not in text
                assert text.split("\n\n")[1].startswith("Hallo")
            if lang == "en":
                assert "Guten Tag" not in text


def test_workgroup_notice_lists_round_time_topic_and_room(cli, db_path, tmp_path) -> None:
    _setup(cli, db_path, workgroups=True, assigned=True)

    result = cli("render", "workgroups", "-o", str(tmp_path / "out"), "--per-participant")

    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "out" / "Amina_Haddad-workgroups.txt").read_text(encoding="utf-8")
    assert text.startswith("Ihre Arbeitsgruppen: Integrationskonferenz 2023")
    assert "Runde 1, 10:45–11:30 Uhr: Qualifizierung und Ausbildung – Raum: Saal" in text
    assert "Runde 2, 11:50–12:35 Uhr: Anerkennung von Abschlüssen – Raum: Seminarraum 2" in text


def test_flyer_and_press_release_carry_the_facts(cli, db_path, tmp_path) -> None:
    _setup(cli, db_path, workgroups=True, assigned=False)

    assert cli("render", "flyer", "-o", str(tmp_path)).exit_code == 0
    assert cli("render", "press-release", "-o", str(tmp_path)).exit_code == 0

    flyer = (tmp_path / "ik-eschwege-2023-flyer.html").read_text(encoding="utf-8")
    press = (tmp_path / "ik-eschwege-2023-press-release.html").read_text(encoding="utf-8")
    for page in (flyer, press):
        assert "Samstag, 4. November 2023" in page
        assert "31. Oktober 2023" in page
        assert "vielfaltszentrum@example.org" in page
    assert "Beispielstraße 1, 37269 Eschwege" in flyer
    assert "Pressemitteilung" in press
    assert "Landrätin Dr. Henrike Vogt" in press


def test_a_file_name_writes_that_one_file_and_a_folder_name_is_asked_for_where_needed(cli, db_path, tmp_path) -> None:
    _setup(cli, db_path, workgroups=True, assigned=True)
    flyer, letter, mails = tmp_path / "flyer.html", tmp_path / "einladung.txt", tmp_path / "einladungen.eml"

    page = cli("render", "flyer", "-o", str(flyer))
    text = cli("render", "invitation", "-o", str(letter))
    no_text = cli("render", "flyer", "-o", str(tmp_path / "flyer.txt"))
    slip = cli("invitations", "-o", str(mails))

    assert page.exit_code == 0, page.stderr
    _check_html(flyer.read_text(encoding="utf-8"))
    assert text.exit_code == 0, text.stderr
    assert letter.read_text(encoding="utf-8").startswith("Einladung: Integrationskonferenz 2023")
    assert no_text.exit_code == 1
    assert "keinen Teil" in no_text.stderr
    assert slip.exit_code == 1
    assert "-o " + str(tmp_path / "einladungen") in slip.stderr
    assert not mails.exists()


def test_user_folder_overrides_a_shipped_template_and_is_remembered(cli, db_path, tmp_path) -> None:
    _setup(cli, db_path, workgroups=True, assigned=True)
    own = tmp_path / "meine-vorlagen"
    (own / "de").mkdir(parents=True)
    (own / "de" / "flyer.html").write_text("<!DOCTYPE html><p>Eigener Flyer: {{ event.title }}</p>\n", encoding="utf-8")

    first = cli("render", "flyer", "-o", str(tmp_path / "a"), "--templates", str(own))
    second = cli("render", "flyer", "-o", str(tmp_path / "b"))
    press = cli("render", "press-release", "-o", str(tmp_path / "b"))

    assert first.exit_code == second.exit_code == press.exit_code == 0
    for folder in ("a", "b"):
        text = (tmp_path / folder / "ik-eschwege-2023-flyer.html").read_text(encoding="utf-8")
        assert text.startswith("<!DOCTYPE html><p>Eigener Flyer: Integrationskonferenz 2023")
    assert "Pressemitteilung" in (tmp_path / "b" / "ik-eschwege-2023-press-release.html").read_text(encoding="utf-8")


def test_a_typo_in_a_template_names_template_line_and_variable(cli, db_path, tmp_path) -> None:
    _setup(cli, db_path, workgroups=True, assigned=True)
    own = tmp_path / "own"
    (own / "de").mkdir(parents=True)
    (own / "de" / "invitation.subject.txt").write_text("Einladung\n", encoding="utf-8")
    (own / "de" / "invitation.txt").write_text("Hallo\n\n{{ participant.nmae }}\n", encoding="utf-8")

    result = cli("invitations", "-o", str(tmp_path / "x"), "--templates", str(own))

    assert result.exit_code == 1
    assert "invitation.txt" in result.stderr
    assert "Zeile 3" in result.stderr
    assert "nmae" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_user_template_cannot_reach_into_python(cli, db_path, tmp_path) -> None:
    _setup(cli, db_path, workgroups=True, assigned=False)
    own = tmp_path / "own"
    (own / "de").mkdir(parents=True)
    (own / "de" / "flyer.html").write_text("{{ event.__class__.__mro__ }}\n", encoding="utf-8")

    result = cli("render", "flyer", "-o", str(tmp_path / "x"), "--templates", str(own))

    assert result.exit_code == 1
    assert "flyer.html" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["../../etc/passwd", "gibtsnicht"])
def test_unknown_or_unsafe_template_names_are_user_errors(cli, db_path, tmp_path, name: str) -> None:
    _setup(cli, db_path, workgroups=True, assigned=False)

    result = cli("render", name, "-o", str(tmp_path / "x"))

    assert result.exit_code == 1
    assert "Traceback" not in result.stderr


def test_every_context_variable_is_documented_once_in_the_templates_readme(cli, db_path) -> None:
    from konferenz_cli.db import events
    from konferenz_cli.db.connection import open_db
    from konferenz_cli.db.participants import participants
    from konferenz_cli.services.letters import LetterKit

    slug = _setup(cli, db_path, workgroups=True, assigned=True)
    db = open_db(db_path)
    kit = LetterKit(db, events.event_by_slug(db, slug), "invitation", "de")
    context = kit.participant_context(participants(db, kit.event.id)[0])
    db.close()
    readme = (REPO / "templates" / "README.md").read_text(encoding="utf-8")
    keys = (
        set(context) | {f"event.{k}" for k in context["event"]} | {f"participant.{k}" for k in context["participant"]}
    )
    keys |= {f"workgroups[].{k}" for k in context["workgroups"][0]} | {f"sender.{k}" for k in context["sender"]}
    missing = sorted(key for key in keys if f"`{key}`" not in readme)
    assert missing == []
    assert set(PAGE_TEMPLATES) | set(MESSAGE_TEMPLATES) <= set(ALL_TEMPLATES) | {"programme"}
