"""Independent client programs, installed once per test session (and cached between sessions)."""

from __future__ import annotations

import pytest

from tests.clients.icaljs import IcalJs, IcalJsUnavailable, install


@pytest.fixture(scope="session")
def icaljs(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> IcalJs:
    """ical.js (Thunderbird's parser) under Node.js; the test is skipped, saying why, where it cannot run."""
    cache = getattr(request.config, "cache", None)
    folder = cache.mkdir("icaljs") if cache is not None else tmp_path_factory.mktemp("icaljs")
    try:
        return IcalJs(install(folder))
    except IcalJsUnavailable as reason:
        pytest.skip(f"ical.js cannot run here: {reason}")
