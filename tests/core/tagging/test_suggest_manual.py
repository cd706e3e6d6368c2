"""Conventions of the coding manual (tests/data/agreements/tags/GUIDE.md) that the fifth round
of rules implements, for the voice of a new author: a party that acts after an opening
adverbial, headings that name a party's role, the service whose task a clause opens with,
"vi" under a party's heading. The sentences are written for the tests, not taken from the
corpus; each test names the rule it would catch breaking."""

from __future__ import annotations

import pytest

from tests.core.tagging.test_suggest import codes


@pytest.mark.parametrize(("text", "wanted"), [
    # part.omvand: a fronted clause, a comma, the finite verb, then the party who acts
    ("Om eleven inte kommer tillbaka, kallar rektorn till ett möte.", {"part.skola"}),
    ("När utredningen är klar, skickar socialtjänsten ett beslut till familjen.",
     {"part.socialtjanst"}),
    # a short adverbial of time, frequency or company before the verb
    ("Varje höst följer ledningsgruppen upp rutinen.", {"part.ledning"}),
    ("Kvällstid tar socialjouren emot anmälningar.", {"part.socialtjanst"}),
    ("Tillsammans med familjen gör elevhälsan en plan för återgång.", {"part.elevhalsa"}),
    ("I samband med inskrivningen erbjuder barnhälsovården ett hembesök.", {"part.bhv"}),
])
def test_a_party_that_acts_after_an_opening_adverbial(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize("text", [
    # a preposition or a plural noun ending like a verb is not the verb before the party
    "Varje år görs en plan för elevhälsan.",
    "Vid behov finns stöd för föräldrar socialtjänsten ordnar.",
    "Om barnet vill, finns en kontaktperson för socialtjänsten.",
])
def test_a_word_ending_like_a_verb_does_not_make_the_party_after_it_act(text: str) -> None:
    assert codes(text, "part")[text] == set()


@pytest.mark.parametrize(("heading", "wanted"), [
    ("Socialtjänstens roll", {"part.socialtjanst"}),
    ("Förskolans uppgifter", {"part.forskola"}),
    ("Barnhälsovårdens arbete", {"part.bhv"}),
    ("Vad gör elevhälsan?", {"part.elevhalsa"}),
    ("Regionens åtaganden", {"part.region"}),
])
def test_a_heading_that_names_a_partys_role_gives_that_party(heading: str,
                                                            wanted: set[str]) -> None:
    found = codes(f"## {heading}\n\nUppdraget beskrivs i den lokala planen.\n", "part")
    assert found["Uppdraget beskrivs i den lokala planen."] == wanted


def test_a_heading_that_names_more_than_a_party_gives_none() -> None:
    found = codes("## Socialtjänstens arbete med placerade barn\n\n"
                  "Uppdraget beskrivs i den lokala planen.\n", "part")
    assert found["Uppdraget beskrivs i den lokala planen."] == set()


@pytest.mark.parametrize(("text", "wanted"), [
    # mg.verksamhet: the clause opens with the service acting, wherever it stands
    ("Elevhälsan arbetar med hälsosamtal. Samtalen dokumenteras.", {"mg.skolbarn"}),
    ("Barnhälsovården erbjuder hembesök till alla familjer.", {"mg.sma-barn"}),
    ("Habiliteringen ska ge råd till förskolan.", {"mg.funktionsnedsattning"}),
])
def test_a_clause_that_opens_with_a_services_task_is_about_its_group(
        text: str, wanted: set[str]) -> None:
    assert codes(f"## Samverkan\n\n{text}\n", "malgrupp")[text] == wanted


@pytest.mark.parametrize("text", [
    # another service acts beside it, or the service acts only later in the clause
    "Elevhälsan och BUP har regelbundna möten.",
    "Samtalen dokumenteras i journalen. Elevhälsan arbetar med hälsosamtal.",
    # the service is not the one who acts
    "Socialtjänsten ska informera elevhälsan.",
])
def test_a_service_named_beside_another_or_later_implies_no_group(text: str) -> None:
    assert codes(f"## Samverkan\n\n{text}\n", "malgrupp")[text] == set()


@pytest.mark.parametrize(("text", "wanted"), [
    # part.rubrik: "vi" speaks for the heading's party, beside another party it names
    ("Vi kontaktar socialtjänsten. Socialtjänsten ska svara inom en vecka.",
     {"part.elevhalsa", "part.socialtjanst"}),
    ("Efter mötet skickar vi planen. Socialtjänsten ska svara.",
     {"part.elevhalsa", "part.socialtjanst"}),
    # "vi i socialtjänsten" says itself whom "vi" speaks for
    ("Vi i socialtjänsten ska svara inom en vecka.", {"part.socialtjanst"}),
    # a clause that names no party takes the heading's, "vi" or not
    ("Vår verksamhet följer upp varje ärende.", {"part.elevhalsa"}),
    # "där vi" is no verb before "vi": the named party alone
    ("Socialtjänsten ska svara där vi bor.", {"part.socialtjanst"}),
])
def test_vi_speaks_for_the_headings_party(text: str, wanted: set[str]) -> None:
    assert codes(f"## Elevhälsans ansvar\n\n{text}\n", "part")[text] == wanted


def test_vi_under_a_principals_heading_does_not_add_it_beside_its_own_service() -> None:
    text = "Vi i socialtjänsten ska svara inom en vecka."
    assert codes(f"## Det här gör kommunen\n\n{text}\n", "part")[text] == {
        "part.socialtjanst"}


@pytest.mark.parametrize(("text", "wanted"), [
    # an abbreviation in capitals heads a compound with a hyphen
    ("BVC-sjuksköterskan erbjuder ett hembesök.", {"part.bhv"}),
    ("BUP-läkaren ska delta i mötet.", {"part.bup"}),
    ("Mötet leds av SIP-samordnaren.", set()),
    # names a new author uses for the same services
    ("Socialförvaltningen ska utreda anmälan.", {"part.socialtjanst"}),
    ("Elevhälsoteamet bedömer elevens behov.", {"part.elevhalsa"}),
    ("Skolläkaren gör en första bedömning.", {"part.elevhalsa"}),
    ("Hälsocentralen tar emot barn och unga.", {"part.primarvard"}),
    ("Landstinget ansvarar för vården.", {"part.region"}),
    ("Barn- och utbildningsförvaltningen ansvarar för skolplaceringen.", {"part.skola"}),
])
def test_names_of_services_and_their_compounds(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # part.alla: the first sentence obliges nobody in particular, a later one names a party
    ("En plan ska upprättas inom en månad. Skolan deltar i arbetet.",
     {"part.kommun", "part.region", "part.skola"}),
    ("Den som ser oron ska agera. Socialtjänsten tar emot anmälan.",
     {"part.kommun", "part.region", "part.socialtjanst"}),
    # the obligation naming nobody comes later, or the first sentence obliges a party
    ("Skolan deltar i arbetet. En plan ska upprättas inom en månad.", {"part.skola"}),
    ("Skolan ska delta. Socialtjänsten tar emot anmälan.",
     {"part.skola", "part.socialtjanst"}),
    # a possibility binds nobody
    ("En plan kan upprättas. Skolan deltar i arbetet.", {"part.skola"}),
])
def test_an_opening_obligation_naming_nobody_binds_both_principals_beside_named_parties(
        text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # the manual's own example: "barn till föräldrar med missbruk" -> Barn som anhöriga
    ("Socialtjänsten ska stödja barn till föräldrar med missbruk.", {"mg.anhoriga"}),
    ("Vården ska uppmärksamma barn vars föräldrar har en psykisk sjukdom.",
     {"mg.anhoriga"}),
    # supporting the guardians
    ("Socialtjänsten ska ge stöd till vårdnadshavarna.", {"mg.vardnadshavare"}),
    ("Socialtjänsten ska utreda med vårdnadshavarnas samtycke.", set()),
    # words for the groups a new author may use
    ("BUP ska ge stöd till barn i förskoleåldern.", {"mg.sma-barn"}),
    ("BUP ska ge stöd till spädbarn och deras föräldrar.", {"mg.sma-barn"}),
    ("Socialtjänsten ska erbjuda insatser till skolelever med hög frånvaro.",
     {"mg.skolbarn"}),
    ("Socialtjänsten ska stödja barn som bevittnat våld.", {"mg.vald"}),
    ("Socialtjänsten ska stödja barn som lever med våld.", {"mg.vald"}),
    ("BUP ska utreda barn med adhd.", {"mg.funktionsnedsattning"}),
    ("BUP ska utreda barn med neuropsykiatriska svårigheter.",
     {"mg.funktionsnedsattning"}),
])
def test_target_groups_the_manual_names(text: str, wanted: set[str]) -> None:
    assert codes(f"## Samverkan\n\n{text}\n", "malgrupp")[text] == wanted


