"""Suggestion rules that follow the coding manual (tests/data/agreements/tags/GUIDE.md) for
texts written by new authors: each test names the rule it would catch breaking. The sentences
are written for the tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from app.core.importing.segmentation import is_lead_in
from app.core.tagging.codebook import default_codebook
from app.core.tagging.rules import default_rules
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
