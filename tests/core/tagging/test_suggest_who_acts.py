"""Forms a new author uses that the sixth round of rules reads (resources/tagging/README.md,
round 6): a text written to the staff of a service ("Du som arbetar i förskolan ska:"), a
party acting beside another ("tillsammans med elevhälsan"), a party a relative clause obliges
("…, som ska …"), the steps of a procedure, a party that receives rather than acts. The
sentences are written for the tests, not taken from the corpus; each test names the rule it
would catch breaking."""

from __future__ import annotations

import pytest

from tests.core.tagging.test_suggest import codes


@pytest.mark.parametrize(("text", "wanted"), [
    # part.vi: the text speaks to the staff of a service, or as "we" who work there
    ("Du som arbetar i förskolan ska prata med vårdnadshavarna om din oro.",
     {"part.forskola"}),
    ("Den som arbetar inom socialtjänsten är skyldig att dokumentera samtalet.",
     {"part.socialtjanst"}),
    ("Alla som arbetar på ungdomsmottagningen ska fråga om våld.", {"part.um"}),
    ("Vi som arbetar i elevhälsan följer upp frånvaron varje vecka.", {"part.elevhalsa"}),
    ("Ni som arbetar vid barnhälsovården erbjuder hembesök.", {"part.bhv"}),
    # working *with* someone names no service to work in
    ("Du som arbetar med barn ska känna till rutinen.", {"part.kommun", "part.region"}),
])
def test_a_text_to_the_staff_of_a_service_obliges_that_service(text: str,
                                                                wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_the_items_under_a_lead_in_to_the_staff_take_its_service() -> None:
    found = codes("Du som arbetar inom skolan ska:\n\n- lyssna på eleven\n"
                  "- ta upp oron med rektorn\n", "part")
    assert found == {"Du som arbetar inom skolan ska:": {"part.skola"},
                     "lyssna på eleven": {"part.skola"},
                     "ta upp oron med rektorn": {"part.skola"}}


@pytest.mark.parametrize("lead_in", ["Det här gör elevhälsan:", "Så här gör elevhälsan:",
                                     "Detta gör elevhälsan i varje skola:"])
def test_a_lead_in_saying_what_a_service_does_gives_it_and_not_the_headings_others(
        lead_in: str) -> None:
    # part.ledtext (owner_before): the lead-in names whose work the items are; the heading
    # names two services and gives neither beside it
    found = codes(f"## Skolan och elevhälsan\n\n{lead_in}\n\n- erbjuder hälsobesök\n"
                  "- följer upp frånvaron\n", "part")
    del found["Skolan och elevhälsan"]
    assert found == {lead_in: {"part.elevhalsa"}, "erbjuder hälsobesök": {"part.elevhalsa"},
                     "följer upp frånvaron": {"part.elevhalsa"}}


@pytest.mark.parametrize(("text", "wanted"), [
    # part.skyldighet: a relative clause after a comma obliges the party before it
    ("Planen skickas till styrgruppen, som ska besluta inom en månad.", {"part.ledning"}),
    ("Eleven remitteras till BUP, som ansvarar för den fortsatta bedömningen.",
     {"part.bup"}),
    ("Ärendet går vidare till socialtjänsten, som då ska kalla till ett möte.",
     {"part.socialtjanst"}),
    # without the comma the clause only says which one is meant: nobody is obliged by it
    ("Kontakten tas med den skola som barnet går i.", set()),
])
def test_a_relative_clause_after_a_comma_obliges_the_party_before_it(
        text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize("lead_in", [
    "När ett barn placeras gäller följande:",
    "Vid en avvikelse gäller särskilt följande:",
    "Avvikelser hanteras enligt följande:",
    "Tvister löses i följande ordning:",
])
def test_the_steps_of_a_procedure_bind_both_principals(lead_in: str) -> None:
    # part.alla (procedures): a step that names no party, under a procedure's lead-in
    found = codes(f"{lead_in}\n\n- Ärendet dokumenteras samma dag.\n"
                  "- Skolan kallar till ett möte.\n", "part")
    assert found["Ärendet dokumenteras samma dag."] == {"part.kommun", "part.region"}
    assert found["Skolan kallar till ett möte."] == {"part.skola"}


def test_a_lead_in_that_is_no_procedure_gives_its_steps_nothing() -> None:
    found = codes("Följande gäller för socialtjänsten:\n\n- Ärendet dokumenteras.\n",
                  "part")
    assert found["Ärendet dokumenteras."] == {"part.socialtjanst"}
    found = codes("Exempel på sådana insatser:\n\n- Samtal med familjen.\n", "part")
    assert found["Samtal med familjen."] == set()


@pytest.mark.parametrize(("text", "wanted"), [
    # part.subjekt (not_after): a party that receives is not the one who acts
    ("Socialtjänsten ska få en kopia av planen.", set()),
    ("Förskolan får råd om hur miljön kan anpassas.", set()),
    ("Elevhälsan ska alltid få information om beslutet.", set()),
    # "får" before a verb is a possibility the party has: it acts
    ("Förskolan får kontakta barnhälsovården.", {"part.forskola"}),
    ("Socialtjänsten ska ge skolan information om beslutet.", {"part.socialtjanst"}),
])
def test_a_party_that_receives_something_is_not_obliged(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_a_receiving_party_leaves_the_item_its_lead_ins_party() -> None:
    found = codes("Hälso- och sjukvården ansvarar för att:\n\n"
                  "- hjälpmedel provas ut, och skolan får råd om anpassningar\n", "part")
    assert found["hjälpmedel provas ut, och skolan får råd om anpassningar"] == {"part.hs"}


@pytest.mark.parametrize(("text", "wanted"), [
    # part.omvand: the finite verb and the party after "därför", "med …", "utan …"
    ("Därför erbjuder elevhälsan samtal varje vecka.", {"part.elevhalsa"}),
    ("Med elevens samtycke kontaktar skolan barnhälsovården.", {"part.skola"}),
    ("Utan dröjsmål informerar socialtjänsten vårdnadshavarna.", {"part.socialtjanst"}),
    # a plural noun ending like a verb is not the verb before the party
    ("Med föräldrar socialtjänsten inte når sker kontakten brevledes.", set()),
])
def test_a_party_that_acts_after_därför_or_a_fronted_with(text: str,
                                                          wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # part.subjekt (units): a principal, like its staff, is the service acting
    ("Förskolans huvudman ansvarar för att stödet ges.", {"part.forskola"}),
    ("Skolans huvudmän ska erbjuda fortbildning om psykisk ohälsa.", {"part.skola"}),
    # part.aligger: whom an obligation applies to ("Skyldigheten gäller X")
    ("Skyldigheten gäller socialtjänsten och hälso- och sjukvården.",
     {"part.socialtjanst", "part.hs"}),
    ("Ansvaret gäller även elevhälsan.", {"part.elevhalsa"}),
    # "gäller" after any other subject does not say who is obliged
    ("Sekretessen gäller socialtjänstens uppgifter.", set()),
])
def test_a_principal_and_those_an_obligation_applies_to(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # part.genom (not_after): the service after "ser till att" acts …
    ("Kommunen ser till att skolan erbjuder läxhjälp.", {"part.skola"}),
    # … unless it is done to, or only gets to know: then the principal acts
    ("Kommunen ser till att skolan informeras om placeringen.", {"part.kommun"}),
    ("Regionen ser till att elevhälsan, om vårdnadshavarna samtycker, får veta resultatet.",
     {"part.region"}),
    ("Kommunen ser till att förskolan vet vem den ska ringa.", {"part.kommun"}),
])
def test_a_service_done_to_is_not_the_principals_agent(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_a_party_given_a_commission_is_obliged_and_so_are_the_items_under_it() -> None:
    # part.skyldighet (verbs): "har i uppdrag", "har till uppgift"
    found = codes("Styrgruppen har särskilt i uppdrag att:\n\n- följa upp rutinerna\n"
                  "- besluta om ändringar\n", "part")
    assert found == {"Styrgruppen har särskilt i uppdrag att:": {"part.ledning"},
                     "följa upp rutinerna": {"part.ledning"},
                     "besluta om ändringar": {"part.ledning"}}
    text = "Elevhälsan har till uppgift att stödja elevernas utveckling."
    assert codes(text, "part")[text] == {"part.elevhalsa"}


def test_a_word_ending_like_an_abbreviation_still_ends_its_sentence() -> None:
    from app.core.tagging.matching import sentences
    # "st." (stycke) is an abbreviation only as a word of its own
    assert [s for _, s in sentences("Remissen går till socialtjänst. Skolan svarar senast. "
                                    "Se 3 kap. 5 st. Lagen gäller.")] == [
        "Remissen går till socialtjänst.", "Skolan svarar senast.",
        "Se 3 kap. 5 st. Lagen gäller."]
    text = "Eleven remitteras till BUP eller socialtjänst. Socialtjänsten erbjuder samtal."
    assert codes(text, "part")[text] == {"part.socialtjanst"}
