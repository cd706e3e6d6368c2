"""The evidence of a candidate pair read from the clauses' form (evidence.py)."""

from __future__ import annotations

from app.core.alignment.evidence import FEATURES, gather
from app.core.alignment.similarity import FeatureCache, Vectors
from tests.builders.documents import make_document


def _evidence() -> dict[tuple[int, int], dict[str, float]]:
    a = make_document([("heading", 1, "Socialtjänsten"),
                       ("paragraph", 0, "Socialtjänsten ansvarar för:"),
                       ("list_item", 1, "att utreda barnets behov av stöd"),
                       ("paragraph", 0, "Socialtjänsten utreder barnets behov av stöd och "
                                        "skyddet i hemmet, med vårdnadshavarnas samtycke.")],
                      "fa")
    b = make_document([("heading", 1, "Socialtjänsten"),
                       ("paragraph", 0, "Socialtjänsten ska:"),
                       ("list_item", 1, "utreda barnets behov av stöd")], "fb")
    vectors = Vectors([a.clauses, b.clauses], FeatureCache())
    found = gather(vectors, 0, 1, a.clauses, b.clauses)
    return {(int(i), int(j)): dict(zip(FEATURES, map(float, row), strict=True))
            for i, j, row in zip(found.rows, found.columns, found.features, strict=True)}


def test_lead_ins_agree_with_lead_ins_and_items_with_items() -> None:
    evidence = _evidence()
    assert evidence[(1, 1)]["lead_in"] == 1.0  # two lead-ins
    assert evidence[(2, 2)]["lead_in"] == 0.0  # two items
    assert evidence[(3, 1)]["lead_in"] == -1.0  # a paragraph and a lead-in
    assert evidence[(2, 2)]["under_lead_in"] == 1.0  # both stand under a lead-in
    assert evidence[(3, 2)]["under_lead_in"] == 0.0  # only one does


def test_clauses_of_unlike_length_weigh_against_a_pair() -> None:
    evidence = _evidence()
    assert evidence[(2, 2)]["length"] > -0.2  # about as long
    assert evidence[(3, 2)]["length"] < -1.0  # three times as long
