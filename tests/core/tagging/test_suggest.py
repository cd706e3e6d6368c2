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


# -- the conventions learnt from the tuning annotations ------------------------------------

@pytest.mark.parametrize("text", [
    "Parterna ska gemensamt ta fram en rutin för överlämning.",
    "Huvudmännen ansvarar för att personalen känner till rutinen.",
    "Verksamheterna ska dokumentera barnets synpunkter.",
    "Den verksamhet som först möter barnet ska ta kontakt med nästa verksamhet.",
])
def test_parterna_huvudmannen_and_verksamheterna_bind_both_principals(text: str) -> None:
    assert codes(text, "part")[text] == {"part.kommun", "part.region"}


def test_an_obligation_that_names_no_party_binds_both_principals_with_its_words() -> None:
    text = "En plan ska upprättas inom fyra veckor."
    suggester = Suggester(default_codebook(), default_rules())
    (clause,) = clauses(text)
    found = {s.code_id: s for s in suggester.clause(clause).suggestions if s.facet == "part"}
    assert set(found) == {"part.kommun", "part.region"}
    assert found["part.kommun"].rule == "part.alla"
    assert found["part.kommun"].words == ("ska upprättas inom",)
    assert "binder båda huvudmännen" in default_rules().rule("part.alla").explain(
        found["part.kommun"].words)
    # A party named in the sentence is not overruled; a "kan" sentence obliges nobody.
    assert codes("Barnet ska få stöd från skolan.", "part")["Barnet ska få stöd från skolan."] \
        == set()
    assert codes("Barnet kan få stöd.", "part")["Barnet kan få stöd."] == set()


def test_background_purpose_and_comments_get_no_suggestions() -> None:
    text = ("## 1.1 Bakgrund\n\nSocialtjänsten ska enligt lag samverka kring placerade barn.\n\n"
            "## Syfte och mål\n\nBarn med psykisk ohälsa ska få hjälp i rätt tid.\n\n"
            "## 2 Socialtjänsten\n\nArbetsgruppens kommentar: Socialtjänsten ska utreda "
            "placerade barn.\n\nSocialtjänsten ska utreda placerade barns behov.\n")
    suggester = Suggester(default_codebook(), default_rules())
    found = {c.text: suggester.clause(c) for c in clauses(text) if c.kind != "heading"}
    quiet = [t for t in found if not t.startswith("Socialtjänsten ska utreda")]
    assert len(quiet) == 3 and all(found[t].suggestions == () for t in quiet)
    assert found[quiet[0]].strength is Strength.MUST  # strength is data, still given
    (last,) = [r for t, r in found.items() if t.startswith("Socialtjänsten ska utreda")]
    assert {"part.socialtjanst", "mg.placerade", "ans.utredning"} <= {
        s.code_id for s in last.suggestions}


def test_a_definition_gives_only_what_its_term_names() -> None:
    text = ("## Begrepp\n\n- Vårdnadshavare: den som har vårdnaden om barnet; socialtjänsten "
            "ska informera vårdnadshavaren.\n- Psykisk ohälsa: ett samlingsbegrepp för oro och "
            "placering.\n- Huvudman: regionen eller kommunen.\n")
    found = codes(text)
    assert found == {"Begrepp": set(),
                     "Vårdnadshavare: den som har vårdnaden om barnet; socialtjänsten ska "
                     "informera vårdnadshavaren.": {"mg.vardnadshavare"},
                     "Psykisk ohälsa: ett samlingsbegrepp för oro och placering.": {"mg.ohalsa"},
                     "Huvudman: regionen eller kommunen.": set()}
    suggester = Suggester(default_codebook(), default_rules())
    item = clauses(text)[2]
    (only,) = suggester.clause(item).suggestions
    assert only.rule == "avsnitt.begrepp" and only.words == ("Psykisk ohälsa",)


def test_a_service_implies_its_target_group_when_the_clause_is_its_task() -> None:
    text = ("## Förskolan\n\nFörskolan ska:\n\n- anpassa miljön efter barnets behov\n\n"
            "## Samverkan\n\nFörskolan ska delta i mötet.\n\n"
            "Förskolan och socialtjänsten ska delta i mötet.\n")
    found = codes(text, "malgrupp")
    assert found["Förskolan ska:"] == set()  # the lead-in itself carries none
    assert found["anpassa miljön efter barnets behov"] == {"mg.sma-barn"}
    # under another heading, when the clause opens with the service acting (the manual)
    assert found["Förskolan ska delta i mötet."] == {"mg.sma-barn"}
    # not when another service acts beside it
    assert found["Förskolan och socialtjänsten ska delta i mötet."] == set()
    suggester = Suggester(default_codebook(), default_rules())
    item = clauses(text)[2]
    (implied,) = [s for s in suggester.clause(item).suggestions if s.facet == "malgrupp"]
    assert implied.rule == "mg.verksamhet" and implied.words == ("Förskolan ska:",)
    text = "## Förskolan och skolan\n\nFörskolan och skolan ska delta i mötet.\n"
    assert codes(text, "malgrupp")["Förskolan och skolan ska delta i mötet."] == set()


