"""The UI's words for the core's data: row statuses, edit kinds, refusals, locations, errors.

The core speaks data (enums, values); this is the one table that turns it into text the
user reads, in Swedish or, through the translation catalogue, English."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.alignment.comparison import FilterKind
from app.core.alignment.manager import LinkRefusal
from app.core.alignment.model import RowStatus
from app.core.alignment.statuses import CellStatus, RowState
from app.core.decisions.model import DecisionStatus
from app.core.documents.model import ClauseKind, Location
from app.core.draft.refusals import DraftRefusal
from app.core.edit import Edit, EditKind
from app.core.errors import (
    DocumentReadError,
    DocumentWarning,
    KlausulError,
    ProjectError,
    ProjectProblem,
)
from app.core.tagging.codebook_ops import CodebookRefusal
from app.core.tagging.errors import TagFileError
from app.core.tagging.model import Strength

if TYPE_CHECKING:  # the draft's values load with the draft, not with the words table
    from app.core.draft.model import ProposalKind, ProposalStatus, SourceRef

translate = QCoreApplication.translate  # lupdate reads translate("Wording", "...") calls


def local_time(stamp: str) -> str:
    """An ISO time as the user reads it: local time, to the minute ("2026-12-01 14:01");
    a stamp that is not ISO is shown as it is."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def english() -> bool:
    """True when the UI speaks English (the core's own wordings then use English too)."""
    return QLocale().language() == QLocale.Language.English


def status_label(status: RowStatus) -> str:
    """A row status as the comparison, the overview and the filters name it."""
    labels: dict[RowStatus, str] = {
        "identical": translate("Wording", "Lika"),
        "changed": translate("Wording", "Ändrad"),
        "moved": translate("Wording", "Flyttad"),
        "added": translate("Wording", "Tillagd"),
        "removed": translate("Wording", "Saknas"),
        "partial": translate("Wording", "Delad/sammanslagen"),
    }
    return labels[status]


def cell_status_label(status: CellStatus) -> str:
    """A cell's status against the base, as cells, the legend and the details name it."""
    labels: dict[CellStatus, str] = {
        "base": translate("Wording", "Bas"),
        "identical": translate("Wording", "Lika"),
        "changed": translate("Wording", "Ändrad"),
        "moved": translate("Wording", "Flyttad"),
        "missing": translate("Wording", "Saknas"),
        "added": translate("Wording", "Tillagd"),
        "empty": translate("Wording", "Tom"),
    }
    return labels[status]


def row_state_label(state: RowState) -> str:
    """A row's state over the shown documents, as the status column names it."""
    labels: dict[RowState, str] = {
        "identical": translate("Wording", "Lika"),
        "changed": translate("Wording", "Ändrad"),
        "moved": translate("Wording", "Flyttad"),
        "missing": translate("Wording", "Saknas"),
        "added": translate("Wording", "Saknas i basen"),
        "base_only": translate("Wording", "Bara basen"),
        "empty": translate("Wording", "Tom"),
    }
    return labels[state]


def filter_label(kind: FilterKind, name: str = "") -> str:
    """A row filter as the filter menu names it; `name` is the document of a "document"
    filter."""
    labels: dict[FilterKind, str] = {
        "all": translate("Wording", "Alla rader"),
        "differences": translate("Wording", "Bara skillnader mot basen"),
        "gaps": translate("Wording", "Bara luckor i basen"),
        "wording": translate("Wording", "Bara ändrad lydelse"),
        "document": translate("Wording", "Bara där %1 skiljer sig"),
    }
    return labels[kind].replace("%1", name)


def ignore_label(field: str) -> str:
    """An ignore option (a DiffOptions field) as the menu names it."""
    labels = {
        "ignore_case": translate("Wording", "&Skiftläge (stora och små bokstäver)"),
        "ignore_whitespace": translate("Wording", "&Blanksteg"),
        "ignore_punctuation": translate("Wording", "S&kiljetecken"),
        "ignore_numbering": translate("Wording", "&Numrering (1.2, a) …)"),
    }
    return labels[field]


