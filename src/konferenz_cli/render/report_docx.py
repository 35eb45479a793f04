"""The report as a Word document (python-docx): headings, a table of contents, tables, charts.

Headings use Word's own "Heading 1/2" styles, so the table-of-contents field
and the navigation pane work. The field is written with the headings already
in it, each linked to its chapter: Word renews it with page numbers when the
file is opened, LibreOffice shows it as written. Tables are sized to their
content and set in 9 pt. Large tables are written as XML rows in one go:
python-docx's cell API is too slow for lists of thousands of people.
"""

from __future__ import annotations

import io
import math
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
# The text width of the page (A4 less 2 x 2.2 cm) in twentieths of a point, how many characters
# of 9 pt table text fit on one of its lines (counted for a wide font: where the theme's Cambria
# is missing, LibreOffice sets it in DejaVu Serif) and the room a cell's margins take.
_TEXT_WIDTH = round((21.0 - 2 * 2.2) / 2.54 * 1440)
_CHARS_PER_LINE = 82
_CELL_PADDING = 2.5
_TABLE_FONT_HALF_POINTS = 18
_TOC_FIELD = 'TOC \\o "1-2" \\h \\z \\u'
_ILLEGAL = dict.fromkeys(i for i in range(32) if i not in (9, 10, 13))
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


