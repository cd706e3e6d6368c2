"""kill -9 at random points, repeated: during edits and during saves. Nothing saved is lost:
the user's file is always a whole, checked project (the old or the new version), the
unsaved work is recoverable, and what an interrupted save left beside the file is gone
after the next open.

KLAUSUL_KILL_TRIALS sets the number of trials of each kind (default 5; the reliability
figures in docs/reliability.md used 100)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core.project import Project, list_recoverable
from app.core.store.database import check_integrity
from tests.builders.damaged_projects import sound_project

ROOT = Path(__file__).resolve().parents[3]
TRIALS = int(os.environ.get("KLAUSUL_KILL_TRIALS", "5"))

EDITOR = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.core.project import Project
    project = Project.open(Path(sys.argv[1]), Path(sys.argv[2]), "anna")
    save = sys.argv[3] == "save"
    document = project.documents()[0]
    number = int(sys.argv[4])  # each trial counts on from where the last one started
    print("open", flush=True)
    while True:
        number += 1
        project.apply(project.documents.set_meta(document.id, f"Titel {number}",
                                                 document.meta))
        print(f"edited {number}", flush=True)
        if save:
            project.save()
            print(f"saved {number}", flush=True)
""")


def _run_and_kill(target: Path, workdir: Path, mode: str, rng: random.Random, first: int
                  ) -> tuple[int, int]:
    """Start an editor, let it work a random while, kill -9 it: (last edit, last save),
    numbered from `first` on."""
    child = subprocess.Popen([sys.executable, "-c", EDITOR, str(target), str(workdir), mode,
                              str(first)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "open"
    edited = saved = 0
    steps = first + rng.randint(1, 12)
    for line in child.stdout:
        kind, number = line.split()
        if kind == "edited":
            edited = int(number)
        else:
            saved = int(number)
        if edited >= steps:
            break
    time.sleep(rng.uniform(0, 0.03))  # somewhere inside the next edit or save
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    return edited, saved


def _number(title: str) -> int:
    """The edit a title records ('Titel 7' -> 7; the sound project's own title -> 0)."""
    return int(title.split()[1]) if title.startswith("Titel ") else 0


def _title(path: Path, workdir: Path) -> str:
    project = Project.open(path, workdir, "kontroll", mode="read_only")
    try:
        return project.documents()[0].title
    finally:
        project.close()


@pytest.mark.parametrize("mode", ["edit", "save"])
def test_kill_nine_at_random_points_loses_nothing_saved(tmp_path: Path, mode: str) -> None:
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    target = sound_project(tmp_path / "p")
    workdir = tmp_path / "work"
    leftovers_seen = 0
    for trial in range(TRIALS):
        before = _number(_title(target, tmp_path / "check"))
        edited, saved = _run_and_kill(target, workdir, mode, rng, 1000 * trial)
        context = f"seed {seed}, trial {trial}, edited {edited}, saved {saved}"
        # The user's file is whole and checked: the last save, or the one being made.
        assert check_integrity(target), context
        title = _title(target, tmp_path / "check")
        # (The editor goes on working between its last report and the kill: what it
        # reported is the least that must be there.)
        if mode == "edit":
            assert _number(title) == before, context
        else:
            assert _number(title) >= max(saved, before), (title, context)
        leftovers_seen += any(".tmp-" in p.name for p in target.parent.iterdir())
        # The unsaved work is there to recover, at least up to the last reported edit;
        # killed just after a save, there is none, and the file has all of it.
        found = list_recoverable(workdir)
        if not found:
            assert mode == "save" and _number(title) >= edited, context
        else:
            assert len(found) == 1 and found[0].source == target.resolve(), context
            recovered = Project.recover(found[0], "anna")
            try:
                unsaved = _number(recovered.documents()[0].title)
                assert unsaved >= max(edited, _number(title)), context
                assert recovered.path == target.resolve()  # the dead one's lock taken over
            finally:
                recovered.close()  # unsaved on purpose: the next trial starts from the file
        # Opening for editing removes what an interrupted save left beside the file.
        project = Project.open(target, workdir, "anna")
        project.close()
        assert not [p for p in target.parent.iterdir() if ".tmp-" in p.name], context
        assert list_recoverable(workdir) == []
    if mode == "save":
        print(f"{TRIALS} kills during saves, {leftovers_seen} left temporary files (seed {seed})")
