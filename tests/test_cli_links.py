"""`klausul links list|add|remove|pin|forget`: hand links made from the command line are stored,
realigned before the save (so `draft rows` and the window see them) and refused in one line
with exit 2 and the file unchanged when they make no sense."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.core.alignment.model import Alignment, ManualLink
from app.core.project import Project
from tests.builders.cli_project import refused, run
from tests.builders.draft_project import write_agreements


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("links")
    path = folder / "mall.klausul"
    assert main(["project", "new", str(path), *map(str, write_agreements(folder / "src"))]) == 0
    return path


@pytest.fixture
def project(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "arbete.klausul"
    shutil.copy(template, path)
    return path


def stored(path: Path, work: Path) -> tuple[tuple[ManualLink, ...], Alignment, list[list[str]]]:
    """The links, the alignment the file holds (no job run) and each document's clause ids."""
    project = Project.open(path, work, mode="read_only")
    try:
        alignment = project.alignment.current()
        assert alignment is not None, "the CLI realigns before it saves"
        return (project.alignment.manual_links(), alignment,
                [[c.id for c in d.clauses] for d in project.documents()])
    finally:
        project.close()


def text_row(alignment: Alignment, clauses: list[list[str]], document: int, index: int) -> int:
    row = alignment.row_of(clauses[document][index])  # type: ignore[arg-type]
    assert row is not None
    return row