def document_kind_label(kind: str, short: bool = False) -> str:
    """What a document is to the group; `short` for narrow columns."""
    if short:
        labels = {"other": translate("Wording", "Annan region"),
                  "draft": translate("Wording", "Vårt utkast"),
                  "current": translate("Wording", "Nuvarande")}
    else:
        labels = {"other": translate("Wording", "Annan regions överenskommelse"),
                  "draft": translate("Wording", "Vårt utkast"),
                  "current": translate("Wording", "Vår nuvarande överenskommelse")}
    return labels.get(kind, kind)


def placeholder(status: CellStatus | None) -> str:
    """What a cell without a clause says: missing here (the base has one), or nothing."""
    if status == "missing":
        return translate("Wording", "– saknas här –")
    return "–" if status != "empty" else ""


def kind_label(kind: ClauseKind) -> str:
    """What kind of clause it is, in lower case."""
    labels: dict[ClauseKind, str] = {
        "heading": translate("Wording", "rubrik"),
        "paragraph": translate("Wording", "stycke"),
        "list_item": translate("Wording", "listpunkt"),
        "table_cell": translate("Wording", "tabellcell"),
    }
    return labels[kind]


def location_text(location: Location | None) -> str:
    """'tabell 2, rad 3', 'sida 4', 'stycke 7', 'rad 12' (a line of a text file), 'textruta 1
    vid stycke 3', 'formulärfält på sida 2', 'anteckning på sida 2', or '–'."""
    if location is None:
        return "–"
    if location.kind == "table":
        return translate("Wording", "tabell %1, rad %2").replace(
            "%1", str(location.number)).replace("%2", str(location.row))
    if location.kind == "text_box":
        return translate("Wording", "textruta %1 vid stycke %2").replace(
            "%1", str(location.number)).replace("%2", str(location.row))
    words = {"page": translate("Wording", "sida %1"),
             "paragraph": translate("Wording", "stycke %1"),
             "line": translate("Wording", "rad %1", "line of a text file"),
             "form_field": translate("Wording", "formulärfält på sida %1"),
             "annotation": translate("Wording", "anteckning på sida %1",
                                     "a PDF annotation (a note or text placed on the page)")}
    return words[location.kind].replace("%1", str(location.number))


