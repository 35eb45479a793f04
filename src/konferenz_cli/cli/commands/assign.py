"""Commands: assign-workgroups, assignments, assign set / lock / unlock / clear / explain."""

import enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table
from rich.text import Text

from konferenz_cli.cli.common import (
    Language,
    ListFormat,
    command,
    confirm_or_stop,
    db_opt,
    emit_listing,
    event_opt,
    format_opt,
    lang_opt,
    output_opt,
    print_note,
    resolve_event,
    store,
    subcommands,
    yes_opt,
)
from konferenz_cli.console import out
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import format_number, format_percent, t

#: Names shown in the summary; more than this many are summarised as "and N more".
_SHOWN_NAMES = 12


class Objective(str, enum.Enum):
    """What the assignment optimises."""

    fair = "fair"
    total = "total"
    squared = "squared"


class MinSize(str, enum.Enum):
    """What happens to a group below its minimum size."""

    cancel = "cancel"
    keep = "keep"


def _opt(name: str, key: str, metavar: Optional[str] = None) -> Any:
    return typer.Option(name, help=t(key), metavar=metavar, show_default=False)


def _attribute(option: str, value: Optional[str]) -> Optional[str]:
    from konferenz_cli.services.assignment import ATTRIBUTES

    if value is None:
        return None
    cleaned = value.strip().lower().replace("-", "_")
    if cleaned not in ATTRIBUTES:
        raise KonferenzError("assign.bad_attribute", option=option, value=value, choices=", ".join(ATTRIBUTES))
    return cleaned


def register(app: typer.Typer) -> None:
    """Add the assignment commands to ``app``."""
    _register_assign_workgroups(app)
    _register_assignments(app)
    group = subcommands(app, "assign", "assign.help.group")
    _register_single(group)


