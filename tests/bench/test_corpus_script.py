"""`scripts/corpus`: the outcome table over a small folder built in code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.builders.bad_files import docx_with_broken_xml
from tests.builders.docx_builder import build_docx, p

ROOT = Path(__file__).resolve().parents[2]


def _run(folder: Path, *extra: str) -> tuple[str, list[dict[str, object]]]:
    out = folder.parent / "records.jsonl"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "corpus.py"), str(folder), "--json", str(out),
         "--timeout", "30", *extra],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=120)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return done.stdout, records


def test_the_table_counts_ok_refused_and_garbage_files(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.docx").write_bytes(build_docx(p("Socialtjänsten ansvarar för samordningen.")))
    (folder / "broken.docx").write_bytes(docx_with_broken_xml())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.txt").write_text("Ansvar \x01\x02\ufffd för \ue001 barn", encoding="utf-8")
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    table, records = _run(folder, "--compare")
    statuses = {Path(str(r["path"])).name: r["status"] for r in records}
    assert statuses == {"good.docx": "ok", "broken.docx": "refused", "empty.txt": "refused",
                        "garbage.txt": "ok"}
    by_name = {Path(str(r["path"])).name: r for r in records}
    assert by_name["broken.docx"]["reason"] == "BROKEN_XML"
    # The reader drops \x01 \x02; U+FFFD is garbage, U+E001 a symbol the author typed.
    assert (by_name["garbage.txt"]["garbage"], by_name["garbage.txt"]["symbols"]) == (1, 1)
    assert by_name["good.docx"]["recall"] == 1.0
    total = next(line for line in table.splitlines() if line.startswith("total"))
    assert total.split() == ["total", "4", "2", "2", "0", "0", "1"]
    assert "broken_xml" in table and "empty" in table
    assert "docx vs xml: 1 files" in table


def test_a_failing_worker_is_counted_untyped_and_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Första avtalet gäller.", encoding="utf-8")
    (folder / "b.txt").write_text("Andra avtalet gäller.", encoding="utf-8")
    # A 1 MB cap is far below what any import needs: each file fails its worker, the
    # worker is replaced, and both files are still counted.
    table, records = _run(folder, "--memory", "1", "--jobs", "1")
    assert [r["status"] for r in records] == ["untyped", "untyped"]
    assert "untyped (2):" in table