@pytest.mark.parametrize("heading", [
    "Överenskommelsens syfte", "Mål och syfte", "Övergripande mål", "Vision",
    "Lagstiftning och styrdokument", "Juridiska förutsättningar",
])
def test_purpose_goals_and_law_get_no_tags(heading: str) -> None:
    text = "Socialtjänsten ska stödja barn som är placerade i familjehem."
    assert codes(f"## {heading}\n\n{text}\n")[text] == set()
    assert codes(f"## Samverkan\n\n{text}\n")[text]  # elsewhere it gets tags


@pytest.mark.parametrize(("text", "wanted"), [
    # part.aligger: where the responsibility lies
    ("Ansvaret för uppföljningen ligger hos socialtjänsten.", {"part.socialtjanst"}),
    ("Huvudansvaret har elevhälsan.", {"part.elevhalsa"}),
    ("Ansvarig för kallelsen är socialtjänsten.", {"part.socialtjanst"}),
    # part.enhet: the party's staff, at or in it, open the sentence
    ("Kuratorn på skolan kontaktar familjen.", {"part.skola"}),
    ("Sjuksköterskan på BVC erbjuder ett hembesök.", {"part.bhv"}),
    ("Läkare inom BUP gör en bedömning.", {"part.bup"}),
    # "både X och Y" opens the sentence as well as "X och Y"
    ("Både skolan och socialtjänsten deltar i mötet.", {"part.skola", "part.socialtjanst"}),
    # a party after a preposition is no subject
    ("Barnet träffar kuratorn på skolan.", set()),
])
def test_who_is_responsible_and_who_acts_for_a_party(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Gemensamt: a joint team or service, set up by the agreement
    ("Huvudmännen ska bilda gemensamma team för unga med missbruk.",
     {"part.kommun", "part.region", "part.gemensamt"}),
    ("Det ska finnas ett samverkansteam i varje kommun.", {"part.gemensamt"}),
    ("Samverkansteamet träffas varje månad.", {"part.gemensamt"}),
])
def test_a_joint_team_is_gemensamt(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("lead_in", "wanted"), [
    # part.ledtext: a lead-in that says whose tasks follow
    ("Förskolans ansvar:", {"part.forskola"}),
    ("Elevhälsans uppdrag är att:", {"part.elevhalsa"}),
    ("BUP:s åtaganden:", {"part.bup"}),
    ("Följande gäller för socialtjänsten:", {"part.socialtjanst"}),
    ("För skolans del innebär det att:", {"part.skola"}),
    # a genitive before another noun says nothing of whose the tasks are
    ("Skolans lokaler används till följande:", set()),
])
def test_a_lead_in_that_says_whose_tasks_follow(lead_in: str, wanted: set[str]) -> None:
    found = codes(f"## Samverkan\n\n{lead_in}\n\n- ordna ett möte\n", "part")
    assert found["ordna ett möte"] == wanted
    assert found[lead_in] == wanted


