"""The CLI as a well-behaved program: a closed pipe ends quietly, output is UTF-8 even where
a pipe would be cp1252 (Windows), output that cannot be written and a report that cannot be
written are one line and exit 2, a usage error is one line."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, cwd=ROOT,
                          timeout=120, check=False, **kwargs)  # type: ignore[call-overload]


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    path = tmp_path / "lang.txt"
    path.write_text("".join(f"{i}. Punkt {i} om barn och unga som behöver stöd.\n\n"
                            for i in range(1, 8000)), encoding="utf-8")
    return path


def test_a_closed_pipe_ends_quietly(long_file: Path) -> None:
    child = subprocess.Popen([sys.executable, "-m", "app", "inspect", str(long_file)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.readline()  # like `| head -1`: read a little, then close the pipe
    child.stdout.close()
    child.wait(120)
    assert child.stderr.read() == b""
    assert child.returncode == 0


def test_output_is_utf8_where_a_pipe_would_be_cp1252(tmp_path: Path) -> None:
    source = tmp_path / "tecken.txt"
    source.write_text("Barn → unga ≥ 18 år: ŉ, ő och 🙂 ska få stöd.\n", encoding="utf-8")
    result = _cli("inspect", str(source), env={**os.environ, "PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    assert "Barn → unga ≥ 18 år: ŉ, ő och 🙂 ska få stöd." in result.stdout.decode("utf-8")
    refused = _cli("inspect", str(tmp_path / "saknas→.txt"),
                   env={**os.environ, "PYTHONIOENCODING": "cp1252"})
    assert refused.stderr.decode("utf-8").strip() == "klausul: saknas→.txt: filen finns inte"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_output_that_cannot_be_written_is_one_line_and_exit_2(long_file: Path) -> None:
    with Path("/dev/full").open("wb") as full:
        result = subprocess.run([sys.executable, "-m", "app", "inspect", str(long_file)],
                                cwd=ROOT, stdout=full, stderr=subprocess.PIPE, timeout=120,
                                check=False)
    assert result.returncode == 2
    assert result.stderr.decode("utf-8").strip() == (
        "klausul: utdata kunde inte skrivas: disken är full")


def test_a_report_that_cannot_be_written_is_one_line_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Syfte\n\nBarn ska få stöd.\n", encoding="utf-8")
    b.write_text("Syfte\n\nBarn ska få stöd i tid.\n", encoding="utf-8")
    report = tmp_path / "rapport.docx"
    report.write_bytes(b"den gamla rapporten")
    from app.core import files

    def in_use(source: Path, target: Path) -> None:  # Word holds the file open
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files, "replace", in_use)
    assert main(["compare", str(a), str(b), "--report", str(report)]) == 2
    assert capsys.readouterr().err.strip() == (
        "klausul: rapport.docx: kunde inte skrivas: behörighet saknas, eller filen är "
        "skrivskyddad eller öppen i ett annat program")
    assert report.read_bytes() == b"den gamla rapporten"
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]
    folder = tmp_path / "mapp.html"
    folder.mkdir()
    assert main(["compare", str(a), str(b), "--report", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("klausul: mapp.html: kunde inte skrivas")


def test_a_report_written_in_a_real_process_refused_without_a_traceback(tmp_path: Path
                                                                         ) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Syfte\n\nBarn ska få stöd.\n", encoding="utf-8")
    b.write_text("Syfte\n\nBarn ska få stöd i tid.\n", encoding="utf-8")
    result = _cli("compare", str(a), str(b), "--report", str(tmp_path / "saknas" / "r.html"))
    assert result.returncode == 2
    assert result.stderr.decode("utf-8").strip() == (
        "klausul: r.html: kunde inte skrivas: mappen finns inte")


def test_a_usage_error_is_one_line_and_exit_2() -> None:
    result = _cli("project", "new")
    assert result.returncode == 2
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert lines == ["klausul project new: the following arguments are required: UT.klausul, "
                     "FIL"]


def test_counts_take_the_noun_in_the_right_number() -> None:
    from app.cli.output import clauses, counted

    assert [clauses(n) for n in (0, 1, 2)] == ["0 klausuler", "1 klausul", "2 klausuler"]
    assert counted(1, "handlänk", "handlänkar") == "1 handlänk"
