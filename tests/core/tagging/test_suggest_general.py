"""Suggestion rules that follow the coding manual (tests/data/agreements/tags/GUIDE.md) for
texts written by new authors: each test names the rule it would catch breaking. The sentences
are written for the tests, not taken from the corpus."""

from __future__ import annotations

import json

import pytest

from app.core.importing.segmentation import is_lead_in
from app.core.tagging.codebook import default_codebook
from app.core.tagging.model import Strength
from app.core.tagging.rules import RULES_FOLDER, default_rules, parse_rules, rule_files
from app.core.tagging.suggest import Suggester
from tests.core.tagging.test_suggest import clauses, codes


def test_a_lead_in_that_ends_with_att_introduces_its_items() -> None:
    assert is_lead_in("Det åligger elevhälsan att") and is_lead_in("Socialtjänsten ska:")
    assert not is_lead_in("Skolan samverkar med BUP.")
    found = codes("## Regionens ansvar\n\nDet åligger barnhälsovården att\n\n"
                  "- erbjuda hembesök till nyblivna föräldrar,\n- remittera vid behov.\n", "part")
    assert found["erbjuda hembesök till nyblivna föräldrar,"] == {"part.bhv"}
    assert found["remittera vid behov."] == {"part.bhv"}
    item = clauses("Det åligger förskolan att\n\n- samarbeta med BVC.\n")[1]
    assert item.context == "Det åligger förskolan att"


def test_an_item_naming_who_acts_does_not_take_its_lead_ins_party() -> None:
    found = codes("Regionen ska ordna mottagningen. Rutinen är:\n\n"
                  "- Socialsekreteraren skickar en begäran till mottagningen.\n"
                  "- Besöket bokas inom en vecka.\n", "part")
    assert found["Socialsekreteraren skickar en begäran till mottagningen."] == {
        "part.socialtjanst"}
    assert found["Besöket bokas inom en vecka."] == {"part.region"}


def test_a_heading_names_the_service_not_the_principal_whose_it_is() -> None:
    found = codes("## Kommunens socialtjänst\n\nUtredningen blir klar inom fyra månader.\n",
                  "part")
    assert found["Utredningen blir klar inom fyra månader."] == {"part.socialtjanst"}


def test_the_nearest_heading_that_names_a_party_gives_it() -> None:
    found = codes("## Elevhälsan\n\n### Hälsobesök\n\nBesöken görs i årskurs fyra.\n", "part")
    assert found["Besöken görs i årskurs fyra."] == {"part.elevhalsa"}


def test_one_partys_services_are_that_party_not_both_principals() -> None:
    text = "Regionens verksamheter ska svara inom en vecka."
    assert codes(text, "part")[text] == {"part.region"}
    text = "Verksamheterna ska svara inom en vecka."
    assert codes(text, "part")[text] == {"part.kommun", "part.region"}


