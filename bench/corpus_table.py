"""The table `scripts/corpus` prints: outcomes per format, refusals by reason, the files
behind every problem, times and word recall."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

Record = dict[str, Any]
COLUMNS = ("files", "ok", "refused", "untyped", "slow", "garbage")


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)] if ordered else 0.0


def is_garbage(record: Record, minimum: int) -> bool:
    """Accepted with garbage characters in the kept text."""
    return record["status"] in ("ok", "slow") and record.get("garbage", 0) >= minimum


def render(records: list[Record], list_limit: int, garbage_min: int) -> list[str]:
    """Every line of the report."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        row = counts[record["format"]]
        row["files"] += 1
        row[record["status"]] += 1
        row["garbage"] += is_garbage(record, garbage_min)
    total: Counter[str] = Counter()
    for row in counts.values():
        total.update(row)
    lines = ["", f"{'format':<8}" + "".join(f"{c:>9}" for c in COLUMNS)]
    for fmt in sorted(counts):
        lines.append(f"{fmt:<8}" + "".join(f"{counts[fmt][c]:>9}" for c in COLUMNS))
    lines.append(f"{'total':<8}" + "".join(f"{total[c]:>9}" for c in COLUMNS))
    lines += _refusals(records)
    lines += _problems("refused", [r for r in records if r["status"] == "refused"],
                       lambda r: f"{r['reason'].lower()} {r.get('detail', '')}".rstrip()
                       + (f" [{r['extractor']} finds {r['reference_words']} words]"
                          if r.get("reference_words") else ""),
                       list_limit)
    lines += _problems("untyped", [r for r in records if r["status"] == "untyped"],
                       lambda r: f"{r.get('error', '')} [{r.get('where', '')}]", list_limit)
    lines += _problems("slow", [r for r in records if r["status"] == "slow"],
                       lambda r: f"{r.get('seconds', 0):.1f} s"
                       + (" (stopped)" if r.get("stopped") else ""), list_limit)
    lines += _problems("garbage", [r for r in records if is_garbage(r, garbage_min)],
                       lambda r: f"{r['garbage']} characters", list_limit)
    lines += _warnings(records)
    lines += _times(records)
    lines += _recall(records, list_limit)
    return lines


def _refusals(records: list[Record]) -> list[str]:
    by_reason: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        if record["status"] == "refused":
            by_reason[record["reason"]][record["format"]] += 1
    if not by_reason:
        return []
    lines = ["", "refused by reason:"]
    for reason, formats in sorted(by_reason.items(), key=lambda item: -sum(item[1].values())):
        spread = ", ".join(f"{fmt} {n}" for fmt, n in formats.most_common())
        lines.append(f"  {reason.lower():<24}{sum(formats.values()):>6}   ({spread})")
    return lines


def _problems(name: str, records: list[Record], describe: Any, limit: int) -> list[str]:
    if not records or limit <= 0:
        return []
    lines = ["", f"{name} ({len(records)}):"]
    for record in records[:limit]:
        lines.append(f"  {Path(record['path']).name}: {describe(record)}")
    if len(records) > limit:
        lines.append(f"  … {len(records) - limit} more")
    return lines


def _warnings(records: list[Record]) -> list[str]:
    counter: Counter[str] = Counter()
    for record in records:
        counter.update(record.get("warnings", ()))
    if not counter:
        return []
    return ["", "warnings: " + ", ".join(f"{k.lower()} {n}" for k, n in counter.most_common())]


def _times(records: list[Record]) -> list[str]:
    seconds = [r["seconds"] for r in records if "seconds" in r and not r.get("stopped")]
    if not seconds:
        return []
    return ["", f"import time per file (in its worker): median "
                f"{1000 * statistics.median(seconds):.0f} ms, p99 "
                f"{1000 * percentile(seconds, 0.99):.0f} ms, max {1000 * max(seconds):.0f} ms"]


def _recall(records: list[Record], limit: int) -> list[str]:
    by_extractor: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in records:
        if record.get("recall") is not None:
            by_extractor[(record["format"], record["extractor"])].append(record)
    if not by_extractor:
        return []
    lines = ["", "word recall against the reference (distinct words):"]
    for (fmt, extractor), group in sorted(by_extractor.items()):
        values = [r["recall"] for r in group]
        under = sum(1 for v in values if v < 0.9)
        lines.append(f"  {fmt} vs {extractor}: {len(values)} files, median "
                     f"{100 * statistics.median(values):.1f}%, p10 "
                     f"{100 * percentile(values, 0.10):.1f}%, min {100 * min(values):.1f}%, "
                     f"{under} under 90%")
    low = sorted((r for group in by_extractor.values() for r in group if r["recall"] < 0.9),
                 key=lambda r: r["recall"])
    if low and limit > 0:
        lines.append("  lowest:")
        for record in low[:limit]:
            lines.append(f"    {Path(record['path']).name}: {100 * record['recall']:.0f}% "
                         f"(missing e.g. {' '.join(record.get('missing', [])[:6])})")
    return lines
