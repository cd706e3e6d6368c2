"""The entry point's streams: UTF-8 even when piped in a legacy code page; none must not crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.resources import demo_folder

ROOT = Path(__file__).resolve().parent.parent


def test_piped_json_is_utf8_under_a_legacy_code_page() -> None:
    # PYTHONIOENCODING=cp1252 is what a piped stdout on Windows gets; "ö" fits cp1252 but
    # the JSON must still be UTF-8, and a character outside cp1252 must not crash it.
    source = demo_folder() / "sormark.md"
    result = subprocess.run([sys.executable, "-m", "app", "inspect", str(source), "--json"],
                            cwd=ROOT, capture_output=True, timeout=60,
                            env={**os.environ, "PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout.decode("utf-8"))
    assert any("ö" in clause["text"] or "ä" in clause["text"] for clause in payload["clauses"])


def test_a_character_outside_cp1252_is_printed_as_utf8(tmp_path: Path) -> None:
    source = tmp_path / "avtal.txt"
    source.write_text("1. Ansvar\n\nParterna ansvarar för ≥ 3 möten → SIP.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "app", "inspect", str(source), "--json"],
                            cwd=ROOT, capture_output=True, timeout=60,
                            env={**os.environ, "PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    assert "≥ 3 möten → SIP" in result.stdout.decode("utf-8")


def test_no_stdout_as_in_a_windowed_process(tmp_path: Path) -> None:
    # A windowed Windows process has sys.stdout None: the CLI must run and keep its exit code.
    source = tmp_path / "avtal.txt"
    source.write_text("1. Ansvar\n\nText.\n", encoding="utf-8")
    script = ("import sys, runpy; sys.stdout = None; sys.stderr = None; "
              f"sys.argv = ['klausul', 'inspect', {str(source)!r}, '--json']; "
              "runpy.run_module('app', run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    missing = ("import sys, runpy; sys.stdout = None; sys.stderr = None; "
               "sys.argv = ['klausul', 'inspect', 'saknas.docx']; "
               "runpy.run_module('app', run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", missing], cwd=ROOT, capture_output=True,
                            timeout=60)
    assert result.returncode == 2
