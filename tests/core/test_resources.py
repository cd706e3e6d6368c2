"""The resource locator finds shipped data in a checkout, a frozen bundle and by override."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core import resources


def test_checkout_finds_the_shipped_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KLAUSUL_DATA", raising=False)
    assert resources.resource("synonyms.txt").is_file()
    assert (resources.demo_folder() / "manifest.json").is_file()
    assert (resources.i18n_folder() / "klausul_en.qm").is_file()


def test_frozen_bundle_reads_from_its_unpack_folder(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.delenv("KLAUSUL_DATA", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource("synonyms.txt") == tmp_path / "resources" / "synonyms.txt"
    assert resources.demo_folder() == tmp_path / "comparisons" / "demo"


def test_override_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KLAUSUL_DATA", str(tmp_path))
    assert resources.i18n_folder() == tmp_path / "resources" / "i18n"
