"""The demo runs check-in, results, lists and reports, and says where each file went."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader


def test_demo_writes_lists_and_reports_in_every_format(cli, tmp_path) -> None:
    out = tmp_path / "demo"

    result = cli("demo", "--out", str(out), db=None)

    assert result.exit_code == 0, result.stderr
    reports = out / "bericht"
    for suffix in ("html", "docx", "xlsx", "md"):
        assert (reports / f"ik-eschwege-2023-bericht-intern.{suffix}").stat().st_size > 0
    assert "Spracherwerb" in (reports / "ik-eschwege-2023-bericht-intern.md").read_text(encoding="utf-8")
    assert Document(str(reports / "ik-eschwege-2023-dokumentation-oeffentlich.docx")).paragraphs
    assert load_workbook(reports / "ik-eschwege-2023-bericht-intern.xlsx").sheetnames[0] == "Eckdaten"
    assert "Wiesbaden" in (reports / "regionalkonferenzen-vergleich.html").read_text(encoding="utf-8")
    lists = out / "listen"
    signin = PdfReader(str(lists / "ik-eschwege-2023-teilnahmeliste.pdf"))
    assert "Teilnahmeliste" in signin.pages[0].extract_text()
    for name in ("arbeitsgruppen.pdf", "namensschilder-a7.pdf", "teilnahmebescheinigungen.pdf"):
        assert PdfReader(str(lists / f"ik-eschwege-2023-{name}")).pages
    shown = result.stdout.replace("\n", "").replace("│", "").replace(" ", "")
    assert "teilnahmeliste.pdf" in shown
    assert Path(out / "konferenz.db").exists()