@pytest.mark.parametrize(("text", "wanted"), [
    ("Socialtjänsten ska informera vårdnadshavarna samma dag.", {"mg.vardnadshavare"}),
    ("Barnet och vårdnadshavarna ska få veta vem som är kontaktperson.",
     {"mg.vardnadshavare"}),
    ("Socialtjänsten lämnar uppgifter med vårdnadshavarnas samtycke.", set()),
    ("BUP ska erbjuda behandling till barn och unga med svår psykisk ohälsa.", {"mg.ohalsa"}),
    ("BUP ska behandla svår psykisk ohälsa.", set()),
    ("Mödrahälsovården frågar alla gravida om våld och alkohol.", {"mg.ofodda"}),
    ("Socialtjänsten ska utreda barn som utsatts för våld.", {"mg.vald"}),
    # the pupil is named (the coding manual: "eleven" is a child of school age); the
    # youth clinic is only where the pupil is sent, no group of its own
    ("BUP ska hänvisa eleven till ungdomsmottagningen.", {"mg.skolbarn"}),
    ("BUP ska hänvisa barnet till ungdomsmottagningen.", set()),
    ("Barn under 18 år omfattas.", set()),
])
def test_target_groups_only_where_a_group_is_meant(text: str, wanted: set[str]) -> None:
    assert codes(text, "malgrupp")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Ändringar beslutas av länsgruppen.", {"part.ledning"}),
    ("Frågan lyfts till den lokala ledningsgruppen.", {"part.ledning"}),
    ("När den unge fyller 17 år planerar BUP överlämningen.", {"part.bup"}),
    ("Kommunen ser till att varje skola har en krisplan.", {"part.skola"}),
    ("I varje kommun ska det finnas en lokal ledningsgrupp.", {"part.ledning"}),
    ("Skolans skyldighet att samverka följer av skollagen.", set()),
    ("Socialtjänsten och skolan ska gemensamt planera.", {"part.socialtjanst", "part.skola"}),
])
def test_more_ways_a_sentence_obliges_a_party(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_an_earlier_sentence_of_a_lead_in_gives_its_party_when_the_last_names_none() -> None:
    text = ("Styrgruppen ansvarar för att överenskommelsen följs upp. Följande ska ingå:\n\n"
            "- antal upprättade planer\n")
    assert codes(text, "part")["antal upprättade planer"] == {"part.ledning"}


def test_a_heading_naming_two_target_groups_gives_neither() -> None:
    text = "## Graviditet och de första levnadsåren\n\nRegionen erbjuder samtal.\n"
    assert codes(text, "malgrupp")["Regionen erbjuder samtal."] == set()
    text = "## Placerade barn\n\nRegionen erbjuder samtal.\n"
    assert codes(text, "malgrupp")["Regionen erbjuder samtal."] == {"mg.placerade"}


def test_a_rules_file_can_name_several_parties_at_once_and_hide_a_code_name() -> None:
    shipped = [(str(p), p.read_text(encoding="utf-8")) for p in rule_files(RULES_FOLDER)]
    local = {"format": "klausul-rules", "version": 1,
             "parties": {"groups": [{"codes": ["part.skola", "part.elevhalsa"],
                                     "terms": ["skolorna"]}],
                         "not_names": ["socialtjänst"]}}
    rules = parse_rules([*shipped, ("rules_lokal.json", json.dumps(local))])
    suggester = Suggester(default_codebook(), rules)
    first, second = clauses("Skolorna ska erbjuda hälsobesök.\n\nSocialtjänsten ska utreda.\n")
    assert {s.code_id for s in suggester.clause(first).suggestions if s.facet == "part"} \
        == {"part.skola", "part.elevhalsa"}
    assert "part.socialtjanst" not in {s.code_id for s in suggester.clause(second).suggestions}
    assert "part.socialtjanst" in codes("Socialtjänsten ska utreda.")["Socialtjänsten ska utreda."]


def test_a_broken_section_rule_names_its_file() -> None:
    bad = {"format": "klausul-rules", "section_rules": [
        {"id": "x", "kind": "quiet", "headings": ["(unclosed"]}]}
    with pytest.raises(TagFileError, match="ogiltigt mönster"):
        parse_rules([("lokal.json", json.dumps(bad))])
    bad = {"format": "klausul-rules", "section_rules": [{"id": "x", "kind": "loud"}]}
    with pytest.raises(TagFileError, match=r"lokal\.json.*loud"):
        parse_rules([("lokal.json", json.dumps(bad))])
