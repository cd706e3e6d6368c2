"""Suggestions from rules: for each clause, the codes its words point to, each with the rule
and the words that fired it, and the strength of the obligation. Pure and fast: no store."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.core.documents.model import Clause, Document
from app.core.importing.numbers import split_number_label
from app.core.importing.segmentation import is_lead_in
from app.core.tagging.clause_facts import StrengthFinder, age_ranges, nearest_age_code
from app.core.tagging.codebook import Codebook, CodeId
from app.core.tagging.matching import Found as _Found
from app.core.tagging.matching import after_label as _after_label
from app.core.tagging.matching import keyword_matches, sentences
from app.core.tagging.model import ClauseSuggestions, Strength, Suggestion
from app.core.tagging.parties import PartyFinder
from app.core.tagging.rules import Rule, Rules
from app.core.tagging.sections import Sections

_SHORT_LEAD_IN = 15  # words: a lead-in this short names what every item below is about


class Suggester:
    """Suggestions for clauses, compiled once for a codebook and a set of rules."""

    def __init__(self, codebook: Codebook, rules: Rules) -> None:
        self.codebook = codebook
        self.rules = rules
        self.parties = PartyFinder(codebook, rules)
        self._keywords = tuple(k for k in rules.keywords if k.code in codebook)
        self._context_keywords = tuple(k for k in self._keywords
                                       if k.rule.id in rules.heading_rules)
        self._heading_rule = next((r for r in rules.rules.values() if r.kind == "heading"
                                   and r.facet is None and not r.id.startswith("part.")), None)
        self._party_heading = next((r for r in rules.rules.values() if r.kind == "heading"
                                    and r.id.startswith("part.")), None)
        self._lead_in = next((r for r in rules.rules.values() if r.kind == "lead_in"), None)
        self._age = next((r for r in rules.rules.values() if r.kind == "age"), None)
        self._strength = StrengthFinder(rules)
        self._memo: dict[tuple[str, str], tuple[_Found, ...]] = {}
        self.sections = Sections(codebook, rules, self._keywords)
        self._general = next((r for r in rules.rules.values() if r.kind == "general"), None)
        binding = [w for name in ("must", "should") for w in rules.strength_words.get(name, ())]
        # A modal in quotation marks ("När det står ”ska” i avtalet") is a word talked about.
        self._general_pattern = re.compile(
            r"(?<![\w\"”“'])(?:" + "|".join(re.escape(w) for w in binding)
            + r")(?![\w\"”“'])", re.IGNORECASE) if binding else None
        self._binding = (Strength.MUST, Strength.SHOULD)
        self._implied = next((r for r in rules.rules.values() if r.kind == "implied"), None)

    # -- the public API -------------------------------------------------------------------
    def document(self, document: Document) -> tuple[ClauseSuggestions, ...]:
        """Suggestions for every clause of a document, in order."""
        return tuple(self.clause(c) for c in document.clauses)

    def clause(self, clause: Clause) -> ClauseSuggestions:
        """What the rules say about one clause (headings get none)."""
        if clause.kind == "heading":
            return ClauseSuggestions(clause.id, ())
        strength, modal = self._strength_of(clause)
        section = self.sections.kind(clause)
        if section == "quiet":
            return ClauseSuggestions(clause.id, (), strength, modal)
        if section == "definitions":
            return ClauseSuggestions(clause.id, self.sections.defined(clause), strength, modal)
        found: dict[CodeId, _Found] = {}
        parties = self._parties(clause, modal if strength in self._binding else ())
        for item in parties:
            found.setdefault(item.code, item)
        words = keyword_matches(clause.text, None, self._keywords)
        for item in self._targets(clause, [w for w in words if w.rule.facet == "malgrupp"]):
            found.setdefault(item.code, item)
        for item in self._implied_targets(clause, parties):
            found.setdefault(item.code, item)
        for item in words:
            if item.rule.facet == "ansvar":
                found.setdefault(item.code, item)
        suggestions = tuple(
            Suggestion(clause.id, self.codebook.code(f.code).facet, f.code, f.rule.id, f.words)
            for f in found.values())
        return ClauseSuggestions(clause.id, suggestions, strength, modal)

    # -- parties --------------------------------------------------------------------------
    def _obliged_in(self, text: str) -> list[_Found]:
        found: list[_Found] = []
        for _, whole in sentences(text):
            for sentence in _after_label(whole):
                for obliged in self.parties.obliged(sentence):
                    if obliged.rule.kind == "agent" and any(
                            len(m.codes) > 1 for m in obliged.phrase.mentions):
                        continue  # "Regionen ser till att alla verksamheter …": its own
                    found.extend(_Found(code, obliged.rule, obliged.words)
                                 for m in obliged.phrase.mentions for code in m.codes)
        return found

    def _memoised(self, kind: str, text: str, compute: Iterable[_Found] | None = None
                  ) -> tuple[_Found, ...] | None:
        key = (kind, text)
        if compute is None:
            return self._memo.get(key)
        value = self._memo[key] = tuple(compute)
        if len(self._memo) > 4096:
            self._memo.clear()
        return value

    def _parties(self, clause: Clause, modal: tuple[str, ...] = ()) -> list[_Found]:
        own = self._obliged_in(clause.text)
        agents = {f.code for f in own if f.rule.kind == "agent"}
        covered = {a for c in agents for a in self.codebook.ancestors(c)}
        own = [f for f in own if f.code not in covered]
        if not own and clause.text and is_lead_in(clause.text):  # "Förskolans ansvar:"
            own = self._lead_in_owner(sentences(clause.text)[-1][1])
        # An item takes its lead-in's party unless it names another as the one who acts.
        inherited = list(self._lead_in_parties(clause.context)) \
            if clause.context and not own else []
        found = own + inherited
        from_heading = False
        if clause.heading_path and self._party_heading is not None and (
                not found or self._we_act(clause.text)):
            # The heading's party, for a clause that names none, or that speaks as "vi"
            # ("Vi kontaktar socialtjänsten" under "Skolans ansvar"), unless the clause
            # names a service of it ("Vi i socialtjänsten" under "Det här gör kommunen").
            named = {f.code for f in found}
            above = {a for c in named for a in self.codebook.ancestors(c)}
            heading = [f for f in self._heading_parties(clause.heading_path)
                       if f.code not in named and f.code not in above]
            found += heading
            from_heading = bool(heading)
        if not found and self._general is not None:
            found = self._general_parties(clause, modal)
        elif found and modal and not inherited and not from_heading:
            # A clause that opens with an obligation naming nobody ("En SIP ska upprättas
            # när … . Skolan deltar …") binds both principals beside those named later.
            first = sentences(clause.text)[0][1]
            if not self.parties.obliged(first):
                named = {f.code for f in found}
                found += [f for f in self._general_in(first) if f.code not in named]
        return found

    def _we_act(self, text: str) -> bool:
        """True if "vi" or "vår verksamhet" acts in the text ("Vi erbjuder", "… gör vi")."""
        we = self.rules.we
        return we is not None and we.search(text.lower()) is not None

    def _heading_parties(self, path: tuple[str, ...]) -> tuple[_Found, ...]:
        """The parties of the nearest heading above a clause that names parties and nothing
        else ("6.3 Skolan och elevhälsan" over "6.3.1 Frånvaro")."""
        rule = self._party_heading
        for heading in reversed(path):
            known = self._memoised("heading", heading)
            if known is None and rule is not None:
                _, text = split_number_label(heading)
                known = self._memoised("heading", heading, (
                    _Found(code, rule, (heading,)) for m in self.parties.heading_parties(text)
                    for code in m.codes))
            if known:
                return known
        return ()

    def _general_parties(self, clause: Clause, modal: tuple[str, ...]) -> list[_Found]:
        """An obligation that names no party ("En plan ska upprättas", "Den som möter barnet
        ska …", "Verksamheterna ska") binds both principals: the general party rule's codes.
        A sentence that names a party it does not oblige ("Barnet ska få stöd från skolan")
        is left alone."""
        rule = self._general
        if rule is None:
            return []
        for text in (clause.text, clause.context or "") if modal else ():
            for _, sentence in sentences(text):
                found = self._general_in(sentence)
                if found:
                    return found
        if not modal:
            # A handbook's present tense: "Den som är orolig gör en anmälan" obliges whoever
            # it concerns as surely as "Den som är orolig ska göra en anmälan".
            for _, sentence in sentences(clause.text):
                if self._whoever(sentence):
                    return self._principals(rule, " ".join(sentence.split()[:3]))
        binding = self.rules.binding_lead_ins
        if binding is not None and is_lead_in(clause.text):
            last = sentences(clause.text)[-1][1]
            match = binding.search(last.lower())
            if match and not any(len(m.codes) == 1 for m in self.parties.mentions(last)):
                return self._principals(rule, match.group())
        return self._procedure_step(clause, rule)

    def _general_in(self, sentence: str) -> list[_Found]:
        """Both principals if the sentence is an obligation that names no particular party,
        or that opens with whoever it concerns ("Den som möter barnet ska …")."""
        rule, pattern = self._general, self._general_pattern
        match = pattern.search(sentence) if pattern is not None else None
        if rule is None or match is None or not (self._whoever(sentence) or all(
                len(m.codes) > 1 for m in self.parties.mentions(sentence))):
            return []
        return self._principals(rule, " ".join(sentence[match.start():].split()[:3]))

    def _principals(self, rule: Rule, words: str) -> list[_Found]:
        """Both principals (the `general` rule's codes), found by `rule` from `words`."""
        return [_Found(code, rule, (words,)) for code in self.rules.general_parties
                if code in self.codebook]

    def _whoever(self, sentence: str) -> bool:
        """True if the sentence obliges whoever it concerns ("Den som möter barnet ska …",
        "Alla som arbetar i verksamheterna är skyldiga …"), whatever parties it names after."""
        whoever = self.rules.whoever
        return whoever is not None and whoever.search(sentence.lower()) is not None

    def _procedure_step(self, clause: Clause, rule: Rule) -> list[_Found]:
        """A step under the lead-in of a procedure ("Så här går det till:") that names no
        party is an obligation of both principals, though written in the present tense."""
        procedures = self.rules.procedures
        if procedures is None or not clause.context:
            return []
        match = procedures.search(sentences(clause.context)[-1][1].lower())
        if match is None or any(len(m.codes) == 1 for o in self.parties.obliged(clause.text)
                                for m in o.phrase.mentions):
            return []
        return self._principals(rule, match.group())

    def _lead_in_parties(self, context: str) -> tuple[_Found, ...]:
        """The parties a lead-in obliges, from its last sentence: "Socialtjänsten ska:",
        "I den här fasen ansvarar regionen för att:", "Kommunen:" (a bare name)."""
        known = self._memoised("lead", context)
        if known is not None or self._lead_in is None:
            return known or ()
        parts = [part for _, part in sentences(context)] if context else [""]
        last = parts[-1]
        short = len(last.split()) <= 4
        rule = self._lead_in
        obliged_last = self.parties.obliged(last)
        # "Regionen åtar sig att inom primärvården:": the service its principal acts through.
        covered = {a for o in obliged_last if o.rule.kind == "agent"
                   for m in o.phrase.mentions for c in m.codes
                   for a in self.codebook.ancestors(c)}
        found = [_Found(code, rule, (last,)) for obliged in obliged_last
                 if obliged.rule.kind != "subject" or short for m in obliged.phrase.mentions
                 for code in m.codes if code not in covered]
        if not found:
            found = self._lead_in_owner(last)
        for part in parts[:-1] if not found else ():
            # "Styrgruppen ansvarar för uppföljningen. Följande indikatorer ska ingå:": the
            # first earlier sentence that obliges a named party ("verksamheterna" is none).
            found = [_Found(code, rule, (obliged.words[0],))
                     for obliged in self.parties.obliged(part) if obliged.rule.kind != "subject"
                     for m in obliged.phrase.mentions if len(m.codes) == 1 for code in m.codes]
            if found:
                break
        return self._memoised("lead", context, found) or ()

    def _lead_in_owner(self, text: str) -> list[_Found]:
        """The parties a lead-in says the tasks below are of: "Förskolans ansvar:", "BUP:s
        åtaganden:", "För skolans del innebär det att:", "Följande gäller för socialtjänsten:"."""
        rule, duties, before = self._lead_in, self.rules.lead_in_duties, \
            self.rules.lead_in_owner_before
        lowered = text.lower()
        return [_Found(code, rule, (text,)) for m in self.parties.mentions(text)
                if rule is not None and (
                    (duties is not None and m.text.endswith("s")
                     and duties.match(lowered, m.end) is not None)
                    or (before is not None and before.search(lowered, 0, m.start) is not None))
                for code in m.codes]

    # -- target groups and kinds of responsibility ----------------------------------------
    def _targets(self, clause: Clause, found: list[_Found]) -> list[_Found]:
        found = found + self._ages(clause.text, {f.code for f in found})
        if clause.context:
            known = self._memoised("mg-lead", clause.context)
            if known is None:
                last = sentences(clause.context)[-1][1]
                known = self._memoised("mg-lead", clause.context, keyword_matches(
                    last, "malgrupp", self._context_keywords)
                    if len(last.split()) <= _SHORT_LEAD_IN else ())
            found += list(known or ())
        if self._heading_rule is not None:
            for heading in clause.heading_path:
                known = self._memoised("mg-heading", heading)
                if known is None:
                    rule = self._heading_rule
                    named = [*keyword_matches(heading, "malgrupp", self._context_keywords),
                             *(self._ages(heading) if "mg.alder" in self.rules.heading_rules
                               else [])]
                    # A heading naming two groups ("Graviditet och de första levnadsåren")
                    # does not say which one a clause under it is about.
                    known = self._memoised("mg-heading", heading, (
                        _Found(f.code, rule, f.words) for f in named
                        if len({n.code for n in named}) == 1))
                found += list(known or ())
        return found

    def _implied_targets(self, clause: Clause, parties: list[_Found]) -> list[_Found]:
        """The target group a service's work implies (Förskola: Små barn), when the
        clause is that service's task: an item under a lead-in, a clause under the service's
        own heading, or a clause that opens with the service acting ("Elevhälsan arbetar
        förebyggande. …"), and the services it obliges all imply the same group
        ("Förskolan och skolan" imply two: none)."""
        rule = self._implied
        if rule is None or not parties or is_lead_in(clause.text):
            return []
        principals = {p for p in self.rules.general_parties}
        services = [p for p in parties if p.code not in principals]
        implied = {self.rules.implied_targets[p.code] for p in services
                   if p.code in self.rules.implied_targets}
        if len(implied) != 1:
            return []
        if not clause.context and not self._under_own_heading(clause, services) \
                and not self._opens_with(clause.text, services):
            return []
        words = next(p.words for p in services if p.code in self.rules.implied_targets)
        return [_Found(code, rule, words) for code in next(iter(implied))
                if code in self.codebook]

    def _under_own_heading(self, clause: Clause, services: list[_Found]) -> bool:
        heading = clause.heading_path[-1] if clause.heading_path else ""
        named = {c for m in self.parties.heading_parties(split_number_label(heading)[1])
                 for c in m.codes}
        return any(p.code in named for p in services)

    def _opens_with(self, text: str, services: list[_Found]) -> bool:
        """True if the clause's first sentence has these services, and only services with a
        group of their own, as the ones who act (its subject or obliged)."""
        if any(p.code not in self.rules.implied_targets
               or p.rule.kind not in ("subject", "obligation", "pattern") for p in services):
            return False
        first = _after_label(sentences(text)[0][1])[-1] if text else ""
        acting = {code for o in self.parties.obliged(first) for m in o.phrase.mentions
                  for code in m.codes}
        return {p.code for p in services} <= acting


    def _ages(self, text: str, named: set[CodeId] | frozenset[CodeId] = frozenset()
              ) -> list[_Found]:
        """The target groups whose band an age range in the text matches; an age that fits
        the band of a group the text names itself ("unga under 21 år med missbruk") is that
        group's age, not another group's."""
        if self._age is None:
            return []
        found = []
        for band in age_ranges(text):
            if any(self._fits(code, band.last) for code in named):
                continue
            code = self._age_code(band.low, band.last)
            if code is not None and code not in self.rules.age_not_suggested:
                found.append(_Found(code, self._age, (band.words,)))
        return found

    def _fits(self, code_id: CodeId, last: int) -> bool:
        code = self.codebook.get(code_id)
        return code is not None and code.age is not None \
            and abs(code.age.last - last) <= self.rules.age_tolerance

    def _age_code(self, low: int | None, last: int) -> CodeId | None:
        return nearest_age_code(self.codebook, self.rules, low, last)

    # -- strength -------------------------------------------------------------------------
    def _strength_of(self, clause: Clause) -> tuple[Strength | None, tuple[str, ...]]:
        return self._strength.strength(clause)
