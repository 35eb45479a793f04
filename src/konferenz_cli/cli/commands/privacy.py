"""Commands: privacy export / forget / purge / withdraw-newsletter, backup, restore."""

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table
from rich.text import Text

from konferenz_cli.cli.common import (
    Language,
    command,
    confirm_or_stop,
    db_opt,
    lang_opt,
    print_note,
    store,
    subcommands,
    yes_opt,
)
from konferenz_cli.console import out
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import current_language, format_number, t


def _opt(name: str, key: str, metavar: Optional[str] = None) -> Any:
    return typer.Option(name, help=t(key), metavar=metavar, show_default=False)


def register(app: typer.Typer) -> None:
    """Add the data-protection and backup commands to ``app``."""
    privacy = subcommands(app, "privacy", "help.privacy")
    Email = Annotated[Optional[str], typer.Argument(metavar="EMAIL", help=t("arg.person_email"), show_default=False)]
    Name = Annotated[Optional[str], _opt("--name", "opt.person_name")]

    @command(privacy, "export", "help.privacy_export")
    def export(
        email: Email = None,
        name: Name = None,
        output: Annotated[
            Optional[Path],
            typer.Option("--output", "-o", help=t("opt.privacy_output"), metavar=t("metavar.file"), show_default=False),
        ] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.render.templating import make_environment, render_template
        from konferenz_cli.services.privacy import export_person

        data = export_person(store(db), email, name)
        json_path, html_path = _export_paths(output, _safe_stem(email or name or "person"))
        if not json_path.parent.is_dir():
            raise KonferenzError("output.folder_missing", path=str(json_path.parent))
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        language = current_language()
        html = render_template(
            make_environment(language=language), [f"{language}/privacy-export.html"], {"person": data}
        )
        html_path.write_text(html, encoding="utf-8")
        for path in (json_path, html_path):
            path.chmod(0o600)
        print_note(
            t("privacy.exported", count=len(data["registrations"]), json=str(json_path), html=str(html_path)),
            style="green",
        )

    @command(privacy, "forget", "help.privacy_forget")
    def forget(
        email: Email = None,
        name: Name = None,
        yes: Annotated[bool, yes_opt()] = False,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.privacy import find_person, forget_person

        database = store(db)
        person = find_person(database, email, name)
        _show_what_goes(person)
        if not yes:
            confirm_or_stop(t("privacy.forget_confirm", who=person.email or person.name))
        removed = forget_person(database, person)
        print_note(t("privacy.forgotten", who=person.email or person.name, count=removed), style="green")
        print_note(t("privacy.backups_hint"))

    @command(privacy, "purge", "help.privacy_purge")
    def purge(
        dry_run: Annotated[bool, typer.Option("--dry-run", help=t("opt.purge_dry_run"))] = False,
        yes: Annotated[bool, yes_opt()] = False,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.i18n import format_date
        from konferenz_cli.services.privacy import due_for_purge, purge_events

        database = store(db)
        candidates = due_for_purge(database, dt.date.today())
        if not candidates:
            print_note(t("privacy.nothing_to_purge"))
            return
        table = Table(title=t("privacy.purge_title"), header_style="bold")
        for header in (
            t("col.slug"),
            t("col.title"),
            t("col.date"),
            t("privacy.col.purge_after"),
            t("col.participants"),
        ):
            table.add_column(header)
        for item in candidates:
            table.add_row(
                Text(item.slug),
                Text(item.title),
                Text(format_date(item.date, "medium")),
                Text(format_date(item.purge_after, "medium")),
                Text(format_number(item.personal_rows)),
            )
        out.print(table)
        if dry_run:
            print_note(t("privacy.dry_run"))
            return
        if not yes:
            confirm_or_stop(t("privacy.purge_confirm", count=len(candidates)))
        count = purge_events(database, candidates)
        print_note(t("privacy.purged", count=count, events=len(candidates)), style="green")

    @command(privacy, "withdraw-newsletter", "help.privacy_withdraw")
    def withdraw(
        email: Annotated[str, typer.Argument(metavar="EMAIL", help=t("arg.person_email"))],
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.privacy import withdraw_newsletter

        changed = withdraw_newsletter(store(db), email, dt.datetime.now(dt.timezone.utc))
        if not changed:
            raise KonferenzError("privacy.no_consent", email=email.strip().lower())
        print_note(t("privacy.withdrawn", email=email.strip().lower(), count=changed), style="green")

    @command(app, "backup", "help.backup")
    def backup(
        output: Annotated[Path, typer.Option("--output", "-o", help=t("opt.backup_output"), metavar=t("metavar.file"))],
        force: Annotated[bool, typer.Option("--force", help=t("opt.overwrite"))] = False,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db.connection import resolve_db_path
        from konferenz_cli.services.backup import backup_database

        source = resolve_db_path(db)
        if not source.exists():
            raise KonferenzError("backup.no_database", path=str(source))
        size = backup_database(source, output, overwrite=force)
        print_note(t("backup.written", path=str(output), size=format_number(round(size / 1024))), style="green")

    @command(app, "restore", "help.restore")
    def restore(
        backup_file: Annotated[Path, typer.Argument(metavar=t("metavar.file"), help=t("arg.backup_file"))],
        yes: Annotated[bool, yes_opt()] = False,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db.connection import resolve_db_path
        from konferenz_cli.services.backup import check_backup, restore_database

        target = resolve_db_path(db)
        version = check_backup(backup_file)
        if not yes and target.exists():
            confirm_or_stop(t("restore.confirm", db=str(target), backup=str(backup_file)))
        safety = restore_database(backup_file, target)
        print_note(t("restore.done", db=str(target), version=version), style="green")
        if safety is not None:
            print_note(t("restore.safety_copy", path=str(safety)))


def _export_paths(output: Optional[Path], stem: str) -> tuple[Path, Path]:
    """Where the JSON and HTML of an export go: into ``output`` if it is a folder, else next to its name."""
    if output is None:
        base = Path(stem)
    elif output.is_dir():
        base = output / stem
    else:
        base = output.with_name(output.stem) if output.suffix.lower() in (".json", ".html") else output
    return base.with_name(base.name + ".json"), base.with_name(base.name + ".html")


def _safe_stem(text: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text.strip().lower())
    return "auskunft-" + (cleaned.strip("-.") or "person")[:60]


def _show_what_goes(person: Any) -> None:
    table = Table(title=t("privacy.what_goes", who=person.email or person.name), header_style="bold")
    for header in (
        t("col.event"),
        t("privacy.col.name"),
        t("privacy.col.wishes"),
        t("privacy.col.assignments"),
        t("privacy.col.attendance"),
    ):
        table.add_column(header)
    for registration in person.record["registrations"]:
        table.add_row(
            Text(registration["event_slug"]),
            Text(" ".join(p for p in (registration["first_name"], registration["last_name"]) if p)),
            Text(str(len(registration["preferences"]))),
            Text(str(len(registration["assignments"]))),
            Text(str(len(registration["attendance"]))),
        )
    out.print(table)
    if person.record["mail"]:
        print_note(t("privacy.mail_entries", count=len(person.record["mail"])))
    for mention in person.mentions:
        print_note(t("privacy.mention", event=mention["event_slug"], title=mention["title"]), style="yellow")
