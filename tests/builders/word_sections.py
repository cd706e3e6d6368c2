"""Two short documents, written for the tests, in structures the sample agreements lack.

`CHAPTERS`: "N kap." chapter headings above "§ N" headings (a law-like outline), for the
bold-heading layouts: Word reads a chapter's level from its typed number, a section's from its
size. `STEPS`: each section a paragraph followed at once by numbered steps of one list that
runs through the whole document (1., 2., ... past 10), for layouts without space between
paragraphs: a step that follows a paragraph has no gap, no lead-in and no label before it in
its section; only its indent shows it is no wrapped line. The paragraphs before the steps
grow by one short word from section to section, so that some end on a full line.
"""

from __future__ import annotations

from tests.builders.word_agreements import MdBlock

_CHAPTERS = (
    ("Allmänna bestämmelser", (
        ("Parter", "Överenskommelsen gäller mellan Region Lövsjö och de fem kommunerna i "
                   "länet. Var och en av parterna beslutar själv hur uppdraget fördelas mellan "
                   "de egna nämnderna och förvaltningarna."),
        ("Syfte", "Syftet är att barn och unga som behöver stöd från flera verksamheter ska "
                  "få det samordnat, i rätt tid och utan att familjen själv behöver bära "
                  "information mellan dem."),
    )),
    ("Regionens åtaganden", (
        ("Hälso- och sjukvården", "Regionen ansvarar för att vårdcentraler, "
                                  "barnavårdscentraler och ungdomsmottagningar uppmärksammar "
                                  "barn som far illa och tar kontakt med socialtjänsten när "
                                  "det behövs."),
        ("Barn- och ungdomspsykiatrin", "Barn- och ungdomspsykiatrin tar emot remisser från "
                                        "elevhälsan och socialtjänsten och ger råd i enskilda "
                                        "ärenden även innan en remiss har skickats."),
    )),
    ("Kommunernas åtaganden", (
        ("Socialtjänsten", "Socialtjänsten utreder barnets behov av skydd och stöd och kallar "
                           "till samordnad individuell plan när insatser från regionen "
                           "behövs samtidigt."),
        ("Förskola och skola", "Förskolan och skolan anpassar verksamheten efter barnets "
                               "behov och tar hjälp av elevhälsan när anpassningarna inte "
                               "räcker till."),
    )),
    ("Uppföljning och giltighet", (
        ("Uppföljning", "Parterna följer upp överenskommelsen varje år i den gemensamma "
                        "ledningsgruppen och redovisar resultatet till nämnderna före "
                        "utgången av mars."),
        ("Giltighetstid", "Överenskommelsen gäller till och med utgången av år 2028 och "
                          "förlängs med två år i taget om ingen part säger upp den."),
    )),
)

CHAPTERS: list[MdBlock] = [
    MdBlock("title", "Överenskommelse om samverkan för barn och unga i Lövsjö län"),
    MdBlock("paragraph", "Överenskommelsen har antagits av regionstyrelsen och av "
                         "kommunstyrelserna i länets fem kommuner och ersätter den tidigare "
                         "överenskommelsen från år 2021."),
]
_section = 0
for _chapter, (_name, _sections) in enumerate(_CHAPTERS, start=1):
    CHAPTERS.append(MdBlock("heading", f"{_chapter} kap. {_name}", 1))
    for _title, _text in _sections:
        _section += 1
        CHAPTERS.append(MdBlock("heading", f"§ {_section} {_title}", 2))
        CHAPTERS.append(MdBlock("paragraph", _text))
        CHAPTERS.append(MdBlock("bullet", "Parterna informerar varandra om ändringar som "
                                          "berör den här paragrafen."))
        CHAPTERS.append(MdBlock("paragraph", "Frågor om tolkningen avgörs i första hand av "
                                             "den gemensamma ledningsgruppen."))

_SITUATIONS = (
    "När en förälder söker hjälp",
    "När förskolan eller skolan är orolig",
    "När ett barn blir inlagt på sjukhus",
    "När ett barn flyttar eller placeras",
    "När insatserna avslutas",
)
_LEAD = ("Den verksamhet som först får kännedom om situationen ansvarar för att nästa steg "
         "tas, och ingen verksamhet lämnar familjen innan en annan har tagit över")
_TAIL = ("så att barnet och familjen får ett gott och samlat stöd av oss i hela länet när de "
         "ber om det och även när de inte gör det men ändå har behov av det för att kunna gå "
         "i skolan och ha en trygg vardag hemma")
_STEPS = (
    "Den som tar emot familjen lyssnar på vad föräldern och barnet själva beskriver.",
    "Verksamheten frågar vilket stöd familjen redan har och av vem.",
    "Verksamheten bedömer tillsammans med familjen om fler verksamheter behöver delta.",
    "Verksamheten frågar efter samtycke till att kontakta de andra verksamheterna.",
    "Ansvarig medarbetare bokar ett gemensamt möte inom två veckor.",
    "Den som kallar skickar en sammanfattning till alla som deltar i mötet.",
    "Verksamheterna följer upp det som bestämts vid nästa möte eller tidigare.",
)

STEPS: list[MdBlock] = [
    MdBlock("title", "Rutin för samordnat stöd till barn i Lövsjö län"),
    MdBlock("paragraph", "Rutinen beskriver i numrerade steg vem som gör vad i några vanliga "
                         "situationer. Stegen numreras i en följd genom hela rutinen så att "
                         "de kan hänvisas till med sitt nummer."),
]
for _index, _situation in enumerate(_SITUATIONS):
    STEPS.append(MdBlock("heading", _situation, 1))
    for _step, _text in enumerate(_STEPS):
        _words = len(_STEPS) * _index + _step + 1
        STEPS.append(MdBlock("paragraph", f"{_LEAD} {' '.join(_TAIL.split()[:_words])}."))
        STEPS.append(MdBlock("numbered", _text))
