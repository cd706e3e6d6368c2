"""The eighth round of rules: lead-ins a formal or plain-language author writes ("Elevhälsan
erbjuder varje elev" without a colon, "När socialtjänsten tar emot en anmälan ska den",
"Regionen åtar sig att inom primärvården:", "Vid placering gäller följande:"), a scope list
that is no procedure, and a party with a short attribute before its verb. The sentences are
written for the tests, not taken from the corpus; each test names the rule it would catch
breaking."""

from __future__ import annotations

import pytest

from tests.core.tagging.test_suggest import codes

PRINCIPALS = {"part.kommun", "part.region"}


def test_a_paragraph_that_runs_on_into_its_items_is_their_lead_in() -> None:
    # segmentation.is_unfinished: no colon, no full stop, list items follow
    text = "Barnhälsovården erbjuder varje familj\n\n- ett hembesök,\n- föräldrastöd i grupp.\n"
    found = codes(text, "part")
    assert found["ett hembesök,"] == {"part.bhv"}
    assert found["föräldrastöd i grupp."] == {"part.bhv"}


def test_a_finished_sentence_before_a_list_lends_it_no_party() -> None:
    text = "Barnhälsovården erbjuder alla familjer hembesök.\n\n- ett hembesök,\n"
    assert codes(text, "part")["ett hembesök,"] == set()


@pytest.mark.parametrize(("text", "wanted"), [
    # part.skyldighet: the opening clause's subject taken up by "den" after the modal
    ("När socialtjänsten får en anmälan ska den göra en skyddsbedömning samma dag.",
     {"part.socialtjanst"}),
    ("Om elevhälsan ser tecken på oro, ska den kontakta vårdnadshavarna.", {"part.elevhalsa"}),
])
def test_an_opening_clause_whose_subject_the_modal_takes_up(text: str,
                                                           wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_the_opening_clause_party_ends_a_lead_in_for_its_items() -> None:
    text = ("När barnhälsovården uppmärksammar oro ska den\n\n- samtala med vårdnadshavarna,\n"
            "- vid behov göra en orosanmälan.\n")
    assert codes(text, "part")["samtala med vårdnadshavarna,"] == {"part.bhv"}


def test_a_principal_acting_within_its_service_gives_the_service() -> None:
    # part.genom: "inom" like "genom": the agent replaces its principal, for the items too
    text = "Regionen åtar sig att inom barnhälsovården:\n\n- erbjuda hembesök,\n"
    found = codes(text, "part")
    assert found["Regionen åtar sig att inom barnhälsovården:"] == {"part.bhv"}
    assert found["erbjuda hembesök,"] == {"part.bhv"}


@pytest.mark.parametrize("lead_in", [
    # part.alla's `binding_lead_ins`: the lead-in itself is a duty of both principals
    "Vid en placering gäller följande:",
    "Avvikelser hanteras enligt följande:",
])
def test_a_lead_in_that_states_a_procedure_binds_both_principals(lead_in: str) -> None:
    found = codes(f"{lead_in}\n\n- en anmälan görs,\n", "part")
    assert found[lead_in] == PRINCIPALS
    assert found["en anmälan görs,"] == PRINCIPALS


def test_a_scope_list_is_no_procedure() -> None:
    # part.alla's `procedures`: "gäller för följande målgrupper" lists who, not steps
    text = "Överenskommelsen gäller för följande målgrupper:\n\n- barn 0–17 år med ohälsa,\n"
    found = codes(text, "part")
    assert found["Överenskommelsen gäller för följande målgrupper:"] == set()
    assert found["barn 0–17 år med ohälsa,"] == set()


@pytest.mark.parametrize(("text", "wanted"), [
    # part.skyldighet: a short attribute between the party and its verb
    ("Regional styrgrupp för barn och unga ansvarar för uppföljningen.", {"part.ledning"}),
    ("Elevhälsan i varje skola ska ha rutiner för hälsobesök.", {"part.elevhalsa"}),
])
def test_a_party_with_a_short_attribute_before_its_verb(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


# -- round 9: what hagmark and kronvik write -----------------------------------------------

def test_a_step_that_names_a_service_it_does_not_oblige_is_still_both_principals_duty() -> None:
    # part.alla's `procedures`: only a party the step obliges takes the step over
    text = "Så här går det till:\n\n- Rådgör med elevhälsan om det behövs.\n"
    assert codes(text, "part")["Rådgör med elevhälsan om det behövs."] == PRINCIPALS


def test_a_step_that_obliges_a_service_is_that_service_s() -> None:
    text = "Så här går det till:\n\n- Elevhälsan kallar till ett möte.\n"
    assert codes(text, "part")["Elevhälsan kallar till ett möte."] == {"part.elevhalsa"}


def test_a_procedure_addressed_to_the_staff_binds_both_principals() -> None:
    # part.alla's `binding_lead_ins`: "När du … gör du så här:"
    lead_in = "När du är orolig för ett barn gör du så här:"
    assert codes(f"{lead_in}\n\n- Prata med barnet.\n", "part")[lead_in] == PRINCIPALS


def test_a_heading_that_names_purpose_and_scope_silences_neither() -> None:
    # the quiet section rule's `unless`: "Syfte, omfattning och begrepp" is three sections;
    # its subsections say which is which
    text = ("## 2 Syfte, omfattning och begrepp\n\n### 2.1 Syfte\n\n"
            "Barn i familjehem ska få vård i tid.\n\n### 2.2 Målgrupper\n\n"
            "Barn som är placerade i familjehem omfattas.\n\n### 2.3 Begrepp\n\n"
            "Placerade barn: barn i familjehem eller HVB.\n")
    found = codes(text, "malgrupp")
    assert found["Barn i familjehem ska få vård i tid."] == set()  # purpose: quiet
    assert found["Barn som är placerade i familjehem omfattas."] == {"mg.placerade"}
    assert found["Placerade barn: barn i familjehem eller HVB."] == {"mg.placerade"}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Huvudmannen för skolan ansvarar för elevhälsans bemanning.", {"part.skola"}),
    ("Huvudmannen för förskolan ska ha rutiner för anmälan.", {"part.forskola"}),
])
def test_a_school_s_principal_by_its_long_name(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted
