"""bench/bench_tag_hands.py scores a second annotator's tags of one agreement against the
first's: identical files agree fully, and a code one hand gave and the other did not lowers
precision or recall as it should."""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.bench_tag_hands as hands


def write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(tmp_path: Path, first: list[str], second: list[str],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    write(tmp_path / "x.tsv", first)
    write(tmp_path / "second-hand" / "x.tsv", second)
    monkeypatch.setattr(hands, "SECOND", tmp_path / "second-hand")
    monkeypatch.setattr(hands, "TAGS", tmp_path)
    assert hands.main() == 0
    return capsys.readouterr().out


FIRST = ["3\tpart.bup\tmg.ohalsa\tans.behandling\tBUP ska", "5\tpart.skola\t\tans.skolgang\tSkolan"]


def test_identical_hands_agree_fully(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = run(tmp_path, FIRST, FIRST, monkeypatch, capsys)
    assert out.count("agreement F1 (exact) 1.00") == 3


def test_a_code_only_one_hand_gave_counts_against_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    second = ["3\tpart.bup,part.region\tmg.ohalsa\tans.behandling\tBUP ska",
              "5\t\t\tans.skolgang\tSkolan"]
    out = run(tmp_path, FIRST, second, monkeypatch, capsys)
    part = next(line for line in out.splitlines() if line.strip().startswith("part  "))
    assert "exact P 0.50 R 0.50" in part  # one of two right, one of two found
    assert "part      agreement F1 (exact) 0.50" in out
