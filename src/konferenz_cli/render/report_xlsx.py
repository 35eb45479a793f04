"""The report as an Excel workbook: one sheet per table, set up for A4 printing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from konferenz_cli.render.report_common import build_labels, hm, when
from konferenz_cli.render.tables import Column, Share, Sheet, write_workbook
from konferenz_cli.services.report import ReportData, ResultBlock, SeriesData

__all__ = ["render_series_xlsx", "render_xlsx"]


def _pairs(
    name: str, title: str, rows: list[tuple[str, Any]], labels: dict[str, str], subtitle: str | None = None
) -> Sheet:
    columns = [Column("label", "", 34), Column("value", labels["count"] if name != labels["facts"] else "", 70)]
    return Sheet(name, columns, [{"label": k, "value": v} for k, v in rows], title=title, subtitle=subtitle)


def _share(value: float | None) -> Share | None:
    return Share(round(value, 3)) if value is not None else None


def _withheld_rows(count: int, labels: dict[str, str], **where: Any) -> list[dict[str, Any]]:
    """A row counting the people listed without their name (none if there are none)."""
    return [{**where, "name": f"{labels['withheld']}: {count}"}] if count else []


def render_xlsx(data: ReportData, path: Path) -> None:
    """Write the report of one event to ``path``."""
    labels = build_labels(data.language)
    facts = data.facts
    p = data.participation
    notice = labels["internal_notice"] if data.internal else labels["public_notice"]
    sheets = [
        _pairs(
            labels["facts"],
            facts.title,
            [
                (labels["date"], when(data)),
                (labels["doors"], hm(facts.doors)),
                (labels["venue"], facts.venue),
                (labels["address"], facts.address),
                (labels["organisers"], list(facts.organisers)),
                (labels["partners"], list(facts.partners)),
                (labels["patron"], facts.patron),
                (labels["moderator"], facts.moderator),
                (labels["funding_programme"], facts.funding_programme),
                (labels["series"], facts.series),
                (labels["contact"], facts.contact_email),
            ],
            labels,
            subtitle=notice,
        ),
        Sheet(
            labels["agenda"],
            [
                Column("start", labels["time"], 8),
                Column("end", "", 8),
                Column("title", labels["title"], 50),
                Column("kind", labels["kind"], 18),
                Column("speakers", labels["speakers"], 40),
                Column("room", labels["room"], 18),
            ],
            [
                {
                    "start": hm(i.start),
                    "end": hm(i.end),
                    "title": i.title,
                    "kind": labels[f"kind_{i.kind}"],
                    "speakers": list(i.speakers),
                    "room": i.room,
                }
                for i in data.agenda
            ],
            title=labels["agenda"],
        ),
        _pairs(
            labels["participation"],
            labels["participation"],
            [
                (labels["registered"], p.registered),
                (labels["attended"], p.attended if p.attendance_recorded else None),
                (labels["walk_ins"], p.walk_ins),
                (labels["attendance_rate"], _share(p.attendance_rate)),
                (labels["waitlisted"], p.waitlisted),
                (labels["cancelled"], p.cancelled),
                (labels["organisation_count"], p.organisation_count),
                (labels["new"], p.new),
                (labels["returning"], p.returning),
                (labels["follow_up_count"], data.follow_up_count),
                (labels["newsletter_count"], data.newsletter_count),
                (labels["newsletter_withdrawn"], data.newsletter_withdrawn),
            ],
            labels,
        ),
        Sheet(
            labels["by_sector"],
            [
                Column("label", labels["sector"], 34),
                Column("registered", labels["registered"], 14),
                Column("attended", labels["attended"], 14),
            ],
            [{"label": r.label, "registered": r.registered, "attended": r.attended} for r in p.by_sector],
            title=labels["by_sector"],
        ),
        Sheet(
            labels["by_organisation_type"],
            [Column("label", labels["organisation_type"], 34), Column("value", labels["count"], 12)],
            [{"label": r.label, "value": r.value} for r in p.by_organisation_type],
            title=labels["by_organisation_type"],
        ),
    ]
    if data.internal:
        sheets.append(
            Sheet(
                labels["organisations"],
                [Column("label", labels["organisation"], 44), Column("value", labels["count"], 12)],
                [{"label": r.label, "value": r.value} for r in p.organisations],
                title=labels["organisations"],
            )
        )
    sheets += [
        Sheet(
            labels["workgroups"],
            [
                Column("round", labels["round"], 8),
                Column("topic", labels["topic"], 34),
                Column("room", labels["room"], 18),
                Column("facilitators", labels["facilitators"], 30),
                Column("size", labels["size"], 12),
                Column("capacity", labels["capacity"], 10),
                Column("attended", labels["attended"], 12),
                Column("first_choice", labels["first_choice"], 14),
            ],
            [
                {
                    "round": g.round,
                    "topic": g.topic,
                    "room": g.room,
                    "facilitators": list(g.facilitators),
                    "size": g.size,
                    "capacity": g.capacity,
                    "attended": g.attended,
                    "first_choice": _share(g.first_choice_share),
                }
                for g in data.workgroups
            ],
            title=labels["workgroups"],
        ),
        Sheet(
            labels["wishes"],
            [
                Column("topic", labels["topic"], 34),
                Column("first", labels["first"], 10),
                Column("second", labels["second"], 10),
                Column("third", labels["third"], 10),
                Column("total", labels["mentions"], 10),
            ],
            [
                {"topic": w.topic, "first": w.first, "second": w.second, "third": w.third, "total": w.total}
                for w in data.wishes
            ],
            title=labels["wishes"],
        ),
        Sheet(
            labels["results"],
            [
                Column("topic", labels["topic"], 28),
                Column("round", labels["round"], 8),
                Column("works_well", labels["works_well"], 45),
                Column("must_improve", labels["must_improve"], 45),
                Column("proposed_measures", labels["proposed_measures"], 45),
                Column("notes", labels["notes"], 35),
            ],
            [_result_row(r) for r in data.results],
            title=labels["results"],
        ),
    ]
    if data.internal:
        person_columns = [
            Column("name", labels["name"], 28),
            Column("organisation", labels["organisation"], 36),
            Column("email", labels["email"], 34),
        ]
        sheets += [
            Sheet(
                labels["members"],
                [
                    Column("round", labels["round"], 8),
                    Column("topic", labels["topic"], 30),
                    Column("name", labels["name"], 28),
                    Column("organisation", labels["organisation"], 36),
                ],
                [
                    row
                    for g in data.workgroups
                    for row in [
                        *(
                            {"round": g.round, "topic": g.topic, "name": m.name, "organisation": m.organisation}
                            for m in g.members
                        ),
                        *_withheld_rows(g.withheld, labels, round=g.round, topic=g.topic),
                    ]
                ],
                title=labels["members"],
                subtitle=notice,
            ),
            Sheet(
                labels["follow_up"],
                person_columns,
                [*(vars(p) for p in data.follow_up), *_withheld_rows(data.follow_up_withheld, labels)],
                title=labels["follow_up"],
                subtitle=notice,
            ),
            Sheet(
                labels["newsletter"],
                person_columns,
                [*(vars(p) for p in data.newsletter), *_withheld_rows(data.newsletter_withheld, labels)],
                title=labels["newsletter"],
                subtitle=notice,
            ),
        ]
    write_workbook(sheets, path)


def render_series_xlsx(data: SeriesData, path: Path) -> None:
    """Write the editions of a series side by side to ``path``."""
    labels = build_labels(data.language)
    editions = [
        {
            "title": e.title,
            "date": e.date,
            "venue": e.venue,
            "registered": e.registered,
            "attended": e.attended,
            "new": e.new,
            "returning": e.returning,
            "topics": list(e.topics),
            "results": len(e.results),
        }
        for e in data.editions
    ]
    sheets = [
        Sheet(
            labels["editions"],
            [
                Column("title", labels["edition"], 40),
                Column("date", labels["date"], 12),
                Column("venue", labels["venue"], 28),
                Column("registered", labels["registered"], 12),
                Column("attended", labels["attended"], 12),
                Column("new", labels["new"], 12),
                Column("returning", labels["returning"], 12),
                Column("topics", labels["topics"], 50),
                Column("results", labels["results"], 12),
            ],
            editions,
            title=f"{labels['series_documentation']}: {data.name}",
        ),
        Sheet(
            labels["by_sector"],
            [Column("sector", labels["sector"], 30)]
            + [Column(f"e{i}", e.title, 18) for i, e in enumerate(data.editions)],
            [
                {"sector": s, **{f"e{i}": e.sectors.get(s, 0) for i, e in enumerate(data.editions)}}
                for s in data.sectors
            ],
            title=labels["by_sector"],
        ),
        Sheet(
            labels["results"],
            [
                Column("edition", labels["edition"], 30),
                Column("topic", labels["topic"], 28),
                Column("round", labels["round"], 8),
                Column("works_well", labels["works_well"], 40),
                Column("must_improve", labels["must_improve"], 40),
                Column("proposed_measures", labels["proposed_measures"], 40),
            ],
            [{"edition": e.title, **_result_row(r)} for e in data.editions for r in e.results],
            title=labels["results"],
        ),
    ]
    write_workbook(sheets, path)


def _result_row(result: ResultBlock) -> dict[str, Any]:
    """One workgroup's results as a row (the sheet's columns pick what they show)."""
    return {
        "topic": result.topic,
        "round": result.round,
        "works_well": result.works_well,
        "must_improve": result.must_improve,
        "proposed_measures": result.proposed_measures,
        "notes": result.notes,
    }
