"""The oracle of the fuzzer: every import ends in a Document or a typed refusal, within a
time and a memory bound, and a Document holds only sane clauses.

Each case is imported through the same child-process isolation the app uses, under
tighter limits (FUZZ_LIMITS): a hang is a timeout there, a memory blow-up a refusal for
memory, a native crash a dead child. All three fail the case, as does an untyped
exception; so does a Document whose clauses break the invariants below. Figures for the
report (cases, outcomes, slowest case, peak memory) gather in STATS."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.core.documents.model import Document
from app.core.errors import ReadProblem
from app.core.importing import isolation

FUZZ_LIMITS = isolation.Limits(seconds=10.0, memory=1024 * 2**20)
FAILURES = Path(__file__).resolve().parents[2] / ".fuzz-failures"
MAX_LEVEL = 9
_CONTROL = {chr(c) for c in range(32)} | {"\ufffe", "\uffff"}  # what XML 1.0 forbids


class Sample(bytes):
    """A case's bytes with a short repr: Hypothesis prints the falsifying example, and the
    bytes themselves are kept in .fuzz-failures/ (named by this hash) instead."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes, sha256 {hashlib.sha256(self).hexdigest()[:16]}>"


@dataclass
class Stats:
    """What the cases of one run came to."""

    cases: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    problems: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0
    slowest_case: str = ""
    total_seconds: float = 0.0
    peak_memory: int = 0
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"cases": sum(self.cases.values()), "cases_by_format": dict(self.cases),
                "outcomes": dict(self.outcomes), "refusals": dict(self.problems),
                "untyped_exceptions": self.outcomes["untyped"],
                "hangs": self.outcomes["timeout"], "crashes": self.outcomes["crashed"],
                "memory_refusals": self.problems[ReadProblem.TOO_MUCH_MEMORY.name],
                "slowest_case_seconds": round(self.slowest, 3),
                "slowest_case": self.slowest_case,
                "mean_case_seconds": round(self.total_seconds / max(sum(self.cases.values()),
                                                                     1), 4),
                "peak_memory_mib": round(self.peak_memory / 2**20, 1),
                "fuzzer_peak_memory_mib": round(_own_peak() / 2**20, 1),
                "limits": {"seconds": FUZZ_LIMITS.seconds,
                           "memory_mib": FUZZ_LIMITS.memory // 2**20},
                "failures": self.failures}


STATS = Stats()


def _own_peak() -> int:
    """The fuzzing process's own peak memory (it builds the cases)."""
    try:
        import resource
    except ImportError:
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def inflated_size(data: bytes) -> int:
    """The bytes a package holds once unpacked (the file's own size for anything else)."""
    try:
        return max(len(data), sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data))
                                  .infolist()))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return len(data)


def document_problems(document: Document, data: bytes) -> list[str]:
    """Broken invariants of an imported document (empty: none)."""
    problems = []
    if not document.clauses:
        problems.append("a document without clauses")
    ids = [c.id for c in document.clauses]
    if len(set(ids)) != len(ids):
        problems.append("repeated clause ids")
    output = 0
    for clause in document.clauses:
        if not clause.text or clause.text != " ".join(clause.text.split()):
            problems.append(f"clause text not one trimmed line: {clause.text[:60]!r}")
        if _CONTROL & set(clause.text):
            problems.append(f"control character in {clause.text[:60]!r}")
        if not 0 <= clause.level <= MAX_LEVEL:
            problems.append(f"level {clause.level} outside 0..{MAX_LEVEL}")
        if clause.number is not None and (not clause.number or "\n" in clause.number):
            problems.append(f"number label {clause.number[:60]!r}")
        output += len(clause.text) + len(clause.number or "") + sum(
            len(h) for h in clause.heading_path[-1:])
    # Expansion bound: what comes out is at most a few times what went in.
    if output > 8 * inflated_size(data) + 10_000:
        problems.append(f"{output} characters out of {inflated_size(data)} bytes in")
    if "\n" in document.title or _CONTROL & set(document.title):
        problems.append(f"title {document.title[:60]!r}")
    return problems


def _keep(data: bytes, name: str) -> Path:
    FAILURES.mkdir(exist_ok=True)
    target = FAILURES / f"{hashlib.sha256(data).hexdigest()[:16]}{Path(name).suffix}"
    target.write_bytes(data)
    return target


def check_import(data: bytes, name: str) -> isolation.Outcome:
    """Import one case and fail (AssertionError) unless the contract holds."""
    kind = Path(name).suffix.lstrip(".")
    outcome = isolation.run(data, Path(name), limits=FUZZ_LIMITS)
    STATS.cases[kind] += 1
    STATS.outcomes[outcome.kind] += 1
    STATS.total_seconds += outcome.seconds
    STATS.peak_memory = max(STATS.peak_memory, outcome.peak_memory)
    if outcome.seconds > STATS.slowest:
        STATS.slowest, STATS.slowest_case = outcome.seconds, f"{kind}, {len(data)} bytes"
    failure = ""
    if outcome.kind == "untyped":
        failure = f"untyped exception: {outcome.detail}"
    elif outcome.kind == "timeout":
        failure = f"no answer within {FUZZ_LIMITS.seconds} s (a hang)"
    elif outcome.kind == "crashed":
        failure = f"the reader process died (exit code {outcome.detail})"
    elif outcome.error is not None:
        STATS.problems[outcome.error.problem.name] += 1
        message = outcome.error.message()
        if outcome.error.problem is ReadProblem.TOO_MUCH_MEMORY:
            failure = f"over {FUZZ_LIMITS.memory // 2**20} MiB for {len(data)} bytes"
        elif "\n" in message or not message.startswith(f"{name}: "):
            failure = f"refusal not one line naming the file: {message!r}"
    elif outcome.document is not None:
        problems = document_problems(outcome.document, data)
        if problems:
            failure = "; ".join(problems[:5])
    if failure:
        kept = _keep(data, name)
        STATS.failures.append(f"{kept.name}: {failure.splitlines()[0][:200]}")
        raise AssertionError(f"{name} ({len(data)} bytes, kept as {kept}): {failure}")
    return outcome
