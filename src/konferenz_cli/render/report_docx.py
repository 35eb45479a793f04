"""The report as a Word document (python-docx): headings, a table of contents, tables, charts.

Headings use Word's own "Heading 1/2" styles, so the table-of-contents field
(filled in by Word or LibreOffice when the file is opened) and the navigation
pane work. Large tables are written as XML rows in one go: python-docx's cell
API is too slow for lists of thousands of people.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from konferenz_cli.i18n import format_date
from konferenz_cli.render.charts import Chart, bar_chart_png
from konferenz_cli.render.report_common import build_labels, event_charts, hm, number, percent, series_charts, when
from konferenz_cli.render.xml_text import xml_safe, xml_text
from konferenz_cli.services.report import ReportData, SeriesData

__all__ = ["render_docx", "render_series_docx"]

_AFTER_UPDATE_FIELDS = {
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
}
#: Word keeps the title in the document properties, which hold at most 255 characters.
_MAX_PROPERTY = 255


def _clean(value: Any) -> str:
    return escape(xml_text(str(value if value is not None else "")))


def _new_document(title: str, language: str, notice: str | None) -> Any:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.0)
    document.styles["Normal"].font.size = Pt(10.5)
    document.core_properties.title = title[:_MAX_PROPERTY]
    document.core_properties.language = language
    document.core_properties.author = "konferenz"
    if notice:
        header = section.header.paragraphs[0]
        header.text = notice
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        header.runs[0].font.size = Pt(8)
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings = document.settings.element
    # Word checks the order of the settings: updateFields comes before these.
    later = next((child for child in settings if child.tag.split("}")[-1] in _AFTER_UPDATE_FIELDS), None)
    if later is not None:
        later.addprevious(update)
    else:
        settings.append(update)
    return document


def _toc(document: Any, heading: str, hint: str) -> None:
    """A table-of-contents field over Heading 1-2, updated when the document is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    title = document.add_paragraph()
    title.add_run(heading).bold = True
    paragraph = document.add_paragraph()

    def field_char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")
        return element

    run = paragraph.add_run()
    run._r.append(field_char("begin"))
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = 'TOC \\o "1-2" \\h \\z \\u'
    run = paragraph.add_run()
    run._r.append(instruction)
    run = paragraph.add_run()
    run._r.append(field_char("separate"))
    paragraph.add_run(hint).italic = True
    run = paragraph.add_run()
    run._r.append(field_char("end"))


def _table(document: Any, headings: Sequence[str], rows: Sequence[Sequence[Any]], numeric: Sequence[int] = ()) -> Any:
    """A table with a repeated header row (none if every heading is empty); rows are appended as XML in one go."""
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls

    with_head = any(headings)
    table = document.add_table(rows=1 if with_head else 0, cols=len(headings))
    table.style = "Table Grid"
    if with_head:
        for cell, heading in zip(table.rows[0].cells, headings, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(str(heading)).bold = True
        header_props = table.rows[0]._tr.get_or_add_trPr()
        header_props.append(OxmlElement("w:tblHeader"))
    if rows:
        right = '<w:pPr><w:jc w:val="right"/></w:pPr>'
        body = []
        for row in rows:
            cells = []
            for index, value in enumerate(row):
                align = right if index in numeric else ""
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{align}'
                    f'<w:r><w:t xml:space="preserve">{_clean(value)}</w:t></w:r></w:p></w:tc>'
                )
            body.append("<w:tr>" + "".join(cells) + "</w:tr>")
        fragment = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(body)}</w:tbl>")
        for row_element in list(fragment):
            table._tbl.append(row_element)
    document.add_paragraph()
    return table


def _chart(document: Any, chart: Chart | None) -> None:
    from docx.shared import Cm

    if chart is not None:
        document.add_picture(io.BytesIO(bar_chart_png(chart)), width=Cm(15.5))


def _text(document: Any, value: str | None) -> None:
    """Lines of a result: "- " lines as bullet points, the rest as paragraphs."""
    for line in (value or "").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[:2] in ("- ", "* ", "• "):
            document.add_paragraph(stripped[2:].strip(), style="List Bullet")
        else:
            document.add_paragraph(stripped)


def _withheld_row(count: int, labels: dict[str, str]) -> list[tuple[str, str, str]]:
    """The line that counts people listed without their name (none if there are none)."""
    return [(f"{labels['withheld']}: {count}", "", "")] if count else []