def test_add_links_three_clauses_into_one_row(project: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _links, before, ids = stored(project, tmp_path / "a")
    # The base's title, Östlund's last clause and Västby's first heading: three rows apart.
    chosen = [ids[1][-1], ids[0][0], ids[2][1]]
    assert len({before.row_of(c) for c in chosen}) == 3  # type: ignore[arg-type]
    code, out, err = run(capsys, "links", "add", project, *chosen)
    assert code == 0, err
    links, after, _ = stored(project, tmp_path / "b")
    assert links == (ManualLink("link", ids[0][0], ids[1][-1]),
                     ManualLink("link", ids[0][0], ids[2][1]))
    row = after.row_of(ids[0][0])  # type: ignore[arg-type]
    assert out.strip() == f"länkade 3 klausuler: nu rad {row}"
    assert {after.row_of(c) for c in chosen} == {row}  # type: ignore[arg-type]
    assert after.rows[row].pinned
    # `draft rows` reads the same rows.
    rows = json.loads(run(capsys, "draft", "rows", project, "--json")[1])["rows"]
    assert rows[row]["cells"] == [[ids[0][0]], [ids[1][-1]], [ids[2][1]]]


def test_add_by_row_and_document(project: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    _links, alignment, ids = stored(project, tmp_path / "a")
    first, last = text_row(alignment, ids, 0, 0), text_row(alignment, ids, 1, -1)
    title = alignment.rows[first].cells[0][0]
    code, _out, err = run(capsys, "links", "add", project, f"{last}:1", f"{first}:0")
    assert code == 0, err
    links, _after, _ = stored(project, tmp_path / "b")
    assert links == (ManualLink("link", title, alignment.rows[last].cells[1][0]),)


def test_links_list_has_the_documented_shape(project: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert json.loads(run(capsys, "links", "list", project, "--json")[1]) == {
        "links": [], "pinned_rows": []}
    _links, _alignment, ids = stored(project, tmp_path / "a")
    assert run(capsys, "links", "add", project, ids[0][0], ids[1][-1])[0] == 0
    payload = json.loads(run(capsys, "links", "list", project, "--json")[1])
    _links, after, _ = stored(project, tmp_path / "b")
    row = after.row_of(ids[0][0])  # type: ignore[arg-type]
    assert payload["pinned_rows"] == [row]
    (link,) = payload["links"]
    assert link["kind"] == "link"
    assert [set(c) for c in link["clauses"]] == [{"id", "document", "name", "text", "row"}] * 2
    a, b = link["clauses"]
    assert (a["id"], a["document"], a["row"]) == (ids[0][0], ids[0][0].split("-")[0], row)
    assert a["name"] == a["text"] == "Överenskommelse om barns och ungas hälsa i Norrbo län"
    assert (b["id"], b["row"], b["name"]) == (ids[1][-1], row,
                                              "Samverkan för barn och unga i Östlunds län")
    text = run(capsys, "links", "list", project)[1].splitlines()
    assert len(text) == 2 and text[0].lstrip().startswith("1  länk")
    assert text[1] == f"1 handlänk; låsta rader: {row}"


def test_remove_separates_a_clause_from_the_base_clause(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _links, alignment, ids = stored(project, tmp_path / "a")
    row = text_row(alignment, ids, 2, -1)  # Västby's follow-up clause, beside the base's
    base_clause, clause = alignment.rows[row].cells[0][0], alignment.rows[row].cells[2][0]
    code, out, err = run(capsys, "links", "remove", project, clause)
    assert code == 0, err
    links, after, _ = stored(project, tmp_path / "b")
    assert links == (ManualLink("unlink", base_clause, clause),)
    assert after.row_of(base_clause) != after.row_of(clause)  # type: ignore[arg-type]
    assert out.strip() == f"{clause}: skild från basklausulen, nu rad {after.row_of(clause)}"


def test_pin_links_a_rows_clauses_by_hand(project: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _links, alignment, ids = stored(project, tmp_path / "a")
    row = text_row(alignment, ids, 0, 1)  # Inledning, in all three
    cells = alignment.rows[row].cells
    code, out, err = run(capsys, "links", "pin", project, row)
    assert code == 0, err
    assert out.strip() == f"rad {row} låst (2 handlänkar): nu rad {row}"
    links, after, _ = stored(project, tmp_path / "b")
    assert links == (ManualLink("link", cells[0][0], cells[1][0]),
                     ManualLink("link", cells[0][0], cells[2][0]))
    assert after.rows[row].pinned and after.rows[row].cells == cells
    # A row is also named by the id of a clause in it.
    assert run(capsys, "links", "pin", project, cells[2][0])[0] == 0


def test_refusals_are_one_line_and_change_nothing(project: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _links, alignment, ids = stored(project, tmp_path / "a")
    both = text_row(alignment, ids, 0, 1)
    added = next(r for r, row in enumerate(alignment.rows) if not row.cells[0])
    lone = next(r for r, row in enumerate(alignment.rows) if sum(map(len, row.cells)) == 1)
    cases = {
        ("add", ids[0][0]): "klausul: ange klausuler ur minst två olika dokument",
        ("add", ids[0][0], ids[0][1]): "klausul: ange klausuler ur minst två olika dokument",
        ("add", f"{both}:0", f"{both}:2"): "klausul: klausulerna står redan på samma rad",
        ("add", ids[0][0], "okänd-1"): "klausul: jämförelsen har ingen klausul okänd-1 "
                                       "(ange id eller RAD:DOKUMENT)",
        ("add", "999:0", ids[1][0]): "klausul: jämförelsen har ingen rad 999",
        ("add", f"{added}:0", ids[1][0]): f"klausul: dokumentet 0 har ingen klausul på rad "
                                          f"{added}",
        ("add", f"{both}:Okänt", ids[1][0]): "klausul: projektet har inget dokument Okänt",
        ("remove", f"{both}:0"): "klausul: klausulen hör till basdokumentet: ange den klausul "
                                 "i ett annat dokument som inte hör till raden",
        ("remove", f"{added}:1"): "klausul: raden har ingen klausul i basdokumentet",
        ("pin", str(lone)): "klausul: raden har bara en klausul: inget att låsa",
        ("pin", "999"): "klausul: jämförelsen har ingen rad 999",
        ("forget", ids[0][0], f"{both}:1"): "klausul: inga handlänkar är sparade för "
                                             "klausulerna: de paras redan automatiskt",
        ("forget", "okänd-1"): "klausul: jämförelsen har ingen klausul okänd-1 "
                               "(ange id eller RAD:DOKUMENT)",
    }
    for (action, *rest), message in cases.items():
        assert refused(capsys, project, "links", action, project, *rest) == message
    code, _out, err = run(capsys, "links", "list", tmp_path / "saknas.klausul")
    assert code == 2 and err.startswith("klausul: saknas.klausul: ") and err.count("\n") == 1


def test_forget_gives_the_clauses_back_to_the_automatic_pairing(
        project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _links, before, ids = stored(project, tmp_path / "a")
    row = text_row(before, ids, 2, -1)
    base_clause, clause = before.rows[row].cells[0][0], before.rows[row].cells[2][0]
    chosen = [ids[1][-1], ids[0][0]]
    assert run(capsys, "links", "add", project, *chosen)[0] == 0
    assert run(capsys, "links", "remove", project, clause)[0] == 0
    assert run(capsys, "links", "pin", project, ids[0][1])[0] == 0  # Inledning, in all three
    links, linked, _ = stored(project, tmp_path / "b")
    assert len(links) == 4 and linked.rows != before.rows
    # The title's link and the Inledning row's pin go; the unlink of another row stays.
    code, out, err = run(capsys, "links", "forget", project, ids[0][0],
                         f"{linked.row_of(ids[0][1])}:0")
    assert code == 0, err
    links, after, _ = stored(project, tmp_path / "c")
    assert links == (ManualLink("unlink", base_clause, clause),)
    rows = ", ".join(dict.fromkeys(str(after.row_of(c)) for c in (ids[0][0], ids[0][1])))
    assert out.strip() == f"handlänkar borttagna: 3; paras automatiskt, nu rad {rows}"
    assert run(capsys, "links", "forget", project, clause)[0] == 0
    links, after, _ = stored(project, tmp_path / "d")
    assert links == () and after.rows == before.rows  # as if nothing had been linked
