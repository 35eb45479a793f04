"""Workgroup results read from Markdown whose topic names and texts are hostile: each lands where its heading says."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from konferenz_cli.errors import KonferenzError
from tests.property.nasty import file_text, line_text, scaled
from tests.property.world import toml_string

_FIXTURE = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def _event(topics: list[str]) -> str:
    lines = ["[event]", 'title = "T"', 'slug = "t"', "date = 2023-11-04", 'start = "10:00"', 'end = "12:00"']
    lines += ["[[agenda]]", 'start = "10:00"', 'end = "11:00"', 'title = "AG"', 'kind = "workgroup_round"', "round = 1"]
    for name in topics:
        lines += ["[[topics]]", f"name = {toml_string(name)}"]
    return "\n".join(lines) + "\n"


@settings(max_examples=scaled(40), deadline=None, suppress_health_check=_FIXTURE)
@given(
    topics=st.lists(line_text(), min_size=2, max_size=4),
    texts=st.lists(file_text(), min_size=2, max_size=4),
    by_number=st.booleans(),
)
@example(topics=["x", "x.", "–"], texts=["a", "b", "c"], by_number=False)  # "x." was taken for "x"; "–" crashed
@example(topics=["x", "x.", "–"], texts=["## x\n### Notizen\nb", "c"], by_number=True)
@example(topics=["AG", "ag"], texts=["a", "b"], by_number=False)  # one topic twice: a message, no traceback
def test_results_land_on_the_topic_their_heading_names(tmp_path_factory, topics, texts, by_number) -> None:
    from konferenz_cli.db import events as event_store
    from konferenz_cli.db import results as result_store
    from konferenz_cli.db.connection import open_db
    from konferenz_cli.services.event_file import parse_event_file
    from konferenz_cli.services.events import create_event
    from konferenz_cli.services.results import import_results

    folder = tmp_path_factory.mktemp("results")
    db = open_db(folder / "k.db")
    try:
        event = create_event(db, parse_event_file(_event(topics)))
    except KonferenzError:
        return  # two topics with the same name, or a name that is no name: refused with a message
    stored = event_store.topics(db, event.id)
    path = folder / "ergebnisse.md"
    blocks = []
    for topic, text in zip(stored, texts, strict=False):
        heading = f"AG {topic.number}" if by_number else topic.name
        blocks.append(f"## {heading}\n\n### Was läuft gut\n{text}\n")
    path.write_text("\n".join(blocks), encoding="utf-8")

    try:
        report = import_results(db, event, path)
    except KonferenzError:
        return  # nothing readable in the file: said so
    names = {topic.name for topic in stored}
    assert {topic for topic, _ in report.saved} <= names
    assert {result.topic for result in result_store.results(db, event.id)} <= names
    db.close()


def test_a_heading_names_the_topic_it_spells_even_beside_a_near_twin(tmp_path) -> None:
    from konferenz_cli.db import results as result_store
    from konferenz_cli.db.connection import open_db
    from konferenz_cli.services.event_file import parse_event_file
    from konferenz_cli.services.events import create_event
    from konferenz_cli.services.results import import_results

    db = open_db(tmp_path / "k.db")
    event = create_event(db, parse_event_file(_event(["x", "x.", "–"])))
    path = tmp_path / "ergebnisse.md"
    path.write_text("## x.\n### Notizen\npunkt\n\n## x\n### Notizen\nohne\n\n## AG 3\n### Notizen\nstrich\n", "utf-8")

    import_results(db, event, path)

    assert {r.topic: r.notes for r in result_store.results(db, event.id)} == {"x.": "punkt", "x": "ohne", "–": "strich"}
