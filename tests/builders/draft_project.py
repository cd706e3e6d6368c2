"""A project of three small agreements (Markdown), for draft tests: a base with a title,
numbered headings, lead-ins and bullets, and two other counties' versions."""

from __future__ import annotations

from pathlib import Path

from app.core.documents.model import DocumentMeta
from app.core.draft.edits import DraftEdit
from app.core.project import Project

BASE = """# Överenskommelse om barns och ungas hälsa i Norrbo län

## 1 Inledning

Överenskommelsen gäller mellan Region Norrbo och länets kommuner.

## 2 Ansvar

### 2.1 Socialtjänsten

Socialtjänsten ansvarar för:

- att utreda barnets behov av skydd och stöd
- att erbjuda vårdnadshavare stöd i föräldraskapet
- att samordna insatser kring placerade barn

### 2.2 Elevhälsan

Elevhälsan ska arbeta förebyggande och hälsofrämjande.

## 3 Uppföljning

Överenskommelsen följs upp varje år av ledningsgruppen.
"""

SECOND = """# Samverkan för barn och unga i Östlunds län

## 1 Inledning

Överenskommelsen gäller mellan Region Östlund och kommunerna i länet.

## 2 Ansvar

### 2.1 Socialtjänsten

Socialtjänsten ansvarar för:

- att utreda barnets behov av skydd, stöd och behandling
- att erbjuda vårdnadshavare stöd i föräldraskapet
- att samordna insatser kring placerade barn och unga

### 2.2 Elevhälsan

Elevhälsan ska arbeta förebyggande, hälsofrämjande och tidigt upptäcka ohälsa.

## 3 Samordnad individuell plan

Huvudmännen ska tillsammans upprätta en samordnad individuell plan när barnet behöver det.

## 4 Uppföljning

Överenskommelsen följs upp varje år av den gemensamma ledningsgruppen.
"""

THIRD = """# Överenskommelse om barns hälsa i Västby län

## 1 Inledning

Överenskommelsen gäller mellan Region Västby och de sju kommunerna.

## 2 Ansvar

### 2.1 Socialtjänsten

Socialtjänsten ansvarar för:

- att utreda barnets behov av skydd och stöd
- att erbjuda föräldraskapsstöd till vårdnadshavare

### 2.2 Elevhälsan

Elevhälsan ska arbeta förebyggande och hälsofrämjande i alla skolor.

## 3 Uppföljning

Överenskommelsen följs upp vartannat år.
"""

AGREEMENTS = (("norrbo.md", "Norrbo – utkast", "Region Norrbo", BASE),
              ("ostlund.md", "Östlund", "Region Östlund", SECOND),
              ("vastby.md", "Västby", "Region Västby", THIRD))


def write_agreements(folder: Path) -> list[Path]:
    """The three agreements as files in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, _title, _region, text in AGREEMENTS:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def three_county_project(folder: Path, user: str = "Anna Andersson") -> Project:
    """An untitled project holding the three agreements (the first is the base), aligned."""
    project = Project.new(folder / "work", user)
    for path, (_name, title, region, _text) in zip(write_agreements(folder / "sources"),
                                                     AGREEMENTS, strict=True):
        edit = project.documents.read_file(path)
        project.apply(edit)
        project.apply(project.documents.set_meta(edit.document.id, title,
                                                 DocumentMeta(region=region)))
    project.alignment()
    return project


def edit(result: object) -> DraftEdit:
    """The edit a use case returned (failing the test on a refusal)."""
    assert isinstance(result, DraftEdit), result
    return result


def row_with(project: Project, text: str) -> int:
    """The index of the first aligned row with a clause containing `text`."""
    alignment = project.alignment()
    lookup = {c.id: c for d in project.documents() for c in d.clauses}
    return next(r for r, row in enumerate(alignment.rows)
                if any(text in lookup[i].text for cell in row.cells for i in cell))
