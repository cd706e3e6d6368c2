"""A project with two small agreements, for the tagging tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.project import Project

SOCIAL = """# Överenskommelse i Testlän

## Socialtjänsten

Socialtjänsten ansvarar för:

- att utreda barns behov av stöd och skydd
- att besluta om placering i familjehem eller HVB

## Barn- och ungdomspsykiatrin

BUP ska erbjuda konsultation till elevhälsan.

Det åligger regionen att erbjuda en hälsoundersökning till barn 0–20 år som vårdas \
utanför det egna hemmet.
"""

OTHER = """# Överenskommelse i Grannlän

## Socialtjänsten

Socialtjänsten ska:

- utreda barns behov av skydd och stöd
- besluta om placering i familjehem

Skolan bör ta emot konsultation.
"""


@pytest.fixture
def agreements(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "testlan.md", tmp_path / "grannlan.md"
    first.write_text(SOCIAL, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    return first, second


@pytest.fixture
def project(tmp_path: Path, agreements: tuple[Path, Path]) -> Iterator[Project]:
    work = tmp_path / "work"
    work.mkdir()
    opened = Project.new(work, "tester")
    for path in agreements:
        opened.apply(opened.documents.read_file(path))
    yield opened
    opened.close()


def clause_with(project: Project, words: str, document: int = 0) -> str:
    """The id of the first clause of a document whose text contains `words`."""
    return next(c.id for c in project.documents()[document].clauses if words in c.text)