def _save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render_docx(data: ReportData) -> bytes:
    """The report of one event as a .docx file."""
    from docx.enum.text import WD_BREAK
    from docx.shared import RGBColor

    data = xml_safe(data)
    labels = build_labels(data.language)
    lang = data.language
    charts = event_charts(data, labels)
    facts = data.facts
    document = _new_document(facts.title, lang, labels["internal_notice"] if data.internal else None)
    document.add_paragraph(labels["documentation"] + (f" · {facts.series}" if facts.series else ""), style="Subtitle")
    document.add_heading(facts.title, level=0)
    document.add_paragraph(when(data) + (f" · {facts.venue}" if facts.venue else ""))
    notice = document.add_paragraph()
    run = notice.add_run(labels["internal_notice"] if data.internal else labels["public_notice"])
    run.bold = True
    run.font.color.rgb = RGBColor(0xB0, 0x3A, 0x2E) if data.internal else RGBColor(0x2F, 0x6F, 0x9F)
    if data.internal:
        document.add_paragraph(labels["internal_explained"])
    _toc(document, labels["contents"], "…")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading(labels["facts"], level=1)
    rows = [
        (labels["date"], when(data) + (f" ({labels['doors']} {hm(facts.doors)})" if facts.doors else "")),
        (labels["venue"], ", ".join(v for v in (facts.venue, facts.address) if v)),
        (labels["organisers"], ", ".join(facts.organisers)),
        (labels["partners"], ", ".join(facts.partners)),
        (labels["patron"], facts.patron or ""),
        (labels["moderator"], facts.moderator or ""),
        (labels["funding_programme"], facts.funding_programme or ""),
        (labels["series"], facts.series or ""),
        (labels["contact"], facts.contact_email or ""),
    ]
    _table(document, ["", ""], [row for row in rows if row[1]])
    if facts.description:
        document.add_paragraph(" ".join(facts.description.split()))

    document.add_heading(labels["agenda"], level=1)
    _table(
        document,
        [labels["time"], labels["title"], labels["kind"], labels["speakers"], labels["room"]],
        [
            (f"{hm(i.start)}–{hm(i.end)}", i.title, labels[f"kind_{i.kind}"], ", ".join(i.speakers), i.room or "")
            for i in data.agenda
        ],
    )
    _participation(document, data, labels, charts)
    _workgroups(document, data, labels, charts)

    document.add_heading(labels["results"], level=1)
    if not data.results:
        document.add_paragraph(labels["no_results"])
    for result in data.results:
        title = result.topic + (f" · {labels['round']} {result.round}" if result.round else "")
        document.add_heading(title, level=2)
        for key in ("works_well", "must_improve", "proposed_measures", "notes"):
            text = getattr(result, key)
            if text:
                document.add_paragraph().add_run(labels[key]).bold = True
                _text(document, text)

    document.add_heading(labels["follow_up"], level=1)
    document.add_paragraph(f"{labels['follow_up_count']}: {number(data.follow_up_count, lang)}")
    if data.follow_up or data.follow_up_withheld:
        _table(
            document,
            [labels["name"], labels["organisation"], labels["email"]],
            [(p.name, p.organisation, p.email) for p in data.follow_up]
            + _withheld_row(data.follow_up_withheld, labels),
        )
    document.add_heading(labels["newsletter"], level=1)
    document.add_paragraph(
        f"{labels['newsletter_count']}: {number(data.newsletter_count, lang)} · "
        f"{labels['newsletter_withdrawn']}: {number(data.newsletter_withdrawn, lang)}"
    )
    if data.newsletter or data.newsletter_withheld:
        _table(
            document,
            [labels["name"], labels["organisation"], labels["email"]],
            [(p.name, p.organisation, p.email) for p in data.newsletter]
            + _withheld_row(data.newsletter_withheld, labels),
        )
    document.add_paragraph(f"{labels['generated']}: {format_date(data.generated, 'long', language=lang)}")
    return _save(document)


def _participation(document: Any, data: ReportData, labels: dict[str, str], charts: dict[str, Chart]) -> None:
    lang = data.language
    p = data.participation
    document.add_heading(labels["participation"], level=1)
    rows: list[tuple[str, str]] = [(labels["registered"], number(p.registered, lang))]
    rows.append(
        (labels["attended"], number(p.attended, lang) if p.attendance_recorded else labels["not_yet_checked_in"])
    )
    if p.attendance_recorded:
        rows += [
            (labels["walk_ins"], number(p.walk_ins, lang)),
            (labels["attendance_rate"], percent(p.attendance_rate, lang)),
        ]
    rows += [
        (labels["waitlisted"], number(p.waitlisted, lang)),
        (labels["cancelled"], number(p.cancelled, lang)),
        (labels["organisation_count"], number(p.organisation_count, lang)),
    ]
    if p.new is not None:
        rows += [(labels["new"], number(p.new, lang)), (labels["returning"], number(p.returning, lang))]
    _table(document, ["", labels["count"]], rows, numeric=[1])
    if p.earlier_editions:
        document.add_paragraph(f"{labels['earlier_editions']}: {'; '.join(p.earlier_editions)}")
    _chart(document, charts.get("attendance"))
    document.add_heading(labels["by_sector"], level=2)
    _chart(document, charts.get("sectors"))
    _table(
        document,
        [labels["sector"], labels["registered"], labels["attended"]],
        [(row.label, row.registered, row.attended) for row in p.by_sector],
        numeric=[1, 2],
    )
    document.add_heading(labels["by_organisation_type"], level=2)
    _table(
        document,
        [labels["organisation_type"], labels["count"]],
        [(r.label, r.value) for r in p.by_organisation_type],
        numeric=[1],
    )
    if data.internal and p.organisations:
        document.add_heading(labels["organisations"], level=2)
        _table(
            document,
            [labels["organisation"], labels["count"]],
            [(r.label, r.value) for r in p.organisations],
            numeric=[1],
        )


