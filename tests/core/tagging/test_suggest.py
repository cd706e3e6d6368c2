"""Suggestions: parties from lead-ins, subjects and "Det åligger X att", target groups from
words and age bands, kinds of responsibility, the obligation's strength; rules as data a
group extends; every suggestion names its rule and words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.documents.model import Clause, ClauseId, DocumentId
from app.core.importing.segmentation import segment
from app.core.importing.text_reader import read_markdown
from app.core.tagging.codebook import default_codebook
from app.core.tagging.errors import TagFileError
from app.core.tagging.model import Strength
from app.core.tagging.rules import RULES_FOLDER, default_rules, parse_rules, rule_files
from app.core.tagging.suggest import Suggester


def clauses(text: str) -> tuple[Clause, ...]:
    result = read_markdown(text.encode("utf-8"), Path("x.md"))
    return segment(result.blocks, DocumentId("doc"))


def codes(text: str, facet: str | None = None) -> dict[str, set[str]]:
    """Clause text -> suggested code ids (of one facet if given)."""
    suggester = Suggester(default_codebook(), default_rules())
    return {c.text: {s.code_id for s in suggester.clause(c).suggestions
                     if facet is None or s.facet == facet} for c in clauses(text)}


def test_a_lead_in_gives_the_party_of_every_item_under_it() -> None:
    found = codes("Socialtjänsten ansvarar för:\n\n- att utreda barns behov\n"
                  "- att besluta om insatser\n", "part")
    assert found == {"Socialtjänsten ansvarar för:": {"part.socialtjanst"},
                     "att utreda barns behov": {"part.socialtjanst"},
                     "att besluta om insatser": {"part.socialtjanst"}}
    suggester = Suggester(default_codebook(), default_rules())
    item = clauses("Förskolan ska:\n\n- uppmärksamma barn som far illa\n")[1]
    (party,) = [s for s in suggester.clause(item).suggestions if s.facet == "part"]
    assert party.rule == "part.ledtext" and party.words == ("Förskolan ska:",)
    assert "Ledtexten" in default_rules().rule(party.rule).explain(party.words)


@pytest.mark.parametrize(("text", "wanted"), [
    ("Det åligger socialtjänsten att erbjuda föräldrastöd.", {"part.socialtjanst"}),
    ("Vid problematisk skolfrånvaro ska skolan kontakta vårdnadshavarna.", {"part.skola"}),
    ("BUP ska erbjuda konsultation till elevhälsan.", {"part.bup"}),
    ("Kommunens socialtjänst ska erbjuda stöd.", {"part.socialtjanst"}),
    ("Skolan och elevhälsan ansvarar för hälsobesöken.", {"part.skola", "part.elevhalsa"}),
    ("Regionen ska erbjuda vård, och socialtjänsten ska informera.",
     {"part.region", "part.socialtjanst"}),
    ("Enligt 5 kap. 7 § HSL ska hälso- och sjukvården beakta barnets behov.", {"part.hs"}),
    ("Länsstyrgruppen sammanträder fyra gånger per år.", {"part.ledning"}),
    ("Barnet ska få information från socialtjänsten och skolan.", set()),
])
def test_the_party_is_who_the_sentence_obliges_not_every_name_in_it(text: str,
                                                                    wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_a_heading_naming_a_party_gives_it_to_clauses_without_their_own() -> None:
    found = codes("## 5.2 Barnhälsovården\n\nHälsobesöken följer det nationella programmet.\n\n"
                  "Förskolan bör delta.\n", "part")
    assert found["Hälsobesöken följer det nationella programmet."] == {"part.bhv"}
    assert found["Förskolan bör delta."] == {"part.forskola"}


def test_headings_get_no_suggestions() -> None:
    suggester = Suggester(default_codebook(), default_rules())
    heading = clauses("## Socialtjänsten ansvarar för placerade barn\n\nText.\n")[0]
    assert heading.kind == "heading" and suggester.clause(heading).suggestions == ()


@pytest.mark.parametrize(("text", "wanted"), [
    ("Barn och unga 0–20 år i familjehem omfattas.", "mg.placerade"),
    ("Unga 13–25 år är välkomna.", "mg.unga-vuxna"),
    ("Unga upp till 25 år får stöd.", "mg.unga-vuxna"),
    ("Barn 0–5 år erbjuds hembesök.", "mg.sma-barn"),
    ("Barn och unga 0–17 år med psykisk ohälsa omfattas.", "mg.ohalsa"),
    ("Stöd ges till unga med riskbruk.", "mg.missbruk"),
    ("Insatser för HVB-placerade ungdomar.", "mg.placerade"),
])
def test_target_groups_from_words_and_age_bands(text: str, wanted: str) -> None:
    assert wanted in codes(text, "malgrupp")[text]


def test_a_parents_substance_use_makes_the_child_a_relative_not_a_user() -> None:
    text = "Vården ska fråga patienter med missbruk om de har minderåriga barn, eftersom " \
           "barnets förälder har missbruk."
    found = codes(text, "malgrupp")[text]
    assert "mg.anhoriga" in found and "mg.missbruk" not in found


@pytest.mark.parametrize(("text", "strength"), [
    ("Skolan ska kalla till SIP.", Strength.MUST),
    ("Skolan bör kalla till SIP.", Strength.SHOULD),
    ("Skolan kan kalla till SIP.", Strength.MAY),
    ("Skolan kallar vårdnadshavarna.", None),
])
def test_the_modal_verb_is_the_obligations_strength(text: str, strength: Strength | None
                                                    ) -> None:
    suggester = Suggester(default_codebook(), default_rules())
    (clause,) = clauses(text)
    assert suggester.clause(clause).strength is strength


def test_kinds_of_responsibility_from_verbs_and_nouns() -> None:
    text = "Socialtjänsten ska utreda barnets behov och kalla till SIP."
    assert {"ans.utredning", "ans.sip"} <= codes(text, "ansvar")[text]


def test_a_group_extends_the_rules_with_its_own_file() -> None:
    shipped = [(str(p), p.read_text(encoding="utf-8")) for p in rule_files(RULES_FOLDER)]
    local = {"format": "klausul-rules", "version": 1,
             "parties": {"terms": {"part.bup": ["barnpsykmottagning"]}},
             "keyword_rules": [{"id": "lokal.tolk", "facet": "malgrupp",
                                "code": "mg.nyanlanda", "description": "Tolk behövs",
                                "patterns": ["tolk\\w*"]}]}
    rules = parse_rules([*shipped, ("rules_lokal.json", json.dumps(local))])
    suggester = Suggester(default_codebook(), rules)
    (clause,) = clauses("Barnpsykmottagningen ska boka tolk.")
    found = {s.code_id: s for s in suggester.clause(clause).suggestions}
    assert "part.bup" in found
    assert found["mg.nyanlanda"].rule == "lokal.tolk" and found["mg.nyanlanda"].words == ("tolk",)


def test_a_broken_rules_file_names_itself_and_the_problem() -> None:
    with pytest.raises(TagFileError, match=r"lokal\.json: inte giltig JSON"):
        parse_rules([("lokal.json", "{")])
    bad = {"format": "klausul-rules", "keyword_rules": [
        {"id": "x", "facet": "part", "code": "part.bup", "patterns": ["(unclosed"]}]}
    with pytest.raises(TagFileError, match="ogiltigt mönster"):
        parse_rules([("lokal.json", json.dumps(bad))])


def test_suggestions_have_stable_data_for_the_same_clause() -> None:
    suggester = Suggester(default_codebook(), default_rules())
    (clause,) = clauses("BUP ska erbjuda konsultation.")
    first, second = suggester.clause(clause), suggester.clause(clause)
    assert first == second and first.clause_id == ClauseId(clause.id)
