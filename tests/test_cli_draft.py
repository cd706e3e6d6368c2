"""`klausul draft …`: a whole draft scripted from the command line, and bad input refused in
one line with exit code 2."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.core.draft.word_copy import draft_clauses_of
from app.core.importing import import_document
from tests.builders.draft_project import write_agreements
from tests.builders.word_edits import edited_copy


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def json_of(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    sources = write_agreements(tmp_path / "src")
    path = tmp_path / "arbete.klausul"
    code, out, err = run(capsys, "draft", "new", path, "--import", *sources,
                         "--authors", "LAG Norrbo")
    assert code == 0, err
    assert out.startswith("Överenskommelse om barns och ungas hälsa i Norrbo län: 12 klausuler")
    return path


def test_a_whole_draft_is_scripted(project: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    rows = json_of(capsys, "draft", "rows", project, "--json")
    assert [d["title"] for d in rows["documents"]][1:] == [
        "Samverkan för barn och unga i Östlunds län", "Överenskommelse om barns hälsa i Västby län"]
    base_text = {c["origin"]["clause"]: c["text"]
                 for c in json_of(capsys, "draft", "show", project, "--json")["clauses"]}
    placed = next(r for r in rows["rows"] if r["cells"][0]
                  and base_text.get(r["cells"][0][0], "").startswith("att samordna insatser"))
    plan = next(r for r in rows["rows"] if r["status"] == "added" and r["cells"][1])
    assert not plan["in_draft"]
    assert run(capsys, "draft", "adopt", project, plan["row"], "1")[0] == 0
    assert run(capsys, "draft", "version", project, "0.1 – start", "--note", "utgångsläge",
               "--author", "Anna")[0] == 0
    changed = next(r for r in rows["rows"] if r["status"] == "changed" and r["cells"][2]
                   and r["in_draft"] and r["row"] > 2 and r != placed)
    assert run(capsys, "draft", "adopt", project, changed["row"], "2")[0] == 0
    assert run(capsys, "draft", "adopt", project, placed["row"], "none")[0] == 0
    code, new_id, _ = run(capsys, "draft", "add", project, "list_item", "att följa upp planen",
                          "--after", "#3", "--numbered")
    assert code == 0 and new_id.strip().startswith("w-")
    assert run(capsys, "draft", "edit", project, "1", "Inledning och syfte")[0] == 0
    assert run(capsys, "draft", "level", project, "2.2", "1")[0] == 0
    assert run(capsys, "draft", "tag", project, "1", "ans.ledning", "part.region")[0] == 0
    assert run(capsys, "draft", "tag", project, "1", "ingen.kod")[0] == 2
    assert run(capsys, "draft", "version", project, "0.2 – efter workshop 2")[0] == 0
    shown = json_of(capsys, "draft", "show", project, "--json")
    clauses = shown["clauses"]
    assert shown["draft"]["stored"] and shown["draft"]["authors"] == "LAG Norrbo"
    assert clauses[0]["text"] == "Inledning och syfte" and clauses[0]["edited"]
    assert clauses[0]["number"] == "1."
    assert [t["code"] for t in clauses[0]["tags"]] == ["part.region", "ans.ledning"]
    assert any(c["number"] == "2.1.1" and c["text"] == "Elevhälsan" for c in clauses)
    assert any(c["written"] and c["numbered"] and c["number"] == "1." for c in clauses)
    adopted = [c for c in clauses if c["origin"] and c["origin"]["document"] ==
               rows["documents"][2]["id"]]
    assert adopted and adopted[0]["sources"][0] == adopted[0]["origin"]["clause"]
    after = json_of(capsys, "draft", "rows", project, "--json")
    assert next(r for r in after["rows"] if r["row"] == plan["row"])["chosen"] == 1
    versions = json_of(capsys, "draft", "versions", project, "--json")["versions"]
    assert [(v["number"], v["label"], v["author"], v["note"]) for v in versions] == [
        (1, "0.1 – start", "Anna", "utgångsläge"),
        (2, "0.2 – efter workshop 2", versions[1]["author"], "")]
    out = tmp_path / "utkast.docx"
    assert run(capsys, "draft", "export", project, out, "--tracked-against", "0.1",
               "--comments", "provenance")[0] == 0
    back = draft_clauses_of(import_document(out))
    assert [(c.text, c.number) for c in back] == [(c["text"], c["number"]) for c in clauses]
    with zipfile.ZipFile(out) as package:
        body = package.read("word/document.xml").decode()
        comments = package.read("word/comments.xml").decode()
    assert "<w:ins " in body and "<w:del " in body and "Från " in comments
    assert "Taggar" not in comments
    # The Word copy comes back as version 3 with a reviewer's comment as a proposal.
    copy = edited_copy(out, tmp_path / "från-eva.docx", lambda c: c.comment(
        "Inledning och syfte", "Bra rubrik.", "Eva"))
    code, line, err = run(capsys, "draft", "import-word", project, copy, "--label", "0.3 Eva")
    assert code == 0, err
    assert f"{len(clauses)} oförändrade, 0 ändrade, 0 nya, 0 borttagna klausuler; 1 förslag" \
        in line
    assert json_of(capsys, "draft", "versions", project, "--json")["versions"][-1]["label"] \
        == "0.3 Eva"
    proposals = json_of(capsys, "draft", "proposals", project, "--json")["proposals"]
    assert [(p["kind"], p["author"], p["text"], p["number"]) for p in proposals] == [
        ("comment", "Eva", "Bra rubrik.", "1.")]
    assert run(capsys, "draft", "decide", project, proposals[0]["id"], "accept")[0] == 0
    assert json_of(capsys, "draft", "proposals", project, "--json")["proposals"][0][
        "status"] == "accepted"
    assert run(capsys, "draft", "restore", project, "0.1")[0] == 0
    restored = json_of(capsys, "draft", "show", project, "--json")["clauses"]
    assert not any(c["written"] for c in restored)


def test_a_project_without_a_draft_exports_the_base(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from app.core.project import Project

    sources = write_agreements(tmp_path / "src")
    path = tmp_path / "bara-dokument.klausul"
    project = Project.new(tmp_path / "work")
    for source in sources:
        project.apply(project.documents.read_file(source))
    project.save(path)
    project.close()
    out = tmp_path / "bas.docx"
    assert run(capsys, "draft", "export", path, out, "--tracked-against", "base")[0] == 0
    texts = [c.text for c in draft_clauses_of(import_document(out))]
    assert texts[0] == "Inledning" and len(texts) == 12
    shown = json_of(capsys, "draft", "show", path, "--json")
    assert not shown["draft"]["stored"] and len(shown["clauses"]) == 12


@pytest.mark.parametrize(("args", "message"), [
    (("adopt", "{p}", "99", "1"), "jämförelsen har ingen rad 99"),
    (("adopt", "{p}", "1", "Ingenstans"), "projektet har inget dokument Ingenstans"),
    (("edit", "{p}", "9.9", "x"), "utkastet har ingen klausul 9.9"),
    (("edit", "{p}", "1", "  "), "texten är tom"),
    (("restore", "{p}", "4.0"), "projektet har ingen version 4.0"),
    (("export", "{p}", "{t}/ut.pdf"), "ut.pdf: utkastet exporteras som .docx"),
    (("export", "{p}", "{t}/ut.docx", "--comments", "allt"), "--comments tar provenance"),
    (("export", "{p}", "{t}/ut.docx", "--tracked-against", "9.9"), "--tracked-against"),
    (("import-word", "{p}", "{t}/saknas.docx"), "saknas.docx: filen finns inte"),
    (("decide", "{p}", "7", "accept"), "det finns inget förslag 7"),
    (("show", "{t}/saknas.klausul"), "saknas.klausul: filen finns inte"),
    (("new", "{t}/ny.klausul"), "ny.klausul: filen finns inte"),
    (("new", "{p}", "--import", "{t}/src/norrbo.md"), "projektet finns redan"),
    (("new", "{t}/ny.klausul", "--import", "{t}/src/norrbo.md", "--base", "1"),
     "--base måste vara mellan 0 och 0"),
])
def test_bad_input_is_one_line_and_exit_2(project: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: tuple[str, ...], message: str) -> None:
    filled = [a.replace("{p}", str(project)).replace("{t}", str(tmp_path)) for a in args]
    before = project.read_bytes()
    code, out, err = run(capsys, "draft", *filled)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("klausul: ") and message in err, err
    assert "Traceback" not in err and out == ""
    assert project.read_bytes() == before  # nothing in the project is lost or changed


def test_new_with_a_base_makes_that_document_the_base(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    sources = write_agreements(tmp_path / "src")
    path = tmp_path / "ny.klausul"
    assert run(capsys, "draft", "new", path, "--import", *sources, "--base", "1")[0] == 0
    info = json_of(capsys, "project", "info", path, "--json")
    assert info["project"]["base"] == info["documents"][1]["id"]
    assert json_of(capsys, "draft", "info", path, "--json")["draft"]["started_from"] == \
        info["documents"][1]["id"]