@pytest.mark.parametrize(("heading", "wanted"), [
    # part.rubrik: the party before a dash or a colon, the topic after it
    ("Socialtjänsten – utredning och insatser", {"part.socialtjanst"}),
    ("Skolan: stöd och anpassningar", {"part.skola"}),
    ("Kapitel 4 Kommunernas ansvar", {"part.kommun"}),
    # a principal beside its own service only says whose it is
    ("Hälso- och sjukvården i regionen", {"part.hs"}),
    # a party after the dash is a topic's, not the heading's party
    ("Stöd – socialtjänsten och skolan", set()),
    ("Fas 1 – Upptäcka", set()),
])
def test_a_heading_that_opens_with_a_party_before_its_topic(heading: str,
                                                           wanted: set[str]) -> None:
    found = codes(f"## {heading}\n\nUppdraget beskrivs i den lokala planen.\n", "part")
    assert found["Uppdraget beskrivs i den lokala planen."] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # a party's genitive before another name opens the sentence with it
    ("Skolans rektor ansvarar för att en utredning görs.", {"part.skola"}),
    ("Socialtjänstens familjehemssekreterare kontaktar skolan.", {"part.socialtjanst"}),
    # part.genom: the principal acts through its service
    ("Regionen, genom BUP, ansvarar för specialiserad vård.", {"part.bup"}),
    # part.aligger: "det är viktigt att X …" gives X the task
    ("Det är viktigt att förskolan och skolan uppmärksammar barnets behov.",
     {"part.forskola", "part.skola"}),
    ("Förskolechefen ser till att personalen får utbildning.", {"part.forskola"}),
])
def test_more_ways_a_new_author_names_who_acts(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # mg.vardnadshavare: informing and involving the guardians, in more words
    ("Vårdnadshavarna ska alltid informeras om planen.", {"mg.vardnadshavare"}),
    ("Information till vårdnadshavarna lämnas samma dag.", {"mg.vardnadshavare"}),
    ("Eleven och vårdnadshavarna bjuds in till ett möte.",
     {"mg.skolbarn", "mg.vardnadshavare"}),
    ("Barnet och vårdnadshavarna bjuds in till ett möte.", {"mg.vardnadshavare"}),
    # a passing mention is not enough
    ("Uppgifter lämnas med vårdnadshavarnas samtycke.", set()),
])
def test_informing_and_involving_the_guardians(text: str, wanted: set[str]) -> None:
    assert codes(f"## Samverkan\n\n{text}\n", "malgrupp")[text] == wanted
