"""The two short agreements the alignment manager and stored-feature tests align."""

from __future__ import annotations

from pathlib import Path

from app.core.project import Project
from tests.builders.projects import project_with

A = ("Syfte\n\nBarn ska få stöd i tid av kommun och region.\n\nRegionen ansvarar för:\n"
     "- att utreda barnets behov av vård\n- att erbjuda vård och behandling\n\n"
     "Avvikelser rapporteras till huvudmannen.\n")
B = ("Syfte\n\nBarn och unga ska få stöd i rätt tid av kommun och region.\n\n"
     "Regionen ansvarar för:\n- att erbjuda vård och behandling\n"
     "- att utreda barnets behov av vård\n- att följa upp insatserna\n")


def two_agreements(folder: Path) -> Project:
    """A new project (working copy in folder/work) holding A and B as a.txt and b.txt."""
    return project_with(folder / "work", folder, [("a.txt", A), ("b.txt", B)])
