"""The bar charts: well-formed SVG with escaped labels, and a real PNG."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from konferenz_cli.render.charts import Chart, bar_chart_png, bar_chart_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_svg_is_well_formed_and_has_a_bar_per_value() -> None:
    chart = Chart("Teilnehmende", ["Verwaltung", "<script>"], [("Angemeldet", [3, 5]), ("Anwesend", [2, 4])])

    root = ET.fromstring(bar_chart_svg(chart))

    bars = [r for r in root.iter(f"{SVG}rect") if float(r.get("height", 0)) > 12]
    assert len(bars) == 4
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "<script>" in texts
    assert root.find(f"{SVG}script") is None


@given(st.lists(st.tuples(st.text(min_size=1, max_size=50), st.integers(0, 10_000)), min_size=1, max_size=8))
def test_svg_is_well_formed_for_any_labels(items) -> None:
    chart = Chart("T", [label for label, _ in items], [("n", [value for _, value in items])])

    ET.fromstring(bar_chart_svg(chart))


def test_png_is_an_image_with_ink() -> None:
    chart = Chart("Themenwünsche", ["Spracherwerb", "Anerkennung"], [("1. Wunsch", [10, 4])])

    image = Image.open(io.BytesIO(bar_chart_png(chart))).convert("L")

    assert image.width == 1280
    assert image.getextrema()[0] < 100


def test_empty_chart_is_recognised() -> None:
    assert Chart("x", ["a"], [("n", [0])]).is_empty
    assert Chart("x", [], [("n", [])]).is_empty
