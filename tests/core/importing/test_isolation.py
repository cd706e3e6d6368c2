"""Imports run in a child process: a crash, a hang, a memory flood or a reader bug is a
refusal naming the file, the app (this process) lives on, and cancelling stops the child."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from app.core.documents.manager import DocumentsManager
from app.core.errors import DocumentReadError, ReadProblem
from app.core.importing import isolation
from app.core.progress import Cancelled
from tests.builders.docx_builder import build_docx, p
from tests.core.importing import misbehaving_worker

QUICK = isolation.Limits(seconds=3.0, memory=512 * 2**20)


def _pid() -> int:
    current = isolation._current
    assert current is not None and current.process.pid is not None
    return current.process.pid


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed child stays a zombie until joined; isolation joins it, so it is gone.
    return True


@pytest.mark.parametrize(("payload", "problem"), [
    (b"segfault", ReadProblem.READER_CRASHED),
    (b"abort", ReadProblem.READER_CRASHED),
    (b"hang", ReadProblem.TIMEOUT),
    (b"memory", ReadProblem.TOO_MUCH_MEMORY),
    (b"bug", ReadProblem.READER_FAILED),
])
def test_a_misbehaving_reader_is_a_refusal_and_the_next_import_works(
        payload: bytes, problem: ReadProblem) -> None:
    started = time.monotonic()
    with pytest.raises(DocumentReadError) as caught:
        isolation.import_isolated(payload, Path("avtal.pdf"), limits=QUICK,
                                  serve=misbehaving_worker.serve)
    assert caught.value.problem is problem
    assert caught.value.message().startswith("avtal.pdf: ")
    assert time.monotonic() - started < QUICK.seconds + 5
    # A fresh child reads the next file.
    good = build_docx(p("Barn och unga ska få stöd i tid."))
    document = isolation.import_isolated(good, Path("bra.docx"), limits=QUICK,
                                         serve=misbehaving_worker.serve)
    assert document.clauses[0].text == "Barn och unga ska få stöd i tid."


def test_reader_bug_names_the_exception() -> None:
    with pytest.raises(DocumentReadError, match=r"fel i Klausul \(AssertionError\)"):
        isolation.import_isolated(b"bug", Path("x.txt"), limits=QUICK,
                                  serve=misbehaving_worker.serve)


def test_cancel_kills_the_child_at_once() -> None:
    class Flag:
        cancelled = False

    flag = Flag()
    raised: list[BaseException] = []

    def work() -> None:
        try:
            isolation.import_isolated(b"hang", Path("lang.txt"), limits=isolation.Limits(60),
                                      cancel=flag, serve=misbehaving_worker.serve)
        except BaseException as exc:
            raised.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    time.sleep(1.0)  # the child is started and reading
    pid = _pid()
    assert _alive(pid)
    flag.cancelled = True
    started = time.monotonic()
    thread.join(10)
    assert not thread.is_alive()
    assert time.monotonic() - started < 2
    assert raised and isinstance(raised[0], Cancelled)
    assert not _alive(pid)


def test_a_real_file_over_the_memory_limit_is_refused(tmp_path: Path) -> None:
    body = "".join(p(f"Stycke {i} om barn och unga.") for i in range(60_000))
    data = build_docx(body)
    with pytest.raises(DocumentReadError) as caught:
        isolation.import_isolated(data, Path("stor.docx"),
                                  limits=isolation.Limits(30, memory=90 * 2**20))
    assert caught.value.problem is ReadProblem.TOO_MUCH_MEMORY
    # Under the default limits it imports.
    document = isolation.import_isolated(data, Path("stor.docx"))
    assert len(document.clauses) == 60_000


def test_a_real_file_over_the_time_limit_is_refused() -> None:
    text = ("Barn och unga ska få stöd i tid.\n\n" * 200_000).encode()
    with pytest.raises(DocumentReadError, match="tog för lång tid"):
        isolation.import_isolated(text, Path("lang.txt"), limits=isolation.Limits(0.3))


def test_the_gui_and_cli_use_case_reads_in_the_child(tmp_path: Path) -> None:
    source = tmp_path / "avtal.txt"
    source.write_text("Syfte\n\nBarn ska få stöd.\n", encoding="utf-8")
    edit = DocumentsManager.read_file(source)
    assert [c.text for c in edit.document.clauses] == ["Syfte", "Barn ska få stöd."]
    assert isolation._current is not None and isolation._current.alive()
    assert _pid() != os.getpid()


def test_a_script_that_imports_at_its_top_level_works(tmp_path: Path) -> None:
    # spawn would run an unguarded main script again in the child, which would import again.
    import subprocess
    import sys

    source = tmp_path / "avtal.txt"
    source.write_text("Syfte\n\nBarn ska få stöd.\n", encoding="utf-8")
    script = tmp_path / "skript.py"
    script.write_text(
        "from pathlib import Path\n"
        "from app.core.documents.manager import DocumentsManager\n"
        f"edit = DocumentsManager.read_file(Path({str(source)!r}))\n"
        "print(len(edit.document.clauses))\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            cwd=root, timeout=60, check=False,
                            env={**__import__("os").environ, "PYTHONPATH": str(root)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"


def test_inside_a_launcher_the_child_runs_on_the_runtime_interpreter(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Klausul.exe loads python313.dll itself: sys.executable is the launcher, which as
    # multiprocessing's child would open the app. The runtime's pythonw.exe is used instead.
    import sys

    runtime = tmp_path / "runtime"
    runtime.mkdir()
    for name in ("python.exe", "pythonw.exe"):
        (runtime / name).write_bytes(b"MZ")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Klausul.exe"))
    monkeypatch.setattr(sys, "exec_prefix", str(runtime))
    assert isolation.child_interpreter() == str(runtime / "pythonw.exe")
    (runtime / "pythonw.exe").unlink()
    assert isolation.child_interpreter() == str(runtime / "python.exe")
    monkeypatch.setattr(sys, "executable", str(runtime / "python.exe"))
    assert isolation.child_interpreter() is None  # an interpreter already
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Klausul.exe"))
    assert isolation.child_interpreter() is None  # a frozen bundle starts itself