def _field_char(kind: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        element.set(qn("w:dirty"), "true")
    run.append(element)
    return run


def _instruction(text: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = OxmlElement("w:r")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = text
    run.append(instruction)
    return run


def _toc(document: Any, heading: str, hint: str) -> Any:
    """A table-of-contents field over Heading 1-2; returns its paragraph for :func:`_fill_toc`.

    Word fills the field in (with page numbers) when the document is opened;
    LibreOffice shows what the file holds, so :func:`_fill_toc` writes the
    headings into it once they are all known.
    """
    title = document.add_paragraph()
    title.add_run(heading).bold = True
    paragraph = document.add_paragraph()
    paragraph._p.append(_field_char("begin"))
    paragraph._p.append(_instruction(_TOC_FIELD))
    paragraph._p.append(_field_char("separate"))
    paragraph.add_run(hint).italic = True
    paragraph._p.append(_field_char("end"))
    return paragraph


def _prepend(paragraph: Any, *elements: Any) -> None:
    """Put ``elements`` at the start of ``paragraph``'s content (after its properties)."""
    anchor = 1 if paragraph._p.pPr is not None else 0
    for offset, element in enumerate(elements):
        paragraph._p.insert(anchor + offset, element)


def _fill_toc(document: Any, placeholder: Any) -> None:
    """Put every Heading 1-2 into the table of contents, each linked to a bookmark on its heading."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    headings = [p for p in document.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    if not headings:
        return
    entries = []
    for index, heading in enumerate(headings, start=1):
        name = f"_Toc{index:06d}"
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(index))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(index))
        _prepend(heading, start)
        heading._p.append(end)
        entry = placeholder.insert_paragraph_before()
        if heading.style.name == "Heading 2":
            entry.paragraph_format.left_indent = Cm(0.6)
        entry.paragraph_format.space_after = Cm(0.05)
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), name)
        link.set(qn("w:history"), "1")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.set(qn("xml:space"), "preserve")
        text.text = heading.text
        run.append(text)
        link.append(run)
        entry._p.append(link)
        entries.append(entry)
    _prepend(entries[0], _field_char("begin"), _instruction(_TOC_FIELD), _field_char("separate"))
    entries[-1]._p.append(_field_char("end"))
    placeholder._p.getparent().remove(placeholder._p)


def _column_layout(headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[list[int], int]:
    """Column widths (in twentieths of a point, together the text width) and the font size (in half points).

    Each column gets at least its longest word, then a share of what is left
    in proportion to how much more its longest text would like. Where even the
    longest words do not fit side by side in 9 pt, the table's text gets
    smaller (down to 7 pt) instead of breaking words in the middle.
    """
    minimum: list[float] = []
    wanted: list[float] = []
    for index, heading in enumerate(headings):
        texts = [str(row[index] if row[index] is not None else "") for row in rows[:500]]
        words: list[float] = [len(word) for text in texts for word in text.split()]
        words += [len(word) * 1.1 for word in str(heading).split()]  # bold
        longest_word = min(max(words, default=1), 24) + _CELL_PADDING
        longest_text = min(max((len(text) for text in [*texts, str(heading)]), default=1), 45) + _CELL_PADDING
        minimum.append(max(3, longest_word))
        wanted.append(max(minimum[-1], longest_text))
    half_points = _TABLE_FONT_HALF_POINTS
    if sum(minimum) > _CHARS_PER_LINE:
        half_points = max(14, math.floor(half_points * _CHARS_PER_LINE / sum(minimum)))
    capacity = _CHARS_PER_LINE * _TABLE_FONT_HALF_POINTS / half_points
    if sum(minimum) >= min(sum(wanted), capacity):
        shares = [float(m) for m in minimum]
    else:
        room = min(sum(wanted), capacity) - sum(minimum)
        extra = sum(w - m for w, m in zip(wanted, minimum, strict=True))
        shares = [m + room * (w - m) / extra for w, m in zip(wanted, minimum, strict=True)]
    scale = _TEXT_WIDTH / sum(shares)
    widths = [int(share * scale) for share in shares]
    widths[-1] += _TEXT_WIDTH - sum(widths)
    return widths, half_points


def _table(document: Any, headings: Sequence[str], rows: Sequence[Sequence[Any]], numeric: Sequence[int] = ()) -> Any:
    """A table as wide as the text, columns sized by their content, with a header row repeated on each page.

    No header row if every heading is empty; body rows are appended as XML in one go.
    """
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    with_head = any(headings)
    table = document.add_table(rows=1 if with_head else 0, cols=len(headings))
    table.style = "Table Grid"
    widths, half_points = _column_layout(headings, rows)
    table.autofit = False  # a fixed layout: Word and LibreOffice both keep these widths
    table_width = table._tbl.tblPr.find(qn("w:tblW"))  # python-docx writes one (auto, 0)
    table_width.set(qn("w:w"), str(_TEXT_WIDTH))
    table_width.set(qn("w:type"), "dxa")
    for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(width))
    if with_head:
        for cell, heading, width in zip(table.rows[0].cells, headings, widths, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(heading))
            run.bold = True
            run.font.size = Pt(half_points / 2)
            cell_width = cell._tc.get_or_add_tcPr().get_or_add_tcW()
            cell_width.set(qn("w:w"), str(width))
            cell_width.set(qn("w:type"), "dxa")
        header_props = table.rows[0]._tr.get_or_add_trPr()
        header_props.append(OxmlElement("w:tblHeader"))
    if rows:
        right = '<w:pPr><w:jc w:val="right"/></w:pPr>'
        size = f'<w:rPr><w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
        body = []
        for row in rows:
            cells = []
            for index, value in enumerate(row):
                align = right if index in numeric else ""
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/></w:tcPr><w:p>{align}'
                    f'<w:r>{size}<w:t xml:space="preserve">{_clean(value)}</w:t></w:r></w:p></w:tc>'
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


def _people_table(document: Any, people: Sequence[Any], withheld: int, labels: dict[str, str]) -> None:
    """Name, organisation and e-mail of each person, and a line counting those listed without a name."""
    if people or withheld:
        rows = [(p.name, p.organisation, p.email) for p in people] + _withheld_row(withheld, labels)
        _table(document, [labels["name"], labels["organisation"], labels["email"]], rows)


def _withheld_row(count: int, labels: dict[str, str]) -> list[tuple[str, str, str]]:
    """The line that counts people listed without their name (none if there are none)."""
    return [(f"{labels['withheld']}: {count}", "", "")] if count else []


def _save(document: Any, toc: Any = None) -> bytes:
    if toc is not None:
        _fill_toc(document, toc)
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
    toc = _toc(document, labels["contents"], "…")
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
    _people_table(document, data.follow_up, data.follow_up_withheld, labels)
    document.add_heading(labels["newsletter"], level=1)
    document.add_paragraph(
        f"{labels['newsletter_count']}: {number(data.newsletter_count, lang)} · "
        f"{labels['newsletter_withdrawn']}: {number(data.newsletter_withdrawn, lang)}"
    )
    _people_table(document, data.newsletter, data.newsletter_withheld, labels)
    document.add_paragraph(f"{labels['generated']}: {format_date(data.generated, 'long', language=lang)}")
    return _save(document, toc)


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
    toc = _toc(document, labels["contents"], "…")
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
    return _save(document, toc)
