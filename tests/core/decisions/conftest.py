"""The tagging tests' two small agreements, as a project."""

from tests.core.tagging.conftest import agreements, clause_with, project

__all__ = ["agreements", "clause_with", "project"]