def edit_name(edit: Edit) -> str:
    """The undo/redo text of an edit: short, so the toolbar button stays narrow."""
    names = {
        EditKind.ADD_DOCUMENT: translate("Wording", "Lägg till %1"),
        EditKind.REMOVE_DOCUMENT: translate("Wording", "Ta bort %1"),
        EditKind.SET_DOCUMENT_META: translate("Wording", "Ändra dokumentuppgifter"),
        EditKind.HIDE_DOCUMENT: translate("Wording", "Dölj %1"),
        EditKind.SHOW_DOCUMENT: translate("Wording", "Visa %1"),
        EditKind.SET_BASE: translate("Wording", "Byt basdokument"),
        EditKind.SET_SETTING: translate("Wording", "Ändra inställning"),
        EditKind.SET_DIFF_OPTIONS: translate("Wording", "Ändra vad jämförelsen bortser från"),
        EditKind.LINK: translate("Wording", "Länka klausuler"),
        EditKind.UNLINK: translate("Wording", "Ta bort länk"),
        EditKind.PIN_ROW: translate("Wording", "Lås raden"),
        EditKind.FORGET_LINKS: translate("Wording", "Återställ automatisk parning"),
        EditKind.TAG: translate("Wording", "Tagga %1"),
        EditKind.UNTAG: translate("Wording", "Ta bort taggen %1"),
        EditKind.ACCEPT_SUGGESTIONS: translate("Wording", "Godta %1 förslag"),
        EditKind.REJECT_SUGGESTIONS: translate("Wording", "Avvisa %1 förslag"),
        EditKind.IMPORT_TAGS: translate("Wording", "Läs in taggar från %1"),
        EditKind.ADD_CODE: translate("Wording", "Ny kod %1"),
        EditKind.EDIT_CODE: translate("Wording", "Ändra koden %1"),
        EditKind.MOVE_CODE: translate("Wording", "Flytta koden %1"),
        EditKind.MERGE_CODES: translate("Wording", "Slå ihop %1"),
        EditKind.DELETE_CODE: translate("Wording", "Ta bort koden %1"),
        EditKind.IMPORT_CODEBOOK: translate("Wording", "Läs in kodbok från %1"),
        EditKind.DECIDE: translate("Wording", "Beslut: %1"),
        EditKind.CLEAR_DECISION: translate("Wording", "Ta bort beslutet"),
        EditKind.START_DRAFT: translate("Wording", "Starta utkast"),
        EditKind.DISCARD_DRAFT: translate("Wording", "Släng utkastet"),
        EditKind.SET_DRAFT_INFO: translate("Wording", "Ändra utkastets titel"),
        EditKind.ADOPT_WORDING: translate("Wording", "Ta formulering från %1"),
        EditKind.DROP_ROW: translate("Wording", "Ingen formulering"),
        EditKind.EDIT_DRAFT_TEXT: translate("Wording", "Skriv om klausul"),
        EditKind.ADD_DRAFT_CLAUSE: translate("Wording", "Ny klausul"),
        EditKind.REMOVE_DRAFT_CLAUSES: translate("Wording", "Ta bort ur utkastet"),
        EditKind.MOVE_DRAFT_CLAUSES: translate("Wording", "Flytta i utkastet"),
        EditKind.RELEVEL_DRAFT_CLAUSE: translate("Wording", "Byt nivå"),
        EditKind.SET_DRAFT_KIND: translate("Wording", "Byt klausultyp"),
        EditKind.RECORD_VERSION: translate("Wording", "Spara version %1"),
        EditKind.RESTORE_VERSION: translate("Wording", "Återställ version %1"),
        EditKind.IMPORT_WORD_COPY: translate("Wording", "Läs in %1"),
        EditKind.ACCEPT_PROPOSAL: translate("Wording", "Godta förslag"),
        EditKind.REJECT_PROPOSAL: translate("Wording", "Avslå förslag"),
    }
    subject = edit.subject
    if edit.kind is EditKind.DECIDE:
        status = DecisionStatus.parse(subject)
        subject = decision_status_label(status).lower() if status is not None else subject
    return names[edit.kind].replace("%1", subject)


def decision_status_label(status: DecisionStatus) -> str:
    """A decision's status: 'Öppen', 'Beslutad', 'Vilande'."""
    labels = {DecisionStatus.OPEN: translate("Wording", "Öppen"),
              DecisionStatus.DECIDED: translate("Wording", "Beslutad"),
              DecisionStatus.PARKED: translate("Wording", "Vilande")}
    return labels[status]


def refusal_text(refusal: LinkRefusal) -> str:
    """Why a link, unlink or pin was not made, as a hint for what to select."""
    texts = {
        LinkRefusal.NEED_TWO_DOCUMENTS: translate(
            "Wording", "Markera en klausul i vardera av två dokument (Ctrl+klick) och länka dem."),
        LinkRefusal.ALREADY_TOGETHER: translate(
            "Wording", "Klausulerna står redan på samma rad"),
        LinkRefusal.NEED_OTHER_DOCUMENT: translate(
            "Wording", "Markera den klausul som inte hör till raden."),
        LinkRefusal.NO_BASE_CLAUSE: translate(
            "Wording", "Raden har ingen klausul i basdokumentet."),
        LinkRefusal.NOTHING_STORED: translate(
            "Wording", "De markerade klausulerna har inga handlänkar: de paras redan "
                       "automatiskt."),
    }
    return texts[refusal]


def facet_name(facet: str) -> str:
    """A facet as the UI names it."""
    names = {"malgrupp": translate("Wording", "Målgrupp"),
             "part": translate("Wording", "Part"),
             "ansvar": translate("Wording", "Ansvar")}
    return names.get(facet, facet)


