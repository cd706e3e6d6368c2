"""Times in the panels are local and to the minute, not raw ISO stamps."""

from __future__ import annotations

import time

import pytest

from app.ui.wording import local_time


@pytest.fixture
def stockholm(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_stamp_reads_as_local_time(stockholm: None) -> None:
    assert local_time("2026-12-01T13:01:49+00:00") == "2026-12-01 14:01"
    assert local_time("2026-07-01T13:01:49+00:00") == "2026-07-01 15:01"  # summer time


def test_a_local_stamp_and_a_stamp_that_is_not_iso(stockholm: None) -> None:
    assert local_time("2026-12-01T12:52") == "2026-12-01 12:52"
    assert local_time("igår") == "igår"
