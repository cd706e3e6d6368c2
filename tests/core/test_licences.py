"""Every bundled component has its licence text; Qt's LGPL-3 comes with the GPL-3 it extends."""

from __future__ import annotations

import re
from importlib import metadata

from app.core.licences import components, licence_text
from app.core.resources import licences_folder


def _closure(name: str, seen: set[str]) -> set[str]:
    """The distribution and everything it needs at run time (no extras)."""
    key = name.lower().replace("_", "-")
    if key in seen:
        return seen
    seen.add(key)
    for requirement in metadata.requires(name) or []:
        if "extra ==" in requirement or "platform_system" in requirement:
            continue
        _closure(re.split(r"[<>=!;\[ (]", requirement)[0], seen)
    return seen


def test_every_runtime_dependency_is_listed_with_its_texts() -> None:
    listed = {c.id for c in components()}
    needed = _closure("klausul", set()) - {"klausul"}
    assert needed <= listed, needed - listed
    for component in components():
        assert component.files, component.id
        for name in component.files:
            assert (licences_folder() / name).stat().st_size > 300, name


def test_qt_carries_the_lgpl_and_the_gpl_it_builds_on() -> None:
    qt = next(c for c in components() if c.id == "pyside6-essentials")
    text = licence_text(qt)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert qt.licence == "LGPL-3.0-only"


def test_python_is_first_and_versions_are_read() -> None:
    first = components()[0]
    assert first.id == "python"
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in licence_text(first)
    assert re.fullmatch(r"3\.\d+\.\d+", first.version)
    assert components()[1].version  # an installed distribution
