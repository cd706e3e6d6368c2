"""Import every document under a folder and tabulate what happened to each.

Usage: scripts/corpus FOLDER [FOLDER ...] [--compare] [--jobs 2] [--timeout 60]
                      [--memory 2048] [--slow 10] [--json OUT] [--list N]

Each file is imported in one of `--jobs` worker processes, with an address-space cap of
`--memory` MB and `--timeout` seconds; a worker that dies or overruns is replaced. The table
counts per format: ok, refused (by reason, below), untyped (an exception that is not a typed
read error, or a crashed worker), slow (over `--slow` seconds, or stopped at the cap),
garbage (accepted, but the clauses hold control, replacement or unassigned characters, or
in a PDF private-use ones; see bench/corpus_reference.py).
`--compare` adds word recall against a reference extractor (pdftotext for PDF when
installed; every text node of the XML for DOCX and ODT). `--json OUT` keeps one record per
file, to compare two runs.
"""

from __future__ import annotations

import argparse
import json
import os
import selectors
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SUFFIXES = {".docx", ".docm", ".dotx", ".dotm", ".odt", ".ott", ".pdf", ".doc", ".rtf",
            ".txt", ".md", ".html", ".htm"}
FORMATS = ("docx", "odt", "pdf", "html", "txt", "md", "other")
GARBAGE_MIN = 1  # garbage characters in the kept text that flag a file


# -- worker side ------------------------------------------------------------------------------
def examine(path: Path, compare: bool, timeout: float) -> dict[str, Any]:
    """Import one file and describe the outcome (runs inside a worker process)."""
    from app.core.errors import DocumentReadError
    from app.core.importing import import_bytes, read_bytes
    from app.core.importing.sniffing import sniff
    from bench.corpus_reference import (
        document_text,
        garbage_chars,
        recall,
        reference_text,
        symbol_chars,
        words,
    )

    record: dict[str, Any] = {"path": str(path), "format": _suffix_format(path)}
    started = time.perf_counter()
    try:
        data = read_bytes(path)
        record["format"] = sniff(data, path)
        document = import_bytes(data, path)
    except DocumentReadError as error:
        record.update(status="refused", reason=error.problem.name, detail=error.detail,
                      seconds=time.perf_counter() - started)
        if compare and record["format"] != "other":
            # Did the refused file hold text a reference extractor finds?
            reference = reference_text(record["format"], path.read_bytes(), timeout)
            if reference is not None:
                record.update(extractor=reference[0], reference_words=len(words(reference[1])))
        return record
    except Exception as error:  # this is what the corpus run is looking for
        frame = traceback.extract_tb(error.__traceback__)[-1]
        record.update(status="untyped", error=f"{type(error).__name__}: {error}"[:200],
                      where=f"{Path(frame.filename).name}:{frame.lineno}",
                      seconds=time.perf_counter() - started)
        return record
    record["seconds"] = time.perf_counter() - started
    text = document_text(document)
    record.update(status="ok", clauses=len(document.clauses),
                  garbage=garbage_chars(text, record["format"]), symbols=symbol_chars(text),
                  warnings=sorted({w.kind.name for w in document.warnings}),
                  kinds=dict(Counter(c.location.kind for c in document.clauses
                                     if c.location is not None)),
                  notes=sum(len(c.footnotes) for c in document.clauses))
    if compare:
        reference = reference_text(record["format"], data, timeout)
        if reference is not None:
            extractor, reference_words = reference[0], words(reference[1])
            ours = words(text)
            record.update(extractor=extractor, recall=recall(reference_words, ours),
                          missing=sorted(reference_words - ours)[:12])
    return record


