"""Synthetic Swedish agreement text of any size, for benchmarks and size tests (own wording)."""

from __future__ import annotations

import random

PARTIES = ["Socialtjänsten", "Elevhälsan", "Förskolan", "Skolan", "Barn- och ungdomspsykiatrin",
           "Barnhälsovården", "Primärvården", "Ungdomsmottagningen", "Habiliteringen",
           "Regionen", "Kommunen"]
VERBS = ["erbjuda", "samordna", "utreda", "dokumentera", "följa upp", "informera om",
         "ansvara för", "planera", "bedöma", "genomföra", "ta initiativ till", "delta i"]
OBJECTS = ["hälsoundersökning av placerade barn", "samordnad individuell plan",
           "stödinsatser i hemmet", "behandling vid psykisk ohälsa", "tidiga insatser",
           "konsultation till skolans personal", "remiss till specialistnivå",
           "uppföljning av avvikelser", "samverkan med vårdnadshavare",
           "insatser för barn som anhöriga", "förebyggande arbete i förskolan",
           "överlämning mellan verksamheter"]
QUALIFIERS = ["inom fyra veckor", "i samråd med vårdnadshavare", "utifrån barnets behov",
              "enligt gällande lagstiftning", "i nära samverkan med berörda parter",
              "när behov uppstår", "för barn och unga 0–20 år", "på ett likvärdigt sätt i länet"]
HEADINGS = ["Inledning", "Bakgrund", "Syfte", "Målgrupp", "Definitioner", "Gemensamma mål",
            "Ansvarsfördelning", "Samordnad individuell plan", "Placerade barn",
            "Ledning och styrning", "Avvikelser", "Uppföljning", "Giltighetstid"]


def sentence(rng: random.Random) -> str:
    """One obligation sentence."""
    strength = rng.choice(["ska", "ska", "bör", "kan"])
    return (f"{rng.choice(PARTIES)} {strength} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(QUALIFIERS)}.")


def make_agreement(n_clauses: int, seed: int = 1) -> list[tuple[str, int, str]]:
    """(kind, level, text) items: headings, paragraphs, lead-ins and 'att ...' items."""
    rng = random.Random(seed)
    items: list[tuple[str, int, str]] = []
    section = 0
    while len(items) < n_clauses:
        items.append(("heading", 1, f"{HEADINGS[section % len(HEADINGS)]} {section // 13 + 1}"))
        section += 1
        for _ in range(rng.randint(1, 3)):
            text = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
            items.append(("paragraph", 0, text))
        items.append(("paragraph", 0, f"{rng.choice(PARTIES)} ansvarar för:"))
        for _ in range(rng.randint(3, 7)):
            items.append(("list_item", 1, f"att {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                                           f"{rng.choice(QUALIFIERS)}"))
    return items[:n_clauses]
