"""The seventh round of rules: the present tense of a handbook ("Den som är orolig gör en
anmälan"), a relative clause that says what a party does, a party after "För …" and its verb,
lists of bodies in which only some are parties, staff and services named by their own words
("Barnmorskan", "Familjerätten", "Första linjen"), and pupils as a target group. The sentences
are written for the tests, not taken from the corpus; each test names the rule it would catch
breaking."""

from __future__ import annotations

import pytest

from tests.core.tagging.test_suggest import codes

PRINCIPALS = {"part.kommun", "part.region"}


@pytest.mark.parametrize(("text", "wanted"), [
    # part.alla's `whoever`, also without "ska": the handbook's present tense obliges
    ("Den som upptäcker tecken på våld kontaktar socialtjänsten samma dag.", PRINCIPALS),
    ("Den medarbetare som tar emot frågan dokumenterar den i journalen.", PRINCIPALS),
    ("Anmälaren berättar för familjen vad som händer härnäst.", PRINCIPALS),
    ("Medarbetaren rådgör med sin chef innan uppgifter lämnas ut.", PRINCIPALS),
    # a sentence about "den som" that names who acts keeps that party
    ("Skolan kontaktar den som har kallat till mötet.", {"part.skola"}),
])
def test_whoever_a_present_tense_sentence_concerns(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_a_present_tense_sentence_that_names_nobody_obliges_nobody() -> None:
    text = "Barnet får stöd i sin vardag."
    assert codes(text, "part")[text] == set()


@pytest.mark.parametrize(("text", "wanted"), [
    # part.subjekt: ", som" and a present-tense verb: the party before it does that
    ("Förskolan kontaktar barnhälsovården, som gör en bedömning av barnets utveckling.",
     {"part.forskola", "part.bhv"}),
    ("Skolan skickar frågan till elevhälsan, som därefter erbjuder samtal.",
     {"part.skola", "part.elevhalsa"}),
    # a verb of being or having only describes the party (`not_relative`)
    ("Skolan kontaktar barnhälsovården, som har journalen.", {"part.skola"}),
    ("Skolan vänder sig till BUP, som ligger i Storstad.", {"part.skola"}),
])
def test_a_relative_clause_says_what_the_party_before_it_does(text: str,
                                                             wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # part.omvand: "För …" opens the sentence, the verb follows, then the party
    ("För barn med skyddade personuppgifter ordnar socialtjänsten ett särskilt möte.",
     {"part.socialtjanst"}),
    # "För att …" is a clause of purpose, not a fronted adverbial without a comma
    ("För att barnet ska få stöd behöver skolan veta mer.", set()),
])
def test_a_party_after_an_opening_for(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


def test_bodies_that_are_no_party_do_not_break_a_list_of_parties() -> None:
    text = "Vid misstanke om övergrepp samråder socialtjänsten, polisen, åklagaren och BUP."
    assert codes(text, "part")[text] == {"part.socialtjanst", "part.bup"}


@pytest.mark.parametrize(("text", "wanted"), [
    ("Barnmorskan erbjuder den blivande föräldern ett extra samtal.", {"part.mhv"}),
    ("Ungdomsmottagningens barnmorska erbjuder rådgivning.", {"part.um"}),
    ("Familjerätten erbjuder samarbetssamtal.", {"part.socialtjanst"}),
    ("Första linjen tar emot barn med lindrig psykisk ohälsa.", {"part.primarvard"}),
    ("Huvudmannen för skolväsendet ansvarar för skolskjutsen.", {"part.skola"}),
    # part.enhet with an adjective before the unit
    ("Den behandlande enheten på BUP planerar överlämningen.", {"part.bup"}),
])
def test_staff_and_services_by_their_own_names(text: str, wanted: set[str]) -> None:
    assert codes(text, "part")[text] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # mg.skolbarn.ord: a pupil is a child of school age (the coding manual)
    ("Mentorn kontaktar eleven samma dag.", {"mg.skolbarn"}),
    ("Regionen erbjuder alla elever i årskurs 8 ett hälsosamtal.", {"mg.skolbarn"}),
    # a word that only begins like it is no pupil
    ("Styrgruppen följer upp elevhälsoarbetet varje år.", set()),
])
def test_pupils_are_children_of_school_age(text: str, wanted: set[str]) -> None:
    assert codes(text, "malgrupp")[text] == wanted


def test_a_service_acting_after_an_opening_clause_implies_its_group() -> None:
    # mg.verksamhet: the preschool acts (part.omvand), so its task is about small children
    text = "Om personalen ser tecken på oro, samtalar förskolan med vårdnadshavarna."
    assert "mg.sma-barn" in codes(text, "malgrupp")[text]