def _suffix_format(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    aliases = {"docm": "docx", "dotx": "docx", "dotm": "docx", "ott": "odt", "htm": "html"}
    suffix = aliases.get(suffix, suffix)
    return suffix if suffix in FORMATS else "other"


def worker_main(memory_mb: int, compare: bool, timeout: float) -> None:
    """Answer one JSON line per path read from stdin, under an address-space cap."""
    import resource

    cap = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # stray prints cannot break the protocol
    for line in sys.stdin:
        path = Path(line.rstrip("\n"))
        try:
            record = examine(path, compare, timeout)
        except MemoryError:
            record = {"path": str(path), "format": _suffix_format(path), "status": "untyped",
                      "error": "MemoryError (over the memory cap)", "where": ""}
        replies.write(json.dumps(record) + "\n")
        replies.flush()


# -- parent side ------------------------------------------------------------------------------
class Worker:
    """One worker process; replaced after a crash or an overrun."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.process: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        command = [sys.executable, str(Path(__file__).resolve()), "--worker",
                   "--memory", str(self.args.memory), "--timeout", str(self.args.timeout)]
        if self.args.compare:
            command.append("--compare")
        return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, bufsize=1,
                                cwd=Path(__file__).resolve().parent.parent)

    def run(self, path: Path) -> dict[str, Any]:
        if self.process is None or self.process.poll() is not None:
            self.process = self._start()
        process = self.process
        assert process.stdin is not None and process.stdout is not None
        started = time.perf_counter()
        try:
            process.stdin.write(f"{path}\n")
            process.stdin.flush()
        except BrokenPipeError:
            self.process = None
            return self._died(path, started)
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        # The cap counts the import, and the reference extractor when comparing.
        limit = self.args.timeout * (2 if self.args.compare else 1)
        ready = selector.select(timeout=limit + 5)
        selector.close()
        if not ready:
            process.kill()
            process.wait()
            self.process = None
            return {"path": str(path), "format": _suffix_format(path), "status": "slow",
                    "stopped": True, "seconds": time.perf_counter() - started}
        line = process.stdout.readline()
        if not line:
            self.process = None
            return self._died(path, started)
        record: dict[str, Any] = json.loads(line)
        if record.get("status") == "ok" and record.get("seconds", 0) > self.args.slow:
            record["status"] = "slow"  # imported, but slower than a user should wait
        return record

    def _died(self, path: Path, started: float) -> dict[str, Any]:
        return {"path": str(path), "format": _suffix_format(path), "status": "untyped",
                "error": "the worker process died (a native crash or the memory cap)",
                "where": "", "seconds": time.perf_counter() - started}

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=10)


def collect_files(folders: list[Path]) -> list[Path]:
    """Every document file under the folders, by name."""
    files = []
    for folder in folders:
        if folder.is_file():
            files.append(folder)
            continue
        files.extend(p for p in folder.rglob("*") if p.is_file()
                     and p.suffix.lower() in SUFFIXES)
    return sorted(files)


def run_all(files: list[Path], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Import every file in `args.jobs` workers; records come back in file order."""
    records: list[dict[str, Any] | None] = [None] * len(files)
    position = iter(range(len(files)))
    lock = threading.Lock()

    def drive() -> None:
        worker = Worker(args)
        try:
            while True:
                with lock:
                    index = next(position, None)
                if index is None:
                    return
                records[index] = worker.run(files[index])
        finally:
            worker.close()

    threads = [threading.Thread(target=drive) for _ in range(max(args.jobs, 1))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for r in records if r is not None]


def summary(records: list[dict[str, Any]], args: argparse.Namespace) -> list[str]:
    """The table and the lists below it, as printed."""
    from bench.corpus_table import render

    return render(records, args.list, GARBAGE_MIN)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="scripts/corpus", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, metavar="FOLDER")
    parser.add_argument("--compare", action="store_true",
                        help="word recall against a reference extractor")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (2)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per file (60)")
    parser.add_argument("--slow", type=float, default=10.0,
                        help="an import over this many seconds counts as slow (10)")
    parser.add_argument("--memory", type=int, default=2048, help="MB per worker (2048)")
    parser.add_argument("--json", type=Path, help="write one record per file here")
    parser.add_argument("--list", type=int, default=40,
                        help="files listed per problem class (40)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.worker:
        worker_main(args.memory, args.compare, args.timeout)
        return 0
    if not args.folders:
        print("scripts/corpus: give at least one folder", file=sys.stderr)
        return 2
    missing = [f for f in args.folders if not f.exists()]
    if missing:
        print(f"scripts/corpus: {missing[0]}: no such folder", file=sys.stderr)
        return 2
    files = collect_files(args.folders)
    started = time.perf_counter()
    records = run_all(files, args)
    elapsed = time.perf_counter() - started
    print(f"{len(files)} files under {', '.join(map(str, args.folders))}; {args.jobs} "
          f"processes, {args.timeout:g} s and {args.memory} MB each; {elapsed:.0f} s in all")
    print("\n".join(summary(records, args)))
    if args.json is not None:
        args.json.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records)
                             + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
