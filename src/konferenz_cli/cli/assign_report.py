"""How an assignment run is shown: its summary, certificate and one person's explanation."""

from typing import Any, Optional

from rich.table import Table
from rich.text import Text

from konferenz_cli.console import out
from konferenz_cli.i18n import format_number, format_percent, t

__all__ = ["print_explanation", "print_summary", "rank_text"]

#: Names shown in the summary; more than this many are summarised as "and N more".
_SHOWN_NAMES = 12


def rank_text(rank: Optional[int], has_wishes: bool) -> str:
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
                    rank=rank_text(placement["rank"], has_wishes),
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
