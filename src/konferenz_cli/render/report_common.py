"""What every report format shares: the translated words, the charts and the section order."""

from __future__ import annotations

import datetime as dt
from typing import Any

from konferenz_cli.i18n import format_date, format_number, format_percent, translate
from konferenz_cli.render.charts import Chart
from konferenz_cli.services.report import ReportData, SeriesData

__all__ = ["LABEL_KEYS", "build_labels", "event_charts", "hm", "report_filename", "series_charts", "when"]

LABEL_KEYS = (
    "documentation",
    "internal_notice",
    "internal_explained",
    "public_notice",
    "contents",
    "facts",
    "agenda",
    "participation",
    "workgroups",
    "results",
    "follow_up",
    "newsletter",
    "date",
    "time",
    "doors",
    "venue",
    "address",
    "organisers",
    "partners",
    "patron",
    "moderator",
    "funding_programme",
    "contact",
    "series",
    "description",
    "title",
    "kind",
    "speakers",
    "room",
    "registered",
    "waitlisted",
    "cancelled",
    "attended",
    "walk_ins",
    "attendance_rate",
    "not_yet_checked_in",
    "by_day",
    "by_sector",
    "sector",
    "by_organisation_type",
    "organisation_type",
    "organisations",
    "organisation",
    "organisation_count",
    "count",
    "new",
    "returning",
    "earlier_editions",
    "no_series",
    "topic",
    "round",
    "facilitators",
    "capacity",
    "size",
    "first_choice",
    "wishes",
    "wishes_met",
    "assigned",
    "worst_rank",
    "first",
    "second",
    "third",
    "mentions",
    "members",
    "withheld",
    "name",
    "email",
    "works_well",
    "must_improve",
    "proposed_measures",
    "notes",
    "no_results",
    "no_workgroups",
    "follow_up_count",
    "newsletter_count",
    "newsletter_withdrawn",
    "generated",
    "chart_sectors",
    "chart_wishes",
    "chart_attendance",
    "chart_ranks",
    "standing",
    "editions",
    "edition",
    "topics",
    "series_documentation",
    "sectors_by_edition",
    "participants_by_edition",
    "no_participants",
    "rank",
    "unranked",
    "not_stated",
)


def build_labels(language: str) -> dict[str, str]:
    """Every word a report uses, in ``language``."""
    labels = {key: translate(f"report.{key}", language) for key in LABEL_KEYS}
    for kind in ("welcome", "input", "workgroup_round", "testimony", "panel", "break", "market", "tour", "other"):
        labels[f"kind_{kind}"] = translate(f"kind.{kind}", language)
    return labels


def hm(value: dt.time | None) -> str:
    """A time as HH:MM ("" for none)."""
    return value.strftime("%H:%M") if value else ""


def when(data: ReportData) -> str:
    """The event's date(s) and times in one line."""
    language = data.language
    facts = data.facts
    day = format_date(facts.date, "full", language=language)
    if facts.end_date and facts.end_date != facts.date:
        day += " – " + format_date(facts.end_date, "full", language=language)
    suffix = " Uhr" if language == "de" else ""
    return f"{day}, {hm(facts.start)}–{hm(facts.end)}{suffix}"


def event_charts(data: ReportData, labels: dict[str, str]) -> dict[str, Chart]:
    """The charts of an event report (empty ones left out)."""
    figures = data.participation
    charts: dict[str, Chart] = {}
    sector_series: list[tuple[str, list[int]]] = [(labels["registered"], [row.registered for row in figures.by_sector])]
    if figures.attendance_recorded:
        sector_series.append((labels["attended"], [row.attended for row in figures.by_sector]))
    charts["sectors"] = Chart(labels["chart_sectors"], [row.label for row in figures.by_sector], sector_series)
    charts["wishes"] = Chart(
        labels["chart_wishes"],
        [wish.topic for wish in data.wishes],
        [
            (labels["first"], [wish.first for wish in data.wishes]),
            (labels["second"], [wish.second for wish in data.wishes]),
            (labels["third"], [wish.third for wish in data.wishes]),
        ],
    )
    attendance = [
        (labels["registered"], figures.registered),
        (labels["attended"], figures.attended),
        (labels["walk_ins"], figures.walk_ins),
        (labels["waitlisted"], figures.waitlisted),
        (labels["cancelled"], figures.cancelled),
    ]
    charts["attendance"] = Chart(
        labels["chart_attendance"], [label for label, _ in attendance], [(labels["count"], [v for _, v in attendance])]
    )
    charts["ranks"] = Chart(
        labels["chart_ranks"],
        [row.label for row in data.rank_totals],
        [(labels["count"], [r.value for r in data.rank_totals])],
    )
    return {key: chart for key, chart in charts.items() if not chart.is_empty}


def series_charts(data: SeriesData, labels: dict[str, str]) -> dict[str, Chart]:
    """The charts of a series report."""
    names = [
        f"{edition.title} ({format_date(edition.date, 'medium', language=data.language)})" for edition in data.editions
    ]
    charts = {
        "participants": Chart(
            labels["participants_by_edition"],
            names,
            [
                (labels["registered"], [e.registered for e in data.editions]),
                (labels["attended"], [e.attended for e in data.editions]),
            ],
        ),
        "sectors": Chart(
            labels["sectors_by_edition"],
            data.sectors,
            [
                (name, [e.sectors.get(sector, 0) for sector in data.sectors])
                for name, e in zip(names, data.editions, strict=True)
            ],
        ),
    }
    return {key: chart for key, chart in charts.items() if not chart.is_empty}


def percent(value: float | None, language: str) -> str:
    """A share as a percentage, or "–"."""
    return "–" if value is None else format_percent(value, language=language)


def number(value: Any, language: str) -> str:
    """A number with the locale's separators, or "–"."""
    return "–" if value is None else format_number(value, language=language)


def report_filename(slug: str, extension: str) -> str:
    """The default file name of a report: ``{slug}-bericht.{ext}``."""
    return f"{slug}-report.{extension}"