def _workgroups(document: Any, data: ReportData, labels: dict[str, str], charts: dict[str, Chart]) -> None:
    lang = data.language
    document.add_heading(labels["workgroups"], level=1)
    if not data.workgroups:
        document.add_paragraph(labels["no_workgroups"])
        return
    _table(
        document,
        [
            labels["round"],
            labels["topic"],
            labels["room"],
            labels["facilitators"],
            labels["size"],
            labels["attended"],
            labels["first_choice"],
        ],
        [
            (
                g.round if g.round is not None else labels["standing"],
                g.topic,
                g.room or "",
                ", ".join(g.facilitators),
                f"{g.size}" + (f" / {g.capacity}" if g.capacity else ""),
                g.attended,
                percent(g.first_choice_share, lang),
            )
            for g in data.workgroups
        ],
        numeric=[4, 5, 6],
    )
    document.add_heading(labels["wishes_met"], level=2)
    share = percent(data.first_choice_share, lang)
    line = f"{labels['assigned']}: {number(data.assigned, lang)} · {labels['first_choice']}: {share}"
    if data.worst_rank:
        line += f" · {labels['worst_rank']}: {data.worst_rank}"
    document.add_paragraph(line)
    _chart(document, charts.get("ranks"))
    document.add_heading(labels["wishes"], level=2)
    _chart(document, charts.get("wishes"))
    _table(
        document,
        [labels["topic"], labels["first"], labels["second"], labels["third"], labels["mentions"]],
        [(w.topic, w.first, w.second, w.third, w.total) for w in data.wishes],
        numeric=[1, 2, 3, 4],
    )
    if data.internal:
        for group in data.workgroups:
            if not group.members and not group.withheld:
                continue
            prefix = f"{labels['round']} {group.round} · " if group.round is not None else ""
            document.add_heading(f"{labels['members']}: {prefix}{group.topic}", level=2)
            rows = [(m.name, m.organisation) for m in group.members]
            if group.withheld:
                rows.append((f"{labels['withheld']}: {group.withheld}", ""))
            _table(document, [labels["name"], labels["organisation"]], rows)


def render_series_docx(data: SeriesData) -> bytes:
    """The editions of a series side by side as a .docx file."""
    data = xml_safe(data)
    labels = build_labels(data.language)
    lang = data.language
    charts = series_charts(data, labels)
    document = _new_document(data.name, lang, None)
    document.add_heading(f"{labels['series_documentation']}: {data.name}", level=0)
    document.add_paragraph(labels["public_notice"])
    _toc(document, labels["contents"], "…")
    document.add_heading(labels["editions"], level=1)
    editions = data.editions
    rows = [
        [labels["date"]] + [format_date(e.date, "medium", language=lang) for e in editions],
        [labels["venue"]] + [e.venue or "" for e in editions],
        [labels["registered"]] + [number(e.registered, lang) for e in editions],
        [labels["attended"]] + [number(e.attended, lang) for e in editions],
        [labels["new"]] + [number(e.new, lang) for e in editions],
        [labels["returning"]] + [number(e.returning, lang) for e in editions],
        [labels["topics"]] + ["; ".join(e.topics) for e in editions],
    ]
    _table(document, [""] + [e.title for e in editions], rows)
    _chart(document, charts.get("participants"))
    document.add_heading(labels["by_sector"], level=1)
    _chart(document, charts.get("sectors"))
    _table(
        document,
        [labels["sector"]] + [e.title for e in editions],
        [[sector] + [e.sectors.get(sector, 0) for e in editions] for sector in data.sectors],
        numeric=list(range(1, len(editions) + 1)),
    )
    document.add_heading(labels["results"], level=1)
    for edition in editions:
        document.add_heading(edition.title, level=2)
        if not edition.results:
            document.add_paragraph(labels["no_results"])
        for result in edition.results:
            document.add_paragraph().add_run(
                result.topic + (f" · {labels['round']} {result.round}" if result.round else "")
            ).bold = True
            for key in ("works_well", "must_improve", "proposed_measures"):
                text = getattr(result, key)
                if text:
                    document.add_paragraph().add_run(labels[key]).italic = True
                    _text(document, text)
    return _save(document)
