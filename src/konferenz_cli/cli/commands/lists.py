"""Command: lists (sign-in sheets, workgroup lists, badges, certificates as PDF or XLSX)."""

import enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from konferenz_cli.cli.common import (
    Language,
    command,
    db_opt,
    event_opt,
    format_for_output,
    lang_opt,
    output_opt,
    print_note,
    resolve_event,
    store,
)
from konferenz_cli.errors import KonferenzError, not_a_readable_file
from konferenz_cli.i18n import t


class ListKind(str, enum.Enum):
    """The lists that can be printed."""

    signin = "signin"
    workgroups = "workgroups"
    badges = "badges"
    certificates = "certificates"


class PrintFormat(str, enum.Enum):
    """Formats of printed lists."""

    pdf = "pdf"
    xlsx = "xlsx"


class SigninVariant(str, enum.Enum):
    """Variants of the sign-in sheet a funder accepts."""

    standard = "standard"
    anonymous = "anonymous"
    under16 = "under16"


class BadgeLayout(str, enum.Enum):
    """Badge layouts on A4."""

    a7 = "a7"
    a6 = "a6"
    fold = "fold"


def _opt(name: str, key: str, metavar: Optional[str] = None) -> Any:
    return typer.Option(name, help=t(key), metavar=metavar, show_default=False)


def register(app: typer.Typer) -> None:
    """Add the lists command to ``app``."""

    @command(app, "lists", "help.lists")
    def lists(
        kind: Annotated[
            ListKind, typer.Argument(help=t("arg.list_kind"), metavar=t("metavar.list"), case_sensitive=False)
        ],
        print_format: Annotated[
            PrintFormat, typer.Option("--format", "-f", help=t("opt.print_format"))
        ] = PrintFormat.pdf,
        output: Annotated[Optional[Path], output_opt()] = None,
        variant: Annotated[
            SigninVariant, typer.Option("--variant", help=t("opt.signin_variant"))
        ] = SigninVariant.standard,
        day: Annotated[Optional[str], _opt("--day", "opt.list_day", "YYYY-MM-DD")] = None,
        blank: Annotated[Optional[int], _opt("--blank", "opt.list_blank", "N")] = None,
        logo: Annotated[Optional[Path], _opt("--logo", "opt.list_logo", t("metavar.file"))] = None,
        layout: Annotated[BadgeLayout, typer.Option("--layout", help=t("opt.badge_layout"))] = BadgeLayout.a7,
        qr: Annotated[bool, typer.Option("--qr/--no-qr", help=t("opt.badge_qr"))] = True,
        round_: Annotated[Optional[int], _opt("--round", "opt.list_round", "N")] = None,
        group: Annotated[Optional[str], _opt("--group", "opt.u16_group")] = None,
        count: Annotated[Optional[int], _opt("--count", "opt.u16_count", "N")] = None,
        supervisor: Annotated[Optional[str], _opt("--supervisor", "opt.u16_supervisor")] = None,
        role: Annotated[Optional[str], _opt("--role", "opt.u16_role")] = None,
        place: Annotated[Optional[str], _opt("--place", "opt.certificate_place")] = None,
        signer: Annotated[Optional[str], _opt("--signer", "opt.certificate_signer")] = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.print_lists import ListOptions, write_list

        if logo is not None and not logo.is_file():
            raise not_a_readable_file(logo)
        if blank is not None and blank < 0:
            raise KonferenzError("value.not_positive", field="--blank", value=str(blank))
        print_format = format_for_output(print_format, output, "print_format")
        database = store(db)
        chosen = resolve_event(database, event)
        suffix = "" if kind is not ListKind.signin or variant is SigninVariant.standard else f"-{variant.value}"
        target = output or Path(f"{chosen.slug}-{kind.value}{suffix}.{print_format.value}")
        if target.is_dir():
            raise KonferenzError("output.is_directory", path=str(target))
        if not target.parent.exists():
            raise KonferenzError("output.folder_missing", path=str(target.parent))
        options = ListOptions(
            variant=variant.value,
            day=day,
            blank=blank,
            logo=logo,
            layout=layout.value,
            qr=qr,
            round_number=round_,
            group=group,
            count=count,
            supervisor=supervisor,
            role=role,
            place=place,
            signer=signer,
        )
        summary = write_list(database, chosen, kind.value, print_format.value, target, options)
        print_note(t("output.written", path=str(target)), style="green")
        print_note(summary)
        hint = _nothing_to_print(database, chosen, kind)
        if hint:
            print_note(hint, style="yellow")


def _nothing_to_print(database: Any, event: Any, kind: "ListKind") -> Optional[str]:
    """What to do first when the list came out without names (a blank sheet still has its uses)."""
    from konferenz_cli.db.assignments import assignments
    from konferenz_cli.db.attendance import attendance_count
    from konferenz_cli.db.participants import participants

    if not participants(database, event.id):
        return t("lists.hint.no_participants", slug=event.slug)
    if kind is ListKind.workgroups and not assignments(database, event.id):
        return t("lists.hint.no_assignments", slug=event.slug)
    if kind is ListKind.certificates and not attendance_count(database, event.id):
        return t("lists.hint.nobody_checked_in")
    return None
