"""The Swedish words of the exported draft (a Swedish document, like the comparison report)
and of the CLI's draft listings: provenance, tags, versions, the title page."""

from __future__ import annotations

from app.core.draft.model import SourceRef
from app.core.draft.tags import TagLabel

WORKING_VERSION = "Arbetsversion"
CONTENTS = "Innehåll"
APPENDIX = "Bilaga: Klausuler, taggar och källor"
APPENDIX_COLUMNS = ("Klausul", "Taggar", "Källor")
DATE, AUTHORS, VERSION, TRACKED = "Datum", "Författare", "Version", "Ändringar markerade mot"
TOC_HINT = "Uppdatera innehållsförteckningen i Word med F9."
COMMENT_AUTHOR, COMMENT_INITIALS = "Klausul", "KL"


def working_version_after(label: str) -> str:
    return f"{WORKING_VERSION} efter {label}"


def provenance_words(origin: SourceRef | None, edited: bool) -> str:
    """The provenance as the Swedish document says it: "Från Region Jönköpings län,
    4.2 Socialtjänsten, punkt 3" (and whether the group reworded it)."""
    if origin is None:
        return "Ny text skriven av arbetsgruppen"
    parts = [f"Från {origin.origin_name}"]
    if origin.heading:
        parts.append(origin.heading)
    if origin.kind == "list_item":
        if origin.lead_in:
            parts.append(origin.lead_in)
        parts.append(f"punkt {origin.ordinal}")
    elif origin.kind in ("paragraph", "table_cell"):
        parts.append(f"stycke {origin.ordinal}")
    words = ", ".join(parts)
    return f"{words} (bearbetad av arbetsgruppen)" if edited else words


def tag_words(tags: tuple[TagLabel, ...]) -> str:
    """"Taggar: Part: Socialtjänst, BUP; Målgrupp: …", or that there are none."""
    if not tags:
        return "Taggar: inga"
    facets: dict[str, list[str]] = {}
    for tag in tags:
        facets.setdefault(tag.facet, []).append(tag.name)
    return "Taggar: " + "; ".join(f"{facet}: {', '.join(names)}"
                                  for facet, names in facets.items())
