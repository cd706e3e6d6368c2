"""Two fictional counties' agreements saying much the same in other words, with true pairs."""

from __future__ import annotations

Item = tuple[str, int, str]

# (key, kind, level, text): clauses sharing a key mean the same; key None = no counterpart.
NORRVIK: list[tuple[str | None, str, int, str]] = [
    ("h-syfte", "heading", 1, "Syfte"),
    ("syfte", "paragraph", 0, "Överenskommelsen ska säkerställa att barn och unga får samordnade "
                              "insatser från kommun och region i rätt tid."),
    ("h-malgrupp", "heading", 1, "Målgrupp"),
    ("malgrupp", "paragraph", 0, "Överenskommelsen omfattar barn och unga 0–18 år med psykisk, "
                                 "fysisk eller social ohälsa."),
    ("placerade", "paragraph", 0, "För barn som vårdas utanför det egna hemmet gäller "
                                  "överenskommelsen till och med 20 års ålder."),
    ("h-ansvar", "heading", 1, "Ansvarsfördelning"),
    ("lead-hs", "paragraph", 0, "Hälso- och sjukvården ansvarar för:"),
    ("hs-utredning", "list_item", 1, "att utreda och behandla psykisk ohälsa hos barn och unga"),
    ("hs-halsoundersokning", "list_item", 1, "att erbjuda hälsoundersökning av barn som placeras "
                                             "i familjehem eller HVB"),
    ("hs-konsult", "list_item", 1, "att ge konsultation till elevhälsan i frågor om barnets hälsa"),
    ("lead-soc", "paragraph", 0, "Socialtjänsten ansvarar för:"),
    ("soc-utreda", "list_item", 1, "att utreda barnets behov av skydd och stöd"),
    ("soc-foraldrar", "list_item", 1, "att erbjuda föräldrar stöd i föräldraskapet"),
    ("soc-sip", "list_item", 1, "att kalla till samordnad individuell plan när barnet behöver "
                                "insatser från flera huvudmän"),
    ("lead-skola", "paragraph", 0, "Skolan ansvarar för:"),
    ("skola-elevhalsa", "list_item", 1, "att elevhälsan arbetar förebyggande och "
                                        "hälsofrämjande"),
    ("skola-anpassning", "list_item", 1, "att anpassa undervisningen för elever med "
                                         "funktionsnedsättning"),
    (None, "paragraph", 0, "Norrviks kommuner bekostar gemensamt en länssamordnare för "
                           "barnfrågor."),
    ("h-avvikelse", "heading", 1, "Avvikelser"),
    ("avvikelse", "paragraph", 0, "Brister i samverkan rapporteras som avvikelse till den "
                                  "huvudman som ansvarar för verksamheten."),
    (None, "paragraph", 0, "Överenskommelsen gäller från och med den 1 januari och tills "
                           "vidare."),
]

VASTERA: list[tuple[str | None, str, int, str]] = [
    ("h-malgrupp", "heading", 1, "Vilka omfattas"),
    ("malgrupp", "paragraph", 0, "Målgruppen är barn och ungdomar upp till 18 år som har "
                                 "fysisk, psykisk eller social ohälsa."),
    ("placerade", "paragraph", 0, "Barn och unga som vårdas utanför hemmet omfattas upp till "
                                  "och med 20 år."),
    ("h-syfte", "heading", 1, "Syfte med överenskommelsen"),
    ("syfte", "paragraph", 0, "Syftet är att barn och unga i rätt tid ska få insatser som "
                              "kommunen och regionen samordnar."),
    ("h-ansvar", "heading", 1, "Vem ansvarar för vad"),
    ("lead-soc", "paragraph", 0, "Socialnämnden ska:"),
    ("soc-sip", "list_item", 1, "ta initiativ till SIP när barnet behöver insatser från både "
                                "kommun och region"),
    ("soc-utreda", "list_item", 1, "utreda barns behov av skydd och stöd"),
    ("soc-foraldrar", "list_item", 1, "erbjuda vårdnadshavare föräldraskapsstöd"),
    ("lead-hs", "paragraph", 0, "Regionen ska:"),
    ("hs-halsoundersokning", "list_item", 1, "genomföra hälsoundersökning av barn som placeras "
                                             "i familjehem eller hem för vård eller boende"),
    ("hs-utredning", "list_item", 1, "utreda och behandla barns och ungas psykiska ohälsa"),
    (None, "list_item", 1, "driva en länsgemensam mottagning för barn med "
                           "sömnsvårigheter"),
    ("lead-skola", "paragraph", 0, "Skolan ska:"),
    ("skola-elevhalsa", "list_item", 1, "se till att elevhälsan främst arbetar förebyggande och "
                                        "hälsofrämjande"),
    ("h-avvikelse", "heading", 1, "Avvikelsehantering"),
    ("avvikelse", "paragraph", 0, "När samverkan brister rapporteras en avvikelse till "
                                  "ansvarig huvudman för verksamheten."),
]


def items(entries: list[tuple[str | None, str, int, str]]) -> list[Item]:
    """The (kind, level, text) items of one agreement."""
    return [(kind, level, text) for _, kind, level, text in entries]


def true_pairs() -> set[tuple[int, int]]:
    """(Norrvik index, Västerå index) of clauses that mean the same."""
    index = {key: i for i, (key, *_rest) in enumerate(VASTERA) if key}
    return {(i, index[key]) for i, (key, *_rest) in enumerate(NORRVIK) if key and key in index}
