"""Text that an XML-based file (Word, Excel) can hold, whatever a registration form delivered.

XML 1.0 has no way to write most control characters, lone surrogates or
U+FFFE/U+FFFF: lxml refuses them and Excel calls the file broken. They carry
no meaning in a name or an answer, so the renderers drop them: :func:`xml_text`
for one string, :func:`xml_safe` for the whole plain data a renderer gets.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

__all__ = ["xml_safe", "xml_text"]

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
T = TypeVar("T")


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def xml_safe(data: T) -> T:
    """A copy of ``data`` (dataclasses, lists, tuples, dicts, strings) with every string made :func:`xml_text`."""
    return _mapped(data)  # type: ignore[no-any-return]


def _mapped(value: Any) -> Any:
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, list):
        return [_mapped(item) for item in value]
    if isinstance(value, tuple):
        items = [_mapped(item) for item in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    if isinstance(value, dict):
        return {_mapped(key): _mapped(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _mapped(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value