def _register_assign_workgroups(app: typer.Typer) -> None:
    @command(app, "assign-workgroups", "assign.help.workgroups")
    def assign_workgroups(
        event: Annotated[Optional[str], event_opt()] = None,
        objective: Annotated[Objective, typer.Option("--objective", help=t("assign.opt.objective"))] = Objective.fair,
        spread: Annotated[Optional[str], _opt("--spread", "assign.opt.spread", "ATTR")] = None,
        balance: Annotated[Optional[str], _opt("--balance", "assign.opt.balance", "ATTR")] = None,
        even_sizes: Annotated[bool, typer.Option("--even-sizes", help=t("assign.opt.even_sizes"))] = False,
        min_size: Annotated[MinSize, typer.Option("--min-size", help=t("assign.opt.min_size"))] = MinSize.keep,
        keep_existing: Annotated[bool, typer.Option("--keep-existing", help=t("assign.opt.keep_existing"))] = False,
        seed: Annotated[int, typer.Option("--seed", help=t("assign.opt.seed"))] = 0,
        time_limit: Annotated[float, typer.Option("--time-limit", help=t("assign.opt.time_limit"), min=0.1)] = 60.0,
        dry_run: Annotated[bool, typer.Option("--dry-run", help=t("assign.opt.dry_run"))] = False,
        explain: Annotated[Optional[str], _opt("--explain", "assign.opt.explain", "EMAIL")] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.assign import Options
        from konferenz_cli.services import assignment

        options = Options(
            objective=objective.value,
            spread=_attribute("--spread", spread),
            balance=_attribute("--balance", balance),
            even_sizes=even_sizes,
            min_size=min_size.value,
            keep_existing=keep_existing,
            seed=seed,
            time_limit=time_limit,
        )
        database = store(db)
        chosen = resolve_event(database, event)
        if explain:
            _known_email(database, chosen, explain)  # before the run: a typo must not cost a stored result
        outcome = assignment.run(database, chosen, options, dry_run=dry_run)
        print_summary(chosen.title, outcome.summary)
        if explain:
            print_explanation(assignment.explain_person(outcome.loaded, outcome.result, explain))
        print_note(t("assign.stored") if outcome.stored else t("assign.dry_run"), style="green")


def _known_email(database: Any, event: Any, email: str) -> None:
    """Stop with the usual message unless someone of the event has this e-mail address."""
    from konferenz_cli.db.participants import find_by_email

    if find_by_email(database, event.id, email.strip().lower()) is None:
        raise KonferenzError("assign.unknown_email", email=email.strip())


def _register_assignments(app: typer.Typer) -> None:
    @command(app, "assignments", "assign.help.assignments")
    def assignments(
        event: Annotated[Optional[str], event_opt()] = None,
        list_format: Annotated[ListFormat, format_opt()] = ListFormat.table,
        output: Annotated[Optional[Path], output_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.render.tables import Column
        from konferenz_cli.services.assignment import listing

        database = store(db)
        chosen = resolve_event(database, event)
        rows = listing(database, chosen)
        if not rows and list_format is ListFormat.table:
            print_note(t("assign.none_yet"))
            return
        columns = [
            Column("email", t("assign.col.email")),
            Column("first_name", t("assign.col.first_name")),
            Column("last_name", t("assign.col.last_name")),
            Column("organisation", t("assign.col.organisation")),
            Column("round", t("assign.col.round")),
            Column("topic", t("col.topic")),
            Column("room", t("col.room")),
            Column("rank", t("assign.col.rank")),
            Column("locked", t("assign.col.locked")),
            Column("date", t("assign.col.date")),
            Column("start", t("assign.col.start")),
            Column("end", t("assign.col.end")),
            Column("source", t("assign.col.source")),
            Column("list_consent", t("assign.col.list_consent")),
        ]
        shown = [columns[i] for i in (4, 5, 6, 1, 2, 3, 7, 8)]
        emit_listing(
            rows,
            columns,
            list_format,
            output,
            title=t("assign.listing_title", title=chosen.title),
            table_columns=shown,
            sheet_name=t("assign.sheet"),
        )


def _register_single(group: typer.Typer) -> None:
    Email = Annotated[str, typer.Argument(metavar="EMAIL", help=t("assign.arg.email"))]
    MaybeEmail = Annotated[Optional[str], typer.Argument(metavar="EMAIL", help=t("assign.arg.email_optional"))]
    Round = Annotated[Optional[int], _opt("--round", "assign.opt.only_round", "N")]

    @command(group, "set", "assign.help.set")
    def set_one(
        email: Email,
        round_number: Annotated[int, typer.Option("--round", help=t("assign.opt.assign_round"), metavar="N")],
        topic: Annotated[str, typer.Option("--topic", help=t("assign.opt.assign_topic"), metavar=t("metavar.topic"))],
        lock: Annotated[bool, typer.Option("--lock", help=t("assign.opt.lock"))] = False,
        force: Annotated[bool, typer.Option("--force", help=t("assign.opt.force"))] = False,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.assignment import set_assignment

        database = store(db)
        chosen = resolve_event(database, event)
        done = set_assignment(database, chosen, email, round_number, topic, lock=lock, force=force)
        capacity = f"/{done['capacity']}" if done["capacity"] is not None else ""
        print_note(
            t(
                "assign.set_done",
                person=done["person"],
                round=done["round"],
                topic=done["topic"],
                rank=_rank_text(done["rank"], True),
                size=done["size"],
                capacity=capacity,
            ),
            style="green",
        )
        if done["locked"]:
            print_note(t("assign.set_locked"))
        if done["over_capacity"]:
            print_note(t("assign.set_over", size=done["size"], capacity=done["capacity"]), style="yellow")

    @command(group, "lock", "assign.help.lock")
    def lock_some(
        email: MaybeEmail = None,
        round_number: Round = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.assignment import lock

        database = store(db)
        count = lock(database, resolve_event(database, event), email, round_number)
        print_note(t("assign.locked_count", count=count), style="green")

    @command(group, "unlock", "assign.help.unlock")
    def unlock_some(
        email: MaybeEmail = None,
        round_number: Round = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.assignment import unlock

        database = store(db)
        count = unlock(database, resolve_event(database, event), email, round_number)
        print_note(t("assign.unlocked_count", count=count), style="green")

    @command(group, "clear", "assign.help.clear")
    def clear_all(
        include_locked: Annotated[bool, typer.Option("--include-locked", help=t("assign.opt.include_locked"))] = False,
        yes: Annotated[bool, yes_opt()] = False,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.assignment import clear

        database = store(db)
        chosen = resolve_event(database, event)
        if not yes:
            confirm_or_stop(t("assign.clear_confirm", slug=chosen.slug))
        count = clear(database, chosen, include_locked=include_locked)
        print_note(t("assign.cleared", count=count), style="green")

    @command(group, "explain", "assign.help.explain")
    def explain_one(
        email: Email,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.db.assignments import latest_run
        from konferenz_cli.services import assignment

        database = store(db)
        chosen = resolve_event(database, event)
        loaded = assignment.load(database, chosen)
        run = latest_run(database, chosen.id)
        by_hand = any(a.source == "manual" for a in loaded.stored)
        proven = bool(run and run["proven_optimal"]) and not by_hand
        result = assignment.stored_result(loaded, proven)
        print_explanation(assignment.explain_person(loaded, result, email))


# --- rendering ---------------------------------------------------------------------------


def _rank_text(rank: Optional[int], has_wishes: bool) -> str:
    if rank is not None:
        return t("assign.rank", rank=rank)
    return t("assign.rank_none") if has_wishes else t("assign.rank_none_no_wishes")


def _number(value: float) -> str:
    return format_number(round(value, 1))


def _session_note(session: dict[str, Any]) -> str:
    if session["cancelled_now"]:
        return t("assign.status.cancelled_now", min_size=session["min_size"])
    if session["cancelled"]:
        return t("assign.status.cancelled")
    if session["under_minimum"]:
        return t("assign.status.under_min", min_size=session["min_size"])
    return ""


def print_summary(title: str, summary: dict[str, Any]) -> None:
    """The Rich summary of an assignment run (see ``services.assignment.summarise``)."""
    out.print(Text(t("assign.title", title=title), style="bold"))
    out.print(
        Text(
            t(
                "assign.people_line",
                people=summary["people"],
                rounds=summary["rounds"],
                objective=t(f"assign.objective.{summary['objective']}"),
            )
        )
    )
    _print_sessions(summary)
    _print_choices(summary)
    _print_fairness(summary)
    if summary["soft"]:
        _print_soft(summary)
    if summary["changes"]:
        _print_changes(summary["changes"])
    elif summary["differs_from_stored"]:
        out.print(Text(t("assign.differs", count=summary["differs_from_stored"]), style="yellow"))
    for note in summary["notes"]:
        out.print(Text(t(note["key"], **note["params"]), style="yellow"))
    _print_certificate(summary)


def _print_sessions(summary: dict[str, Any]) -> None:
    rounds = sorted({s["round"] for s in summary["sessions"]})
    under = sum(1 for s in summary["sessions"] if s["under_minimum"])
    for number in rounds:
        table = Table(title=t("assign.round_title", round=number), header_style="bold", title_justify="left")
        table.add_column(t("col.topic"))
        table.add_column(t("col.room"))
        table.add_column(t("assign.col.size"), justify="right")
        table.add_column(t("assign.col.seats"), justify="right")
        table.add_column(t("assign.col.status"))
        for session in summary["sessions"]:
            if session["round"] != number:
                continue
            capacity = "∞" if session["capacity"] is None else str(session["capacity"])
            note = _session_note(session)
            table.add_row(
                Text(session["topic"]),
                Text(session["room"] or "–"),
                Text(str(session["size"])),
                Text(capacity),
                Text(note, style="yellow" if note else ""),
            )
        out.print(table)
    if under:
        out.print(Text(t("assign.under_min_hint", count=under), style="yellow"))


def _print_choices(summary: dict[str, Any]) -> None:
    choices = summary["choices"]
    placed = sum(value for key, value in choices.items() if key != "no_wishes")
    table = Table(title=t("assign.choices.title"), header_style="bold", title_justify="left")
    table.add_column(t("assign.col.choice"))
    table.add_column(t("assign.col.count"), justify="right")
    table.add_column(t("assign.col.share"), justify="right")
    for key in ("1", "2", "3", "lower", "unranked"):
        share = format_percent(choices[key] / placed) if placed else "–"
        table.add_row(Text(t(f"assign.choice.{key}")), Text(str(choices[key])), Text(share))
    if choices["no_wishes"]:
        table.add_row(Text(t("assign.choice.no_wishes")), Text(str(choices["no_wishes"])), Text(""))
    out.print(table)
    with_wishes = summary["people_with_wishes"]
    if with_wishes:
        share = format_percent(summary["people_first_wish"] / with_wishes)
        out.print(Text(t("assign.first_wish", count=summary["people_first_wish"], people=with_wishes, share=share)))


def _print_fairness(summary: dict[str, Any]) -> None:
    if summary["worst_rank_unranked"]:
        line = t("assign.worst_unranked")
    elif summary["worst_rank"] is None:
        line = t("assign.worst_none")
    else:
        line = t("assign.worst", rank=summary["worst_rank"])
    if summary["objective"] == "fair" and summary["worst_rank_proven"] and summary["worst_rank"] is not None:
        line += t("assign.worst_proven")
    out.print(Text(line))
    if not summary["worst_rank_unranked"] and summary["choices"]["unranked"]:
        out.print(Text(t("assign.worst_note")))
    names = summary["without_wish"]
    if names:
        shown = ", ".join(names[:_SHOWN_NAMES])
        if len(names) > _SHOWN_NAMES:
            shown += " " + t("assign.more", count=len(names) - _SHOWN_NAMES)
        out.print(Text(t("assign.without_wish", count=len(names), names=shown), style="yellow"))
    elif summary["people_with_wishes"]:
        out.print(Text(t("assign.without_wish_none")))


def _print_soft(summary: dict[str, Any]) -> None:
    table = Table(title=t("assign.soft.title"), header_style="bold", title_justify="left")
    table.add_column(t("assign.soft.col.goal"))
    table.add_column(t("assign.soft.col.before"), justify="right")
    table.add_column(t("assign.soft.col.after"), justify="right")
    for figure in summary["soft"]:
        name = figure["name"]
        if name == "total":
            bound = _number(figure["bound"]) if figure["bound"] is not None else "–"
            label = t("assign.soft.total", bound=bound)
        elif name == "even":
            label = t("assign.soft.even")
        else:
            attribute = t(f"assign.attribute.{figure['attribute']}")
            label = t(f"assign.soft.{name}", attribute=attribute)
        table.add_row(Text(label), Text(_number(figure["before"])), Text(_number(figure["after"])))
    out.print(table)
    out.print(Text(t("assign.soft.note")))


def _print_changes(changes: dict[str, Any]) -> None:
    out.print(
        Text(
            t(
                "assign.changes",
                kept=changes["kept"],
                moved=changes["moved"],
                people=changes["moved_people"],
                newcomers=changes["newcomers"],
                removed=changes["removed"],
            )
        )
    )
    for reason, count in changes["reasons"].items():
        out.print(Text("  – " + t("assign.changes_reason", reason=t(f"assign.reason.{reason}"), count=count)))


def _print_certificate(summary: dict[str, Any]) -> None:
    certificate = summary["certificate"]
    seconds = format_number(max(round(summary["solve_seconds"], 2), 0.01))
    method = t(f"assign.method.{certificate['method']}")
    value = _number(certificate["value"])
    if certificate["proven_optimal"]:
        out.print(Text(t("assign.proven", value=value, method=method, seconds=seconds), style="green"))
    else:
        out.print(
            Text(
                t(
                    "assign.gap",
                    value=value,
                    bound=_number(certificate["bound"]),
                    gap=format_percent(certificate["gap"]),
                    seconds=seconds,
                ),
                style="yellow",
            )
        )


def print_explanation(data: dict[str, Any]) -> None:
    """Why one person got what they got (see ``services.assignment.explain_person``)."""
    out.print(Text(t("assign.explain.title", person=data["person"]), style="bold"))
    has_wishes = bool(data["wishes"])
    if has_wishes:
        out.print(Text(t("assign.explain.wishes", wishes=", ".join(data["wishes"]))))
    else:
        out.print(Text(t("assign.explain.no_wishes")))
    for placement in data["placements"]:
        out.print(
            Text(
                "  "
                + t(
                    "assign.explain.got",
                    round=placement["round"],
                    topic=placement["topic"],
                    room=f" ({placement['room']})" if placement["room"] else "",
                    rank=_rank_text(placement["rank"], has_wishes),
                    locked=t("assign.explain.locked_mark") if placement["locked"] else "",
                )
            )
        )
    if has_wishes and not data["missed"]:
        out.print(Text(t("assign.explain.nothing_missed"), style="green"))
    for wish in data["missed"]:
        out.print(Text(t("assign.explain.wish", rank=wish["rank"], topic=wish["topic"])))
        for check in wish["rounds"]:
            out.print(Text("  – " + _check_text(check)))
    if data["missed"]:
        key = "assign.explain.optimal" if data["proven_optimal"] else "assign.explain.not_proven"
        out.print(Text(t(key)))


def _check_text(check: dict[str, Any]) -> str:
    status = check["status"]
    if status == "not_offered":
        return t("assign.explain.not_offered", round=check["round"])
    if status == "locked":
        return t("assign.explain.locked", round=check["round"])
    if status == "better_here":
        return t("assign.explain.better_here", round=check["round"], rank=check["own_rank"])
    if status == "full":
        return t(
            "assign.explain.full",
            round=check["round"],
            size=check["size"],
            capacity=check["capacity"],
            higher=check["ranked_higher"],
            same=check["ranked_same"],
            lower=check["ranked_lower"],
            locked=check["locked"],
            stuck=check["without_alternative"],
        )
    free = "∞" if check["capacity"] is None else check["capacity"] - check["size"]
    return t("assign.explain.free", round=check["round"], free=free)