def test_after_a_short_label_and_a_colon_the_party_opens_the_sentence() -> None:
    text = "Från förskola till skola: förskolan erbjuder ett överlämningssamtal."
    assert codes(text, "part")[text] == {"part.forskola"}
    text = "Vid 18 år: BUP planerar övergången till vuxenpsykiatrin."
    assert codes(text, "part")[text] == {"part.bup"}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Planen följs upp varje halvår av styrgruppen.", {"part.ledning"}),
    ("Mottagningen drivs gemensamt av regionen och kommunerna.",
     {"part.region", "part.kommun"}),
    ("Samtidigt är det skolans ansvar att agera.", {"part.skola"}),
    ("Mentor kontaktar hemmet samma dag.", {"part.skola"}),
    ("Efter en allvarlig händelse ska den lokala ledningsgruppen samlas.", {"part.ledning"}),
    ("Barnet skrivs ut från avdelningen, och primärvården tar över uppföljningen.",
     {"part.primarvard"}),
    ("Barnet remitteras till BUP, och eleven får stöd under tiden.", set()),
])
def test_parties_named_by_passives_ansvar_roles_and_joined_clauses(text: str,
                                                                  wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_an_example_paragraph_is_an_illustration_not_an_obligation() -> None:
    suggester = Suggester(default_codebook(), default_rules())
    (clause,) = clauses("Exempel: Socialtjänsten ringer skolan och BUP ska svara samma dag.\n")
    assert suggester.clause(clause).suggestions == ()


@pytest.mark.parametrize(("text", "wanted"), [
    ("Skolan kontaktar vårdnadshavarna vid frånvaro.", "mg.vardnadshavare"),
    ("Vårdnadshavarna kontaktas samma dag.", "mg.vardnadshavare"),
    ("Personalen uppmärksammar elever som lever i en familj med missbruk.", "mg.anhoriga"),
    ("Vården frågar om det finns barn när en vuxen patient har psykisk sjukdom.",
     "mg.anhoriga"),
    ("Avtalet gäller barn och unga som behöver samordnade insatser.", "mg.ohalsa"),
])
def test_target_groups_the_clause_is_about(text: str, wanted: str) -> None:
    assert wanted in codes(text, "malgrupp")[text]


def test_signs_of_ill_health_in_the_parents_do_not_make_the_child_the_ill_group() -> None:
    text = "BVC uppmärksammar tecken på psykisk ohälsa hos föräldrarna."
    assert "mg.ohalsa" not in codes(text, "malgrupp")[text]
    text = "Elevhälsan uppmärksammar tecken på psykisk ohälsa hos eleverna."
    assert "mg.ohalsa" in codes(text, "malgrupp")[text]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Vi i elevhälsan erbjuder samtal varje vecka.", {"part.elevhalsa"}),
    ("Varje kommun ska tillsammans med regionen ta fram en rutin.",
     {"part.kommun", "part.region"}),
    ("Barnskyddsteamet vid barn- och ungdomsmedicin gör läkarundersökningen.", {"part.bum"}),
    ("BUP:s akutteam bedömer barnet samma dag.", {"part.bup"}),
    ("Elevhälsans kuratorer erbjuder stödsamtal.", {"part.elevhalsa"}),
    ("Skolans skyldighet att anmäla gäller alltid.", set()),
    ("Rutinen har beslutats av regionstyrelsen.", {"part.region"}),
    ("Arbetet förbereds av beredningsgruppen.", {"part.ledning"}),
    ("Om cheferna inte enas tar den lokala samverkansgruppen ställning.", {"part.ledning"}),
    ("Akutmottagningen kontaktar vårdnadshavarna.", {"part.hs"}),
    ("Regionen ser till att alla verksamheter har rutiner.", {"part.region"}),
])
def test_parties_in_the_voices_new_authors_write_in(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_a_heading_that_names_a_party_in_a_phrase_gives_it() -> None:
    found = codes("## Det här gör regionen\n\nVi svarar på remissen inom två veckor.\n", "part")
    assert found["Vi svarar på remissen inom två veckor."] == {"part.region"}
    found = codes("## Det här gör vi för barnen\n\nVi svarar inom två veckor.\n", "part")
    assert found["Vi svarar inom två veckor."] == set()


def test_the_steps_of_a_procedure_that_name_nobody_bind_both_principals() -> None:
    found = codes("Så här går det till:\n\n- Kallelsen skickas inom en vecka.\n"
                  "- Skolan bokar lokalen.\n", "part")
    assert found["Kallelsen skickas inom en vecka."] == {"part.kommun", "part.region"}
    assert found["Skolan bokar lokalen."] == {"part.skola"}
    found = codes("Indikatorerna är:\n\n- antal upprättade planer.\n", "part")
    assert found["antal upprättade planer."] == set()


@pytest.mark.parametrize(("text", "wanted"), [
    ("Den som ser behovet berättar för barnet och vårdnadshavarna vad planen är.",
     "mg.vardnadshavare"),
    ("Vi pratar med vårdnadshavarna om det vi ser.", "mg.vardnadshavare"),
    ("Familjecentralen ger råd till blivande och nyblivna föräldrar.", "mg.ofodda"),
    ("Insatserna riktar sig till barn som mår psykiskt dåligt.", "mg.ohalsa"),
    ("Vårdcentralen behandlar lindrig ångest hos barn och unga.", "mg.ohalsa"),
    ("Stödet gäller när ett barn har en funktionsnedsättning.", "mg.funktionsnedsattning"),
])
def test_more_ways_of_naming_a_target_group(text: str, wanted: str) -> None:
    assert wanted in codes(text, "malgrupp")[text]


def test_an_age_that_fits_the_group_the_clause_names_is_that_groups_age() -> None:
    text = "Teamet tar emot unga under 21 år med missbruk."
    assert codes(text, "malgrupp")[text] == {"mg.missbruk"}
    text = "Teamet tar emot unga under 21 år."
    assert codes(text, "malgrupp")[text] == {"mg.placerade"}


def test_a_heading_of_words_we_use_is_a_list_of_definitions() -> None:
    found = codes("## Ord vi använder\n\nVårdnadshavare: den som har vården om barnet, "
                  "och som socialtjänsten ska informera.\n")
    assert found["Vårdnadshavare: den som har vården om barnet, och som socialtjänsten ska "
                 "informera."] == {"mg.vardnadshavare"}


def test_units_fillers_and_procedures_are_data_a_group_extends() -> None:
    shipped = [(str(p), p.read_text(encoding="utf-8")) for p in rule_files(RULES_FOLDER)]
    local = {"format": "klausul-rules", "version": 1, "party_rules": [
        {"id": "lokal.subjekt", "kind": "subject", "description": "x", "units": ["lotsar"]},
        {"id": "lokal.rubrik", "kind": "heading", "description": "x",
         "filler_words": ["uppgifter"]},
        {"id": "lokal.alla", "kind": "general", "description": "x",
         "codes": ["part.kommun", "part.region"], "procedures": ["^checklista:$"]}]}
    rules = parse_rules([*shipped, ("rules_lokal.json", json.dumps(local))])
    suggester = Suggester(default_codebook(), rules)
    found = {c.text: {s.code_id for s in suggester.clause(c).suggestions if s.facet == "part"}
             for c in clauses("## Skolans uppgifter\n\nSchemat läggs i augusti.\n\n"
                              "Socialtjänstens lotsar ringer familjen.\n\n## Möten\n\n"
                              "Checklista:\n\n- Mötet bokas.\n")}
    assert found["Schemat läggs i augusti."] == {"part.skola"}
    assert found["Socialtjänstens lotsar ringer familjen."] == {"part.socialtjanst"}
    assert found["Mötet bokas."] == {"part.kommun", "part.region"}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Den som möter barnet ska kontakta BUP samma dag.", {"part.kommun", "part.region"}),
    ("Alla som arbetar med barn är skyldiga att anmäla oro till socialtjänsten.",
     {"part.kommun", "part.region"}),
    ("En plan ska upprättas när kommunen och regionen bedömer att den behövs.",
     {"part.kommun", "part.region"}),
    ("Parterna är överens om att agera tidigt.", set()),
    ("Skolan och socialtjänsten är skilda myndigheter.", set()),
    ("Skolan och socialtjänsten är skyldiga att samverka.", {"part.skola", "part.socialtjanst"}),
    ("När det står ”ska” i texten gäller ett krav.", set()),
])
def test_who_an_obligation_binds_and_what_binds_nobody(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_a_modal_without_a_verb_after_it_is_not_a_modal() -> None:
    suggester = Suggester(default_codebook(), default_rules())
    (clause,) = clauses("Barnet ska få den vård som alla barn får, och mer.")
    assert suggester.clause(clause).strength is Strength.MUST
    (clause,) = clauses("Det här är den vård som alla barn får.")
    assert suggester.clause(clause).strength is None
    (clause,) = clauses("Barnet får stanna hemma.")
    assert suggester.clause(clause).strength is Strength.MAY
    item = clauses("Den verksamhet som ser behovet ska:\n\n- informera familjen\n")[1]
    assert suggester.clause(item).strength is Strength.MUST
    assert {s.code_id for s in suggester.clause(item).suggestions if s.facet == "part"} == {
        "part.kommun", "part.region"}


def test_children_who_need_support_are_the_main_group_but_not_those_in_school_support() -> None:
    text = "Avtalet gäller barn som behöver insatser från båda huvudmännen."
    assert "mg.ohalsa" in codes(text, "malgrupp")[text]
    text = "Skolan lämnar över om barn som behöver särskilt stöd."
    assert "mg.ohalsa" not in codes(text, "malgrupp")[text]
