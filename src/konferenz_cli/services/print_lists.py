"""Writing one printed list to a file: the glue between the list data and its PDF or XLSX renderer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from konferenz_cli.db import events as event_store
from konferenz_cli.i18n import t
from konferenz_cli.models import Event
from konferenz_cli.services import lists as data
from konferenz_cli.services.checkin import event_day

__all__ = ["KINDS", "ListOptions", "default_place", "write_list"]

KINDS = ("signin", "workgroups", "badges", "certificates")


@dataclass(frozen=True)
class ListOptions:
    """The choices a person can make for a list (all optional)."""

    variant: str = "standard"
    day: str | None = None
    blank: int | None = None
    logo: Path | None = None
    layout: str = "a7"
    qr: bool = True
    round_number: int | None = None
    group: str | None = None
    count: int | None = None
    supervisor: str | None = None
    role: str | None = None
    place: str | None = None
    signer: str | None = None


def default_place(event: Event) -> str | None:
    """The town of the venue from its address ("Beispielstraße 1, 37269 Eschwege" -> "Eschwege")."""
    if not event.address:
        return None
    last = event.address.split(",")[-1].strip()
    return re.sub(r"^\d{4,5}\s+", "", last) or None


def write_list(db: Database, event: Event, kind: str, file_format: str, path: Path, options: ListOptions) -> str:
    """Write the list ``kind`` of ``event`` as ``file_format`` to ``path``; returns a one-line summary."""
    if kind == "signin":
        return _signin(db, event, file_format, path, options)
    if kind == "workgroups":
        groups = data.workgroup_lists(db, event, options.round_number)
        if file_format == "pdf":
            from konferenz_cli.render.lists_pdf import workgroups_pdf

            path.write_bytes(workgroups_pdf(groups))
        else:
            from konferenz_cli.render.lists_xlsx import workgroups_xlsx

            workgroups_xlsx(groups, path)
        return t("lists.summary_workgroups", sessions=len(groups), people=sum(g.size for g in groups))
    if kind == "badges":
        badges = data.badges(db, event, options.blank or 0)
        if file_format == "pdf":
            from konferenz_cli.render.lists_pdf import badges_pdf

            path.write_bytes(badges_pdf(badges, event.title, options.layout, options.qr))
        else:
            from konferenz_cli.render.lists_xlsx import badges_xlsx

            badges_xlsx(badges, [r.number for r in event_store.rounds(db, event.id)], path)
        first_only = sum(1 for person in data.listed_people(db, event) if not person.list_consent)
        if first_only:
            return t("lists.summary_badges_first_name", count=len(badges), first_only=first_only)
        return t("lists.summary_badges", count=len(badges))
    certificates = data.certificates(db, event)
    if file_format == "pdf":
        from konferenz_cli.render.lists_pdf import certificates_pdf

        header = data.list_header(event)
        place = options.place or default_place(event)
        path.write_bytes(certificates_pdf(certificates, header, place, options.signer))
    else:
        from konferenz_cli.render.lists_xlsx import certificates_xlsx

        certificates_xlsx(certificates, path)
    return t("lists.summary_certificates", count=len(certificates))


def _signin(db: Database, event: Event, file_format: str, path: Path, options: ListOptions) -> str:
    day = event_day(event, options.day) if options.day else None
    blank = 10 if options.blank is None else options.blank
    sheets = data.signin_sheets(db, event, day, blank)
    if options.variant == "under16":
        extra = {
            "group": options.group,
            "count": options.count,
            "supervisor": options.supervisor,
            "role": options.role,
            "rows": max(1, options.blank or 6),
        }
        if file_format == "pdf":
            from konferenz_cli.render.lists_pdf import signin_under16_pdf

            path.write_bytes(signin_under16_pdf(sheets, options.logo, **extra))  # type: ignore[arg-type]
        else:
            from konferenz_cli.render.lists_xlsx import signin_under16_xlsx

            signin_under16_xlsx(sheets, path, **extra)  # type: ignore[arg-type]
        return t("lists.summary_under16", days=len(sheets))
    if options.variant == "anonymous":
        if file_format == "pdf":
            from konferenz_cli.render.lists_pdf import signin_anonymous_pdf

            path.write_bytes(signin_anonymous_pdf(sheets, options.logo))
        else:
            from konferenz_cli.render.lists_xlsx import signin_anonymous_xlsx

            signin_anonymous_xlsx(sheets, path)
        pages = sum(max(1, s.expected + s.blank_rows) for s in sheets)
        return t("lists.summary_anonymous", pages=pages, days=len(sheets))
    if file_format == "pdf":
        from konferenz_cli.render.lists_pdf import signin_pdf

        path.write_bytes(signin_pdf(sheets, options.logo))
    else:
        from konferenz_cli.render.lists_xlsx import signin_xlsx

        signin_xlsx(sheets, path)
    first = sheets[0] if sheets else None
    return t(
        "lists.summary_signin",
        days=len(sheets),
        names=len(first.people) if first else 0,
        withheld=first.withheld if first else 0,
        blank=blank,
    )
