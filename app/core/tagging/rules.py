"""Suggestion rules as data (resources/tagging/*.json, see README.md there): read, merged and
compiled once. Every rule has an id and a description a person can check."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.core.resources import resource
from app.core.tagging.codebook import CodeId, FacetId, json_of_format
from app.core.tagging.errors import TagFileError, TagFileProblem

FORMAT = "klausul-rules"
RULES_FOLDER = resource("tagging")


@dataclass(frozen=True, slots=True)
class Rule:
    """What a suggestion names as its reason: an id and a description (Swedish, English)."""

    id: str
    kind: str
    description: str
    description_en: str = ""
    facet: FacetId | None = None
    code: CodeId | None = None

    def text(self, english: bool = False) -> str:
        return (self.description_en or self.description) if english else self.description

    def explain(self, words: tuple[str, ...], english: bool = False) -> str:
        """'Parten förpliktas med ska, bör eller ansvarar: ”Socialtjänsten ska”'."""
        quoted = " … ".join(f"”{w if len(w) <= 80 else w[:77] + '…'}”" for w in words[:3])
        return f"{self.text(english)}: {quoted}" if quoted else self.text(english)


@dataclass(frozen=True, slots=True)
class KeywordRule:
    """Words (regular expressions, case-insensitive unless the rule says otherwise) that
    give one code; `unless` words in the same sentence hold it back."""

    rule: Rule
    code: CodeId
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    case_sensitive: bool = False
    # Lower-case words one of which every match contains: a clause without any of them is
    # skipped without running the pattern (None: always run it).
    anchors: tuple[str, ...] | None = None


_SPECIAL = set("()[]{}|?*+.^$\\")


def anchor_of(pattern: str) -> str | None:
    """The literal text a pattern's every match starts with ('placera' for 'placera\\w*'),
    if it has one of three letters or more; None when it starts with a group or a class."""
    text = pattern
    while text.startswith(("\\b", "\\w*", "\\w+")):
        text = text[3:] if text[2:3] in "*+" else text[2:]
    literal = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" or char in _SPECIAL:
            break
        if index + 1 < len(text) and text[index + 1] in "?*{":
            break
        literal.append(char)
        index += 1
    found = "".join(literal).lower()
    return found if len(found.strip()) >= 3 else None


def anchors_of(patterns: list[str]) -> tuple[str, ...] | None:
    found = [anchor_of(p) for p in patterns]
    return None if any(a is None for a in found) else tuple(a for a in found if a)


@dataclass(frozen=True)
class Rules:
    """Every rule, compiled; built from one or more rules files merged in order."""

    rules: dict[str, Rule]
    party_terms: dict[CodeId, tuple[str, ...]]
    # Names that stand for several parties at once ("parterna": Kommun and Region).
    party_groups: tuple[tuple[tuple[CodeId, ...], tuple[str, ...]], ...]
    # Code names that are ordinary words in a text ("gemensamt"), not names of a party.
    party_ignored: tuple[str, ...]
    obligation_verbs: tuple[str, ...]
    inverted_verbs: tuple[str, ...]
    party_patterns: tuple[tuple[Rule, re.Pattern[str]], ...]
    keywords: tuple[KeywordRule, ...]
    age_codes: tuple[CodeId, ...]
    age_tolerance: int
    heading_rules: frozenset[str]
    strength_words: dict[str, tuple[str, ...]]
    sources: tuple[str, ...] = field(default=())
    # Sections: headings under which nothing is suggested (background, purpose, lists of
    # laws), paragraphs that are nobody's obligation (a working group's comment), and
    # headings of definitions, where only the term defined is read.
    quiet_headings: re.Pattern[str] | None = None
    quiet_paragraphs: re.Pattern[str] | None = None
    definition_headings: re.Pattern[str] | None = None
    # The parties an obligation binds that names none (the `general` party rule).
    general_parties: tuple[CodeId, ...] = ()
    # Party -> the target groups its work implies (Förskola: Små barn), the `implied` rule.
    implied_targets: dict[CodeId, tuple[CodeId, ...]] = field(default_factory=dict)
    # Code -> terms that, defined under a heading of definitions, name it ("barn").
    defined_terms: dict[CodeId, tuple[str, ...]] = field(default_factory=dict)
    # Age-rule codes a stated age is placed under (coverage) but never suggested from.
    age_not_suggested: frozenset[CodeId] = frozenset()
    # Words a heading may hold beside party names and still name only them ("Det här gör
    # kommunen", "Skolans ansvar"): the `heading` party rule's `filler_words`.
    heading_fillers: frozenset[str] = frozenset()
    # Nouns for a party's staff or units: after its genitive the party still acts ("BUP:s
    # akutteam bedömer", "Elevhälsans kuratorer erbjuder"): the `subject` rule's `units`.
    subject_units: re.Pattern[str] | None = None
    # Lead-ins of a procedure ("Så här går det till:", "Arbetsgången är:"): their steps are
    # obligations though they are written in the present tense: the `general` rule's
    # `procedures`.
    procedures: re.Pattern[str] | None = None
    # Openings that oblige whoever a sentence concerns ("Den som möter barnet ska"): the
    # `general` rule's `whoever`.
    whoever: re.Pattern[str] | None = None
    # What, right after a sentence's opening party, says it is described, not obliged
    # ("Parterna är överens om", "… är skilda myndigheter"): the `subject` rule's `not_after`.
    subject_not_after: re.Pattern[str] | None = None
    # "vi" or "vår verksamhet" as the one who acts ("Vi erbjuder …", "… gör vi"): the
    # heading's party speaks (the `heading` party rule's `we`).
    we: re.Pattern[str] | None = None
    # A lead-in that says whose tasks follow ("Förskolans ansvar:", "BUP:s åtaganden:",
    # "Följande gäller för socialtjänsten:"): the `lead_in` rule's `duties` (nouns after a
    # party's genitive) and `owner_before` (text right before the party).
    lead_in_duties: re.Pattern[str] | None = None
    lead_in_owner_before: re.Pattern[str] | None = None
    # What, right after the unit an `agent` pattern names, says it is acted on, not acting
    # ("ser till att skolan informeras", "… att elevhälsan vet"): the agent rule's
    # `not_after`, kept apart from the subject rule's.
    agent_not_after: re.Pattern[str] | None = None
    # Present-tense verbs that, after ", som", describe the party before it rather than say
    # what it does ("BUP, som har …"): the `subject` rule's `not_relative`.
    relative_stative: frozenset[str] = frozenset()
    # Lead-ins that are themselves an obligation of both principals ("Vid placering gäller
    # följande:", "Avvikelser hanteras enligt följande:"): the `general` rule's
    # `binding_lead_ins`.
    binding_lead_ins: re.Pattern[str] | None = None
    # Words that keep a heading from being quiet although it names its purpose ("Syfte,
    # omfattning och begrepp"): the `quiet` section rule's `unless`.
    quiet_unless: re.Pattern[str] | None = None

    def rule(self, rule_id: str) -> Rule:
        """The rule with that id; an unknown id (a rule file since removed) is still named."""
        return self.rules.get(rule_id) or Rule(rule_id, "unknown", rule_id)


def lowered(text: str) -> str:
    """The text in lower case, character for character, so that offsets found in it hold in
    the text (a character whose lower case is longer, rare, is kept as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def fold_pattern(pattern: str) -> str:
    """A pattern for lower-cased text: letters lowered, escapes (\\W, \\S, \\B) kept."""
    out = []
    escaped = False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out)


