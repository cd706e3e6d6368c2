"""Which sections suggestions stay out of, and what a definition defines: a clause under a
background or purpose heading (or a working group's comment) gets none, a clause under a
heading of definitions only the codes its term names."""

from __future__ import annotations

import re

from app.core.documents.model import Clause
from app.core.importing.numbers import split_number_label
from app.core.tagging.codebook import Codebook, CodeId
from app.core.tagging.matching import Found, keyword_matches
from app.core.tagging.model import Suggestion
from app.core.tagging.rules import KeywordRule, Rules


class Sections:
    """The section rules of one set of rules, with what they decided per heading path."""

    def __init__(self, codebook: Codebook, rules: Rules,
                 keywords: tuple[KeywordRule, ...]) -> None:
        self.codebook = codebook
        self.rules = rules
        self._keywords = keywords
        self._definitions = next((r for r in rules.rules.values() if r.kind == "definitions"),
                                 None)
        self._kinds: dict[tuple[str, ...], str | None] = {}
        self._terms: dict[str, list[CodeId]] = {}
        for code in codebook.in_facet("malgrupp"):
            self._terms.setdefault(code.name.casefold(), []).append(code.id)
        for code_id, terms in rules.defined_terms.items():
            for term in terms:
                if code_id in codebook:
                    self._terms.setdefault(term.casefold(), []).append(code_id)

    def kind(self, clause: Clause) -> str | None:
        """'quiet' for a clause nothing is suggested for (under a background heading, or a
        working group's comment), 'definitions' under a heading of definitions, else None."""
        rules = self.rules
        if rules.quiet_paragraphs is not None and rules.quiet_paragraphs.match(
                clause.text[:80].lower()):
            return "quiet"
        path = clause.heading_path
        if path not in self._kinds:
            kind = None
            for heading in path:
                text = split_number_label(heading)[1].lower()
                quiet = rules.quiet_headings is not None and bool(rules.quiet_headings.search(text))
                terms = rules.definition_headings is not None \
                    and bool(rules.definition_headings.search(text))
                if (quiet and terms) or ((quiet or terms) and rules.quiet_unless is not None
                                         and rules.quiet_unless.search(text)):
                    continue  # "Syfte, omfattning och begrepp": its subsections say which
                if quiet:
                    kind = "quiet"
                elif terms:
                    kind = "definitions"
            self._kinds[path] = kind
        return self._kinds[path]

    def defined(self, clause: Clause) -> tuple[Suggestion, ...]:
        """In a list of definitions only the term defined ("Psykisk ohälsa: …") is read: a
        target group or kind of responsibility it names, by the keyword rules or by name."""
        rule = self._definitions
        term, colon, _ = clause.text.partition(":")
        if rule is None or not colon or len(term) > 60 or len(term.split()) > 6:
            return ()
        found = {f.code: f for f in keyword_matches(term, None, self._keywords)
                 if f.rule.facet != "part"}
        for part in re.split(r",\s*|\s+(?:och|samt)\s+", term.casefold()):
            for code in self._terms.get(part.strip(), ()):
                found.setdefault(code, Found(code, rule, (term,)))
        return tuple(Suggestion(clause.id, self.codebook.code(code).facet, code, rule.id,
                                (term,)) for code in found)
