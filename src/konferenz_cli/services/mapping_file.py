"""A mapping file to edit: every column of an export with the field it was given, as TOML.

``konferenz import-registrations FILE --dry-run --write-mapping zuordnung.toml`` writes it;
the organiser corrects the lines where the guess was wrong (the comments show what each
column holds) and imports with ``--mapping zuordnung.toml``. Answers that matched no topic
are listed under ``[topics]``, waiting for the topic each one stands for.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from konferenz_cli.i18n import t
from konferenz_cli.importers.mapping import FIELD_NAMES, ColumnMapping, ColumnRole

__all__ = ["mapping_toml"]


def _quoted(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _comment(role: ColumnRole, samples: Sequence[str]) -> str:
    if role.field == "extra" and role.origin == "guess":
        what = t("import.toml.unrecognised")
    elif role.origin == "meta":
        what = t("import.toml.bookkeeping")
    elif role.spec.startswith("preference_") and role.spec[11:].isdigit():
        what = t("field.preference_n", rank=role.spec[11:])
    else:
        what = t(f"field.{role.field}")
        if role.field == "preference_option" and role.option:
            what = f"{what}: {role.option}"
    if samples:
        shown = ", ".join(f"„{_one_line(value)}“" for value in samples)
        what = t("import.toml.examples", what=what, examples=shown)
    return what


def mapping_toml(
    file_name: str,
    mapping: ColumnMapping,
    samples: dict[int, list[str]],
    unknown_answers: Sequence[str],
    topics: Sequence[str],
) -> str:
    """The mapping of ``file_name`` as a commented TOML file, ready to edit and pass to ``--mapping``."""
    lines = [
        "# " + t("import.toml.title", file=file_name),
        "# " + t("import.toml.how"),
        "#   konferenz import-registrations " + _quoted(file_name) + " --mapping <…>.toml --dry-run",
        "# " + t("import.toml.fields", fields=", ".join(FIELD_NAMES)),
        "",
        "[columns]",
    ]
    for role in mapping.columns:
        line = f"{_quoted(role.header)} = {_quoted(role.spec)}"
        lines.append(f"{line}  # {_comment(role, samples.get(role.index, []))}")
    lines.append("")
    topic_list = ", ".join(f"„{name}“" for name in topics) or "–"
    lines.append("# " + t("import.toml.topics", topics=topic_list))
    if unknown_answers:
        lines.append("[topics]")
        lines.extend(f'{_quoted(answer)} = ""' for answer in unknown_answers)
    else:
        lines.append("# [topics]")
        lines.append('# "A1" = "' + (topics[0] if topics else "…") + '"')
    return "\n".join(lines) + "\n"