def _compile(pattern: str, source: Path | str, case_sensitive: bool = False) -> re.Pattern[str]:
    """Case-insensitive patterns are folded and matched against lower-cased text (much
    faster than re.IGNORECASE); `case_sensitive` ones against the text as it is."""
    try:
        return re.compile(pattern if case_sensitive else fold_pattern(pattern))
    except re.error as exc:
        raise TagFileError(source, TagFileProblem.NOT_RULES,
                           f"ogiltigt mönster {pattern!r}: {exc}") from None


def _alternatives(patterns: list[str], before: str = "", after: str = ""
                  ) -> re.Pattern[str] | None:
    """One pattern matching any of `patterns` (between `before` and `after`), or None for
    none."""
    if not patterns:
        return None
    return _compile(before + "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")" + after, "")


def _rule(data: dict[str, Any], kind: str) -> Rule:
    facet = data.get("facet")
    code = data.get("code")
    return Rule(str(data["id"]), kind, str(data.get("description", data["id"])),
                str(data.get("description_en", "")), facet, CodeId(code) if code else None)


def parse_rules(texts: list[tuple[str, str]]) -> Rules:
    """Rules from (source name, JSON text) pairs; later files add terms and rules, and a
    rule with a known id replaces it. TagFileError names the file and the problem."""
    rules: dict[str, Rule] = {}
    terms: dict[CodeId, list[str]] = {}
    groups: list[tuple[tuple[CodeId, ...], tuple[str, ...]]] = []
    ignored: list[str] = []
    verbs: list[str] = []
    inverted: list[str] = []
    patterns: dict[str, tuple[Rule, re.Pattern[str]]] = {}
    keywords: dict[str, KeywordRule] = {}
    age_codes: tuple[CodeId, ...] = ()
    tolerance = 1
    heading: set[str] = set()
    strength: dict[str, tuple[str, ...]] = {}
    sections: dict[str, list[str]] = {}
    general: tuple[CodeId, ...] = ()
    implied: dict[CodeId, tuple[CodeId, ...]] = {}
    defined: dict[CodeId, tuple[str, ...]] = {}
    quiet_ages: frozenset[CodeId] = frozenset()
    fillers: set[str] = set()
    units: list[str] = []
    stative: set[str] = set()
    binding: list[str] = []
    procedures: list[str] = []
    whoever: list[str] = []
    not_after: list[str] = []
    we: list[str] = []
    duties: list[str] = []
    owner_before: list[str] = []
    acted_on: list[str] = []
    for source, text in texts:
        data = json_of_format(text, source, FORMAT, TagFileProblem.NOT_RULES)
        try:
            for code, words in data.get("parties", {}).get("terms", {}).items():
                terms.setdefault(CodeId(code), []).extend(str(w) for w in words)
            ignored.extend(str(w) for w in data.get("parties", {}).get("not_names", []))
            for group in data.get("parties", {}).get("groups", []):
                groups.append((tuple(CodeId(str(c)) for c in group["codes"]),
                               tuple(str(w) for w in group["terms"])))
            for item in data.get("party_rules", []):
                rule = _rule(item, str(item.get("kind", "pattern")))
                rules[rule.id] = rule
                if rule.kind == "general":
                    general = tuple(CodeId(str(c)) for c in item["codes"])
                fillers.update(str(w).casefold() for w in item.get("filler_words", []))
                units.extend(str(w) for w in item.get("units", []))
                stative.update(str(w).casefold() for w in item.get("not_relative", []))
                procedures.extend(str(w) for w in item.get("procedures", []))
                whoever.extend(str(w) for w in item.get("whoever", []))
                binding.extend(str(w) for w in item.get("binding_lead_ins", []))
                (acted_on if rule.kind == "agent" else not_after).extend(
                    str(w) for w in item.get("not_after", []))
                we.extend(str(w) for w in item.get("we", []))
                duties.extend(str(w) for w in item.get("duties", []))
                owner_before.extend(str(w) for w in item.get("owner_before", []))
                verbs.extend(item.get("verbs", []))
                inverted.extend(item.get("inverted_verbs", []))
                for number, pattern in enumerate(item.get("patterns", [])):
                    if "{party}" not in pattern:
                        raise ValueError(f"mönstret i {rule.id} saknar {{party}}")
                    before = pattern.split("{party}", 1)[0]
                    patterns[f"{rule.id}#{number}"] = (  # matched on the text as written
                        rule, _compile(f"(?i:{before})\\s*$", source, case_sensitive=True))
            for item in data.get("keyword_rules", []):
                rule = _rule(item, "keyword")
                if rule.facet is None or rule.code is None:
                    raise ValueError(f"regeln {rule.id} saknar facet eller code")
                rules[rule.id] = rule
                sensitive = bool(item.get("case_sensitive", False))
                unless = item.get("unless") or []
                keywords[rule.id] = KeywordRule(
                    rule, rule.code, _compile("|".join(f"(?:{p})" for p in item["patterns"]),
                                              source, sensitive),
                    _compile("|".join(f"(?:{u})" for u in unless), source) if unless else None,
                    sensitive, tuple(str(a).lower() for a in item["anchors"]) if "anchors" in item
                    else anchors_of(list(item["patterns"])))
            if "age_rule" in data:
                item = data["age_rule"]
                rule = _rule(item, "age")
                rules[rule.id] = rule
                age_codes = tuple(CodeId(c) for c in item.get("codes", []))
                tolerance = int(item.get("tolerance", 1))
                quiet_ages = frozenset(CodeId(str(c)) for c in item.get("not_suggested", []))
            if "implied_targets" in data:
                item = data["implied_targets"]
                rules[item["id"]] = _rule(item, "implied")
                implied.update({CodeId(k): tuple(CodeId(str(c)) for c in v)
                                for k, v in item["codes"].items()})
            if "heading_rule" in data:
                item = data["heading_rule"]
                rules[item["id"]] = _rule(item, "heading")
                heading.update(item.get("rules", []))
            if "strength" in data:
                item = data["strength"]
                rules[item["id"]] = _rule(item, "strength")
                strength = {k: tuple(item.get(k, ())) for k in ("must", "should", "may")}
            for item in data.get("section_rules", []):
                rule = _rule(item, str(item["kind"]))
                if rule.kind not in ("quiet", "definitions"):
                    raise ValueError(f"okänd sort {rule.kind!r} i {rule.id}")
                rules[rule.id] = rule
                for key in ("headings", "paragraphs", "unless"):
                    for pattern in item.get(key, []):
                        _compile(pattern, source)  # a bad pattern names its file here
                        sections.setdefault(f"{rule.kind}.{key}", []).append(pattern)
                for code, words in item.get("terms", {}).items():
                    defined[CodeId(code)] = defined.get(CodeId(code), ()) + tuple(
                        str(w) for w in words)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise TagFileError(source, TagFileProblem.NOT_RULES, str(exc)) from None

    def joined(key: str) -> re.Pattern[str] | None:
        return _alternatives(sections.get(key, []))

    return Rules(rules, {k: tuple(v) for k, v in terms.items()}, tuple(groups),
                 tuple(ignored), tuple(dict.fromkeys(verbs)),
                 tuple(dict.fromkeys(inverted)), tuple(patterns.values()),
                 tuple(keywords.values()), age_codes, tolerance, frozenset(heading), strength,
                 tuple(name for name, _ in texts), joined("quiet.headings"),
                 joined("quiet.paragraphs"), joined("definitions.headings"), general, implied,
                 defined, quiet_ages, frozenset(fillers),
                 _alternatives(units, r"\w*", r"\w*"), _alternatives(procedures),
                 _alternatives(whoever), _alternatives(not_after), _alternatives(we),
                 _alternatives(duties, r"\s+", r"\w*"), _alternatives(owner_before),
                 _alternatives(acted_on), relative_stative=frozenset(stative),
                 binding_lead_ins=_alternatives(binding),
                 quiet_unless=joined("quiet.unless"))


def rule_files(folder: Path = RULES_FOLDER) -> list[Path]:
    """The rules files a project uses: every *.json in resources/tagging/, by name (so a
    group's own `rules_lokal.json` comes after the shipped `rules_sv.json`)."""
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def read_rules(paths: list[Path]) -> Rules:
    texts = []
    for path in paths:
        try:
            texts.append((str(path), path.read_text(encoding="utf-8-sig")))
        except (OSError, UnicodeDecodeError) as exc:
            raise TagFileError(path, TagFileProblem.UNREADABLE, str(exc)) from None
    return parse_rules(texts)


@lru_cache(maxsize=2)
def default_rules(folder: Path = RULES_FOLDER) -> Rules:
    """The shipped rules (plus any a group added to the folder)."""
    return read_rules(rule_files(folder))
