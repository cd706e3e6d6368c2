"""Age bands as each document states them, marked where they differ from the base, and the
obligations ("ska") nobody is tagged as owning."""

from __future__ import annotations

from app.core.coverage.ages import age_bands
from app.core.coverage.obligations import unowned_obligations
from app.core.documents.model import Document
from app.core.tagging.clause_facts import StrengthFinder, age_ranges
from app.core.tagging.codebook import CodeId, default_codebook
from app.core.tagging.rules import default_rules
from tests.builders.documents import item, make_document

BOOK, RULES = default_codebook(), default_rules()
PLACED, ILL, YOUNG = CodeId("mg.placerade"), CodeId("mg.ohalsa"), CodeId("mg.unga-vuxna")


def doc(doc_id: str, *texts: str) -> Document:
    return make_document([item("paragraph", t) for t in texts], doc_id)


def test_age_ranges_read_the_ways_agreements_write_them() -> None:
    spans = [(r.low, r.last) for r in age_ranges(
        "Barn 0–18 år, placerade till och med 20 år, unga upp till 25 år och barn under 18 år.")]
    assert spans == [(0, 18), (None, 20), (None, 25), (None, 17)]
    assert age_ranges("Inga åldrar här.") == []


def test_each_document_states_its_own_band_and_differences_from_the_base_are_marked() -> None:
    base = doc("bas", "Barn och unga 0–20 år som vårdas utanför hemmet.",
               "Målgruppen är barn 0–17 år med psykisk ohälsa.")
    same = doc("lika", "Placerade barn till och med 20 år.")
    other = doc("annan", "Placerade barn och unga 0–18 år.",
                "Ungdomsmottagningen tar emot unga upp till 25 år.")
    codes = {base.clauses[0].id: (PLACED,), base.clauses[1].id: (ILL,),
             same.clauses[0].id: (PLACED,), other.clauses[0].id: (PLACED,)}
    rows = {r.code: r for r in age_bands((base, same, other), 0, BOOK, RULES, codes)}
    placed = rows[PLACED]
    assert [placed.spans(i) for i in range(3)] == [((0, 20),), ((0, 20),), ((0, 18),)]
    assert placed.mismatch == (False, False, True)
    assert placed.stated[2][0].clause_id == other.clauses[0].id
    assert rows[ILL].spans(0) == ((0, 17),) and rows[ILL].mismatch == (False, False, False)
    # Not tagged: the age rule's nearest target group; the base states none, so it differs.
    assert rows[YOUNG].spans(2) == ((0, 25),) and rows[YOUNG].mismatch == (False, False, True)
    assert list(rows) == [c.id for c in BOOK.in_facet("malgrupp") if c.id in rows], \
        "rows in codebook order"


def test_a_clause_with_two_target_groups_gives_its_age_to_the_nearest_band() -> None:
    base = doc("bas", "Barn och unga 0–20 år i familjehem med psykisk ohälsa.")
    rows = {r.code: r for r in age_bands((base,), 0, BOOK, RULES,
                                         {base.clauses[0].id: (ILL, PLACED)})}
    assert set(rows) == {PLACED}


def test_obligations_without_a_party_tag_are_listed_in_document_order() -> None:
    first = make_document([item("heading", "Socialtjänsten ska", 1),
                           item("paragraph", "Socialtjänsten ansvarar för:"),
                           item("list_item", "att utreda barns behov"),
                           item("paragraph", "Regionen ska erbjuda hälsoundersökning."),
                           item("paragraph", "Skolan kan ta emot konsultation.")], "ett")
    second = doc("tva", "Huvudmännen ska ta fram rutiner.")
    by_text = {c.text: c.id for c in first.clauses}
    codes = {by_text["Regionen ska erbjuda hälsoundersökning."]: (CodeId("part.region"),),
             by_text["Skolan kan ta emot konsultation."]: (CodeId("mg.skolbarn"),)}
    found = unowned_obligations((first, second), BOOK, codes, StrengthFinder(RULES))
    assert [(u.document, u.text, u.words) for u in found] == [
        (0, "Socialtjänsten ansvarar för:", ("ansvarar",)),
        (0, "att utreda barns behov", ("ansvarar",)),  # its lead-in makes it one
        (1, "Huvudmännen ska ta fram rutiner.", ("ska",))]
