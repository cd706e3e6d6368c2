"""Bad input: one Swedish line on stderr naming the file, exit code 2, fast, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from tests.builders import bad_files
from tests.builders.docx_builder import build_docx, p
from tests.builders.pdf_builder import build_image_only_pdf

ROOT = Path(__file__).resolve().parent.parent

CASES: list[tuple[str, str, Callable[[], bytes], str]] = [
    ("empty", "tom.docx", lambda: b"", "filen är tom"),
    ("truncated docx", "kort.docx", lambda: build_docx(p("Text här."))[:200],
     "avkortad eller skadad"),
    ("random bytes", "brus.docx", lambda: os.urandom(4096), "okänt filformat"),
    ("legacy doc", "gammal.doc", bad_files.legacy_doc, "gammalt Word-format"),
    ("doc renamed to docx", "omdopt.docx", bad_files.legacy_doc, "gammalt Word-format"),
    ("password docx", "hemlig.docx", bad_files.encrypted_docx, "lösenordsskyddad"),
    ("no main part", "tom_del.docx", bad_files.docx_without_main_part, "saknar sin huvuddel"),
    ("broken xml", "trasig.docx", bad_files.docx_with_broken_xml, "trasig XML"),
    ("scanned pdf", "skannad.pdf", build_image_only_pdf,
     "inskannad PDF utan textlager: kör OCR först"),
    ("entity bomb", "bomb.docx", bad_files.docx_with_entity_bomb, "otillåtna XML"),
    ("doctype hidden by a control byte", "gomd.docx", bad_files.docx_with_hidden_doctype,
     "otillåtna XML"),
    ("utf-16 doctype", "utf16.docx", bad_files.docx_with_utf16_doctype, "otillåtna XML"),
    ("zip bomb", "zipbomb.docx", bad_files.zip_bomb_docx, "zip-bomb"),
    # zipfile stops at the declared size, so the lie surfaces as a damaged entry.
    ("lying sizes", "ljuger.docx", bad_files.lying_size_docx, "skadad"),
    ("too many entries", "manga.docx", bad_files.many_entries_zip, "zip-bomb"),
    ("pdf garbage", "skräp.pdf", lambda: b"%PDF-1.7\n" + os.urandom(2000), "skadad"),
]


@pytest.mark.parametrize(("name", "filename", "make", "reason"), CASES,
                         ids=[c[0] for c in CASES])
def test_bad_file_gives_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, filename: str,
    make: Callable[[], bytes], reason: str,
) -> None:
    target = tmp_path / filename
    target.write_bytes(make())
    started = time.perf_counter()
    code = main(["inspect", str(target)])
    elapsed = time.perf_counter() - started
    err = capsys.readouterr().err
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert filename in lines[0]
    assert reason in lines[0]
    assert elapsed < 10


def test_external_entity_never_reads_the_local_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "hemlighet.txt"
    secret.write_text("TOPPHEMLIGT-LÖSEN", encoding="utf-8")
    target = tmp_path / "xxe.docx"
    target.write_bytes(bad_files.docx_with_external_entity(str(secret)))
    code = main(["inspect", str(target), "--json"])
    captured = capsys.readouterr()
    assert code == 2
    assert "TOPPHEMLIGT" not in captured.out + captured.err
    assert "otillåtna XML" in captured.err


def test_missing_file_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(tmp_path / "finns_inte.docx")]) == 2
    assert "finns_inte.docx: filen finns inte" in capsys.readouterr().err
    assert main(["inspect", str(tmp_path)]) == 2


def test_control_characters_in_text_are_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "styr.txt"
    target.write_bytes("Barn\x01 och\x1f unga ska\x0b få stöd.\n".encode())
    assert main(["inspect", str(target), "--json"]) == 0
    out = capsys.readouterr().out
    assert "Barn och unga ska få stöd." in out
    assert "\\u0001" not in out


def test_real_process_exits_2_without_traceback(tmp_path: Path) -> None:
    target = tmp_path / "hemlig.docx"
    target.write_bytes(bad_files.encrypted_docx())
    result = subprocess.run([sys.executable, "-m", "app", "inspect", str(target)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "hemlig.docx" in result.stderr and "lösenordsskyddad" in result.stderr