def strength_label(strength: Strength | None) -> str:
    """How binding a clause is: 'ska (åtagande)', 'bör (rekommendation)', 'kan (möjlighet)'."""
    if strength is None:
        return "–"
    labels = {Strength.MUST: translate("Wording", "ska (åtagande)"),
              Strength.SHOULD: translate("Wording", "bör (rekommendation)"),
              Strength.MAY: translate("Wording", "kan (möjlighet)")}
    return labels[strength]


def codebook_refusal_text(refusal: CodebookRefusal) -> str:
    """Why a codebook change was not made."""
    texts = {
        CodebookRefusal.UNKNOWN_CODE: translate("Wording", "Koden finns inte längre."),
        CodebookRefusal.EMPTY_NAME: translate("Wording", "En kod måste ha ett namn."),
        CodebookRefusal.SAME_CODE: translate("Wording", "Välj en annan kod att slå ihop med."),
        CodebookRefusal.OTHER_FACET: translate(
            "Wording", "Koder kan bara slås ihop eller flyttas inom samma facett."),
        CodebookRefusal.INTO_OWN_BRANCH: translate(
            "Wording", "En kod kan inte flyttas in under sig själv."),
        CodebookRefusal.BAD_COLOUR: translate("Wording", "Färgen måste skrivas #rrggbb."),
    }
    return texts[refusal]


def draft_refusal_text(refusal: DraftRefusal) -> str:
    """Why a draft change was not made."""
    texts = {
        DraftRefusal.NO_DRAFT: translate(
            "Wording", "Projektet har inget utkast ännu: starta det under Utkast."),
        DraftRefusal.EMPTY_CELL: translate(
            "Wording", "Dokumentet har ingen klausul på den raden."),
        DraftRefusal.ROW_NOT_IN_DRAFT: translate("Wording", "Utkastet har inget från raden."),
        DraftRefusal.UNKNOWN_CLAUSE: translate("Wording", "Klausulen finns inte i utkastet."),
        DraftRefusal.NO_CHANGE: translate("Wording", "Ingenting att ändra"),
        DraftRefusal.EMPTY_TEXT: translate("Wording", "En klausul behöver text."),
    }
    return texts[refusal]


def provenance_text(origin: SourceRef | None, edited: bool) -> str:
    """"Från Region X, 4.2 Socialtjänsten, punkt 3", what the group did with it."""
    if origin is None:
        return translate("Wording", "Egen text från arbetsgruppen")
    parts = [translate("Wording", "Från %1").replace("%1", origin.origin_name)]
    if origin.heading:
        parts.append(origin.heading)
    if origin.kind == "list_item":
        if origin.lead_in:
            parts.append(origin.lead_in)
        parts.append(translate("Wording", "punkt %1").replace("%1", str(origin.ordinal)))
    elif origin.kind in ("paragraph", "table_cell"):
        parts.append(translate("Wording", "stycke %1").replace("%1", str(origin.ordinal)))
    text = ", ".join(parts)
    return translate("Wording", "%1 (bearbetad)").replace("%1", text) if edited else text


def proposal_kind_label(kind: ProposalKind) -> str:
    labels: dict[ProposalKind, str] = {
        "change": translate("Wording", "Ändring"),
        "comment": translate("Wording", "Kommentar"),
        "added": translate("Wording", "Ny klausul"),
        "removed": translate("Wording", "Struken klausul"),
    }
    return labels[kind]


def proposal_status_label(status: ProposalStatus) -> str:
    labels: dict[ProposalStatus, str] = {
        "open": translate("Wording", "öppet"),
        "accepted": translate("Wording", "godtaget"),
        "rejected": translate("Wording", "avslaget"),
    }
    return labels[status]


def error_text(error: KlausulError) -> str:
    """A core error as one line in the UI language (file name first)."""
    if isinstance(error, DocumentReadError | ProjectError | TagFileError):
        return error.message(english())
    return str(error)


def notice_text(path: Path | None, notice: ProjectProblem) -> str:
    """A notice about an opened project ('arbete.klausul: öppnad skrivskyddad: ...')."""
    return ProjectError(path, notice).message(english())


def warning_text(warning: DocumentWarning) -> str:
    """An import warning in the UI language."""
    return warning.message(english())
