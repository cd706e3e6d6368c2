"""The real agreements in ../shared/seeds/ import cleanly (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

from app.core.importing import import_document


def test_every_seed_imports_into_clauses(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        document = import_document(path)
        assert len(document.clauses) >= 10, path.name
        assert len({c.id for c in document.clauses}) == len(document.clauses)
        assert all(c.text == c.text.strip() and c.text for c in document.clauses)


def test_seed_responsibility_lists_get_their_lead_in(seeds_dir: Path) -> None:
    found = []
    for path in sorted(seeds_dir.glob("*.txt")):
        found += [c for c in import_document(path).clauses
                  if c.kind == "list_item" and c.context and c.context.endswith(":")]
    assert found, "no list item under a lead-in in any seed"
