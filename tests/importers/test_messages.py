"""Every field, status and count the import shows has a German and an English text."""

from __future__ import annotations

import re

from konferenz_cli.i18n.messages import all_messages
from konferenz_cli.importers.mapping import FIELD_NAMES
from konferenz_cli.models import PARTICIPANT_STATUSES
from konferenz_cli.services.participants import LISTING_KEYS

SHOWN = [
    *(f"field.{name}" for name in (*FIELD_NAMES, *LISTING_KEYS, "preference_n")),
    *(f"status.{status}" for status in PARTICIPANT_STATUSES),
    *(f"import.layout.{layout}" for layout in ("microsoft_forms", "google_forms", "limesurvey", "pretix", "list")),
    *(f"import.origin.{origin}" for origin in ("guess", "meta", "file", "remembered")),
    *(f"import.withdrawn.{reason}" for reason in ("cancelled", "incomplete")),
]


def test_dynamic_message_keys_exist_in_both_languages() -> None:
    catalogue = all_messages()
    missing = [key for key in SHOWN if key not in catalogue]
    assert missing == []
    for key in SHOWN:
        assert set(catalogue[key]) == {"de", "en"}


def test_import_messages_have_the_same_placeholders_in_both_languages() -> None:
    catalogue = all_messages()
    for key, texts in catalogue.items():
        if key.startswith(("import.", "participant.", "field.")):
            assert sorted(re.findall(r"\{(\w*)\}", texts["de"])) == sorted(re.findall(r"\{(\w*)\}", texts["en"])), key
