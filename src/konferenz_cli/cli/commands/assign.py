"""Commands: assign-workgroups, assignments, assign set / lock / unlock / clear / explain."""

import enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from konferenz_cli.cli.assign_report import print_explanation, print_summary, rank_text
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
from konferenz_cli.errors import KonferenzError
from konferenz_cli.i18n import t


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
            Column("source", t("assign.col.source"), words=_source_words),
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


def _register_locking(group: typer.Typer, locked: bool, email_arg: Any, round_opt: Any) -> None:
    """``assign lock`` (``locked``) or ``assign unlock``: the same command, the other way round."""
    name = "lock" if locked else "unlock"

    @command(group, name, f"assign.help.{name}")
    def change_locks(
        email: email_arg = None,
        round_number: round_opt = None,
        event: Annotated[Optional[str], event_opt()] = None,
        db: Annotated[Optional[Path], db_opt()] = None,
        lang: Annotated[Optional[Language], lang_opt()] = None,
    ) -> None:
        from konferenz_cli.services.assignment import lock, unlock

        database = store(db)
        count = (lock if locked else unlock)(database, resolve_event(database, event), email, round_number)
        print_note(t(f"assign.{name}ed_count", count=count), style="green")


def _source_words(source: str) -> str:
    """Where an assignment came from, in words: an assignment run or a decision by hand."""
    return t(f"assign.source.{source}") if source in ("solver", "manual") else source


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
                rank=rank_text(done["rank"], True),
                size=done["size"],
                capacity=capacity,
            ),
            style="green",
        )
        if done["locked"]:
            print_note(t("assign.set_locked"))
        if done["over_capacity"]:
            print_note(t("assign.set_over", size=done["size"], capacity=done["capacity"]), style="yellow")

    for locked in (True, False):
        _register_locking(group, locked, MaybeEmail, Round)

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
